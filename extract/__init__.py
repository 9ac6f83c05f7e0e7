"""Extraction: document records in, entity mentions and facts with evidence out.

Nothing here writes to a store; results are plain dataclasses (see `model`).
"""
