"""A party's role in parentheses after its name (extract/role_parentheses.py); text written for this test."""

from __future__ import annotations

from tests.helpers import fact_triples
from welfare_kg.extract.relations import RULES

AGREEMENT = ("SOPIMUS KOTIHOIDON YÖPARTION JÄRJESTÄMISESTÄ\n\n1. Sopimuksen osapuolet\n"
             "Tämän sopimuksen sopijaosapuolia ovat Kuopion kaupunki (isäntäkunta), Siilinjärven kunta ja "
             "Tuusniemen kunta.\n")


def triples(text: str) -> set[tuple[str, str, str]]:
    return fact_triples(text, kind="agreement")


def test_host_municipality_in_parentheses_coordinates_the_others_take_part() -> None:
    got = triples(AGREEMENT)
    coord = {s for s, p, _o in got if p == "coordinates"}
    assert coord == {"municipality/297"}, got
    assert any(s == "municipality/749" and p == "participatesIn" for s, p, _o in got), got


def test_administrator_and_main_applicant_words() -> None:
    for word in ("hankehallinnoija", "päähakija"):
        got = triples(AGREEMENT.replace("isäntäkunta", word))
        assert {s for s, p, _o in got if p == "coordinates"} == {"municipality/297"}, (word, got)


def test_no_role_word_no_coordinator() -> None:
    got = triples(AGREEMENT.replace(" (isäntäkunta)", ""))
    assert not any(p == "coordinates" for _s, p, _o in got), got


def test_the_rule_is_registered() -> None:
    assert any(r.name == "coordinates:parenthesised-role" for r in RULES)


def test_a_lead_partner_gloss_after_a_bare_role_noun_coordinates() -> None:
    """"X projektägare (lead partner)": the Swedish role noun stands bare, its English gloss in parentheses."""
    text = ("Projektet Skärgårdsliv beviljades stöd av Svenska kulturfonden. Yrkeshögskolan Arcada projektägare "
            "(lead partner). Projektet pågår till 2019.")
    got = fact_triples(text)
    assert ("company/arcada", "coordinates", "project/skargardsliv") in got, got
    # a partner in parentheses is no lead
    text = "Projektet Skärgårdsliv beviljades stöd. Yrkeshögskolan Arcada (partner) deltar."
    assert not [t for t in fact_triples(text) if t[1] == "coordinates"]


def test_english_and_swedish_lead_words_and_a_cut_lead_partner_cell() -> None:
    """A partner table's role cell: "Lead Partner" cut to "Lead Part", "coordinator", Swedish "huvudsökande"."""
    for word in ("Lead Part", "Lead Partner", "coordinator", "huvudsökande"):
        text = ("Projektet Skärgårdsliv beviljades stöd av Svenska kulturfonden. Yrkeshögskolan Arcada "
                f"({word}). Projektet pågår till 2019.")
        got = fact_triples(text)
        assert ("company/arcada", "coordinates", "project/skargardsliv") in got, (word, got)
