"""The named map views: each a researcher's question, as the predicates it follows and the types it keeps.

Kept apart from viz/select.py (which needs networkx) so that the command line can offer
the view names in its help without importing the graph libraries.
"""

from __future__ import annotations

from dataclasses import dataclass

from welfare_kg.ontology.namespace import RELATIONS

__all__ = ["AREA_TYPES", "PROJECT_TYPES", "RELATIONS", "VIEWS", "View"]
PROJECT_TYPES = frozenset({"Project", "Programme", "WorkPackage"})
AREA_TYPES = frozenset({"CooperationArea", "Region", "Municipality", "WellbeingCounty"})


@dataclass(frozen=True)
class View:
    """A named question: the predicates it follows and, optionally, the node types it keeps."""

    predicates: frozenset[str]
    types: frozenset[str] | None = None


VIEWS: dict[str, View] = {
    "funding": View(frozenset({"funds", "contributes", "coordinates"})),
    "area": View(frozenset({"coversArea", "partOf"}), PROJECT_TYPES | AREA_TYPES),
    "people": View(frozenset({"holdsPost"})),
}
