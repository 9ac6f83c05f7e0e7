"""Persistent storage of the knowledge graph: one named graph per document, plus reference data."""
