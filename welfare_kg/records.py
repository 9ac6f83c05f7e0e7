"""The plain data that flows between the layers: a loaded document and what extraction found in it.

It lives apart from loaders/ and extract/ so that graph/ can turn it into RDF without
depending on either: data flows loaders -> extract -> graph, and each layer only knows
these shapes, never the code of the layer before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path


@dataclass
class MinutesStage:
    """One earlier handling of an item that its decision history records ("Kaupunginhallitus 12.03.2021 § 45"
    followed by that meeting's preparation, proposal and decision): the body and date of that meeting, its own §
    number and the span of its text. `decision` and `proposal` are the spans of that stage's parts, `outcome` what
    its decision says."""

    body: str | None
    date: str | None
    section: str | None
    start: int
    end: int
    decision: tuple[int, int] | None = None
    outcome: str | None = None
    proposal: tuple[int, int] | None = None


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
    # the earlier handlings its decision history records, oldest first; the item's own body, date, parts and
    # outcome are those of the meeting the minutes record (loaders/minutes.py)
    stages: list[MinutesStage] = field(default_factory=list)


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
    warnings: list[str] = field(default_factory=list)  # read, but not exactly as written ("invalid UTF-8 ...")

    @property
    def name(self) -> str:
        return self.source.name


@dataclass
class Mention:
    """A stretch of text that names an entity, with the base form of that name."""

    start: int
    end: int
    surface: str
    label: str  # base form ("Ranuan kunta" for "Ranuan kunnalle")
    type: str  # ontology class local name
    iri: str | None = None  # set for reference entities and after resolution
    case: str | None = None  # grammatical case of the head word (voikko names)
    rule: str = "gazetteer"
    acronym: str | None = None
    key: str | None = None  # identity key of the name, for cross-document merging
    parts: tuple[str, ...] = ()  # alternative names contained in this one
    generic: bool = False  # a bare common noun ("yhteistyösopimus"): never merged across documents
    aside: bool = False  # a project named in passing, never the page's own (extract/passing_projects.py)


@dataclass
class Entity:
    iri: str
    type: str
    label: str
    labels: set[str] = field(default_factory=set)
    surfaces: set[str] = field(default_factory=set)
    reference: bool = False
    mentions: list[Mention] = field(default_factory=list)
    merged_because: list[str] = field(default_factory=list)
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass
class Evidence:
    text: str
    start: int
    end: int


@dataclass
class Fact:
    subject: str
    predicate: str
    object: str
    evidence: Evidence
    rule: str
    confidence: float = 0.7
    amount: Decimal | None = None
    amount_qualifier: str | None = None  # "approximate", "share" (then `share` holds the percent)
    share: Decimal | None = None
    start_date: str | None = None
    end_date: str | None = None
    post: str | None = None

    def key(self) -> tuple[str, str, str, str]:
        return (self.subject, self.predicate, self.object, str(self.amount or ""))


@dataclass
class Extraction:
    """Everything one document yields; `graph.build` turns it into RDF."""

    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    contacts: dict[str, list[str]] = field(default_factory=dict)  # person IRI -> e-mails/phones
    item_subjects: dict[int, list[str]] = field(default_factory=dict)  # minutes item index -> IRIs
    item_bodies: dict[int, str] = field(default_factory=dict)  # minutes item index -> body IRI
    municipality: str | None = None
    publisher: str | None = None
