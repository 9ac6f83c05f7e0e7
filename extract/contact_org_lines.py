"""A contact block's organisation line that the recogniser did not read as a name, matched to an organisation the
document names elsewhere.

News pages close with contacts laid out line by line: "Pääsihteeri Senja X" / "Lahden Yliopistokampus" / "p. 050 ...",
or "Anna X" / "projektipäällikkö" / "Org ry". The line under the title holds the employer in its base form, often the
only place the page writes the name so; the prose names it inflected ("Lahden Yliopistokampuksen johtaman"), and the
recogniser, which found it there, does not find the bare line again (capitals, no sentence around it). The post rules
read only mentions, so the person got no post. Here a line that is, word for word, the base form (or a written form)
of an organisation recognised elsewhere in the document is read as that organisation (holdsPost:contact-org-line).

Only the layout says who works where: the person's line holds nothing but an optional label, a title and the name
(or the name alone with the title on the next line), and the organisation line comes right after, over at most one
blank line. A line naming anyone else, or a person who already has a post, says nothing here.

A contact written on one line says the same with commas: "Lisätietoja: pääsihteeri Anna X, Esimerkin Tiedekampus,
p. 050 ..."; the segment after the name's comma, matched the same way, is the employer when a title stands before the
name (holdsPost:contact-org-segment).
"""

from __future__ import annotations

import re

from welfare_kg.extract.contact_roles import line_bounds, next_line
from welfare_kg.extract.entities import is_post
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.posts import can_employ, is_meeting_role
from welfare_kg.extract.spans import SpanIndex

RULE = "holdsPost:contact-org-line"
INLINE_RULE = "holdsPost:contact-org-segment"
CONFIDENCE = 0.6
# before the name on its line: an optional label ("Lisätietoja:", "Kontakt:") and a title of one to three words,
# the last a post ("Pääsihteeri", "Projektipäällikkö, VTM"); the title may be left out
_BEFORE = re.compile(r"[ \t]*(?:[•·▪◦*–-][ \t]*)?(?:[A-ZÅÄÖ][a-zåäö]+[ \t]*:[ \t]*)?"
                     r"(?P<title>[A-ZÅÄÖa-zåäö][\w-]*(?:[ \t]+[\w-]+){0,2})?[ \t]*")
# a title line of its own under the name: one to three words, the last the post
_TITLE_LINE = re.compile(r"[ \t]*(?P<title>[A-ZÅÄÖa-zåäö][\w-]*(?:[ \t]+[\w-]+){0,2})[ \t]*[,.]?[ \t]*")
_TRAILING = " \t,.;:"
# a contact line's rest after the name: ", <organisation>" up to a comma, a phone or an address, or the line's end
_SEGMENT = re.compile(r"[ \t]*,[ \t]*(?P<org>[^,\n]{4,80}?)[ \t]*(?:,|(?=[ \t]+(?:p\.|puh|tel|\+?\d))|$)")
GAP_LINES = 1


def _title_post(title: str, morph: Morphology) -> str | None:
    word = title.split()[-1]
    post = is_post(word, morph)
    return None if post is None or is_meeting_role(post) else post


def contact_org_line_facts(mentions: list[Mention], text: str, facts: list[Fact],
                           morph: Morphology) -> list[Fact]:
    """holdsPost facts of contacts whose organisation line only a name found elsewhere in the document identifies."""
    posted = {f.subject for f in facts if f.predicate == "holdsPost"}
    people = [m for m in mentions if m.type == "Person" and m.iri and m.iri not in posted]
    if not people:
        return []
    names: dict[str, set[str]] = {}
    for m in mentions:
        if m.iri and can_employ(m) and not m.generic:
            for n in (m.label, m.surface):
                if len(n) >= 4:
                    names.setdefault(fold(n), set()).add(m.iri)
    if not names:
        return []
    index = SpanIndex([m for m in mentions if m.iri])
    out: list[Fact] = []
    done: set[str] = set()
    for person in people:
        if person.iri in done or person.iri is None:
            continue
        a, b = line_bounds(text, person.start)
        if text[person.end:b].strip(_TRAILING):
            if (fact := _inline(person, (a, b), text, index, names, morph)) is not None:
                out.append(fact)
                done.add(person.iri)
            continue
        before = _BEFORE.fullmatch(text, a, person.start)
        if before is None or any(x is not person for x in index.starting_in(a, b)):
            continue
        post = _title_post(before.group("title"), morph) if before.group("title") else None
        if before.group("title") and post is None:
            continue
        nxt = next_line(text, b, GAP_LINES)
        if nxt is None:
            continue
        if post is None:  # "Anna X" / "projektipäällikkö" / "Org": the title on a line of its own
            title = _TITLE_LINE.fullmatch(text, *nxt)
            post = _title_post(title.group("title"), morph) if title is not None else None
            if post is None or index.starting_in(*nxt):
                continue
            nxt = next_line(text, nxt[1], GAP_LINES)
            if nxt is None:
                continue
        if index.starting_in(*nxt):
            continue  # a recognised name: the other contact rules read it
        orgs = names.get(fold(text[nxt[0]:nxt[1]].strip(_TRAILING)), set())
        if len(orgs) != 1:
            continue
        ev = Evidence(text[a:nxt[1]], a, nxt[1])
        out.append(Fact(person.iri, "holdsPost", next(iter(orgs)), ev, RULE, CONFIDENCE, post=post))
        done.add(person.iri)
    return out


def _inline(person: Mention, line: tuple[int, int], text: str, index: SpanIndex[Mention],
            names: dict[str, set[str]], morph: Morphology) -> Fact | None:
    """"Lisätietoja: toiminnanjohtaja Anna X, Esimerkin Yhdistys, p. 040 ...": a title before the name and, after
    its comma, a segment that is an organisation's name found elsewhere in the document."""
    a, b = line
    before = _BEFORE.fullmatch(text, a, person.start)
    if before is None or not before.group("title") or (post := _title_post(before.group("title"), morph)) is None:
        return None
    seg = _SEGMENT.match(text, person.end, b)
    if seg is None or any(x is not person for x in index.starting_in(a, b)):
        return None
    orgs = names.get(fold(seg.group("org")), set())
    if len(orgs) != 1 or person.iri is None:
        return None
    return Fact(person.iri, "holdsPost", next(iter(orgs)), Evidence(text[a:b], a, b), INLINE_RULE, CONFIDENCE,
                post=post)
