"""Receivers listed one a line under a lead saying they get money: extract/listed_receivers.py (issue 12)."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import labelled_grants, needs_voikko

RULE = "funds:listed-receivers"

NEWS = ("Osuuspankki tukee paikallista toimintaa\n\n"
        "Pohjois-Karjalan Osuuspankki lahjoittaa tänä vuonna 40 000 euroa alueen yhdistyksille ja kohteille.\n\n"
        "Pankin hallitus valitsi kohteet hakemusten perusteella.\n\n"
        "{lead}\n\n"
        "  • Kontiolahden Kyläyhdistys ry, Kontiolahti\n"
        "  • Perhetupa Pilvilinna, Joensuu\n"
        "  • Vaara-Karjalan Metsästysseura ry, Lieksa\n\n"
        "Lahjoitukset luovutetaan syyskuussa.\n")


def _grants(text: str) -> set[tuple[str, str, Decimal | None]]:
    return labelled_grants(text, "news", RULE)


@needs_voikko
def test_each_listed_receiver_gets_the_lead_s_sum_from_the_opening_s_giver() -> None:
    found = _grants(NEWS.format(lead="Seuraavat kohteet saavat kukin 3 000 euron lahjoituksen:"))
    assert {g for g, _, _ in found} == {"Pohjois-Karjalan Osuuspankki"}
    receivers = {r: a for _, r, a in found}
    # a name recognition does not know is the line's first field, read as a receiver of its own
    assert receivers.get("Perhetupa Pilvilinna") == Decimal("3000")
    assert receivers.get("Kontiolahden Kyläyhdistys ry") == Decimal("3000")
    assert not any(r in {"Joensuu", "Lieksa", "Kontiolahti"} for r in receivers)  # the town after the comma


@needs_voikko
def test_a_lead_without_an_each_sum_gives_no_amount() -> None:
    found = _grants(NEWS.format(lead="Lahjoituksen saavat:"))
    assert ("Pohjois-Karjalan Osuuspankki", "Perhetupa Pilvilinna", None) in found


@needs_voikko
def test_a_list_of_partners_is_no_list_of_receivers() -> None:
    # no word of money in the lead: the lines are who takes part
    assert _grants(NEWS.format(lead="Hankkeessa ovat mukana seuraavat toimijat:")) == set()


@needs_voikko
def test_no_giver_named_anywhere_gives_no_fact() -> None:
    text = ("Kylien tapahtumat\n\nKesällä järjestetään monia tapahtumia eri puolilla maakuntaa.\n\n"
            "Avustusta saavat seuraavat yhdistykset:\n\n"
            "  • Kontiolahden Kyläyhdistys ry\n  • Perhetupa Pilvilinna\n")
    assert _grants(text) == set()


def test_lists_reads_the_first_field_of_each_line() -> None:
    from welfare_kg.extract.listed_receivers import _lists

    text = ("Avustuksen saivat:\n\n - Rasilan Nuoret ry, Ruokolahti\n - Tupa Tuulikki (Imatra)\n"
            " - Kylätalo Kotikolo – Rautjärvi\n\nMuuta.\n")
    [(lead, fields, _shape)] = _lists(text)
    assert lead.group(0) == "Avustuksen saivat:"
    assert [text[a:b] for a, b in fields] == ["Rasilan Nuoret ry", "Tupa Tuulikki", "Kylätalo Kotikolo"]
    # a single line is no list
    assert _lists("Avustuksen saivat:\n - Rasilan Nuoret ry\n\nMuuta.\n") == ()
