"""Bundled reference data: Finnish municipalities, regions, wellbeing services counties,
cooperation areas and the organisations of the welfare field, as one RDF graph.

The graph is generated from the CSV tables in this package by ``build_reference.py``
and checked in as ``reference.ttl``; ``SOURCES.md`` names the source and validity year
of every table. Loading goes through :mod:`importlib.resources` so that it works the
same from a source checkout, an editable install and an installed wheel.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from rdflib import Graph

from welfare_kg.ontology.namespace import PREFIXES

__all__ = ["REFERENCE_FILE", "load_reference", "reference_hosts", "reference_path"]

REFERENCE_FILE = "reference.ttl"


def reference_path() -> Path:
    """Filesystem path of the bundled ``reference.ttl``.

    The package is installed as plain files (never zipped), so the resource is a real
    file; a path is what command-line tools and stores that load files by name need.
    """
    return Path(str(files(__name__).joinpath(REFERENCE_FILE)))


@lru_cache(maxsize=1)
def load_reference() -> Graph:
    """The reference graph, parsed once per process.

    Parsing the Turtle takes a noticeable fraction of a second and every extractor run
    needs the same graph (the gazetteer is built from it), so the result is cached.
    The returned graph is shared: treat it as read-only, and copy it before changing it.
    """
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    graph.parse(data=files(__name__).joinpath(REFERENCE_FILE).read_text(encoding="utf-8"), format="turtle")
    return graph


@lru_cache(maxsize=1)
def reference_hosts() -> dict[str, str]:
    """Hosted organisation IRI -> its host's IRI (wkg:hostedBy: the Strategic Research Council at the Academy of
    Finland, competence centres at the companies or joint authorities that run them), read once for every rule."""
    from rdflib import URIRef

    hosted_by = URIRef(PREFIXES["wkg"] + "hostedBy")
    return {str(s): str(o) for s, _, o in load_reference().triples((None, hosted_by, None))}
