"""Roles as project cards and news state them in sentences, each rule with sentences written for it.

Sub-projects owned by partners, funds that finance a project through an authority, and
"hanke" that refers to the project a page is about even before the page names it.
(Label: value fields of cards are read by extract/fields.py.)
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Extraction
from welfare_kg.ontology.namespace import ID


def run(text: str, kind: str = "news") -> Extraction:
    return extract_document(record(text, kind=kind))


def facts(ex: Extraction, pred: str) -> set[tuple[str, str]]:
    return {(f.subject.removeprefix(ID), f.object.removeprefix(ID)) for f in ex.facts if f.predicate == pred}


def project(ex: Extraction, label: str) -> str:
    hits = [e.iri.removeprefix(ID) for e in ex.entities.values() if e.type == "Project" and e.label == label]
    assert len(hits) == 1, [(e.label, e.type) for e in ex.entities.values()]
    return hits[0]


CARD = """Kotiväylä S21001

Toimintalinja 4 (ESR) | 01.01.2022 – 31.12.2024 | Pohjois-Savo

Hanketta hallinnoi Kuopion kaupunki.
Hankkeeseen sisältyy Savonia-ammattikorkeakoulun ja Siilinjärven kunnan osahankkeet.

Hankkeen rahoittaja: Pohjois-Savon ELY-keskus Euroopan sosiaalirahaston kautta.
Maakunta: Pohjois-Savo

