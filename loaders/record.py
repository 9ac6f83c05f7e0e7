"""The structured record a loader makes of one document, before any extraction."""

from __future__ import annotations

from pathlib import Path

from welfare_kg.records import DocumentRecord, MinutesItem

__all__ = ["DocumentRecord", "LoadError", "MinutesItem"]


class LoadError(Exception):
    """A document could not be read; `str()` is the one-line message users see."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")
