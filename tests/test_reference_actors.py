"""Funders, coordinators and partners that real documents name, in the reference data and in text.

The counts follow the public sources named in data/SOURCES.md: 18 regional councils, 15 ELY
centres (to 2025), 10 elinvoimakeskukset (from 2026), the universities and universities of
applied sciences, 20 former hospital districts, the EU funds and the national programmes. The
table at the end runs inflected and abbreviated names through the real recogniser (Voikko).
"""

from __future__ import annotations

import csv
import io
import shutil
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import found
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SKOS

from welfare_kg.cli import main
from welfare_kg.data import build_reference, load_reference
from welfare_kg.extract.entities import Recogniser
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.ontology.namespace import ID, TYPE_SLUGS, WKG

MAINLAND_REGIONS = {f"region/{c}" for c in ["01", "02", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                                            "13", "14", "15", "16", "17", "18", "19"]}
NEW_TABLES = ["regional_councils.csv", "state_agencies.csv", "higher_education.csv", "joint_authorities.csv",
              "programmes.csv", "subregions.csv", "foundations.csv"]


@pytest.fixture(scope="module")
def g() -> Graph:
    return load_reference()


def iris(prefix: str, g: Graph, cls: URIRef) -> set[str]:
    return {str(s).split("/id/")[1] for s in g.subjects(RDF.type, cls) if str(s).startswith(str(ID[prefix]))}


def covered(g: Graph, iri: str) -> set[str]:
    return {str(o).split("/id/")[1] for o in g.objects(ID[iri], WKG.coversArea)}


def labels(g: Graph, iri: str) -> set[str]:
    return {str(o) for o in g.objects(ID[iri], SKOS.prefLabel)} | {str(o) for o in g.objects(ID[iri], SKOS.altLabel)}


