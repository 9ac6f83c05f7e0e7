"""A passive grant to a kind word in a town's minutes ("yhdistykselle on myönnetty N euroa"): the town grants it to
the association the sentence before spoke of, its subject when it names two (funds:anaphor-receiver,
anaphor_receivers.py). Texts written for the tests."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import extract, needs_voikko

HEAD = "SALLAN KUNTA\nPÖYTÄKIRJA 5/2030\nHyvinvointilautakunta\n\n§ 40 Oikaisuvaatimus\n\n"
APPLIED = ("Suomen Kuntoliitto ry:hyn kuuluva Ylärinteen Kuntopiiri ry on hakenut hyvinvointitoimialalta 2 000 euroa "
           "toiminta-avustusta. ")


def _funds(text: str) -> set[tuple[str | None, str | None, Decimal | None]]:
    ex = extract(text, "minutes")
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label.get(f.subject), label.get(f.object), f.amount) for f in ex.facts if f.predicate == "funds"}


@needs_voikko
def test_the_town_of_the_minutes_grants_to_the_subject_of_the_sentence_before() -> None:
    found = _funds(HEAD + APPLIED + "Avustusohjeen perusteella yhdistykselle on myönnetty avustusta 1 500 euroa.\n")
    assert ("Salla", "Ylärinteen Kuntopiiri ry", Decimal("1500")) in found
    assert not any(r and r.startswith("Suomen Kuntoliit") for _, r, _ in found)


@needs_voikko
def test_money_said_to_come_from_elsewhere_is_not_the_towns() -> None:
    found = _funds(HEAD + APPLIED + "Yhdistykselle on myönnetty valtionavustusta 1 500 euroa.\n")
    assert not any(g == "Salla" for g, _, _ in found)


@needs_voikko
def test_outside_minutes_no_town_is_made_the_granter() -> None:
    found = _funds(APPLIED + "Avustusohjeen perusteella yhdistykselle on myönnetty avustusta 1 500 euroa.\n")
    assert not found
