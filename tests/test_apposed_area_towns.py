"""Towns spelled out in apposition after an area's town noun (extract/apposed_area_towns.py). Texts written for these
tests: the Finnish locative apposition with and without a named area, the Swedish "i X:s tre kommuner A, B och C",
and the shapes that name towns for other reasons (a meeting place, partners, one town's own municipality)."""

from __future__ import annotations

import pytest

from tests.helpers import needs_voikko, record
from welfare_kg.extract.apposed_area_towns import AREA_RULE, PART_RULE
from welfare_kg.extract.document import extract_document


def _facts(text: str, kind: str = "report") -> set[tuple[str, str, str, str]]:
    ex = extract_document(record(text, kind=kind))
    return {(f.rule, ex.entities[f.subject].label, f.predicate, ex.entities[f.object].label) for f in ex.facts
            if f.subject in ex.entities and f.object in ex.entities}


def _rule(text: str, rule: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, _, o in _facts(text) if r == rule}


@needs_voikko
def test_towns_after_an_areas_town_noun_are_its_parts_and_the_projects_area() -> None:
    text = ("Loppuraportti\n\nMuuttoapu-hankkeessa kartoitettiin asumista Lakeuden sosiaali- ja terveyspalvelujen "
            "yhteistoiminta-alueen kunnissa, Liedossa, Koskella Tl, Tarvasjoella ja Marttilassa.")
    facts = _facts(text)
    parts = {s for r, s, p, _ in facts if r == PART_RULE and p == "partOf"}
    assert parts == {"Lieto", "Koski Tl", "Tarvasjoki", "Marttila"}, facts
    areas = {o for r, s, _, o in facts if r == AREA_RULE and s == "Muuttoapu"}
    assert areas == {"Lieto", "Koski Tl", "Tarvasjoki", "Marttila"}, facts


@needs_voikko
def test_a_regions_towns_in_apposition_are_its_parts() -> None:
    text = "Raportti\n\nLiikuntaneuvonta-hanke toteutettiin Kainuun kunnissa Kajaanissa, Sotkamossa ja Kuhmossa."
    assert _rule(text, PART_RULE) == {("Kajaani", "Kainuu"), ("Sotkamo", "Kainuu"), ("Kuhmo", "Kainuu")}


@needs_voikko
def test_counted_towns_with_no_area_named_are_the_documents_project_area() -> None:
    text = ("Kehittämishanke\n\nPalvelusopimus kylille -hanke on yliopiston hanke. Jokiseudun kolmessa kunnassa "
            "Laihialla, Isossakyrössä ja Vähässäkyrössä on kokeiltu sopimusmenettelyä käytännössä.")
    got = _rule(text, AREA_RULE)
    assert got == {("Palvelusopimus kylille", t) for t in ("Laihia", "Isokyrö", "Vähäkyrö")}, got


@needs_voikko
def test_swedish_towns_after_i_and_kommuner() -> None:
    text = ("Rapport\n\nProjektet Landsbygdsavtal prövades i Jokibygdens tre kommuner Laihela, Storkyro och "
            "Lillkyro under året.")
    got = _rule(text, AREA_RULE)
    assert {o for _, o in got} == {"Laihia", "Isokyrö", "Vähäkyrö"}, got


@needs_voikko
@pytest.mark.parametrize("text", [
    # partners, not where the project works: no "i" before the town noun
    "Rapport\n\nProjektet Kontaktytor genomförs med stöd av Sitra. Samarbetspartner är städerna Tavastehus och Kotka.",
    # one town's own municipality, no numeral: a singular town noun names no list
    "Pöytäkirja\n\nTyöpaja-hanke kokoontui Kempeleen kunnassa Limingassa ja Tyrnävällä pidettyjen kokousten jälkeen.",
    # towns in another case after the noun: compared, not listed as the area's
    "Raportti\n\nTyöpaja-hanke vertasi tuloksia kolmessa kunnassa Oulun, Kempeleen ja Limingan tuloksiin.",
])
def test_no_towns_from_other_shapes(text: str) -> None:
    assert not _rule(text, AREA_RULE) and not _rule(text, PART_RULE)


@needs_voikko
def test_an_organisation_covering_the_area_does_not_take_its_towns() -> None:
    # a foundation studying the area's towns: its own area is not theirs (the project's would be)
    text = ("Selvitys\n\nKehto-säätiö selvitti kehitysvammaisten asumista Lakeuden sosiaali- ja terveyspalvelujen "
            "yhteistoiminta-alueen kunnissa, Liedossa, Tarvasjoella ja Marttilassa.")
    assert not {s for s, _ in _rule(text, AREA_RULE)} & {"Kehto-säätiö", "Kehto"}


@needs_voikko
def test_minutes_lend_their_most_named_project_to_no_sentence() -> None:
    text = ("Kunnanhallitus\nPöytäkirja 3/2024\n\n4 § Palvelusopimus kylille -hanke\n\nPalvelusopimus kylille -hanke "
            "jatkuu. Palvelusopimus kylille -hankkeen raportti merkitään tiedoksi.\n\n5 § Kuulemiset\n\n"
            "Jokiseudun kolmessa kunnassa Laihialla, Isossakyrössä ja Vähässäkyrössä järjestetään kuulemiset.")
    ex_facts = _facts(text, kind="minutes")
    assert not {f for f in ex_facts if f[0] == AREA_RULE}, ex_facts
