"""Documents written for these tests in other layouts, places and languages than the seeds.

They check that the rules generalise: another municipality's minutes with two items,
a competence centre's news page, and Swedish minutes, all through the bundled
reference data and the real pipeline.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from helpers import fact_quads as triples

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Extraction
from welfare_kg.loaders import load_document

DOCS = Path(__file__).parent / "documents"
ID = "https://w3id.org/welfare-kg/id/"


def run(name: str) -> Extraction:
    return extract_document(load_document(DOCS / name))


@pytest.fixture(scope="module")
def kemi() -> Extraction:
    return run("kemi_minutes.txt")


def test_minutes_of_another_municipality(kemi: Extraction) -> None:
    proj = "project/kehittaa-lappi-perhekeskustoiminta"
    body = "body/240-sosiaali-ja-terveyslautakunta"
    assert kemi.municipality == ID + "municipality/240"
    got = triples(kemi)
    assert ("ministry/stm", "funds", proj, Decimal(1200000)) in got
    assert ("municipality/240", "contributes", proj, Decimal(12500)) in got
    assert ("municipality/240", "participatesIn", proj, None) in got
    assert (body, "decides", proj, None) in got
    assert (proj, "coversArea", "region/19", None) in got
    posts = {(f.subject.removeprefix(ID), f.post) for f in kemi.facts if f.predicate == "holdsPost"}
    assert posts == {("person/anna-aho", "perhepalvelujohtaja"), ("person/pekka-laine", "sosiaalijohtaja"),
                     ("person/liisa-koski", "vanhuspalvelujohtaja")}  # Koski: a surname that is a place name


def test_news_page_of_a_competence_centre() -> None:
    ex = run("pikassos_news.txt")
    proj = "project/kehittaa-mielenterveystyo-pirkanmaa"
    got = triples(ex)
    assert ("ministry/stm", "funds", proj, Decimal(450000)) in got
    assert ("competence-centre/pikassos", "coordinates", proj, None) in got
    assert {s for s, p, o, _a in got if p == "participatesIn" and o == proj} == {
        "municipality/837", "municipality/536", "wellbeing-county/08"}
    assert not any(p == "funds" and s == "competence-centre/pikassos" for s, p, _o, _a in got)
    holds = [f for f in ex.facts if f.predicate == "holdsPost"]
    assert [(f.object.removeprefix(ID), f.post) for f in holds] == [("competence-centre/pikassos", "projektipäällikkö")]


def test_swedish_minutes() -> None:
    rec = load_document(DOCS / "raasepori_protokoll.txt")
    assert rec.language == "sv" and rec.kind == "minutes"
    assert rec.items[0].outcome == "approved" and "123/2021" in (rec.items[0].record_number or "")
    ex = extract_document(rec)
    got = triples(ex)
    proj = "project/familjecenter-vastnyland"
    assert ("municipality/710", "participatesIn", proj, None) in got
    assert ("municipality/710", "contributes", proj, Decimal(5000)) in got
    assert ("body/710-social-och-halsovardsnamnd", "decides", proj, None) in got


def test_second_item_is_its_own_decision(kemi: Extraction) -> None:
    rec = load_document(DOCS / "kemi_minutes.txt")
    assert [i.section for i in rec.items] == ["45", "46"]
    assert rec.items[1].outcome == "tabled"
    assert rec.items[1].record_number == "KemDno-2021-90"


def test_procedural_title_and_division_body() -> None:
    """"Osallistuminen X -hankkeeseen" names X, not "Osallistuminen X"; "Perusturvan jaosto" is one body."""
    ex = run("toholampi_jaosto_4_items.txt")
    projects = {e.label for e in ex.entities.values() if e.type == "Project"}
    assert projects == {"Maahanmuuttajien osallisuuden vahvistaminen"}
    bodies = {e.label for e in ex.entities.values() if e.type == "Body"}
    assert bodies == {"Perusturvan jaosto"}
    proj = "project/maahanmuuttaja-osallisuus-vahvistaa"
    got = triples(ex)
    assert ("body/849-perusturvan-jaosto", "decides", proj, None) in got
    assert ("municipality/849", "contributes", proj, Decimal(25430)) in got


def test_project_framed_by_a_programme_in_a_title() -> None:
    """"Sitoutuminen Suomen kestävän kasvun ohjelman Tulevaisuuden ... -hankkeeseen": the project is the subject."""
    ex = run("savonlinna_minutes.txt")
    proj, prog = "project/sosiaali-terveyskeskus-tulevaisuus", "programme/suomen-kestavan-kasvun-ohjelma"
    got = triples(ex)
    assert (proj, "partOf", prog, None) in got
    assert ("body/740-sosiaali-ja-terveyslautakunta", "decides", proj, None) in got
    assert ("municipality/740", "contributes", proj, Decimal(24800)) in got
    assert ("joint-authority/essote", "coordinates", proj, None) in got
    posts = [(f.subject.removeprefix(ID), f.post) for f in ex.facts if f.predicate == "holdsPost"]
    assert posts == [("person/marja-virtanen", "sosiaali- ja terveysjohtaja")]
    assert not any(p == "funds" for _s, p, _o, _a in got)  # applied for, not yet granted


def test_news_with_a_grant_in_euros_genitive_and_staff() -> None:
    """"420 000 euron valtionavustuksen X -hankkeelle": the amount ends the walk back to the name."""
    rec = load_document(DOCS / "koske_news.txt")
    assert rec.title == "Lapsiperheiden palvelujen kehittäminen jatkuu Keski-Suomessa"
    ex = extract_document(rec)
    projects = {e.label for e in ex.entities.values() if e.type == "Project"}
    assert projects == {"Lapsiperheiden palvelujen kehittäminen Keski-Suomessa"}
    got = triples(ex)
    assert ("ministry/stm", "funds", "competence-centre/koske", Decimal(420000)) in got
    holds = {(f.subject.removeprefix(ID), f.object.removeprefix(ID)) for f in ex.facts if f.predicate == "holdsPost"}
    assert holds == {("person/laura-hamalainen", "competence-centre/koske"),
                     ("person/timo-korhonen", "competence-centre/koske")}


def test_associations_companies_and_parishes() -> None:
    ex = run("organisations_news.txt")
    got = {(e.type, e.label) for e in ex.entities.values()}
    assert got == {
        ("Association", "Mannerheimin Lastensuojeluliitto ry"), ("Association", "VIP-verkosto"),
        ("Parish", "Enonkosken seurakunta"), ("Parish", "Savonlinnan seurakunta"),
        ("Company", "Hoivapalvelu Aurinko Oy"),
        ("Association", "Suomen Punainen Risti"),  # in the reference data: no legal form in the name needed
    }


def test_agreement_with_party_list_and_share_table() -> None:
    """Lists under "Sopijaosapuolet" join; "Pori 12 000,00 €" under "Kuntien maksuosuudet" is Pori's share."""
    ex = run("satakunta_agreement.txt")
    proj = "project/hyvinvointi-kehittaa-lapsi-nuori-satakunta"
    got = triples(ex)
    joined = {s for s, p, o, _a in got if p == "participatesIn" and o == proj}
    assert joined == {"municipality/609", "municipality/684", "municipality/050",
                      "joint-authority/satshp"}  # reference IRI (data/joint_authorities.csv)
    shares = {(s, a) for s, p, o, a in got if p == "contributes" and o == proj}
    assert shares == {("municipality/609", Decimal(12000)), ("municipality/684", Decimal(8500)),
                      ("municipality/050", Decimal(2100))}
    assert ("municipality/609", "coordinates", proj, None) in got
