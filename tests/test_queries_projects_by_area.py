"""`projects_by_area` reads the participants one relation at a time, joins them with a table of the reference
graph's members made once per (member, relation), checks the project classes with one hash join and makes labels
and sort keys once per entity; its answer must be what the plain form it replaced gives (kept below), on a store
with every case the query distinguishes: a project covering an area and a region, participants with a home region
(labelled in Finnish or only in Swedish), one with an area and no region, one with no area, a relation the query
does not count, a participated thing that is no project, and the same fact in two documents."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from welfare_kg.graph.store import KGStore
from welfare_kg.graphs import DOCUMENT_PREFIX, REFERENCE
from welfare_kg.queries import bind_params, saved_queries

WKG = "https://w3id.org/welfare-kg/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
ID = "https://example.org/id/"
# The query as it stood before (benchmarks/HISTORY.md, twenty-second session), the reference for the saved form.
PLAIN = """PREFIX wkg: <https://w3id.org/welfare-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?cooperationArea ?areaLabel ?regionIri ?regionLabel ?projectIri ?projectLabel ?how
WHERE {
  {
    SELECT DISTINCT ?cooperationArea ?regionIri ?regionLabel ?projectIri ?how WHERE {
      {
        GRAPH ?g { ?projectIri wkg:coversArea ?cooperationArea }
        GRAPH <https://w3id.org/welfare-kg/graph/entities> { ?cooperationArea a wkg:CooperationArea }
        BIND("covers area" AS ?how)
      } UNION {
        GRAPH ?g { ?projectIri wkg:coversArea ?regionIri }
        GRAPH <https://w3id.org/welfare-kg/graph/entities> { ?regionIri a wkg:Region }
        GRAPH <https://w3id.org/welfare-kg/graph/reference> {
          ?regionIri wkg:cooperationArea ?cooperationArea ; skos:prefLabel ?rl }
        FILTER(LANG(?rl) = "fi")
        BIND(STR(?rl) AS ?regionLabel)
        BIND("covers region" AS ?how)
      } UNION {
        VALUES ?rel { wkg:participatesIn wkg:contributes wkg:coordinates }
        GRAPH ?g { ?member ?rel ?projectIri }
        GRAPH <https://w3id.org/welfare-kg/graph/reference> {
          ?member wkg:cooperationArea ?cooperationArea ; wkg:region ?regionIri . ?regionIri skos:prefLabel ?rl }
        FILTER(LANG(?rl) = "fi")
        BIND(STR(?rl) AS ?regionLabel)
        BIND(CONCAT("participant ", STRAFTER(STR(?rel), "#"), ": ", STR(?member)) AS ?how)
      } UNION {
        VALUES ?rel { wkg:participatesIn wkg:contributes wkg:coordinates }
        GRAPH ?g { ?member ?rel ?projectIri }
        GRAPH <https://w3id.org/welfare-kg/graph/reference> { ?member wkg:cooperationArea ?cooperationArea }
        FILTER NOT EXISTS { GRAPH <https://w3id.org/welfare-kg/graph/reference> { ?member wkg:region ?anyRegion } }
        BIND(CONCAT("participant ", STRAFTER(STR(?rel), "#"), ": ", STR(?member)) AS ?how)
      }
      FILTER EXISTS {
        VALUES ?projectType { wkg:Project wkg:Programme wkg:Agreement wkg:WorkPackage }
        GRAPH <https://w3id.org/welfare-kg/graph/entities> { ?projectIri a ?projectType }
      }
    }
  }
  FILTER(!BOUND(?area) || ?cooperationArea = ?area || COALESCE(?regionIri = ?area, false)
         || EXISTS {
    VALUES ?lg_cooperationArea {
      <https://w3id.org/welfare-kg/graph/entities> <https://w3id.org/welfare-kg/graph/reference> }
    GRAPH ?lg_cooperationArea { ?cooperationArea skos:prefLabel|skos:altLabel|skos:notation ?n_cooperationArea }
    FILTER(LCASE(STR(?n_cooperationArea)) = LCASE(STR(?area))) }
         || COALESCE(LCASE(?regionLabel) = LCASE(STR(?area)), false))
  OPTIONAL { GRAPH <https://w3id.org/welfare-kg/graph/entities> { ?cooperationArea wkg:displayLabel ?areaLabel } }
  OPTIONAL { GRAPH <https://w3id.org/welfare-kg/graph/entities> { ?projectIri wkg:displayLabel ?projectLabel } }
  BIND(CONCAT(?areaLabel, " ") AS ?byArea)
  BIND(CONCAT(?projectLabel, " ") AS ?byProject)
}
ORDER BY ?byArea ?regionLabel ?byProject ?how
"""


def _iri(local: str) -> ox.NamedNode:
    return ox.NamedNode(ID + local)


def _store() -> KGStore:
    """Reference areas, regions and members; two documents stating projects, their areas and participants."""
    kg = KGStore()
    ref = ox.NamedNode(REFERENCE)
    w = lambda p: ox.NamedNode(WKG + p)  # noqa: E731
    quads = [
        ox.Quad(_iri("area/a1"), RDF_TYPE, w("CooperationArea"), ref),
        ox.Quad(_iri("area/a1"), ox.NamedNode(SKOS + "prefLabel"), ox.Literal("Alue Yksi", language="fi"), ref),
        ox.Quad(_iri("area/a2"), RDF_TYPE, w("CooperationArea"), ref),
        ox.Quad(_iri("area/a2"), ox.NamedNode(SKOS + "prefLabel"), ox.Literal("Alue Kaksi", language="fi"), ref),
        ox.Quad(_iri("region/r1"), RDF_TYPE, w("Region"), ref),
        ox.Quad(_iri("region/r1"), ox.NamedNode(SKOS + "prefLabel"), ox.Literal("Maakunta", language="fi"), ref),
        ox.Quad(_iri("region/r1"), ox.NamedNode(SKOS + "prefLabel"), ox.Literal("Landskap", language="sv"), ref),
        ox.Quad(_iri("region/r1"), w("cooperationArea"), _iri("area/a1"), ref),
        ox.Quad(_iri("region/r2"), RDF_TYPE, w("Region"), ref),
        ox.Quad(_iri("region/r2"), ox.NamedNode(SKOS + "prefLabel"), ox.Literal("Bara svenska", language="sv"), ref),
        ox.Quad(_iri("region/r2"), w("cooperationArea"), _iri("area/a2"), ref),
    ]
    members = {"m1": ("area/a1", "region/r1"), "m2": ("area/a2", "region/r2"), "m3": ("area/a2", None),
               "m4": (None, "region/r1")}
    for m, (area, region) in members.items():
        quads.append(ox.Quad(_iri(f"municipality/{m}"), RDF_TYPE, w("Municipality"), ref))
        quads.append(ox.Quad(_iri(f"municipality/{m}"), ox.NamedNode(SKOS + "prefLabel"),
                             ox.Literal(f"Kunta {m}", language="fi"), ref))
        if area:
            quads.append(ox.Quad(_iri(f"municipality/{m}"), w("cooperationArea"), _iri(area), ref))
        if region:
            quads.append(ox.Quad(_iri(f"municipality/{m}"), w("region"), _iri(region), ref))
    for d in range(2):
        g = ox.NamedNode(f"{DOCUMENT_PREFIX}d{d}")
        doc = ox.NamedNode(f"https://example.org/doc/{d}")
        quads.append(ox.Quad(doc, w("fileName"), ox.Literal(f"doc-{d}.txt"), g))
        for e, cls, name in (("project/p1", "Project", "Hanke"), ("project/p2", "Programme", "Ohjelma"),
                             ("event/e1", "Event", "Tapahtuma")):
            quads += [ox.Quad(doc, w("mentions"), _iri(e), g), ox.Quad(_iri(e), RDF_TYPE, w(cls), g),
                      ox.Quad(_iri(e), RDFS_LABEL, ox.Literal(name, language="fi"), g)]
        quads += [ox.Quad(_iri("project/p1"), w("coversArea"), _iri("area/a2"), g),
                  ox.Quad(_iri("project/p2"), w("coversArea"), _iri("region/r1"), g),
                  ox.Quad(_iri("project/p2"), w("coversArea"), _iri("region/r2"), g)]
        for m, rel, target in (("m1", "participatesIn", "project/p1"), ("m2", "contributes", "project/p1"),
                               ("m3", "coordinates", "project/p2"), ("m4", "participatesIn", "project/p2"),
                               ("m1", "funds", "project/p2"), ("m1", "participatesIn", "event/e1")):
            quads.append(ox.Quad(_iri(f"municipality/{m}"), w(rel), _iri(target), g))
    kg.oxigraph.extend(quads)
    kg.rebuild_derived()
    return kg


def _rows(kg: KGStore, text: str) -> list[tuple[str, ...]]:
    return [tuple("" if t is None else str(t) for t in sol) for sol in kg.query(text)]  # type: ignore[union-attr]


@pytest.mark.parametrize("params", [None, {"area": "Alue Yksi"}, {"area": "maakunta"}, {"area": f"<{ID}area/a2>"},
                                    {"area": f"<{ID}region/r2>"}])
def test_rows_as_the_plain_form_gives(params: dict[str, str] | None) -> None:
    q = {s.name: s for s in saved_queries()}["projects_by_area"]
    kg = _store()
    got, plain = _rows(kg, bind_params(q.local_text, params)), _rows(kg, bind_params(PLAIN, params))
    assert got == plain  # same rows in the same order (no two rows tie on every sort key here)
    if params is None:
        hows = {r[6] for r in got}
        # the covered area and regions, the participants with an area and a home region labelled in Finnish or with
        # no region; never the one whose region has only a Swedish label, the one without an area, the funder, nor
        # the event
        assert hows == {'"covers area"', '"covers region"', f'"participant participatesIn: {ID}municipality/m1"',
                        f'"participant coordinates: {ID}municipality/m3"'}
        assert not any("event/e1" in r[4] for r in got)
