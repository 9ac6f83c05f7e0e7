"""Former municipalities (data/former_municipalities.csv, data/former.py) added to the reference graph.

A municipality merged away (Haukipudas into Oulu in 2013) must stay an entity of its own, with its own
code, so that minutes written before the merger are read as the former municipality's, never as the
successor's; and it must not take a name that a current entity holds.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from rdflib import RDF, XSD, Graph, Literal
from rdflib.namespace import DCTERMS, SDO, SKOS

from welfare_kg.data.build_reference import build_graph
from welfare_kg.data.former import TABLE, add_former_municipalities, read_rows
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.text import tokenize
from welfare_kg.ontology.namespace import ID, WKG

CURRENT_TABLE = Path(__file__).resolve().parents[1] / "data" / "municipalities.csv"


def muni(code: str) -> str:
    return str(ID[f"municipality/{code}"])


@pytest.fixture(scope="module")
def built() -> tuple[Graph, Graph, list]:
    """(graph without, graph with the former municipalities, what was refused)."""
    before = build_graph(former=False)
    after = build_graph(former=False)
    refused = add_former_municipalities(after)
    return before, after, refused


@pytest.fixture(scope="module")
def gazetteer(built: tuple[Graph, Graph, list]) -> Gazetteer:
    return Gazetteer.from_graph(built[1])


def labels(g: Graph, s: object, lang: str) -> set[str]:
    return {str(o) for o in g.objects(s, SKOS.prefLabel) if o.language == lang}


def test_the_table_covers_the_mergers_since_1990_with_current_successors() -> None:
    rows = read_rows()
    with CURRENT_TABLE.open(encoding="utf-8", newline="") as f:
        current = {row["code"] for row in csv.DictReader(f)}
    assert len(rows) >= 150
    assert all(1990 <= int(r["ceased"]) <= 2025 for r in rows)
    assert all(r["successor_code"] in current and r["code"] not in current for r in rows)
    by_code = {r["code"]: r for r in rows}
    # Oulu 2013, Lahti and Hollola 2016, Kuopio 2015, Nurmes 2020, Mäntyharju 2025
    for code, successor, year in [("084", "564", "2013"), ("255", "564", "2013"), ("567", "564", "2013"),
                                  ("972", "564", "2013"), ("532", "398", "2016"), ("283", "098", "2016"),
                                  ("476", "297", "2015"), ("911", "541", "2020"), ("588", "507", "2025")]:
        assert (by_code[code]["successor_code"], by_code[code]["ceased"]) == (successor, year), code


def test_a_former_municipality_has_the_shape_of_a_current_one_plus_its_successor_and_end(
        built: tuple[Graph, Graph, list]) -> None:
    _, g, _ = built
    s, current = ID["municipality/084"], ID["municipality/564"]
    assert set(g.objects(s, RDF.type)) == set(g.objects(current, RDF.type))
    assert labels(g, s, "fi") == {"Haukipudas"}
    assert set(g.objects(s, WKG.municipalityCode)) == {Literal("084")}
    assert set(g.objects(s, SKOS.notation)) == {Literal("084")}
    assert set(g.objects(s, DCTERMS.isReplacedBy)) == {current}
    assert set(g.objects(s, SDO.dissolutionDate)) == {Literal("2013", datatype=XSD.gYear)}
    # the successor is untouched: no second name, no end
    assert labels(g, current, "fi") == {"Oulu"}
    assert not set(g.objects(current, DCTERMS.isReplacedBy))


def test_swedish_names_and_the_abbreviated_rural_municipality(built: tuple[Graph, Graph, list]) -> None:
    _, g, _ = built
    assert labels(g, ID["municipality/255"], "sv") == {"Kiminge"}
    assert labels(g, ID["municipality/533"], "sv") == {"Nagu"}
    s = ID["municipality/180"]
    assert labels(g, s, "fi") == {"Jyväskylän maalaiskunta"}
    assert "Jyväskylän mlk" in {str(o) for o in g.objects(s, SKOS.altLabel)}


def test_current_municipalities_are_unchanged(built: tuple[Graph, Graph, list]) -> None:
    before, after, _ = built
    current = set(before.subjects(RDF.type, WKG.Municipality))
    assert len(current) == 308
    for s in current:
        assert set(after.predicate_objects(s)) == set(before.predicate_objects(s)), s
    former = set(after.subjects(RDF.type, WKG.Municipality)) - current
    assert former == set(after.subjects(DCTERMS.isReplacedBy, None))
    assert len(former) == len(read_rows()) - 6


def test_a_name_held_by_another_entity_is_refused(built: tuple[Graph, Graph, list]) -> None:
    _, g, refused = built
    # same name under a new code (Heinola 1997, Lohja 1997, Porvoo 1997, Parainen 2009, Vöyri 2007);
    # Lappi (Turun ja Porin lääni, to Rauma 2009) is also the region Lappi
    assert {(r.code, r.name) for r in refused} == {
        ("088", "Heinola"), ("427", "Lohja"), ("612", "Porvoo"), ("573", "Parainen"), ("944", "Vöyri"),
        ("406", "Lappi")}
    assert {r.holder for r in refused if r.code == "406"} == {str(ID["region/19"])}
    for r in refused:
        assert (ID[f"municipality/{r.code}"], None, None) not in g
    owners: dict[str, set[str]] = {}
    for s, o in g.subject_objects(SKOS.prefLabel):
        owners.setdefault(str(o).casefold(), set()).add(str(s))
    for s in g.subjects(DCTERMS.isReplacedBy, None):
        for label in g.objects(s, SKOS.prefLabel):
            assert owners[str(label).casefold()] == {str(s)}, label


def test_a_former_code_that_is_a_current_code_is_an_error(tmp_path: Path) -> None:
    rows = TABLE.read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "former.csv"
    bad.write_text("\n".join([rows[0], "564,Oulu vanha,,2013,564,test"]) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="current municipality's code"):
        add_former_municipalities(build_graph(former=False), bad)
    missing = tmp_path / "former2.csv"
    missing.write_text("\n".join([rows[0], "084,Haukipudas,,2013,999,test"]) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="successor"):
        add_former_municipalities(build_graph(former=False), missing)


@pytest.mark.parametrize(("text", "code"), [
    ("Asiasta päätti Haukiputaan kunnanhallitus", "084"),
    ("Sopimuksen allekirjoitti Haukiputaan kunta", "084"),
    ("Kokouksessa oli Nastolan kunnanhallitus", "532"),
    ("Edustajana oli Hämeenkosken kunnan sosiaalijohtaja", "283"),
    ("Päätöksen teki Maaningan kunnanvaltuusto", "476"),
    ("Hankkeessa ovat mukana Yli-Iin kunta", "972"),
    ("Sopimus tehtiin Jyväskylän mlk:n kanssa", "180"),
    ("Kiimingin kunta", "255"),
])
def test_the_gazetteer_reads_a_former_municipality_as_itself(gazetteer: Gazetteer, text: str, code: str) -> None:
    matches = gazetteer.match(tokenize(text), get_morphology())
    iris = [m.entity.iri for m in matches]
    assert muni(code) in iris
    assert muni("564") not in iris and muni("398") not in iris


def _minutes_naming_a_merged_town(published: str | None) -> str:
    from tests.helpers import record
    from welfare_kg.extract.document import extract_document

    # no letterhead: the publisher is the town the minutes name most, one that existed when they were written
    text = ("Perusturvalautakunta\nPöytäkirja\n\n§ 5 Kotihoidon yhteistyö\n"
            "Nilsiän kotihoito ja Nilsiän palvelukeskus jatkavat yhteistyötä. Nilsiän alueen asiakkaat "
            "siirtyvät Siilinjärven kotihoitoon.\nPäätös: Hyväksyttiin.\n")
    rec = record(text, kind="minutes")
    rec.published = published
    return extract_document(rec).municipality or ""


def test_a_merged_town_named_most_publishes_only_minutes_from_before_the_merger() -> None:
    assert _minutes_naming_a_merged_town("2019-03-01").endswith(muni("749"))  # Siilinjärvi: Nilsiä ceased 2013
    assert _minutes_naming_a_merged_town("2009-03-01").endswith(muni("534"))  # Nilsiä itself, before the merger
    assert not _minutes_naming_a_merged_town(None).endswith(muni("534"))  # undated: not a town since merged
