"""A kuntayhtymä's name broken over a letterhead's two lines: extract/split_letterheads.py."""

from __future__ import annotations

from tests.helpers import extract, needs_voikko

BODY = ("Yhtymähallitus 3/2023\n\nLäsnä olleet jäsenet Virtanen Matti puheenjohtaja Korhonen Liisa jäsen "
        "Muut läsnä olleet Laine Pekka kuntayhtymän johtaja Nieminen Anna talouspäällikkö\n\n"
        "1 § Kokouksen avaus\n\nPuheenjohtaja avasi kokouksen ja totesi sen lailliseksi ja päätösvaltaiseksi. "
        "Pöytäkirja tarkastetaan kokouksen jälkeen ja pidetään nähtävänä kuntayhtymän toimistossa.\n\n"
        "2 § Talousarvion toteutuminen\n\nYhtymähallitukselle esitellään talousarvion toteutuminen. "
        "Päätös: Merkittiin tiedoksi.\n")


def _authorities(text: str) -> set[str]:
    ex = extract(text, "minutes")
    return {e.label for e in ex.entities.values() if e.type == "JointAuthority"}


@needs_voikko
def test_the_two_lines_of_a_broken_name_make_one_authority() -> None:
    text = "LÄNSI-LAPIN JÄTE- PÖYTÄKIRJA Nro Sivu HUOLLON KUNTAYHTYMÄ " + BODY
    found = _authorities(text)
    assert "Länsi-Lapin jätehuollon kuntayhtymä" in found
    assert not any(label.lower().startswith("huollon") for label in found)


@needs_voikko
def test_the_officials_of_the_list_work_for_the_whole_name() -> None:
    ex = extract("LÄNSI-LAPIN JÄTE- PÖYTÄKIRJA Nro Sivu HUOLLON KUNTAYHTYMÄ " + BODY, "minutes")
    label = {iri: e.label for iri, e in ex.entities.items()}
    posts = {(label[f.subject], label[f.object]) for f in ex.facts if f.predicate == "holdsPost"}
    assert ("Anna Nieminen", "Länsi-Lapin jätehuollon kuntayhtymä") in posts


@needs_voikko
def test_a_broken_document_title_is_not_the_first_half() -> None:
    text = "ITÄ-SAVON VESI- ESITYSLISTA- Yh 3/23 HUOLLON KUNTAYHTYMÄ PÖYTÄKIRJA " + BODY
    assert "Itä-Savon vesihuollon kuntayhtymä" in _authorities(text)


@needs_voikko
def test_an_elided_compound_joins_nothing() -> None:
    # "SOSIAALI- JA ..." is the first part of an elided compound, not a word broken at a line's end
    text = "POHJOIS-LAPIN SOSIAALI- JA TERVEYSALAN KUNTAYHTYMÄ PÖYTÄKIRJA " + BODY
    assert not any(label.lower().startswith("pohjois-lapin sosiaaliterveysalan") for label in _authorities(text))

