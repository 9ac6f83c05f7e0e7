"""Contact data: every Finnish phone form redacted from public text, and each contact attached to its own person."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from welfare_kg.contacts import EMAIL, REDACTED, contacts_by_person, contacts_in, redact

PHONES = ["(09) 310 12345", "09 310 12345", "+358 9 310 12345", "040-123 4567", "050 123 45 67",
          "040 123 4567", "0401234567", "+358401234567", "+358 40 123 4567", "+358 (0)40 123 4567",
          "00358 40 123 4567", "09-310 12345", "(017) 123 456", "0800 12345", "0295 000 000", "044 555 1234",
          "040\u00a0123\u00a04567", "(+358) 40 123 4567", "(00358) 9 310 12345", "040.123.4567", "09.310.12345"]
NOT_PHONES = ["1 040 000 euroa", "Y-tunnus 0201256-6", "00100 Helsinki", "FI21 1234 5600 0007 85", "12.3.2021",
              "klo 09-15", "vuosina 2021-2023", "Dnro 0123/2021", "§ 045", "0,5 milj. euroa", "2 050 000 €",
              "PudDno-2021-118", "puh. 0401", "01.02.2024", "01.02.2024-31.12.2025", "klo 09.00-15.00",
              "Dnro 0123.456"]


@pytest.mark.parametrize("phone", PHONES)
def test_every_phone_form_is_redacted(phone: str) -> None:
    sentence = f"Lisätietoja antaa projektipäällikkö, puh. {phone}, arkisin."
    assert redact(sentence) == f"Lisätietoja antaa projektipäällikkö, puh. {REDACTED}, arkisin."
    assert contacts_in(sentence) == [phone]


@pytest.mark.parametrize("text", NOT_PHONES)
def test_amounts_ids_dates_and_postal_codes_are_not_phones(text: str) -> None:
    assert redact(text) == text


def test_number_running_into_a_year_keeps_the_phone_only() -> None:
    assert redact("soita 040 123 4567 2021 mennessä") == f"soita {REDACTED} 2021 mennessä"


def people_in(text: str, *names: str) -> list[tuple[int, int, str]]:
    """Every occurrence of each name, keyed by the name (as the extractor's Person mentions would be)."""
    return [(m.start(), m.end(), name) for name in names for m in re.finditer(re.escape(name), text)]


ANNA, PEKKA, LIISA = "Anna Virtanen", "Pekka Laine", "Liisa Korhonen"


def attach(text: str, *names: str) -> dict[str, list[str]]:
    return contacts_by_person(text, people_in(text, *names))


def test_list_lines_name_title_phone_email() -> None:
    text = ("Lisätietoja:\n"
            "Anna Virtanen, projektipäällikkö, 040 123 4567, anna.virtanen@pirha.fi\n"
            "Pekka Laine, kehittämiskoordinaattori, 050 765 4321, pekka.laine@pirha.fi\n")
    assert attach(text, ANNA, PEKKA) == {ANNA: ["040 123 4567", "anna.virtanen@pirha.fi"],
                                         PEKKA: ["050 765 4321", "pekka.laine@pirha.fi"]}


def test_one_block_per_person() -> None:
    text = ("Yhteystiedot\n\n"
            "Anna Virtanen\nprojektipäällikkö\npuh. (09) 310 12345\nanna.virtanen@hel.fi\n\n"
            "Pekka Laine\nsuunnittelija\npuh. 09 310 54321\nlaine.pekka@hel.fi\n\n"
            "Liisa Korhonen\nasiantuntija\nmatti.meikalainen@hel.fi\n")
    # the last address spells someone not listed: attached to no one (it is still redacted everywhere)
    assert attach(text, ANNA, PEKKA, LIISA) == {ANNA: ["(09) 310 12345", "anna.virtanen@hel.fi"],
                                                PEKKA: ["09 310 54321", "laine.pekka@hel.fi"]}


def test_template_address_goes_by_layout() -> None:
    text = ("Lisätietoja antavat hallintojohtaja Anna Virtanen, puh. 044 123 4506 ja johtaja Pekka Laine, "
            "puh. 044 123 4533 tai sähköpostitse etunimi.sukunimi@kainuu.fi.")
    assert attach(text, ANNA, PEKKA) == {ANNA: ["044 123 4506"],
                                         PEKKA: ["044 123 4533", "etunimi.sukunimi@kainuu.fi"]}


def test_table_rows_with_tabs_and_pipes() -> None:
    text = ("Nimi\tTehtävä\tPuhelin\tSähköposti\n"
            "Anna Virtanen\tprojektipäällikkö\t+358 9 310 12345\tanna.virtanen@hel.fi\n"
            "Pekka Laine\tkoordinaattori\t040-123 4567\tpekka.laine@hel.fi\n"
            "Liisa Korhonen | kehittäjä | 050 123 45 67 | liisa.korhonen@hel.fi\n")
    assert attach(text, ANNA, PEKKA, LIISA) == {
        ANNA: ["+358 9 310 12345", "anna.virtanen@hel.fi"], PEKKA: ["040-123 4567", "pekka.laine@hel.fi"],
        LIISA: ["050 123 45 67", "liisa.korhonen@hel.fi"]}


def test_names_side_by_side_in_columns() -> None:
    text = ("Anna Virtanen          Pekka Laine\n"
            "projektipäällikkö      suunnittelija\n"
            "040 123 4567           050 765 4321\n")
    assert attach(text, ANNA, PEKKA) == {ANNA: ["040 123 4567"], PEKKA: ["050 765 4321"]}
    tabbed = "Anna Virtanen\tPekka Laine\n040 123 4567\t050 765 4321\n"
    assert attach(tabbed, ANNA, PEKKA) == {ANNA: ["040 123 4567"], PEKKA: ["050 765 4321"]}


def test_several_people_in_one_paragraph() -> None:
    text = ("Lisätietoja antavat projektipäällikkö Anna Virtanen, puh. 040 123 4567, "
            "anna.virtanen@siunsote.fi, ja kehittäjä Pekka Laine, puh. 050 765 4321, pekka.laine@siunsote.fi, "
            "sekä Liisa Korhonen (044 555 1234).")
    assert attach(text, ANNA, PEKKA, LIISA) == {ANNA: ["040 123 4567", "anna.virtanen@siunsote.fi"],
                                                PEKKA: ["050 765 4321", "pekka.laine@siunsote.fi"],
                                                LIISA: ["044 555 1234"]}


def test_address_that_spells_a_name_wins_over_layout() -> None:
    # The addresses are in the other order from the names: the layout alone would swap them.
    text = "Lisätietoja: Anna Virtanen ja Pekka Laine, pekka.laine@ouka.fi, anna.virtanen@ouka.fi"
    assert attach(text, ANNA, PEKKA) == {ANNA: ["anna.virtanen@ouka.fi"], PEKKA: ["pekka.laine@ouka.fi"]}
    inflected = "Lisätietoja saa Anna Virtaselta, a.virtanen@ouka.fi"
    assert attach(inflected, "Anna Virtaselta") == {"Anna Virtaselta": ["a.virtanen@ouka.fi"]}


def test_a_person_the_recogniser_missed_keeps_their_contacts() -> None:
    # "Pekka Laine" is not among the people found: his number must not go to Anna above him.
    text = "Anna Virtanen, 040 123 4567\nPekka Laine, 050 765 4321\n"
    assert attach(text, ANNA) == {ANNA: ["040 123 4567"]}


def test_contact_before_the_name_on_its_line() -> None:
    text = "Tiedustelut:\n040 123 4567 / Anna Virtanen\n"
    assert attach(text, ANNA) == {ANNA: ["040 123 4567"]}


def test_a_surname_in_parentheses_after_the_contact_names_its_owner() -> None:
    """Both numbers went to the nearest name before them on the line, the second person's."""
    text = ("Yhteyshenkilöt: Anna Virtanen ja Pekka Laine. Puhelin 040 123 4567 (Virtanen) "
            "ja 050 765 4321 (Laine), sähköposti anna@x.fi (Virtanen).")
    assert attach(text, ANNA, PEKKA) == {ANNA: ["040 123 4567", "anna@x.fi"], PEKKA: ["050 765 4321"]}
    text = "Anna Virtanen ja Pekka Laine vastaavat. Puhelin 040 123 4567 (Virtasella) tai 050 765 4321 (vaihde)"
    assert attach(text, ANNA, PEKKA) == {ANNA: ["040 123 4567"], PEKKA: ["050 765 4321"]}  # inflected too


# -- end to end: the contact graph and the public graphs --------------------------------------

DOC = """Perhekeskustoiminnan kehittäminen jatkuu Pirkanmaalla

Pirkanmaan hyvinvointialue jatkaa perhekeskustoiminnan kehittämistä yhdessä kuntien kanssa. \
Hankkeen koordinaattorina toimii Anna Virtanen (puh. 040 123 4567) ja yhteyshenkilönä Pekka Laine, \
puh. (03) 311 12345.

Lisätietoja:
Anna Virtanen, projektipäällikkö, 040 123 4567, anna.virtanen@pirha.fi
Pekka Laine, kehittämiskoordinaattori, +358 3 311 12345, pekka.laine@pirha.fi
Liisa Korhonen, asiantuntija, 050 123 45 67, liisa.korhonen@pirha.fi
"""


def test_contact_graph_and_public_literals(tmp_path: Path) -> None:
    from welfare_kg.graph.store import KGStore
    from welfare_kg.ingest import ingest

    doc = tmp_path / "uutinen.txt"
    doc.write_text(DOC, encoding="utf-8")
    store = KGStore(tmp_path / "kg")
    report = ingest([doc], store)
    assert report.ok, report.failed
    rows = store.query("""SELECT ?g ?label ?c WHERE { GRAPH ?g { ?p wkg:contactData ?c }
                          OPTIONAL { ?p rdfs:label ?label } }""")
    contact_graphs = {r["g"].value for r in rows}
    by_person: dict[str, set[str]] = {}
    for r in store.query("SELECT ?p ?c WHERE { GRAPH ?g { ?p wkg:contactData ?c } }"):
        by_person.setdefault(r["p"].value, set()).add(r["c"].value)
    labels = {r["p"].value: r["l"].value for r in store.query(
        "SELECT ?p ?l WHERE { GRAPH ?g { ?p a wkg:Person ; rdfs:label ?l } }")}
    named = {labels.get(p, p): cs for p, cs in by_person.items()}
    for person, mine in [(ANNA, "anna.virtanen@pirha.fi"), (PEKKA, "pekka.laine@pirha.fi"),
                         (LIISA, "liisa.korhonen@pirha.fi")]:
        assert person in named, named
        emails = {c for c in named[person] if "@" in c}
        assert emails == {mine}, (person, named[person])
    assert "(03) 311 12345" in named[PEKKA] and "040 123 4567" in named[ANNA]
    assert "050 123 45 67" in named[LIISA]
    public = [r["o"].value for r in store.query(
        "SELECT ?g ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isLiteral(?o)) }")
        if r["g"].value not in contact_graphs]
    phone_digits = re.compile(r"311 ?12345|123 ?4567|123 45 67|@pirha")
    leaks = [o for o in public if phone_digits.search(o)]
    assert not leaks, leaks


# -- any text ------------------------------------------------------------------------------

_PIECES = [ANNA, PEKKA, "anna.virtanen@x.fi", "p.laine@x.fi", "etunimi.sukunimi@x.fi", "040 123 4567",
           "(09) 310 12345", "+358 40 765 4321", "1 040 000", "0201256-6", "\t", "\n", "\n\n", " ", ", ", "|",
           "puh.", "Lisätietoja:", "2021", "0", "-", "(", ")"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=8)), max_size=40).map("".join))