def table_rows(name: str) -> list[dict[str, str]]:
    with (Path(build_reference.__file__).parent / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


# --- counts per kind -------------------------------------------------------------------------


def test_18_regional_councils_one_per_mainland_region(g: Graph) -> None:
    councils = [r for r in table_rows("regional_councils.csv")]
    assert len(councils) == 18
    regions = []
    for row in councils:
        iri = f"joint-authority/{row['slug']}"
        assert WKG.JointAuthority in set(g.objects(ID[iri], RDF.type))
        (region,) = covered(g, iri)
        regions.append(region)
    assert sorted(regions) == sorted(MAINLAND_REGIONS)
    assert "Pirkanmaan liitto" in labels(g, "joint-authority/pirkanmaan-liitto")
    assert covered(g, "joint-authority/hameen-liitto") == {"region/05"}  # Hämeen liitto is Kanta-Häme's


def test_15_ely_centres_and_10_elinvoimakeskukset_cover_the_mainland_once(g: Graph) -> None:
    for prefix, count in (("agency/ely-", 15), ("agency/elinvoimakeskus-", 10)):
        centres = iris(prefix, g, WKG.Agency)
        assert len(centres) == count, prefix
        areas = Counter(r for c in centres for r in covered(g, c))
        assert set(areas) == MAINLAND_REGIONS, prefix
        assert set(areas.values()) == {1}, f"{prefix}: a region in two centres"
    assert covered(g, "agency/ely-hame") == {"region/05", "region/07"}
    assert covered(g, "agency/elinvoimakeskus-kaakkois-suomi") == {"region/07", "region/08", "region/09"}
    assert {"Lapin ELY-keskus", "Lapin elinkeino-, liikenne- ja ympäristökeskus"} <= labels(g, "agency/ely-lappi")


FORMER_UAS = {"pkamk"}


def test_universities_are_agencies_and_universities_of_applied_sciences_companies(g: Graph) -> None:
    rows = table_rows("higher_education.csv")
    universities = [r for r in rows if r["name_fi"].endswith(("yliopisto", "Akademi", "handelshögskolan",
                                                              "yliopisto LUT", "korkeakoulu"))
                    and "ammattikorkeakoulu" not in r["name_fi"].lower()]
    assert len({r["slug"] for r in universities}) >= 14
    assert all(r["type"] == "Agency" for r in universities)
    # a former name kept as an entity of its own (Pohjois-Karjalan ammattikorkeakoulu, Karelia since 2013) is no
    # 23rd university of applied sciences
    uas = [r for r in rows if r["type"] == "Company" and r["slug"] not in FORMER_UAS] + [
        r for r in table_rows("organisations.csv") if r["slug"] == "seamk"]
    assert len(uas) == 22  # the 22 universities of applied sciences of the Ministry of Education and Culture
    assert "Pohjois-Karjalan ammattikorkeakoulu" not in labels(g, "company/karelia")
    for slug, abbreviation in [("lapin-amk", "Lapin AMK"), ("tamk", "TAMK"), ("jamk", "JAMK"), ("diak", "Diak"),
                               ("xamk", "Xamk"), ("oamk", "Oamk"), ("lab", "LAB"), ("turun-amk", "Turun AMK"),
                               ("humak", "Humak"), ("laurea", "Laurea"), ("seamk", "SeAMK")]:
        assert abbreviation in labels(g, f"company/{slug}"), slug


def test_20_hospital_districts_by_name(g: Graph) -> None:
    names = ["Helsingin ja Uudenmaan sairaanhoitopiiri", "Varsinais-Suomen sairaanhoitopiiri",
             "Satakunnan sairaanhoitopiiri", "Kanta-Hämeen sairaanhoitopiiri", "Pirkanmaan sairaanhoitopiiri",
             "Päijät-Hämeen sairaanhoitopiiri", "Kymenlaakson sairaanhoitopiiri", "Etelä-Karjalan sairaanhoitopiiri",
             "Etelä-Savon sairaanhoitopiiri", "Itä-Savon sairaanhoitopiiri", "Pohjois-Karjalan sairaanhoitopiiri",
             "Pohjois-Savon sairaanhoitopiiri", "Keski-Suomen sairaanhoitopiiri", "Etelä-Pohjanmaan sairaanhoitopiiri",
             "Vaasan sairaanhoitopiiri", "Keski-Pohjanmaan sairaanhoitopiiri", "Pohjois-Pohjanmaan sairaanhoitopiiri",
             "Kainuun sairaanhoitopiiri", "Länsi-Pohjan sairaanhoitopiiri", "Lapin sairaanhoitopiiri"]
    holders = {}
    for name in names:
        found = sorted({s for s in g.subjects(SKOS.altLabel, None)
                        if name in {str(o) for o in g.objects(s, SKOS.altLabel)}})
        assert len(found) == 1, name
        assert WKG.JointAuthority in set(g.objects(found[0], RDF.type)), name
        holders[name] = found[0]
        # the short form documents write, "Satakunnan shp", names the same district
        short = name.replace(" sairaanhoitopiiri", " shp")
        assert short in {str(o) for o in g.objects(found[0], SKOS.altLabel)}, short
    assert len(set(holders.values())) == 20


def test_hospital_district_members_are_disjoint_real_municipalities(g: Graph) -> None:
    seen: dict[str, str] = {}
    municipalities = {str(m) for m in g.subjects(RDF.type, WKG.Municipality)}
    for row in table_rows("joint_authorities.csv"):
        if "sairaanhoitopiiri" not in row["alt_labels"]:
            continue
        for area in g.objects(ID[f"joint-authority/{row['slug']}"], WKG.coversArea):
            assert str(area) in municipalities
            assert str(area) not in seen, f"{area} in {row['slug']} and {seen.get(str(area))}"
            seen[str(area)] = row["slug"]
    assert seen[str(ID["municipality/837"])] == "pshp"  # Tampere
    assert seen[str(ID["municipality/564"])] == "ppshp"  # Oulu
    assert seen[str(ID["municipality/851"])] == "lpshp"  # Tornio
    assert len(seen) > 150


def test_funds_and_programmes(g: Graph) -> None:
    programmes = {str(s).split("/id/")[1] for s in g.subjects(RDF.type, WKG.Programme)}
    assert {"programme/esr", "programme/esr-plus", "programme/eakr", "programme/jtf",
            "programme/kestavaa-kasvua-ja-tyota-2014-2020", "programme/uudistuva-ja-osaava-suomi-2021-2027",
            "programme/rrf", "programme/next-generation-eu", "programme/suomen-kestavan-kasvun-ohjelma",
            "programme/tulevaisuuden-sote-keskus-ohjelma", "programme/lape"} <= programmes
    sote = labels(g, "programme/tulevaisuuden-sote-keskus-ohjelma")
    assert {"Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma", "Tulevaisuuden sote-keskus -ohjelma",
            "sote-keskusohjelma"} <= sote
    for p in programmes:  # a fund or programme is not an organisation
        assert not {str(t) for t in g.objects(ID[p], RDF.type)} - {str(WKG.Programme)}


def test_agencies_that_fund_welfare_projects(g: Graph) -> None:
    for slug, name in [("stea", "STEA"), ("business-finland", "Business Finland"), ("opetushallitus", "OPH"),
                       ("kela", "Kela"), ("ttl", "TTL"), ("thl", "THL"), ("valvira", "Valvira"),
                       ("euroopan-komissio", "Euroopan komissio"), ("euroopan-unioni", "Euroopan unioni")]:
        assert WKG.Agency in set(g.objects(ID[f"agency/{slug}"], RDF.type)), slug
        assert name in labels(g, f"agency/{slug}"), slug


@pytest.mark.parametrize("table", build_reference.ORG_TABLES)
def test_every_row_of_an_organisation_table_is_in_the_graph(g: Graph, table: str) -> None:
    """A row that the build skipped would leave its name unrecognised with no error; a table whose rows name
    their source in the note column (the newer tables) must do so on every row."""
    rows = table_rows(table)
    sourced = any("Source:" in r["note"] for r in rows)
    for r in rows:
        s = ID[f"{TYPE_SLUGS[r['type']]}/{r['slug']}"]
        assert getattr(WKG, r["type"]) in set(g.objects(s, RDF.type)), (table, r["slug"])
        assert r["name_fi"] in {str(o) for o in g.objects(s, SKOS.prefLabel)}, (table, r["slug"])
        assert not sourced or "Source:" in r["note"], (table, r["slug"])


def test_no_name_of_the_new_tables_is_shared_by_two_entities() -> None:
    """A shared name would make the gazetteer pick one of them by type priority, silently."""
    owner: dict[str, str] = {}
    for table in ["organisations.csv", *NEW_TABLES]:
        for row in table_rows(table):
            names = [row["name_fi"], row["name_sv"], row["name_en"], *row["alt_labels"].split("|")]
            for name in {n for n in names if n}:
                key = f"{row['type']}/{row['slug']}"
                prev = owner.setdefault(" ".join(name.lower().split()), key)
                if table in NEW_TABLES:
                    assert prev == key, f"{name!r} names {prev} and {key}"


def test_a_repeated_iri_across_tables_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = Path(build_reference.__file__).parent
    for f in data.glob("*.csv"):
        shutil.copy(f, tmp_path / f.name)
    with (tmp_path / "programmes.csv").open("a", encoding="utf-8") as f:
        f.write("Agency,kela,Kela again,,,,,,,yes,\n")
    monkeypatch.setattr(build_reference, "DATA_DIR", tmp_path)
    with pytest.raises(ValueError, match=r"agency/kela is already defined in organisations\.csv"):
        build_reference.build_graph()


# --- recognition in inflected text --------------------------------------------------------------

TABLE: list[tuple[str, str, str]] = [
    # regional councils
    ("Pirkanmaan liitolle", "JointAuthority", "joint-authority/pirkanmaan-liitto"),
    ("Helsinki-Uudenmaan liiton", "JointAuthority", "joint-authority/helsinki-uudenmaan-liitto"),
    ("Pohjois-Pohjanmaan liitosta", "JointAuthority", "joint-authority/pohjois-pohjanmaan-liitto"),
    ("Hämeen liitossa", "JointAuthority", "joint-authority/hameen-liitto"),
    ("Satakuntaliitolle", "JointAuthority", "joint-authority/satakuntaliitto"),
    ("Etelä-Savon maakuntaliiton", "JointAuthority", "joint-authority/etela-savon-maakuntaliitto"),
    ("Pohjois-Karjalan maakuntaliitosta", "JointAuthority", "joint-authority/pohjois-karjalan-maakuntaliitto"),
    ("Lapin liitto", "JointAuthority", "joint-authority/lapin-liitto"),
    ("Varsinais-Suomen liitolta", "JointAuthority", "joint-authority/varsinais-suomen-liitto"),
    # ELY centres, elinvoimakeskukset, AVIs
    ("Lapin ELY-keskukselta", "Agency", "agency/ely-lappi"),
    ("Lapin ELY:n", "Agency", "agency/ely-lappi"),
    ("Pohjois-Savon ely-keskukselle", "Agency", "agency/ely-pohjois-savo"),
    ("Kaakkois-Suomen ELY-keskuksen", "Agency", "agency/ely-kaakkois-suomi"),
    ("Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus", "Agency", "agency/ely-etela-savo"),
    ("Hämeen elinkeino-, liikenne- ja ympäristökeskukselta", "Agency", "agency/ely-hame"),
    ("Sisä-Suomen elinvoimakeskukselle", "Agency", "agency/elinvoimakeskus-sisa-suomi"),
    ("Pohjois-Suomen elinvoimakeskuksen", "Agency", "agency/elinvoimakeskus-pohjois-suomi"),
    ("Itä-Suomen aluehallintovirastolta", "Agency", "agency/avi-ita-suomi"),
    # national agencies and the EU
    ("Kelan", "Agency", "agency/kela"), ("Kelalta", "Agency", "agency/kela"),
    ("STEA:n", "Agency", "agency/stea"), ("STEAn", "Agency", "agency/stea"),
    ("Sosiaali- ja terveysjärjestöjen avustuskeskuksen", "Agency", "agency/stea"),
    ("Business Finlandin", "Agency", "agency/business-finland"),
    ("Opetushallitukselle", "Agency", "agency/opetushallitus"),
    ("Työterveyslaitoksen", "Agency", "agency/ttl"), ("Valviralta", "Agency", "agency/valvira"),
    ("Euroopan komissiolle", "Agency", "agency/euroopan-komissio"),
    ("Euroopan unionin", "Agency", "agency/euroopan-unioni"),
    ("Pirkanmaan TE-toimistosta", "Agency", "agency/te-toimisto-pirkanmaa"), ("ARA:n", "Agency", "agency/ara"),
    ("KEHA-keskukselta", "Agency", "agency/keha-keskus"),
    # universities and universities of applied sciences
    ("Lapin yliopiston", "Agency", "agency/lapin-yliopisto"),
    ("Itä-Suomen yliopistolle", "Agency", "agency/ita-suomen-yliopisto"),
    ("Helsingin yliopistossa", "Agency", "agency/helsingin-yliopisto"),
    ("Jyväskylän yliopisto", "Agency", "agency/jyvaskylan-yliopisto"),
    ("Lapin ammattikorkeakoulun", "Company", "company/lapin-amk"), ("Lapin AMK:n", "Company", "company/lapin-amk"),
    ("Laurea-ammattikorkeakoulun", "Company", "company/laurea"), ("Laurean", "Company", "company/laurea"),
    ("TAMK:n", "Company", "company/tamk"), ("Tampereen ammattikorkeakoululle", "Company", "company/tamk"),
    ("JAMKin", "Company", "company/jamk"), ("Jyväskylän ammattikorkeakoulun", "Company", "company/jamk"),
    ("Diakin", "Company", "company/diak"), ("Diakille", "Company", "company/diak"),
    ("Metropolian", "Company", "company/metropolia"), ("Savonian", "Company", "company/savonia"),
    ("Karelia-ammattikorkeakoulun", "Company", "company/karelia"), ("LAB:n", "Company", "company/lab"),
    # its name until 2013 is an entity of its own, as the gold keeps it (a report may name both)
    ("Pohjois-Karjalan ammattikorkeakoulun", "Company", "company/pkamk"), ("PKAMK:n", "Company", "company/pkamk"),
    ("LAB-ammattikorkeakoulusta", "Company", "company/lab"), ("Oamkin", "Company", "company/oamk"),
    ("Xamkin", "Company", "company/xamk"), ("Turun AMK:n", "Company", "company/turun-amk"),
    ("Turun ammattikorkeakoulun", "Company", "company/turun-amk"), ("SeAMK:n", "Company", "company/seamk"),
    ("Centrian", "Company", "company/centria"), ("Novian", "Company", "company/novia"),
    ("Arcadan", "Company", "company/arcada"), ("Humakin", "Company", "company/humak"),
    ("Humanistisen ammattikorkeakoulun", "Company", "company/humak"),
    ("Suomen Humanistinen Ammattikorkeakoulu Oy:n", "Company", "company/humak"),
    # hospital districts and joint authorities
    ("HUS:n", "JointAuthority", "joint-authority/hus"), ("HUSin", "JointAuthority", "joint-authority/hus"),
    ("VSSHP:n", "JointAuthority", "joint-authority/vsshp"), ("PSHP:lle", "JointAuthority", "joint-authority/pshp"),
    ("PPSHP:ltä", "JointAuthority", "joint-authority/ppshp"), ("KSSHP:n", "JointAuthority", "joint-authority/ksshp"),
    ("EPSHP:ssä", "JointAuthority", "joint-authority/epshp"),
    ("Pirkanmaan sairaanhoitopiirin", "JointAuthority", "joint-authority/pshp"),
    ("Pohjois-Savon sairaanhoitopiirille", "JointAuthority", "joint-authority/psshp"),
    ("Länsi-Pohjan sairaanhoitopiirissä", "JointAuthority", "joint-authority/lpshp"),
    ("Etelä-Savon sairaanhoitopiirin", "JointAuthority", "joint-authority/essote"),
    ("Siun soten", "JointAuthority", "joint-authority/siun-sote"),
    ("Kymsoten", "JointAuthority", "joint-authority/kymsote"),
    ("Kainuun soten", "JointAuthority", "joint-authority/kainuun-sote"),
    ("Keski-Uudenmaan soten", "JointAuthority", "joint-authority/keusote"),
    ("Päijät-Hämeen hyvinvointiyhtymän", "JointAuthority", "joint-authority/phhyky"),
    ("PHHYKY:n", "JointAuthority", "joint-authority/phhyky"),
    ("Kaksineuvoisen", "JointAuthority", "joint-authority/kaksineuvoinen"),
    ("Perusturvakuntayhtymä Akselissa", "JointAuthority", "joint-authority/akseli"),
    ("Peruspalvelukuntayhtymä Kallion", "JointAuthority", "joint-authority/kallio"),
    ("Ylä-Savon SOTE kuntayhtymän", "JointAuthority", "joint-authority/ylasavon-sote"),
    ("Oulunkaaren kuntayhtymälle", "JointAuthority", "joint-authority/oulunkaari"),
    ("Vaalijalan kuntayhtymän", "JointAuthority", "joint-authority/vaalijala"),
    ("Kainuun maakunta -kuntayhtymän", "JointAuthority", "joint-authority/kainuun-maakunta"),
    # EU funds and programmes, national programmes
    ("ESR:n", "Programme", "programme/esr"), ("Euroopan sosiaalirahaston", "Programme", "programme/esr"),
    ("Euroopan sosiaalirahastosta", "Programme", "programme/esr"), ("ESR+:n", "Programme", "programme/esr-plus"),
    ("EAKR:n", "Programme", "programme/eakr"), ("Euroopan aluekehitysrahastosta", "Programme", "programme/eakr"),
    ("JTF:n", "Programme", "programme/jtf"), ("Oikeudenmukaisen siirtymän rahastosta", "Programme", "programme/jtf"),
    ("Kestävää kasvua ja työtä 2014–2020 -ohjelmasta", "Programme", "programme/kestavaa-kasvua-ja-tyota-2014-2020"),
    ("Kestävää kasvua ja työtä 2014-2020 -ohjelman", "Programme", "programme/kestavaa-kasvua-ja-tyota-2014-2020"),
    ("Uudistuva ja osaava Suomi 2021–2027 -ohjelman", "Programme", "programme/uudistuva-ja-osaava-suomi-2021-2027"),
    ("Uudistuva ja osaava Suomi 2021-2027 -ohjelmasta", "Programme",
     "programme/uudistuva-ja-osaava-suomi-2021-2027"),
    ("EU:n alue- ja rakennepolitiikan ohjelman 2021–2027", "Programme",
     "programme/uudistuva-ja-osaava-suomi-2021-2027"),
    ("Suomen kestävän kasvun ohjelman", "Programme", "programme/suomen-kestavan-kasvun-ohjelma"),
    ("EU:n elpymisvälineestä", "Programme", "programme/next-generation-eu"),
    ("Next Generation EU -rahoituksella", "Programme", "programme/next-generation-eu"),
    ("elpymis- ja palautumistukivälineestä", "Programme", "programme/rrf"),
    ("Tulevaisuuden sote-keskus -ohjelmaan", "Programme", "programme/tulevaisuuden-sote-keskus-ohjelma"),
    ("Tulevaisuuden sosiaali- ja terveyskeskus -ohjelmassa", "Programme",
     "programme/tulevaisuuden-sote-keskus-ohjelma"),
    ("sote-keskusohjelman", "Programme", "programme/tulevaisuuden-sote-keskus-ohjelma"),
    ("LAPE-muutosohjelmaan", "Programme", "programme/lape"), ("LAPE:n", "Programme", "programme/lape"),
    ("Lapsi- ja perhepalveluiden muutosohjelman", "Programme", "programme/lape"),
    ("lapsi- ja perhepalvelujen muutosohjelmassa", "Programme", "programme/lape"),
    ("Manner-Suomen ESR-ohjelman", "Programme", "programme/manner-suomen-esr-ohjelma-2007-2013"),
    # a programme acronym before a compound head names the programme, not a project called "ESR"
    ("ESR-hankkeet", "Programme", "programme/esr"), ("ESR-rahoitusta", "Programme", "programme/esr"),
    ("LAPE-hankkeessa", "Programme", "programme/lape"),
    # ... and before the elided head of a coordinated compound ("EAKR-tuki ja valtion tuki")
    ("EAKR- ja valtion tukea", "Programme", "programme/eakr"), ("ESR- tai kunnan rahoitusta", "Programme",
                                                                "programme/esr"),
    ("KASTE-ohjelman", "Programme", "programme/kaste"), ("Leader-ohjelmasta", "Programme", "programme/leader"),
    ("EU:n maaseudun kehittämisen maatalousrahastosta", "Programme", "programme/maaseuturahasto"),
    # Swedish names
    ("programmet Framtidens social- och hälsocentral", "Programme", "programme/tulevaisuuden-sote-keskus-ohjelma"),
    ("Finlands program för hållbar tillväxt", "Programme", "programme/suomen-kestavan-kasvun-ohjelma"),
    ("Europeiska socialfonden", "Programme", "programme/esr"),
    ("NTM-centralen i Lappland", "Agency", "agency/ely-lappi"),
    ("Egentliga Finlands förbund", "JointAuthority", "joint-authority/varsinais-suomen-liitto"),
    # predecessors and other funders
    ("Kainuun TE-keskuksen", "Agency", "agency/te-keskus-kainuu"), ("RAY:n", "Association", "association/ray"),
    ("Raha-automaattiyhdistykseltä", "Association", "association/ray"),
    ("Valtiokonttorille", "Agency", "agency/valtiokonttori"),
    ("Eduskunnalta", "Agency", "agency/eduskunta"), ("Finlands riksdag", "Agency", "agency/eduskunta"),
    # the name an organisation writes itself by, and its Swedish name
    ("Diakonissalaitokselle", "Association", "association/helsingin-diakonissalaitos"),
    ("Sininauhasäätiön", "Association", "association/sininauhasaatio"),
    ("Blåbandsstiftelsen", "Association", "association/sininauhasaatio"),
    ("Helsingin seurakuntayhtymältä", "Parish", "parish/helsingin-seurakuntayhtyma"),
    ("Helsingfors kyrkliga samfällighet", "Parish", "parish/helsingin-seurakuntayhtyma"),
    ("Satakunnan shp:n", "JointAuthority", "joint-authority/satshp"),
    ("Pirkanmaan shp:ltä", "JointAuthority", "joint-authority/pshp"),
    ("Satakunnan erityishuoltopiirin ky:n", "JointAuthority", "joint-authority/satakunnan-erityishuoltopiiri"),
    ("Eskoon sosiaalipalvelujen kuntayhtymän", "JointAuthority", "joint-authority/eskoo"),
    ("Fintoto Oy:n", "Company", "company/fintoto"),
    # earlier and variant names of one organisation (data/SOURCES.md, twenty-sixth session)
    ("Rahaautomaattiyhdistykseltä", "Association", "association/ray"),
    ("Suomen Kylätoiminta ry:n", "Association", "association/suomen-kylat"),
    ("Suomen Nuorisoseurojen Liiton", "Association", "association/suomen-nuorisoseurat"),
    ("Manner-Suomen kehittämisohjelmasta", "Programme", "programme/manner-suomen-maaseutuohjelma-2014-2020"),
    ("Svenska Österbottens förbund för utbildning och kultur", "JointAuthority", "joint-authority/sofuk"),
    ("KulturÖsterbotten", "JointAuthority", "joint-authority/sofuk"),
    # an earlier name of a ministry keeps its one IRI
    ("opetusministeriön", "Ministry", "ministry/okm"), ("Undervisningsministeriet", "Ministry", "ministry/okm"),
    # state provincial offices of 1997-2009: the office, not the province or the region
    ("Länsi-Suomen lääninhallitukselta", "Agency", "agency/laaninhallitus-lansi-suomi"),
    ("Lapin lääninhallituksen", "Agency", "agency/laaninhallitus-lappi"),
    ("Suomen ympäristökeskuksen", "Agency", "agency/syke"),
    ("Mannerheimin Lastensuojeluliiton", "Association", "association/mll"), ("MLL:n", "Association", "association/mll"),
    ("Pelastakaa Lapset ry:n", "Association", "association/pelastakaa-lapset"),
    ("Kehitysvammaliiton", "Association", "association/kehitysvammaliitto"),
    ("FCG:n", "Company", "company/fcg"), ("Nordic Healthcare Groupin", "Company", "company/nhg"),
    ("Migrille", "Agency", "agency/migri"), ("Maahanmuuttoviraston", "Agency", "agency/migri"),
    ("JHL:n", "Association", "association/jhl"), ("Tehyn", "Association", "association/tehy"),
    ("Maanmittauslaitoksen", "Agency", "agency/maanmittauslaitos"),
    ("Verohallinnolta", "Agency", "agency/verohallinto"),
    ("Luonnonvarakeskukselle", "Agency", "agency/luonnonvarakeskus"),
    ("Museovirastolta", "Agency", "agency/museovirasto"),
    ("Kansallisen koulutuksen arviointikeskuksen", "Agency", "agency/karvi"), ("Karvin", "Agency", "agency/karvi"),
    # public funders and agencies of culture, education, pensions and working life, and merged predecessors
    ("Kansalliselta audiovisuaaliselta instituutilta", "Agency", "agency/kavi"), ("KAVIn", "Agency", "agency/kavi"),
    ("Kotimaisten kielten keskuksen", "Agency", "agency/kotus"), ("Kotukselle", "Agency", "agency/kotus"),
    ("Jatkuvan oppimisen ja työllisyyden palvelukeskukselta", "Agency", "agency/jotpa"),
    ("Jotpan", "Agency", "agency/jotpa"), ("JOTPA:lta", "Agency", "agency/jotpa"),
    ("Eläketurvakeskuksen", "Agency", "agency/elaketurvakeskus"), ("Kevalta", "Agency", "agency/keva"),
    ("Työsuojelurahastolta", "Agency", "agency/tyosuojelurahasto"),
    ("Arbetarskyddsfonden", "Agency", "agency/tyosuojelurahasto"),
    ("Valtion asuntorahastosta", "Agency", "agency/valtion-asuntorahasto"),
    ("Viestintävirastolta", "Agency", "agency/viestintavirasto"), ("Trafin", "Agency", "agency/trafi"),
    ("Terveydenhuollon oikeusturvakeskukselle", "Agency", "agency/teo"),
    ("Metsäntutkimuslaitoksen", "Agency", "agency/metla"), ("EU-kommissionen", "Agency", "agency/euroopan-komissio"),
]


def test_table_covers_every_kind() -> None:
    kinds = Counter(iri.split("/")[0] for _, _, iri in TABLE)
    assert len(TABLE) >= 100
    assert all(kinds[k] >= 10 for k in ("joint-authority", "agency", "company", "programme")), kinds


@pytest.mark.parametrize(("phrase", "typ", "iri"), TABLE)
def test_inflected_actor(recogniser: Recogniser, phrase: str, typ: str, iri: str) -> None:
    text = f"Asiaa käsiteltiin eilen {phrase} kanssa yhdessä."
    mentions = found(recogniser, text)
    # one mention from the start of the phrase: no leftover region, project or duplicate beside it
    # (a case ending after "ESR+" or a "-rahoitus" compound after the name may stay outside)
    assert len(mentions) == 1, mentions
    assert mentions[0][:2] == (typ, iri) and phrase.startswith(mentions[0][2]), mentions


@pytest.mark.parametrize("text", [
    "Hanketta tukee paikallinen liitto ja sen jäsenet.",  # "liitto" alone is no council
    "Yhteistyötä tehdään Itä-Suomen 4H-liiton kanssa.",
    "Sopimus tehtiin ELY-keskuksen kanssa.",  # which centre? not guessed
    "Living lab -toiminta ja lab-ympäristö ovat käytössä.",  # "LAB" only in capitals
    "Akseli Virtanen ja Anna Aalto esittelivät asian.",  # first name and surname, not joint authority/university
    "Kallion kaupunginosassa järjestettiin tapahtuma.",  # Kallio in Helsinki, not the joint authority
    "Kunnat perustavat sote-keskuksen ja rakenneuudistus jatkuu.",  # common nouns, not programmes
    "Hanke on osa TOP-hankkeen kokonaisuutta.",  # an unknown acronym before "-hanke" stays a project
    "Projektet RRF Mellersta Österbotten fick statsunderstöd.",  # a project named after the facility
])
def test_common_words_are_not_actors(recogniser: Recogniser, text: str) -> None:
    new = ("joint-authority/", "agency/", "company/", "programme/")
    assert not [m for m in found(recogniser, text) if m[1] and m[1].startswith(new)], found(recogniser, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Haussa ovat mukana Hämeen, Kymenlaakson, Päijät-Hämeen, Uudenmaan ja Varsinais-Suomen liitot.",
     ["joint-authority/hameen-liitto", "joint-authority/kymenlaakson-liitto", "joint-authority/paijat-hameen-liitto",
      "joint-authority/helsinki-uudenmaan-liitto", "joint-authority/varsinais-suomen-liitto"]),
    ("Rahoittajina ovat Etelä-Savon ja Pohjois-Savon ELY-keskukset.",
     ["agency/ely-etela-savo", "agency/ely-pohjois-savo"]),
    ("Pirkanmaan ja Kanta-Hämeen hyvinvointialueet sopivat yhteistyöstä.",
     ["wellbeing-county/08", "wellbeing-county/07"]),
    ("Tutkimuksesta vastaavat Helsingin ja Turun yliopistot.",
     ["agency/helsingin-yliopisto", "agency/turun-yliopisto"]),
    # a singular head names one organisation: the genitive before "ja" stays a place
    ("Asia koskee Pirkanmaan ja Hämeen liittoa.", ["region/06", "joint-authority/hameen-liitto"]),
    # a second head after "ja" shares the place of the first
    ("Lausunto annetaan Pohjois-Pohjanmaan liitolle ja ELY-keskukselle.",
     ["joint-authority/pohjois-pohjanmaan-liitto", "agency/ely-pohjois-pohjanmaa"]),
    ("Hanketta toteuttavat Lapin yliopisto ja ammattikorkeakoulu.",
     ["agency/lapin-yliopisto", "company/lapin-amk"]),
    ("Mukana ovat Pirkanmaan liitto ja kunnat.", ["joint-authority/pirkanmaan-liitto"]),
])
def test_names_sharing_one_plural_head(recogniser: Recogniser, text: str, expected: list[str]) -> None:
    assert [iri for _, iri, _ in found(recogniser, text) if iri] == expected


