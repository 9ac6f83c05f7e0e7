"""The relations have one source: the ontology, SHACL shapes, rules, map views and evaluation agree on it."""

from __future__ import annotations

from importlib import resources

from rdflib import OWL, RDF, RDFS, Graph
from rdflib.collection import Collection
from rdflib.namespace import SH

from welfare_kg.evaluation.gold import PREDICATES
from welfare_kg.extract.relations import RULES, predicates
from welfare_kg.ontology.namespace import RELATIONS, WKG
from welfare_kg.viz.views import VIEWS


def _ttl(name: str) -> Graph:
    return Graph().parse(data=resources.files("welfare_kg.ontology").joinpath(name).read_text("utf-8"), format="turtle")


def test_every_relation_is_an_object_property_of_the_ontology_with_finnish_and_english_labels() -> None:
    g = _ttl("welfare.ttl")
    for name in RELATIONS:
        prop = WKG[name]
        assert (prop, RDF.type, OWL.ObjectProperty) in g, name
        langs = {lit.language for lit in g.objects(prop, RDFS.label)}
        assert {"fi", "en"} <= langs, name


def test_the_fact_shape_allows_exactly_the_relations() -> None:
    g = _ttl("shapes.ttl")
    lists = [Collection(g, node) for node in g.objects(None, SH["in"])]
    allowed = [{str(term).rsplit("#", 1)[-1] for term in c} for c in lists]
    assert set(RELATIONS) in allowed


def test_rules_views_and_evaluation_use_only_the_relations() -> None:
    assert set(predicates()) <= set(RELATIONS)
    assert {r.predicate for r in RULES} == set(predicates())
    for name, view in VIEWS.items():
        assert view.predicates <= set(RELATIONS), name
    assert frozenset(RELATIONS) == PREDICATES


def test_a_term_outside_the_ontology_is_refused() -> None:
    """The closed namespace is what keeps a misspelt relation from reaching the graph."""
    try:
        WKG["fundz"]
    except AttributeError:
        return
    raise AssertionError("WKG accepted a term the ontology does not define")
