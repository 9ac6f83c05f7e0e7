"""The one granter a grant document names in its opening funds the receivers named later with a sum:
extract/header_granter.py (issue 12)."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import extract, needs_voikko

RULE = "funds:header-granter"


def _grants(text: str) -> set[tuple[str, str, Decimal | None]]:
    """(granter label, receiver label, amount) of the facts the header rule states."""
    ex = extract(text, "news")
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object], f.amount) for f in ex.facts if f.rule == RULE}


# the lead says nothing of money in its first 300 characters: only the headline can make this grant news
NEWS = ("{head}\n\nHallitus kokoontui maaliskuussa Rovaniemellä. Kokouksessa käsiteltiin vuoden toimintasuunnitelma, "
        "kuultiin katsaus vapaaehtoistyön tilanteeseen Lapissa ja keskusteltiin lasten ja nuorten harrastuksista "
        "sekä ikäihmisten kotona asumisesta. Kokouksen lopuksi hallitus päätti vuoden avustuksista, joilla "
        "tuetaan paikallista toimintaa.\n\n"
        "Kemijärven Eläkkeensaajat ry 4 500 euroa.\n\n"
        "Sallan Nuorisoseura ry:lle myönnettiin 2 000 euroa kerhotoimintaan.\n\n"
        "Pellon Marttayhdistys ry sai 3 000 euroa ja Tervolan Kyläyhdistys ry 1 500 euroa.\n\n"
        "Lisätietoja antaa säätiön asiamies.\n")


@needs_voikko
def test_rows_after_a_headline_granter_are_its_grants() -> None:
    found = _grants(NEWS.format(head="Lapin Kulttuurisäätiö jakoi avustuksia yhdistyksille"))
    granters = {g for g, _, _ in found}
    assert granters == {"Lapin Kulttuurisäätiö"}
    assert ("Lapin Kulttuurisäätiö", "Kemijärven Eläkkeensaajat ry", Decimal("4500")) in found
    # two names and two sums in turn: each name with the sum after it; the first, "X sai N euroa", is another
    # rule's (funds:granter-in-focus), and a receiver another rule gave a funder is left to it
    assert ("Lapin Kulttuurisäätiö", "Tervolan Kyläyhdistys ry", Decimal("1500")) in found
    assert not any(receiver == "Pellon Marttayhdistys ry" for _, receiver, _ in found)


@needs_voikko
def test_no_word_of_granting_in_the_opening_gives_nothing() -> None:
    # the same rows under a headline about something else: no giver is in the opening
    assert _grants(NEWS.format(head="Lapin Kulttuurisäätiö järjesti seminaarin Rovaniemellä")) == set()


@needs_voikko
def test_two_offices_in_the_opening_give_nothing() -> None:
    # which of the two pays is not said
    text = NEWS.format(head="Opetushallitus ja sosiaali- ja terveysministeriö myönsivät avustuksia")
    assert _grants(text) == set()


@needs_voikko
def test_a_row_after_a_stretch_of_other_talk_is_not_the_opening_granters() -> None:
    filler = " ".join(f"Luvussa {n} kerrotaan kylän muusta toiminnasta." for n in range(1, 8))
    text = NEWS.format(head="Lapin Kulttuurisäätiö jakoi avustuksia yhdistyksille") + filler \
        + "\n\nSodankylän Reserviläiset ry 900 euroa.\n"
    found = {receiver for _, receiver, _ in _grants(text)}
    assert "Kemijärven Eläkkeensaajat ry" in found
    assert "Sodankylän Reserviläiset ry" not in found
