"""The welfare-kg ontology, SHACL shapes and the Python view of its terms.

The Turtle files here are the source of truth; `namespace.WKG` mirrors them so that a
misspelt term fails at import time instead of producing a silent new IRI.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def ontology_path() -> Path:
    """Path of the OWL ontology (Turtle) shipped with the package."""
    return Path(str(resources.files(__package__).joinpath("welfare.ttl")))


def shapes_path() -> Path:
    """Path of the SHACL shapes the graph is validated against."""
    return Path(str(resources.files(__package__).joinpath("shapes.ttl")))
