"""What graph/ needs from extraction besides facts: periods stated in names, the body of each minutes item,
and an entity record for every thing a fact names.

These need extraction's knowledge (date patterns, body acronyms such as "KH", the reference
data), so they are worked out here once, and graph/ only writes down what it is given.
"""

from __future__ import annotations

from welfare_kg.extract.dates import find_period
from welfare_kg.extract.entities import BODY_ACRONYMS
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.records import DocumentRecord, Entity, Extraction

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


def add_fact_endpoints(out: Extraction, gazetteer: Gazetteer | None) -> None:
    """Known things that a fact names but no mention put in the document (its municipality, taken
    from the minutes' header; a county implied by its body) become entities of the document too.

    A fact whose end is not among the document's entities has no type or name in the
    document's graph, so the document would state a relation about something it never names.
    """
    if gazetteer is None:
        return
    for fact in out.facts:
        for iri in (fact.subject, fact.object):
            known = gazetteer.entities.get(iri)
            if iri not in out.entities and known is not None:
                out.entities[iri] = Entity(iri=iri, type=known.type, label=known.label, labels={known.label},
                                           reference=True)


def drop_unused_post_boards(out: Extraction) -> None:
    """A bare board read only for the post after it ("Markku X, hallituksen puheenjohtaja, Y ry") whose post went
    to the organisation the row names (its own board, extract/genitive_titles.py) names nothing the document says:
    no fact holds it, so it is no entity of the document either (in place)."""
    boards = [iri for iri, e in out.entities.items()
              if e.type == "Body" and e.mentions and all(m.rule == "body-post" for m in e.mentions)]
    if not boards:
        return
    used = {f.subject for f in out.facts} | {f.object for f in out.facts} | set(out.item_bodies.values())
    for iri in boards:
        if iri not in used:
            del out.entities[iri]


def finish(record: DocumentRecord, out: Extraction, gazetteer: Gazetteer | None = None) -> Extraction:
    drop_unused_post_boards(out)
    add_fact_endpoints(out, gazetteer)
    add_periods(out)
    add_item_bodies(record, out)
    return out
