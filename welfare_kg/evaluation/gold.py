"""Gold annotations: hand-made entities and facts of real documents, one JSON object per line.

The format is the one of the extraction contract (FACTS.md): a line per document with
`doc` (file name), `kind`, `entities` (`key`, `types`, `names`, `optional`) and `facts`
(`any`: alternative `[subject key, predicate, object key]` triples, `amount_eur`,
`optional`). Keys name real-world things and are shared across documents and files:
the same key in two documents is the same thing, which is what cross-document
resolution is scored on.

Annotation files are written by hand, so they are checked on load and a slip is reported
as one line naming the file, the line and the problem; a silently ignored typo would
otherwise show up as a scoring error of the extractor.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from welfare_kg.ontology.namespace import RELATIONS

# The scored vocabulary of the contract. The ontology has more classes and properties;
# rows of any other type or predicate are not scored (neither right nor wrong).
TYPES = frozenset({
    "Ministry", "Agency", "CompetenceCentre", "CooperationArea", "Region", "Municipality",
    "JointAuthority", "WellbeingCounty", "Company", "Association", "Parish", "Body",
    "Project", "Programme", "WorkPackage", "Agreement", "Person",
})
PREDICATES = frozenset(RELATIONS)


class GoldError(ValueError):
    """An annotation file that cannot be scored against; the message names file and line."""


@dataclass(frozen=True)
class GoldEntity:
    key: str
    types: tuple[str, ...]
    names: tuple[str, ...]
    optional: bool = False


@dataclass(frozen=True)
class GoldFact:
    alternatives: tuple[tuple[str, str, str], ...]  # any one of them states the fact
    amount_eur: float | None = None
    optional: bool = False

    def describe(self) -> str:
        s, p, o = self.alternatives[0]
        text = f"{s} {p} {o}"
        if len(self.alternatives) > 1:
            text += f" (or {len(self.alternatives) - 1} alternative{'s' if len(self.alternatives) > 2 else ''})"
        if self.amount_eur is not None:
            text += f" {self.amount_eur:.0f} EUR"
        return text


@dataclass(frozen=True)
class GoldDocument:
    doc: str  # file name of the annotated document
    kind: str
    entities: tuple[GoldEntity, ...]
    facts: tuple[GoldFact, ...]
    source: str = ""  # the annotation file it came from (groups totals, names errors)

    @property
    def group(self) -> str:
        return Path(self.source).stem if self.source else "gold"

    def entity(self, key: str) -> GoldEntity | None:
        return next((e for e in self.entities if e.key == key), None)


@dataclass
class _Line:
    where: str

    def fail(self, problem: str) -> GoldError:
        return GoldError(f"{self.where}: {problem}")


def _strings(value: object, what: str, at: _Line) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise at.fail(f"{what} must be a non-empty list of non-empty strings")
    return tuple(value)


def _entity(raw: object, at: _Line) -> GoldEntity:
    if not isinstance(raw, dict) or not isinstance(raw.get("key"), str) or not raw["key"]:
        raise at.fail("an entity needs a string 'key'")
    key = raw["key"]
    types = _strings(raw.get("types"), f"entity {key!r}: 'types'", at)
    if unknown := sorted(set(types) - TYPES):
        raise at.fail(f"entity {key!r}: unknown type {', '.join(unknown)} (one of {', '.join(sorted(TYPES))})")
    names = _strings(raw.get("names"), f"entity {key!r}: 'names'", at)
    return GoldEntity(key, types, names, bool(raw.get("optional", False)))


def _fact(raw: object, keys: set[str], at: _Line) -> GoldFact:
    if not isinstance(raw, dict) or not isinstance(raw.get("any"), list) or not raw["any"]:
        raise at.fail("a fact needs 'any': a non-empty list of [subject, predicate, object]")
    alternatives = []
    for triple in raw["any"]:
        if not (isinstance(triple, list) and len(triple) == 3 and all(isinstance(t, str) for t in triple)):
            raise at.fail(f"fact alternative {triple!r} is not [subject, predicate, object]")
        s, p, o = triple
        if p not in PREDICATES:
            raise at.fail(f"fact {s} {p} {o}: unknown predicate {p!r} (one of {', '.join(sorted(PREDICATES))})")
        if missing := [k for k in (s, o) if k not in keys]:
            raise at.fail(f"fact {s} {p} {o}: {', '.join(missing)} is not an entity key of this document")
        alternatives.append((s, p, o))
    amount = raw.get("amount_eur")
    if amount is not None and (isinstance(amount, bool) or not isinstance(amount, int | float)):
        raise at.fail(f"fact {alternatives[0]}: 'amount_eur' must be a number or null")
    return GoldFact(tuple(alternatives), None if amount is None else float(amount), bool(raw.get("optional", False)))


def parse_gold(text: str, source: str = "<gold>") -> list[GoldDocument]:
    """Documents of one annotation file's text (JSON Lines; blank lines are allowed)."""
    docs = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        at = _Line(f"{source}:{number}")
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise at.fail(f"not JSON ({exc.msg})") from exc
        if not isinstance(raw, dict) or not isinstance(raw.get("doc"), str) or not raw["doc"].strip():
            raise at.fail("each line needs a 'doc' (the document's file name)")
        entities = tuple(_entity(e, at) for e in raw.get("entities") or [])
        keys = [e.key for e in entities]
        if dupes := sorted({k for k in keys if keys.count(k) > 1}):
            raise at.fail(f"entity key {', '.join(dupes)} is given twice")
        facts = tuple(_fact(f, set(keys), at) for f in raw.get("facts") or [])
        docs.append(GoldDocument(raw["doc"].strip(), str(raw.get("kind") or ""), entities, facts, source))
    return docs


def load_gold(paths: Iterable[str | Path]) -> list[GoldDocument]:
    """All documents of several annotation files, in file order; a document annotated twice is an error."""
    docs: list[GoldDocument] = []
    seen: dict[str, str] = {}
    for path in paths:
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise GoldError(f"{p}: cannot read ({exc.__class__.__name__}: {exc})") from exc
        for d in parse_gold(text, str(p)):
            if d.doc in seen:
                raise GoldError(f"{p}: {d.doc} is annotated twice (also in {seen[d.doc]})")
            seen[d.doc] = str(p)
            docs.append(d)
    return docs
