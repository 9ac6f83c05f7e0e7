"""Programmes in ministry news: who runs them, what pays for them, which projects belong to them.

Sentences written for these tests.
"""

from __future__ import annotations

from tests.helpers import record, triples
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Extraction
from welfare_kg.ontology.namespace import ID


def iri(ex: Extraction, typ: str, word: str) -> str:
    hits = [e.iri.removeprefix(ID) for e in ex.entities.values() if e.type == typ and word in e.label]
    assert len(hits) == 1, [(e.label, e.type) for e in ex.entities.values()]
    return hits[0]


def test_a_source_in_the_elative_is_not_what_is_coordinated_but_funds_it() -> None:
    ex = extract_document(record("Sosiaali- ja terveysministeriö koordinoi Euroopan sosiaalirahastosta rahoitettavaa "
                                 "Lapsiperheiden hyvinvoinnin ohjelmaa."))
    prog = iri(ex, "Programme", "Lapsiperheiden")
    got = triples(ex)
    assert ("ministry/stm", "coordinates", prog) in got
    assert not any(p == "coordinates" and o != prog for _s, p, o in got)
    assert any(p == "funds" and o == prog and s.startswith("programme/") for s, p, o in got)


def test_programme_word_refers_to_the_programme_not_the_project() -> None:
    text = ("Kotona kaikki hyvin -hanke sai valtionavustusta Ikäihmisten hyvinvoinnin ohjelmasta. "
            "Programmet är finansierat av Euroopan unionen.")
    ex = extract_document(record(text))
    prog = iri(ex, "Programme", "Ikäihmisten")
    funded = {o for s, p, o in triples(ex) if p == "funds" and s.startswith("agency/")}
    assert funded == {prog}


def test_project_linked_to_its_programme() -> None:
    ex = extract_document(record("Kotona kaikki hyvin -hanke on osa Ikäihmisten hyvinvoinnin ohjelmaa."))
    assert (iri(ex, "Project", "Kotona"), "partOf", iri(ex, "Programme", "Ikäihmisten")) in triples(ex)
    ex2 = extract_document(record("Projektet Trygg vardag i Kajaani är förknippat med Ikäihmisten hyvinvoinnin "
                                  "ohjelma."))
    assert any(p == "partOf" for _s, p, _o in triples(ex2))


def test_taking_part_is_no_link_to_a_programme() -> None:
    ex = extract_document(record("Kunta osallistuu Ikäihmisten hyvinvoinnin ohjelman jatkohankkeeseen."))
    assert not any(f.rule == "partOf:project-in-programme" for f in ex.facts)


def test_swedish_coordinating_ministry() -> None:
    ex = extract_document(record("Social- och hälsovårdsministeriet koordinerar Ikäihmisten hyvinvoinnin ohjelma."))
    assert any(s == "ministry/stm" and p == "coordinates" for s, p, _o in triples(ex))


def test_named_funder_without_a_recipient_funds_the_programme_in_focus() -> None:
    text = ("Ikäihmisten hyvinvoinnin ohjelma jatkuu. År 2024 beviljade social- och hälsovårdsministeriet "
            "sammanlagt 12 miljoner euro i statsunderstöd.")
    ex = extract_document(record(text))
    prog = iri(ex, "Programme", "Ikäihmisten")
    assert any(f.subject.removeprefix(ID) == "ministry/stm" and f.predicate == "funds"
               and f.object.removeprefix(ID) == prog and f.amount == 12000000 for f in ex.facts)


def test_money_without_a_named_funder_goes_nowhere() -> None:
    text = "Ikäihmisten hyvinvoinnin ohjelma jatkuu. Hankkeisiin myönnettiin 12 miljoonaa euroa."
    assert not any(f.predicate == "funds" for f in extract_document(record(text)).facts)


def test_national_ageing_programme_and_equal_are_reference_programmes() -> None:
    """data/programmes.csv: "Kansallinen ikäohjelma" and "Equal-yhteisöaloite" name their programmes; the bare
    English word "Equal" in a project's name is no programme."""
    ex = extract_document(record("Ikäkoti-hanke on osa Kansallista ikäohjelmaa. Työtä tasan -hanke rahoitettiin "
                                 "Equal-yhteisöaloitteesta. Equal Chance -hanke jatkuu."))
    programmes = {e.iri.removeprefix(ID) for e in ex.entities.values() if e.type == "Programme"}
    assert {"programme/kansallinen-ikaohjelma", "programme/equal"} <= programmes
    assert not any(e.type == "Programme" and e.label == "Equal" for e in ex.entities.values())


def test_national_programmes_written_in_lower_case_are_known() -> None:
    # Finnish writes a national programme's name in lower case in running text: the reference names still match
    from tests.helpers import gazetteer_iris

    assert gazetteer_iris("Seutu hakee mukaan osaamiskeskusohjelmaan ensi vuonna.") == ["programme/oske"]
    assert gazetteer_iris("Valtakunnallisesta aluekeskusohjelmasta päätetään syksyllä.") == \
        ["programme/aluekeskusohjelma"]
    ex = extract_document(record("Kylähanke on osa aluekeskusohjelmaa ja sitä rahoittaa Lapin liitto."))
    assert any(e.iri.endswith("programme/aluekeskusohjelma") for e in ex.entities.values())


def test_stea_grant_programme_and_city_strategy_are_known() -> None:
    from tests.helpers import gazetteer_iris

    assert gazetteer_iris("Hanke on yksi Elämänote – avustusohjelman hankkeista.") == ["programme/elamanote"]
    assert gazetteer_iris("Hanke kuuluu Elämänote-hankekokonaisuuteen.") == ["programme/elamanote"]
    assert gazetteer_iris("6Aika-strategian ohjausryhmä kokoontui.") == ["programme/6aika"]


def test_a_fund_acronym_before_an_elided_compound_names_the_fund() -> None:
    # "EAKR- ja valtion tukea" is "EAKR-tukea ja valtion tukea": the fund is named as in "EAKR-tukea"
    from tests.helpers import gazetteer_iris

    assert gazetteer_iris("Liitto on myöntänyt EAKR- ja valtion tukea hankkeelle.") == ["programme/eakr"]
    assert gazetteer_iris("Hanke saa ESR- tai kunnan rahoitusta.") == ["programme/esr"]
    # an acronym that is no fund's stays out: "THL- ja STM-yhteistyö" names no programme
    assert gazetteer_iris("THL- ja kuntayhteistyö jatkuu.") == []


def test_regional_development_money_named_by_its_funding() -> None:
    from tests.helpers import gazetteer_iris

    assert "programme/akke" in gazetteer_iris(
        "Liitto on myöntänyt Alueiden kestävän kasvun ja elinvoiman tukemisen rahoitusta kaupungin hankkeeseen.")
