"""What graph/ needs from extraction besides facts: periods stated in names, the body of each minutes item.

Both need extraction's knowledge (date patterns, body acronyms such as "KH"), so they are
worked out here once, and graph/ only writes down what it is given.
"""

from __future__ import annotations

from welfare_kg.extract.dates import find_period
from welfare_kg.extract.entities import BODY_ACRONYMS
from welfare_kg.records import DocumentRecord, Extraction

DATED = {"Project", "Programme", "Agreement"}


def period_in_names(names: set[str]) -> tuple[str | None, str | None]:
    """"Lastensuojelun monialainen kehittäminen 2020–2022": the period a project's own name states."""
    for name in sorted(names):
        start, end = find_period(name)
        if start or end:
            return start, end
    return None, None


def add_periods(out: Extraction) -> None:
    """Start and end dates of projects, programmes and agreements whose names state them."""
    for ent in out.entities.values():
        if ent.type in DATED:
            start, end = period_in_names(ent.labels | {ent.label})
            if start:
                ent.attrs["startDate"] = start
            if end:
                ent.attrs["endDate"] = end


def add_item_bodies(record: DocumentRecord, out: Extraction) -> None:
    """The body that decided each minutes item: by its name, its acronym ("KH"), or the only body named."""
    bodies = {name.lower(): e.iri for e in out.entities.values() if e.type == "Body" for name in e.labels | {e.label}}
    only = next(iter(set(bodies.values()))) if len(set(bodies.values())) == 1 else None
    for idx, item in enumerate(record.items):
        name = (item.body or "").strip()
        iri = bodies.get(name.lower()) or bodies.get(BODY_ACRONYMS.get(name.upper(), "\0")) or only
        if iri:
            out.item_bodies[idx] = iri


def finish(record: DocumentRecord, out: Extraction) -> Extraction:
    add_periods(out)
    add_item_bodies(record, out)
    return out
