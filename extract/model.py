"""Plain data that extraction returns: mentions, entities and facts with their evidence.

The classes live in `welfare_kg.records`, shared with graph/, which builds RDF from them.
"""

from collections.abc import Iterable

from welfare_kg.records import Entity, Evidence, Extraction, Fact, Mention

__all__ = ["Entity", "Evidence", "Extraction", "Fact", "Mention", "related_pairs"]


def related_pairs(facts: Iterable[Fact]) -> set[tuple[str, str]]:
    """The pairs some fact already relates, either way round: a fallback adds no second relation between them."""
    pairs = {(f.subject, f.object) for f in facts}
    return pairs | {(b, a) for a, b in pairs}
