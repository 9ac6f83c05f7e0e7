"""Tests of the bundled reference graph (data/reference.ttl) against public facts.

Counts and memberships follow Statistics Finland's 2025 classifications and the Government
Decree on cooperation areas 91/2022; see data/SOURCES.md.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS, VOID

from welfare_kg.data import load_reference, reference_path
from welfare_kg.data.build_reference import build_graph, render
from welfare_kg.ontology.namespace import ID, TYPE_SLUGS, WKG

ALAND = ID["region/21"]

# Statistics Finland 2025: number of municipalities in each region
MUNICIPALITIES_PER_REGION = {
    "01": 26, "02": 27, "04": 16, "05": 11, "06": 23, "07": 10, "08": 6, "09": 9, "10": 11, "11": 19,
    "12": 13, "13": 22, "14": 18, "15": 14, "16": 8, "17": 30, "18": 8, "19": 21, "21": 16,
}  # fmt: skip

# Valtioneuvoston asetus 91/2022 (Statistics Finland codes of the counties; 90 = City of Helsinki)
COUNTIES_PER_AREA = {
    "hyks": {"01", "02", "03", "04", "09", "10", "11", "90"},
    "tyks": {"05", "06", "17"},
    "tays": {"07", "08", "16"},
    "kys": {"12", "13", "14", "15"},
    "oys": {"18", "19", "20", "21"},
}


@pytest.fixture(scope="module")
def g() -> Graph:
    return load_reference()


def of_type(g: Graph, cls: URIRef) -> set[URIRef]:
    return set(g.subjects(RDF.type, cls))


def one(g: Graph, s: URIRef, p: URIRef) -> URIRef | Literal:
    values = list(g.objects(s, p))
    assert len(values) == 1, f"{s} has {len(values)} values for {p}"
    return values[0]


def label(g: Graph, s: URIRef, lang: str = "fi") -> str:
    return next(str(o) for o in g.objects(s, SKOS.prefLabel) if o.language == lang)


def present_municipalities(g: Graph) -> set[URIRef]:
    """Municipalities of 2025: the former ones (merged since 1990) carry dcterms:isReplacedBy."""
    return {m for m in of_type(g, WKG.Municipality) if (m, DCTERMS.isReplacedBy, None) not in g}


def municipality(code: str) -> URIRef:
    return ID[f"municipality/{code}"]


def code_of(iri: URIRef) -> str:
    return str(iri).rsplit("/", 1)[1]


# --- loading ---------------------------------------------------------------------------


def test_reference_file_is_bundled_and_cached() -> None:
    assert reference_path().is_file()
    assert load_reference() is load_reference()


def test_checked_in_turtle_matches_the_csv_tables() -> None:
    assert render(build_graph()) == reference_path().read_text(encoding="utf-8"), (
        "data/reference.ttl is stale: run python data/build_reference.py"
    )


# --- municipalities --------------------------------------------------------------------


def test_308_municipalities(g: Graph) -> None:
    assert len(present_municipalities(g)) == 308


def test_municipality_codes_unique_three_digits_and_in_iri(g: Graph) -> None:
    codes = []
    for m in present_municipalities(g):
        code = str(one(g, m, WKG.municipalityCode))
        assert re.fullmatch(r"\d{3}", code)
        assert str(one(g, m, SKOS.notation)) == code
        assert m == municipality(code)
        codes.append(code)
    assert len(set(codes)) == len(codes) == 308


def test_every_municipality_has_exactly_one_region(g: Graph) -> None:
    regions = of_type(g, WKG.Region)
    for m in present_municipalities(g):
        assert one(g, m, WKG.region) in regions


def test_municipalities_per_region(g: Graph) -> None:
    counts = Counter(code_of(one(g, m, WKG.region)) for m in present_municipalities(g))
    assert counts == MUNICIPALITIES_PER_REGION


def test_mainland_municipalities_have_one_wellbeing_county_and_aland_none(g: Graph) -> None:
    counties = of_type(g, WKG.WellbeingCounty)
    aland = 0
    for m in present_municipalities(g):
        if one(g, m, WKG.region) == ALAND:
            aland += 1
            assert not list(g.objects(m, WKG.wellbeingCounty))
            assert not list(g.objects(m, WKG.cooperationArea))
        else:
            assert one(g, m, WKG.wellbeingCounty) in counties
    assert aland == 16


def test_municipality_links_agree_with_county_and_region(g: Graph) -> None:
    for m in present_municipalities(g):
        region = one(g, m, WKG.region)
        if region == ALAND:
            continue
        county = one(g, m, WKG.wellbeingCounty)
        area = one(g, m, WKG.cooperationArea)
        assert one(g, county, WKG.region) == region
        assert one(g, county, WKG.cooperationArea) == area
        assert one(g, region, WKG.cooperationArea) == area


def test_only_helsinki_is_served_by_the_helsinki_node(g: Graph) -> None:
    served = set(g.subjects(WKG.wellbeingCounty, ID["wellbeing-county/90"]))
    assert served == {municipality("091")}


@pytest.mark.parametrize(
    ("code", "name", "region", "county", "area"),
    [
        ("019", "Aura", "02", "05", "tyks"),
        ("683", "Ranua", "19", "21", "oys"),
        ("046", "Enonkoski", "10", "12", "kys"),
        ("091", "Helsinki", "01", "90", "hyks"),
        ("092", "Vantaa", "01", "04", "hyks"),
        ("245", "Kerava", "01", "04", "hyks"),
        ("235", "Kauniainen", "01", "03", "hyks"),
        ("753", "Sipoo", "01", "01", "hyks"),
        ("507", "Mäntyharju", "10", "12", "kys"),
        ("853", "Turku", "02", "05", "tyks"),
        ("837", "Tampere", "06", "08", "tays"),
        ("297", "Kuopio", "11", "13", "kys"),
        ("564", "Oulu", "17", "19", "oys"),
        ("905", "Vaasa", "15", "17", "tyks"),
        ("398", "Lahti", "07", "09", "hyks"),
        ("179", "Jyväskylä", "13", "15", "kys"),
        # moved between regions on 1.1.2021
        ("090", "Heinävesi", "12", "14", "kys"),
        ("171", "Joroinen", "11", "13", "kys"),
        ("142", "Iitti", "07", "09", "hyks"),
        ("291", "Kuhmoinen", "06", "08", "tays"),
        ("152", "Isokyrö", "14", "16", "tays"),
    ],
)
def test_known_municipalities(g: Graph, code: str, name: str, region: str, county: str, area: str) -> None:
    m = municipality(code)
    assert label(g, m) == name
    assert one(g, m, WKG.region) == ID[f"region/{region}"]
    assert one(g, m, WKG.wellbeingCounty) == ID[f"wellbeing-county/{county}"]
    assert one(g, m, WKG.cooperationArea) == ID[f"cooperation-area/{area}"]


def test_aland_municipalities(g: Graph) -> None:
    mariehamn = municipality("478")
    assert label(g, mariehamn) == "Maarianhamina"
    assert label(g, mariehamn, "sv") == "Mariehamn"
    assert one(g, mariehamn, WKG.region) == ALAND
    assert label(g, municipality("035"), "sv") == "Brändö"


def test_swedish_names(g: Graph) -> None:
    assert label(g, municipality("091"), "sv") == "Helsingfors"
    assert label(g, municipality("049"), "sv") == "Esbo"
    assert label(g, municipality("853"), "sv") == "Åbo"
    assert label(g, municipality("599"), "sv") == "Pedersöre"
    assert not [o for o in g.objects(municipality("683"), SKOS.prefLabel) if o.language == "sv"]


def test_merged_municipality_is_gone(g: Graph) -> None:
    # Pertunmaa (588) was joined to Mäntyharju (507) on 1.1.2025: a former municipality, replaced by it
    assert municipality("588") not in present_municipalities(g)
    assert one(g, municipality("588"), DCTERMS.isReplacedBy) == municipality("507")
    assert not list(g.objects(municipality("588"), WKG.region))


# --- regions, counties, cooperation areas ----------------------------------------------


def test_19_regions_with_two_digit_codes(g: Graph) -> None:
    # the maakunnat are the regions with a code; sub-areas (subareas.csv) are regions inside one of them
    regions = [r for r in of_type(g, WKG.Region) if (r, WKG.regionCode, None) in g]
    assert len(regions) == 19
    for r in regions:
        code = str(one(g, r, WKG.regionCode))
        assert re.fullmatch(r"\d{2}", code)
        assert str(one(g, r, SKOS.notation)) == code
        assert r == ID[f"region/{code}"]
    assert {code_of(r) for r in regions} == set(MUNICIPALITIES_PER_REGION)


def test_region_names(g: Graph) -> None:
    assert label(g, ID["region/02"]) == "Varsinais-Suomi"
    assert label(g, ID["region/02"], "sv") == "Egentliga Finland"
    assert label(g, ID["region/02"], "en") == "Southwest Finland"
    assert label(g, ALAND) == "Ahvenanmaa"
    assert label(g, ALAND, "sv") == "Åland"


def test_every_mainland_region_has_one_cooperation_area(g: Graph) -> None:
    areas = of_type(g, WKG.CooperationArea)
    for r in of_type(g, WKG.Region):
        if r == ALAND:
            assert not list(g.objects(r, WKG.cooperationArea))
        else:
            assert one(g, r, WKG.cooperationArea) in areas


def test_21_wellbeing_counties_and_helsinki(g: Graph) -> None:
    counties = of_type(g, WKG.WellbeingCounty)
    codes = {code_of(c) for c in counties}
    assert codes == {f"{n:02d}" for n in range(1, 22)} | {"90"}
    for c in counties:
        assert str(one(g, c, SKOS.notation)) == code_of(c)
        assert one(g, c, WKG.region) in of_type(g, WKG.Region)
    assert label(g, ID["wellbeing-county/04"]) == "Vantaan ja Keravan hyvinvointialue"
    assert label(g, ID["wellbeing-county/05"], "sv") == "Egentliga Finlands välfärdsområde"


def test_five_cooperation_areas(g: Graph) -> None:
    # the sub-regions (seutukunnat, subregions.csv) are cooperation areas too, told apart by their "SK" notation
    areas = {a for a in of_type(g, WKG.CooperationArea) if not str(g.value(a, SKOS.notation) or "").startswith("SK")}
    assert areas == {ID[f"cooperation-area/{slug}"] for slug in COUNTIES_PER_AREA}
    assert label(g, ID["cooperation-area/hyks"]) == "Etelä-Suomen yhteistyöalue"
    assert label(g, ID["cooperation-area/tays"]) == "Sisä-Suomen yhteistyöalue"


def test_counties_per_cooperation_area_follow_decree_91_2022(g: Graph) -> None:
    for slug, counties in COUNTIES_PER_AREA.items():
        members = set(g.subjects(WKG.cooperationArea, ID[f"cooperation-area/{slug}"]))
        assert {code_of(c) for c in members if c in of_type(g, WKG.WellbeingCounty)} == counties


def test_cooperation_area_alt_labels(g: Graph) -> None:
    alt = {str(o) for o in g.objects(ID["cooperation-area/hyks"], SKOS.altLabel)}
    for name in [
        "Etelä-Suomi",
        "Etelä-Suomen erityisvastuualue",
        "Etelä-Suomen yhteistoiminta-alue",
        "HYKS-erva",
        "HYKS erva",
        "Etelä-Suomen ERVA",
    ]:
        assert name in alt
    assert "Länsi-Suomi" in {str(o) for o in g.objects(ID["cooperation-area/tyks"], SKOS.altLabel)}


# --- organisations ---------------------------------------------------------------------


def test_ministries_and_agencies(g: Graph) -> None:
    stm = ID["ministry/stm"]
    assert WKG.Ministry in set(g.objects(stm, RDF.type))
    assert label(g, stm) == "sosiaali- ja terveysministeriö"
    assert label(g, stm, "en") == "Ministry of Social Affairs and Health"
    assert "STM" in {str(o) for o in g.objects(stm, SKOS.altLabel)}
    for slug in ["okm", "vm", "tem", "sm", "om"]:
        assert ID[f"ministry/{slug}"] in of_type(g, WKG.Ministry)
    for slug in ["thl", "kela", "valvira", "lupa-ja-valvontavirasto", "ttl"]:
        assert ID[f"agency/{slug}"] in of_type(g, WKG.Agency)
    assert label(g, ID["agency/thl"]) == "Terveyden ja hyvinvoinnin laitos"
    assert len([a for a in of_type(g, WKG.Agency) if "/agency/avi-" in str(a)]) == 6


def test_every_competence_centre_has_a_host(g: Graph) -> None:
    centres = of_type(g, WKG.CompetenceCentre)
    assert len(centres) >= 8
    for centre in centres:
        host = one(g, centre, WKG.hostedBy)
        assert list(g.objects(host, RDF.type)), f"host {host} of {centre} is not described"
        assert label(g, host)


def test_competence_centre_hosts_and_areas(g: Graph) -> None:
    centre = ID["competence-centre/vasso"]
    assert one(g, centre, WKG.hostedBy) == ID["company/vasso"]
    assert {"Vasso", "Oy Vasso Ab"} <= {str(o) for o in g.objects(centre, SKOS.altLabel)}
    assert set(g.objects(centre, WKG.coversArea)) == {ID["region/02"]}
    poske = ID["competence-centre/poske"]
    assert one(g, poske, WKG.hostedBy) == ID["joint-authority/kolpene"]
    assert {"POSKE", "Poske"} <= {str(o) for o in g.objects(poske, SKOS.altLabel)}
    assert one(g, ID["competence-centre/verso"], WKG.hostedBy) == ID["joint-authority/phhyky"]
    for centre in of_type(g, WKG.CompetenceCentre):
        for area in g.objects(centre, WKG.coversArea):
            assert list(g.objects(area, RDF.type)), f"{centre} covers undescribed {area}"


def test_joint_authorities_and_companies(g: Graph) -> None:
    for slug in ["essote", "sosteri", "siun-sote", "eksote", "soite", "phhyky", "kolpene", "kainuun-sote",
                 "carea", "kymsote", "keusote"]:  # fmt: skip
        assert ID[f"joint-authority/{slug}"] in of_type(g, WKG.JointAuthority)
    assert "Essote" in {str(o) for o in g.objects(ID["joint-authority/essote"], SKOS.altLabel)}
    assert "Kolpene" in {str(o) for o in g.objects(ID["joint-authority/kolpene"], SKOS.altLabel)}
    for slug in ["terveystalo", "mehilainen", "pihlajalinna", "attendo", "esperi"]:
        assert ID[f"company/{slug}"] in of_type(g, WKG.Company)


# --- graph-wide shape ------------------------------------------------------------------


def entities(g: Graph) -> set[URIRef]:
    return {s for kind in TYPE_SLUGS for s in g.subjects(RDF.type, WKG[kind])}


def test_every_entity_has_one_finnish_pref_label(g: Graph) -> None:
    for s in entities(g):
        langs = Counter(o.language for o in g.objects(s, SKOS.prefLabel))
        assert langs["fi"] == 1, s
        assert all(n == 1 for n in langs.values()), f"{s} has two prefLabels in one language"


def test_entity_iris_follow_the_type_slugs(g: Graph) -> None:
    for kind, segment in TYPE_SLUGS.items():
        pattern = re.compile(re.escape(f"{ID}{segment}/") + r"[a-z0-9]+(-[a-z0-9]+)*")
        for s in g.subjects(RDF.type, WKG[kind]):
            assert pattern.fullmatch(str(s)), s


def test_dataset_description(g: Graph) -> None:
    ds = ID["dataset/reference"]
    assert (ds, RDF.type, VOID.Dataset) in g
    assert str(one(g, ds, DCTERMS.valid)) == "2025"
    assert list(g.objects(ds, DCTERMS.title))
    assert len(list(g.objects(ds, DCTERMS.source))) >= 2
    assert any("91/2022" in str(d) for d in g.objects(ds, DCTERMS.description))


def test_subareas_lie_in_uusimaa_and_point_to_their_county(g: Graph) -> None:
    """Itä-, Keski- and Länsi-Uusimaa are the territories of counties 01-03; pääkaupunkiseutu has no county."""
    subareas = [r for r in of_type(g, WKG.Region) if (r, WKG.regionCode, None) not in g]
    names = {label(g, r, "fi"): r for r in subareas}
    assert set(names) == {"Itä-Uusimaa", "Keski-Uusimaa", "Länsi-Uusimaa", "pääkaupunkiseutu"}
    for r in subareas:
        assert one(g, r, WKG.region) == ID["region/01"]
    assert one(g, names["Keski-Uusimaa"], DCTERMS.relation) == ID["wellbeing-county/02"]
    assert (names["pääkaupunkiseutu"], DCTERMS.relation, None) not in g