def test_types_come_out_of_the_entities_query_as_local_names(tmp_path: Path) -> None:
    """Two documents spell the programme differently and name funders by acronym: one node each, typed."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(
        "Hanke on osa Tulevaisuuden sote-keskus -ohjelmaa. Pirkanmaan liitto myönsi hankkeelle rahoitusta "
        "Euroopan sosiaalirahastosta. Hanketta toteuttaa Lapin ammattikorkeakoulu.\n", encoding="utf-8")
    (docs / "b.txt").write_text(
        "Tulevaisuuden sosiaali- ja terveyskeskus -ohjelman hankkeet jatkuvat. ESR:n rahoitus päättyy. "
        "Lapin ELY-keskus valvoo hanketta.\n", encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(main, ["ingest", "-q", "--store", str(tmp_path / "kg"), str(docs)])
    assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["query", "entities", "--store", str(tmp_path / "kg"), "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.output)))
    typed = {(r["entity"].split("/id/")[1], r["type"].rsplit("#", 1)[1], r["document"]) for r in rows}
    for iri, typ, doc in [("programme/tulevaisuuden-sote-keskus-ohjelma", "Programme", "a.txt"),
                          ("programme/tulevaisuuden-sote-keskus-ohjelma", "Programme", "b.txt"),
                          ("programme/esr", "Programme", "a.txt"), ("programme/esr", "Programme", "b.txt"),
                          ("joint-authority/pirkanmaan-liitto", "JointAuthority", "a.txt"),
                          ("company/lapin-amk", "Company", "a.txt"), ("agency/ely-lappi", "Agency", "b.txt")]:
        assert (iri, typ, doc) in typed, (iri, typ, doc)
    assert not [r for r in rows if "programme/" in r["entity"] and "ohjelma" in r["entity"]
                and "tulevaisuuden-sote-keskus-ohjelma" not in r["entity"]]


@pytest.mark.parametrize(("domain", "iri"), [
    ("lapinliitto.fi", "joint-authority/lapin-liitto"), ("humak.fi", "company/humak"),
    ("lapinamk.fi", "company/lapin-amk"), ("ppshp.fi", "joint-authority/ppshp"), ("stea.fi", "agency/stea"),
    ("kastelli.fi", None), ("leaderpohjoiskarjala.fi", None),  # programmes have no mailboxes
])
def test_e_mail_domains_of_the_new_actors(domain: str, iri: str | None) -> None:
    found = reference_gazetteer().by_domain(domain)
    assert (found and found.split("/id/")[1]) == iri
