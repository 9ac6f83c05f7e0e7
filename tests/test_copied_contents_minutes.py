"""A copied transcript of minutes whose opening holds only the list of contents: the copy's page title repeats the
contents heading above the transcript, and the list runs into one line (invented minutes).

- an appendix of a section ("Pykälän liite") is a minutes layout word: with "Läsnäolijat" and "Pöytäkirja" the
  text is minutes (loaders/minutes.py `looks_like_minutes`);
- the page title's heading, with no list under it, is no list of items: the transcript's own heading is
  (extract/document.py `contents_span`), and the body decides the agreements its titles name;
- "Kiinteistö Oy X:n osakassopimus": a property company's form opens its name, which names the agreement
  (extract/undertaking_names.py)."""

from __future__ import annotations

from helpers import labels_and_facts

from welfare_kg.loaders.minutes import looks_like_minutes

_TEXT = ("SISÄLLYSLUETTELO. KHALL, 3.3.2014, Pöytäkirja\n\nKoko: px\n\nTranskriptio\n\n"
         "1 i SISÄLLYSLUETTELO KHALL, Pöytäkirja -1 Läsnäolijat Kylämäen kunnan jätevesiratkaisu 2015 alkaen... 2 "
         "Pykälän liite: Selvitys viemäriin liittyvästä yhteistyöstä Koulun tilojen myynti "
         "Kiinteistö Oy Kylämäen Tähden osakassopimus ja sopimus osakkeiden luovuttamisesta "
         "Kirjastovirkailijan viran lakkauttaminen Kunnan äänestysalueet toimitettavissa vaaleissa\n")


def test_an_appendix_of_a_section_marks_minutes() -> None:
    assert looks_like_minutes(_TEXT)
    assert not looks_like_minutes("Kunta tiedottaa. Läsnäolijat kiittivät esiintyjiä. Pöytäkirja julkaistaan "
                                  "myöhemmin verkkosivuilla.")


def test_the_body_decides_agreements_of_the_transcripts_contents() -> None:
    from helpers import record

    from welfare_kg.extract.document import extract_document

    rec = record(_TEXT, kind="minutes", name="kylamaki-khall.txt")
    out = extract_document(rec)
    label = {i: e.label for i, e in out.entities.items()}
    decided = {label[f.object] for f in out.facts if f.predicate == "decides"}
    assert "Kiinteistö Oy Kylämäen Tähden osakassopimus" in decided, decided


def test_a_property_company_names_its_shareholder_agreement() -> None:
    ents, _facts = labels_and_facts("Kunnanhallitus hyväksyi Asunto Oy Kylämäen Tähden osakassopimuksen.",
                                    "minutes")
    assert ("Agreement", "Asunto Oy Kylämäen Tähden osakassopimus") in ents, ents
