"""The structured record a loader makes of one document, before any extraction."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


class LoadError(Exception):
    """A document could not be read; `str()` is the one-line message users see."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


@dataclass
class MinutesItem:
    """One section (§) of the minutes of a municipal body.

    Offsets point into the record's `text` so that facts found in a part can be
    traced back to the exact characters.
    """

    start: int
    end: int
    title: str = ""
    section: str | None = None
    record_number: str | None = None
    body: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    preparer: str | None = None
    presenter: str | None = None
    parts: dict[str, tuple[int, int]] = field(default_factory=dict)
    outcome: str | None = None


@dataclass
class DocumentRecord:
    """A document as text plus what its layout says about it (kind, title, minutes items)."""

    source: Path
    text: str
    checksum: str
    fmt: str
    title: str = ""
    kind: str = "news"  # minutes | news | agreement
    language: str = "fi"
    published: str | None = None
    publisher: str | None = None
    encoding: str | None = None
    municipality_hint: str | None = None
    email_domains: list[str] = field(default_factory=list)
    items: list[MinutesItem] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.source.name
