"""A counted list after an area ("X:s välfärdsområde omfattar sju kommuner: A, ...") is what the area is made of,
not who takes part in the project the page is about (lists._counted_by_an_area); a Swedish name in sentence case
whose genitive owns a pair of compounds sharing a head runs on to that head (entities._swedish_name_tail)."""

from __future__ import annotations

from tests.helpers import entity_labels, fact_triples


def test_a_counted_list_after_a_wellbeing_county_is_its_make_up() -> None:
    text = ("Projektet Trygg Hemma fortsätter i Österbotten. Österbottens välfärdsområde omfattar fyra kommuner: "
            "Vasa, Korsholm, Malax och Närpes.")
    facts = fact_triples(text)
    assert not any(p == "participatesIn" and s.startswith("municipality/") for s, p, _o in facts)
    # a counted lead-in after the project still lists its parties
    facts = fact_triples("Projektet Trygg Hemma är ett samarbete mellan fyra kommuner: Vasa, Korsholm, Malax och "
                         "Närpes.")
    assert {s for s, p, _o in facts if p == "participatesIn"} >= {"municipality/905", "municipality/499"}


def test_a_genitive_name_runs_on_over_a_shared_compound_head() -> None:
    labels = entity_labels("Kommunen deltar i projektet Morgondagens social- och hälsovårdstjänst i Nyland.",
                           "Project")
    assert "Morgondagens social- och hälsovårdstjänst" in labels and "Morgondagens" not in labels
