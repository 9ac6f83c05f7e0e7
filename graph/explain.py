"""Why the graph says what it says about one entity: every fact with its sentence."""

from __future__ import annotations

import pyoxigraph as ox

from welfare_kg.graph.store import KGStore
from welfare_kg.ontology.namespace import REFERENCE_GRAPH
from welfare_kg.queries.binding import BindingError, values_block
from welfare_kg.queries.binding import iri as _iri

# Each template takes one VALUES block (queries/binding.py) where it says %s: values
# are bound as escaped RDF terms, never pasted into the query text.
FIND = """
SELECT DISTINCT ?e WHERE {
  %s
  ?e skos:prefLabel|skos:altLabel|skos:hiddenLabel ?l .
  FILTER(LCASE(STR(?l)) = LCASE(STR(?name)))
  ?e a ?t . FILTER(STRSTARTS(STR(?t), STR(wkg:)))
}"""
FACTS = """
SELECT ?s ?p ?o ?amount ?post ?doc ?sentence ?rule ?conf ?start ?end WHERE {
  %s
  ?f a wkg:Fact ; wkg:subject ?s ; wkg:predicate ?p ; wkg:object ?o ; prov:wasDerivedFrom ?d ;
     wkg:rule ?rule ; prov:value ?sentence .
  ?d wkg:fileName ?doc .
  FILTER(?s = ?e || ?o = ?e)
  OPTIONAL { ?f wkg:amount ?amount } OPTIONAL { ?f wkg:postTitle ?post }
  OPTIONAL { ?f wkg:confidence ?conf } OPTIONAL { ?f wkg:charStart ?start } OPTIONAL { ?f wkg:charEnd ?end }
} ORDER BY ?doc ?start"""
REFERENCE = """
SELECT ?p ?o WHERE {
  %s GRAPH ?g { ?e ?p ?o } FILTER(?g = ?ref) FILTER(STRSTARTS(STR(?p), STR(wkg:)))
}"""
LABEL = "SELECT ?l WHERE { %s ?x skos:prefLabel ?l } ORDER BY DESC(LANGMATCHES(LANG(?l), 'fi')) LIMIT 1"


def find_entity(store: KGStore, ref: str) -> str:
    """An IRI as given (bare or in <angle brackets>, as `explain` prints it), or the one entity named `ref`."""
    if ref.startswith("<") and ref.endswith(">"):
        ref = ref[1:-1].strip()
    if ref.startswith(("http://", "https://")):
        try:
            return _iri(ref).value
        except BindingError as exc:
            raise LookupError(f"{ref!r}: not a valid IRI") from exc
    hits = [r["e"].value for r in _q(store, FIND % values_block("name", [ref]))]
    if not hits:
        raise LookupError(f"{ref}: no entity with this name in the store")
    if len(hits) > 1:
        raise LookupError(f"{ref}: several entities have this name: " + ", ".join(sorted(hits)))
    return hits[0]


def _q(store: KGStore, text: str):
    return store.query(text)


def label_of(store: KGStore, iri: str) -> str:
    rows = list(_q(store, LABEL % values_block("x", [_iri(iri)])))
    return rows[0]["l"].value if rows else iri.rsplit("/", 1)[-1]


def explain_entity(store: KGStore, ref: str) -> str:
    iri = find_entity(store, ref)
    lines = [f"{label_of(store, iri)} <{iri}>"]
    facts = list(_q(store, FACTS % values_block("e", [_iri(iri)])))
    for r in facts:
        s, o = r["s"].value, r["o"].value
        p = r["p"].value.rsplit("#", 1)[-1]
        extra = ""
        if r["amount"] is not None:
            extra += f" {r['amount'].value} EUR"
        if r["post"] is not None:
            extra += f" (post: {r['post'].value})"
        lines.append(f"- {label_of(store, s)} {p} {label_of(store, o)}{extra}")
        span = f"chars {r['start'].value}-{r['end'].value}" if r["start"] is not None else ""
        conf = f", confidence {r['conf'].value}" if r["conf"] is not None else ""
        lines.append(f"    {r['doc'].value} {span}, rule {r['rule'].value}{conf}")
        lines.append(f"    “{r['sentence'].value.strip()[:300]}”")
    ref_rows = list(_q(store, REFERENCE % values_block(("e", "ref"), [(_iri(iri), _iri(str(REFERENCE_GRAPH)))])))
    for r in ref_rows:
        p = r["p"].value.rsplit("#", 1)[-1]
        o = r["o"]
        value = label_of(store, o.value) if isinstance(o, ox.NamedNode) else o.value
        lines.append(f"- {p} {value}   [reference data]")
    if len(lines) == 1:
        if not list(_q(store, LABEL % values_block("x", [_iri(iri)]))):  # every entity has a label (`check`)
            raise LookupError(f"{ref}: no such entity in the store")
        lines.append("(no facts about this entity)")
    return "\n".join(lines)
