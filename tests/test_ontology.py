"""The ontology defines exactly the terms the code uses, and the shapes accept what the code writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS, XSD

from welfare_kg.cli import main
from welfare_kg.graph.store import KGStore
from welfare_kg.graph.validate import ontology_graph, shapes_graph, union_graph, validate_graph, validate_store
from welfare_kg.ingest import ingest
from welfare_kg.ontology.namespace import ID, PROV, WKG

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "welfare.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
EXAMPLES = ROOT / "examples" / "documents"
NS = str(WKG._NS)
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def _defined(g: Graph) -> set[str]:
    return {str(s)[len(NS):] for t in TERM_TYPES for s in g.subjects(RDF.type, t)
            if isinstance(s, URIRef) and str(s).startswith(NS)}


def test_ontology_parses_and_has_header(ontology: Graph) -> None:
    header = URIRef(NS.rstrip("#"))
    assert (header, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(header, OWL.versionInfo) == Literal("0.1.0")


def test_terms_of_namespace_equal_terms_of_ontology(ontology: Graph) -> None:
    in_code = set(WKG.__annotations__)
    in_ttl = _defined(ontology)
    assert in_code == in_ttl, (sorted(in_code - in_ttl), sorted(in_ttl - in_code))


def test_every_term_has_finnish_and_english_labels_and_a_comment(ontology: Graph) -> None:
    for name in sorted(_defined(ontology)):
        term = WKG._NS[name]
        for pred in (RDFS.label, SKOS.prefLabel):
            langs = {lit.language for lit in ontology.objects(term, pred)}
            assert {"fi", "en"} <= langs, (name, pred, langs)
        assert any(c.language == "en" for c in ontology.objects(term, RDFS.comment)), name


def test_standard_vocabularies_are_reused(ontology: Graph) -> None:
    org = "http://www.w3.org/ns/org#"
    assert (WKG.CooperationArea, RDFS.subClassOf, URIRef(org + "OrganizationalCollaboration")) in ontology
    assert (WKG.Meeting, RDFS.subClassOf, URIRef("http://data.vlaanderen.be/ns/besluit#Zitting")) in ontology
    assert (WKG.Fact, RDFS.subClassOf, PROV.Entity) in ontology
    for sub in (WKG.region, WKG.wellbeingCounty, WKG.cooperationArea):
        assert (sub, RDFS.subPropertyOf, WKG.partOf) in ontology


def test_packaged_shapes_and_ontology_are_the_files() -> None:
    """validate reads them through importlib.resources: the same triples as the files in the tree."""
    assert isomorphic(shapes_graph(), Graph().parse(SHAPES, format="turtle"))
    assert isomorphic(ontology_graph(), Graph().parse(ONTOLOGY, format="turtle"))


def _targets(shapes: Graph) -> set[URIRef]:
    return {o for o in shapes.objects(None, SH.targetClass) if isinstance(o, URIRef)}


def test_every_class_the_data_uses_has_a_shape(example_store: KGStore, ontology: Graph) -> None:
    used = {URIRef(r["t"].value) for r in example_store.query(
        "SELECT DISTINCT ?t WHERE { GRAPH ?g { ?x a ?t } FILTER(STRSTARTS(STR(?t), STR(wkg:))) }")}
    assert {WKG.Document, WKG.Fact, WKG.Municipality, WKG.Decision, WKG.Meeting} <= used
    targeted = _targets(shapes_graph())
    assert used <= targeted, f"classes without a shape: {sorted(used - targeted)}"
    classes = set(ontology.subjects(RDF.type, OWL.Class))
    assert targeted <= classes, f"shapes for classes the ontology lacks: {sorted(targeted - classes)}"


def test_every_shape_says_why_and_every_constraint_has_a_message() -> None:
    shapes = shapes_graph()
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    assert len(node_shapes) >= 7
    for shape in node_shapes:
        assert any(c.language == "en" for c in shapes.objects(shape, RDFS.comment)), shape
        assert set(shapes.objects(shape, SH.targetClass)) | set(shapes.objects(shape, SH.targetSubjectsOf)), shape
        for prop in shapes.objects(shape, SH.property):
            assert shapes.value(prop, SH.path) is not None and shapes.value(prop, SH.message) is not None, shape


# One broken node per class with a shape, and what the report must say about it.
BROKEN = {
    "document without checksum": (
        [(ID["document/x"], RDF.type, WKG.Document), (ID["document/x"], WKG.fileName, Literal("x.txt")),
         (ID["document/x"], URIRef("http://purl.org/dc/terms/source"), Literal("x.txt"))],
        "wkg:checksum"),
    "decision from nowhere": ([(ID["decision/x/1"], RDF.type, WKG.Decision)], "prov:wasDerivedFrom"),
    "meeting of nobody": (
        [(ID["meeting/x/1"], RDF.type, WKG.Meeting),
         (ID["meeting/x/1"], URIRef("http://purl.org/dc/terms/date"), Literal("2024-01-01", datatype=XSD.date))],
        "isGehoudenDoor"),
    "meeting without a day": (
        [(ID["meeting/y"], RDF.type, WKG.Meeting), (ID["body/y"], RDF.type, WKG.Body),
         (ID["body/y"], SKOS.prefLabel, Literal("Hallitus", lang="fi")),
         (ID["meeting/y"], URIRef("http://data.vlaanderen.be/ns/besluit#isGehoudenDoor"), ID["body/y"])],
        "dcterms:date"),
    "nameless project": ([(ID["project/x"], RDF.type, WKG.Project)], "prefLabel"),
    "reference data from nowhere": ([(ID["dataset/x"], RDF.type, WKG.ReferenceData),
                                     (ID["dataset/x"], URIRef("http://purl.org/dc/terms/title"), Literal("x"))],
                                    "dcterms:source"),
    "municipality with a bad code": (
        [(ID["municipality/x"], RDF.type, WKG.Municipality), (ID["municipality/x"], SKOS.prefLabel, Literal("X")),
         (ID["municipality/x"], WKG.municipalityCode, Literal("12"))],
        "wkg:municipalityCode"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_known_bad_graph_fails_validation(case: str) -> None:
    triples, must_name = BROKEN[case]
    g = Graph()
    for t in triples:
        g.add(t)
    ok, report = validate_graph(g)
    assert not ok, case
    assert must_name in report, report


def test_the_examples_conform_and_every_triple_is_checked(example_store: KGStore) -> None:
    """The good side of the same shapes: what the code writes for the examples conforms, all of it checked."""
    ok, report = validate_store(example_store)
    assert ok, report
    n = int(report.split()[1])
    assert n == len(union_graph(example_store)) > 1000


@pytest.fixture(scope="module")
def example_store() -> KGStore:
    store = KGStore(None)
    report = ingest([EXAMPLES], store)
    assert report.ok, report.failed
    return store


def test_store_built_from_examples_validates(example_store: KGStore) -> None:
    ok, report = validate_store(example_store)
    assert ok, report
    assert report.startswith("conforms: ")


def _good_fact() -> tuple[Graph, URIRef]:
    g = Graph()
    doc, fact, project = ID["document/test"], ID["fact/test/1"], ID["project/test"]
    g.add((doc, RDF.type, WKG.Document))
    g.add((doc, WKG.checksum, Literal("0" * 64)))
    g.add((doc, URIRef("http://purl.org/dc/terms/source"), Literal("test.txt")))
    g.add((doc, WKG.fileName, Literal("test.txt")))
    g.add((project, RDF.type, WKG.Project))
    g.add((project, SKOS.prefLabel, Literal("Testihanke", lang="fi")))
    g.add((fact, RDF.type, WKG.Fact))
    g.add((fact, WKG.subject, ID["ministry/stm"]))
    g.add((fact, WKG.predicate, WKG.funds))
    g.add((fact, WKG.object, project))
    g.add((fact, PROV.wasDerivedFrom, doc))
    g.add((fact, PROV.value, Literal("STM rahoittaa Testihanketta.")))
    g.add((fact, WKG.rule, Literal("funds:test")))
    g.add((fact, WKG.amount, Literal("1000", datatype=XSD.decimal)))
    g.add((fact, WKG.confidence, Literal("0.9", datatype=XSD.decimal)))
    return g, fact


def test_handmade_good_graph_validates() -> None:
    g, _ = _good_fact()
    ok, report = validate_graph(g)
    assert ok, report


def test_broken_graph_does_not_validate_and_report_names_the_problems() -> None:
    g, fact = _good_fact()
    g.remove((fact, WKG.subject, None))
    g.set((fact, WKG.amount, Literal("abc")))
    g.set((fact, WKG.confidence, Literal("1.5", datatype=XSD.decimal)))
    g.add((ID["person/nameless"], RDF.type, WKG.Person))
    ok, report = validate_graph(g)
    assert not ok
    lines = report.splitlines()
    assert lines[0].startswith("does not conform:")
    assert any("fact/test/1" in line and "wkg:subject" in line for line in lines), report
    assert any("wkg:amount" in line and '"abc"' in line for line in lines), report
    assert any("wkg:confidence" in line and "1.5" in line for line in lines), report
    assert any("person/nameless" in line and "prefLabel" in line for line in lines), report


def test_bad_predicate_and_checksum_are_reported() -> None:
    g, fact = _good_fact()
    g.set((fact, WKG.predicate, URIRef("http://example.org/likes")))
    g.set((ID["document/test"], WKG.checksum, Literal("not-a-checksum")))
    ok, report = validate_graph(g)
    assert not ok
    assert "wkg:predicate" in report and "likes" in report
    assert "wkg:checksum" in report


def test_cli_validate_exits_0_on_good_store(tmp_path: Path) -> None:
    store_dir = tmp_path / "kg"
    store = KGStore(store_dir)
    assert ingest([EXAMPLES], store).ok
    del store
    result = CliRunner().invoke(main, ["validate", "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output
