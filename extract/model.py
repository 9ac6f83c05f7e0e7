"""Plain data that extraction returns: mentions, entities and facts with their evidence.

The classes live in `welfare_kg.records`, shared with graph/, which builds RDF from them.
"""

from welfare_kg.records import Entity, Evidence, Extraction, Fact, Mention

__all__ = ["Entity", "Evidence", "Extraction", "Fact", "Mention"]
