"""Grant news in shapes of unseen documents: a bare kind word giving after the heading named the giver
(header_granter._opening), and items run on right after a receiving verb with no colon (inline_grants.py)."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import extract, labelled_grants, needs_voikko


def _grants(text: str) -> set[tuple[str, str, Decimal | None]]:
    return labelled_grants(text, "news")


@needs_voikko
def test_a_kind_word_giving_after_the_heading_ends_the_opening() -> None:
    text = ("Österbottens välfärdsområde\n\nVälfärdsområdet har beviljat verksamhetsbidrag till föreningar. "
            "Bidrag beviljades till: Korsholms Pensionärsförening rf 1 500 euro och Närpes Hembygdsförening rf "
            "900 euro.\n")
    found = {(r, a) for _, r, a in _grants(text)}
    assert ("Korsholms Pensionärsförening rf", Decimal("1500")) in found
    assert ("Närpes Hembygdsförening rf", Decimal("900")) in found


@needs_voikko
def test_items_right_after_a_receiving_verb_each_get_their_own_sum() -> None:
    rows = [("Joensuun Kuoro ry", "2 500 euroa"), ("Teatteri Pieni Suomi", "4 000 euroa"),
            ("Joensuun Taiteilijaseura ry", "1 000 euroa")]
    for order in (rows, rows[::-1], [rows[1], rows[0], rows[2]]):
        run = ", ".join(f"{n} {s}" for n, s in order[:-1]) + f" ja {order[-1][0]} {order[-1][1]}"
        text = ("Kaupunki tukee yhdistyksiä\n\nJoensuun kaupunki on myöntänyt kulttuuriavustuksia. "
                f"Avustusta saivat muun muassa {run}.\n")
        found = {(r, a) for _, r, a in _grants(text)}
        assert ("Teatteri Pieni Suomi", Decimal("4000")) in found, order
        assert ("Joensuun Kuoro ry", Decimal("2500")) in found, order
        assert ("Joensuun Taiteilijaseura ry", Decimal("1000")) in found, order


@needs_voikko
def test_prize_winners_and_prices_after_a_verb_are_no_grants() -> None:
    prize = ("Kaupunki palkitsi yhdistyksiä\n\nJoensuun kaupunki jakoi kulttuuripalkinnot. Palkinnon saivat "
             "Joensuun Kuoro ry ja Teatteri Pieni Suomi.\n")
    assert not any(r == "Teatteri Pieni Suomi" for _, r, _ in _grants(prize))


SV_MINUTES = "PARGAS STAD\nProtokoll\nKommunstyrelsen 1.2.2024\n\n§ 13 Understöd\n\n{decision}\n"


def _minutes_grants(text: str) -> set[tuple[str, Decimal | None]]:
    ex = extract(text, "minutes")
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.object], f.amount) for f in ex.facts if f.predicate == "funds"}


@needs_voikko
def test_a_swedish_board_granting_several_receivers_gives_each_its_own_sum() -> None:
    found = _minutes_grants(SV_MINUTES.format(
        decision="Kommunstyrelsen beviljar Korpo Ungdomsförening rf 2 000 euro och Nagu Sportklubb rf 800 euro."))
    assert ("Korpo Ungdomsförening rf", Decimal("2000")) in found
    assert ("Nagu Sportklubb rf", Decimal("800")) in found
    # one sum for two: no one's own sum
    found = _minutes_grants(SV_MINUTES.format(
        decision="Kommunstyrelsen beviljar Korpo Ungdomsförening rf och Nagu Sportklubb rf sammanlagt 2 800 euro."))
    assert ("Nagu Sportklubb rf", Decimal("2800")) not in found