Kotiväylä-hankkeen tavoitteena on tukea nuorten asumista.
"""


def test_project_card_roles_refer_to_the_card_project() -> None:
    ex = run(CARD)
    proj = project(ex, "Kotiväylä")
    assert ("municipality/297", proj) in facts(ex, "coordinates")  # Kuopio, though "hanke" precedes the name
    assert not any(o.startswith("programme/") for _s, o in facts(ex, "coordinates"))  # never the fund
    funders = {s for s, o in facts(ex, "funds") if o == proj}
    assert any(s.startswith("agency/ely") for s in funders)
    assert any(s.startswith("programme/") for s in funders)  # the fund, beside the authority that pays


def test_owners_of_sub_projects_take_part() -> None:
    ex = run(CARD)
    proj = project(ex, "Kotiväylä")
    joined = {s for s, o in facts(ex, "participatesIn") if o == proj}
    assert "municipality/749" in joined  # Siilinjärven kunnan osahanke
    assert any("savonia" in s for s in joined)


def test_acronym_genitive_with_colon_in() -> None:
    """"HUS:in ja THL:n osahankkeet": ":in" after a consonant-final acronym is a genitive."""
    ex = run("Hyvä arki -hankkeeseen sisältyy HUS:in ja THL:n osahankkeet.")
    proj = project(ex, "Hyvä arki")
    joined = {s for s, o in facts(ex, "participatesIn") if o == proj}
    assert any(s.startswith("agency/thl") for s in joined)
    assert len(joined) == 2


def test_name_glued_to_its_head_is_a_project_not_a_person() -> None:
    ex = run("Aurora S30012\n\nAurora-hankkeen tavoitteena on parantaa palveluja. Kunta liittyi Apotti-hankkeeseen.")
    labels = {(e.label, e.type) for e in ex.entities.values()}
    assert ("Aurora", "Project") in labels and ("Apotti", "Project") in labels
    assert not any(t == "Person" for _l, t in labels)  # "Aurora S30012" is a code, not a surname


def test_area_that_opens_a_project_name() -> None:
    # the text speaks of the cooperation area: a bare compass word alone covers none (test_fixes_minutes.py)
    ex = run("Itä-Suomen hanke jatkuu ensi vuonna koko erva-alueella.")
    proj = project(ex, "Itä-Suomen hanke")
    assert any(s == proj and o.startswith("cooperation-area/") for s, o in facts(ex, "coversArea"))


def test_according_to_is_no_joining() -> None:
    """"esityksen mukaan" / "jonka mukaan" mean "according to"; "lähtee mukaan" joins."""
    text = "Kotiväylä-hanke jatkuu. Esittelijän esityksen mukaan Kuopion kaupunki rahoittaa kahvilan."
    assert not any(f.predicate == "participatesIn" for f in run(text, kind="minutes").facts)
    joined = run("Kotiväylä-hanke jatkuu. Kuopion kaupunki lähtee mukaan hankkeeseen.", kind="minutes")
    assert any(f.predicate == "participatesIn" and f.subject.endswith("municipality/297") for f in joined.facts)


def test_state_subsidy_is_no_own_share() -> None:
    text = "Kotiväylä-hanke jatkuu. Kuopion kaupungin valtionosuus on 12 000 000 euroa."
    assert not any(f.predicate == "contributes" for f in run(text, kind="minutes").facts)


def test_role_nouns_give_each_organisation_its_own_role() -> None:
    text = ("Arjen turva -hankkeen hakijana toimii Kajaanin kaupunki ja osatoteuttajina Sotkamon kunta sekä "
            "Kainuun Setlementti ry. Hankkeen yhteistyökumppaneita ovat Oulun yliopisto ja Kuhmon kaupunki.")
    ex = run(text)
    proj = project(ex, "Arjen turva")
    assert facts(ex, "coordinates") == {("municipality/205", proj)}
    joined = {s for s, o in facts(ex, "participatesIn") if o == proj}
    assert "municipality/205" not in joined  # the applicant coordinates; it is not listed as a partner
    assert {"municipality/765", "municipality/290"} <= joined
    assert any(s.startswith("agency/") for s in joined)  # a university is a partner too
    assert any(s.startswith("association/") for s in joined)


def test_a_post_ending_in_a_role_word_assigns_no_role() -> None:
    text = ("Arjen turva -hanke jatkuu. Lautakunta hyväksyy Kuhmon kaupungin osallistumisen hankkeeseen ja "
            "valtuuttaa hyvinvointikoordinaattorin allekirjoittamaan sitoumuksen.")
    ex = run(text, kind="minutes")
    assert not facts(ex, "coordinates")
    assert any(s == "municipality/290" for s, _o in facts(ex, "participatesIn"))


def test_a_board_deciding_to_join_makes_its_municipality_join() -> None:
    ex = run("Kajaanin kaupunginhallitus päätti osallistua Arjen turva -hankkeeseen.", kind="minutes")
    assert ("municipality/205", project(ex, "Arjen turva")) in facts(ex, "participatesIn")


def test_how_a_project_is_funded_is_not_its_name() -> None:
    ex = run("Arjen turva -hanke on EU-osarahoitteinen hanke.")
    assert {e.label for e in ex.entities.values() if e.type == "Project"} == {"Arjen turva"}


def test_money_received_from_a_funder() -> None:
    text = ("Kainuun Setlementti ry on saanut sosiaali- ja terveysministeriöltä 120 000 euron valtionavustuksen "
            "Arjen turva -hankkeeseen.")
    ex = run(text)
    proj = project(ex, "Arjen turva")
    assert any(f.subject.endswith("ministry/stm") and f.predicate == "funds" and f.object.endswith(proj)
               and f.amount == 120000 for f in ex.facts)


def test_partners_done_together_with() -> None:
    ex = run("Arjen turva -hanketta toteutetaan yhteistyössä Kainuun hyvinvointialueen ja Kuhmon kaupungin kanssa.")
    proj = project(ex, "Arjen turva")
    joined = {s for s, o in facts(ex, "participatesIn") if o == proj}
    assert "municipality/290" in joined and any(s.startswith("wellbeing-county/") for s in joined)


def test_agent_participle_ends_the_name_and_names_the_coordinator() -> None:
    ex = run("Kainuun hyvinvointialueen hallinnoimaan Arjen turva -hankkeeseen osallistuvat Kuhmon kaupunki.")
    proj = project(ex, "Arjen turva")
    assert {s for s, o in facts(ex, "coordinates") if o == proj} == {"wellbeing-county/20"}


def test_a_funders_acronym_before_hanke_is_no_project_name() -> None:
    ex = run("EU-hanke alkoi keväällä. THL-hankkeessa kehitetään mittareita. ARKI-hanke jatkuu.")
    assert {e.label for e in ex.entities.values() if e.type == "Project"} == {"ARKI"}