def test_any_text_each_contact_to_at_most_one_person_and_redaction_complete(text: str) -> None:
    attached = attach(text, ANNA, PEKKA)
    values = [v for vs in attached.values() for v in vs]
    assert all(v in text for v in values)
    once = redact(text)
    assert not EMAIL.search(once) and once.count(REDACTED) == text.count(REDACTED) + len(contacts_in(text))
    counts = Counter(values)
    found = Counter(contacts_in(text))
    assert all(counts[v] <= found[v] for v in counts)  # no contact given out more often than it occurs


def test_no_contact_reaches_any_public_literal(tmp_path: Path) -> None:
    """Names, titles and post titles go through redaction too, not only evidence sentences."""
    import pyoxigraph as ox

    from welfare_kg.graph.store import KGStore
    from welfare_kg.graphs import is_private
    from welfare_kg.ingest import ingest

    doc = tmp_path / "poytakirja.txt"
    doc.write_text(
        "Ranuan kunta\nKunnanhallitus 12.3.2024\n\n§ 5 Hanke 040 123 4567 -yhteistyö\n\n"
        "Valmistelija: perusturvajohtaja Maija Meikäläinen, puh. 040 123 4567, maija.meikalainen@ranua.fi\n\n"
        "Ranuan kunta osallistuu Hanke 040 123 4567 -yhteistyöhön.\n", encoding="utf-8")
    store = KGStore(tmp_path / "kg")
    assert ingest([doc], store).ok
    public = [q for q in store.quads_in([g for g in store.named_graphs() if not is_private(g)])
              if isinstance(q.object, ox.Literal)]
    assert public
    assert not [q.object.value for q in public if "123 4567" in q.object.value or "@ranua.fi" in q.object.value]


def test_two_addresses_joined_by_a_plus_are_both_redacted() -> None:
    # found by the property test above: redacting the first address used to uncover the second
    text = "anna.virtanen@x.fi+anna.virtanen@x.fi"
    assert contacts_in(text) == ["anna.virtanen@x.fi", "anna.virtanen@x.fi"]
    once = redact(text)
    assert not EMAIL.search(once) and once.count(REDACTED) == 2
    assert contacts_in("anna+tag@x.fi") == ["anna+tag@x.fi"]  # a plus inside one address stays in it
