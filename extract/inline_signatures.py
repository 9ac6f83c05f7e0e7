"""A signature run into one line: "Anna X Avdelningschef Hälsa och välfärd Kommunförbundet Y (24)".

A report's foreword or a letter ends with its signer's name, title, unit and organisation, each on a line of its own;
flattened from a PDF, the lines run into one after the closing sentence ("... med så gott resultat! Anna X
Avdelningschef Hälsa och välfärd Kommunförbundet Y"). The layout rules (extract/contact_org_lines.py,
extract/signature_lines.py) read the lines apart, the prose rules a sentence with a verb; neither reads the run.
Here a name that opens its line or follows a sentence's end, then an office title, at most a few words of a unit,
and a recognised employer in the base form ending the run (the line's end, a page number, a comma) make the
signer's post (holdsPost:inline-signature). A person another rule has posted keeps that post.
"""

from __future__ import annotations

import re

from welfare_kg.extract.entities import is_post
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.posts import can_employ, is_meeting_role

RULE = "holdsPost:inline-signature"
CONFIDENCE = 0.6
# what stands before the name: the line's start, or a sentence's end and a space
_BEFORE = re.compile(r"(?:^|\n|[.!?][ \t]+)[ \t]*$")
# the title right after the name, then the unit's words (no punctuation, no digits) up to the organisation
_TITLE = re.compile(r"[ \t]+(?P<title>[A-ZÅÄÖa-zåäö][\w-]+)(?P<unit>(?:[ \t]+[A-ZÅÄÖa-zåäö&][\w-]*){0,6})")
# the run's end after the organisation: the line's end, a page number in brackets, a comma or a full stop
_END = re.compile(r"[ \t]*(?:\n|$|\(\d+\)|,|\.(?:[ \t]|$))")
_VERBISH = re.compile(r"(?i)^(?:on|oli|ovat|kertoo|sanoo|toteaa|är|var|säger|berättar|ja|och|sekä|samt)$")


def inline_signature_facts(mentions: list[Mention], text: str, facts: list[Fact], morph: Morphology) -> list[Fact]:
    """holdsPost facts of signatures run into one line (see the module docstring)."""
    posted = {f.subject for f in facts if f.predicate == "holdsPost"}
    starts: dict[int, Mention] = {}
    for m in mentions:
        if m.iri and not m.generic and can_employ(m) and m.case in {None, "nimento"} and (
                m.start not in starts or m.end > starts[m.start].end):
            starts[m.start] = m
    if not starts:
        return []
    # the employers' written names, for a run whose organisation the recogniser read with a unit word before it
    # ("Välfärd Kommunförbundet Y" where the document names "Kommunförbundet Y")
    known: dict[str, Mention] = {}
    for m in starts.values():
        known.setdefault(m.surface.strip(), m)
    out: list[Fact] = []
    for person in sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start):
        if person.iri in posted or _BEFORE.search(text, max(0, person.start - 4), person.start) is None:
            continue
        title = _TITLE.match(text, person.end)
        if title is None:
            continue
        post = is_post(title.group("title"), morph)
        if post is None or is_meeting_role(post) or any(_VERBISH.match(w) for w in title.group("unit").split()[:1]):
            continue  # "X sosiaalijohtaja on ...": a sentence, no signature
        org = _org_after(title, text, starts, known)
        if org is None or org.iri is None:
            continue
        ev = Evidence(text[person.start:org.end], person.start, org.end)
        out.append(Fact(person.iri, "holdsPost", org.iri, ev, RULE, CONFIDENCE, post=post))
        posted.add(person.iri)
    return out


def _org_after(title: re.Match[str], text: str, starts: dict[int, Mention],
               known: dict[str, Mention]) -> Mention | None:
    """The employer that starts where the title's (or a unit word's) run stops and ends the run: a mention starting
    there, or a name the document writes elsewhere written there."""
    at = title.end("title")
    unit = title.group("unit")
    # the organisation may start after the title or after any of the unit's words
    cuts = [at] + [at + m.end() for m in re.finditer(r"[\w&-]+", unit)]
    found: Mention | None = None  # the latest start wins: a unit word the recogniser took into the name is dropped
    for cut in cuts:
        gap = re.match(r"[ \t]+", text[cut:])
        if gap is None:
            continue
        at_org = cut + gap.end()
        org = starts.get(at_org)
        if org is not None and _END.match(text, org.end):
            found = org
        for name, m in known.items():
            if text.startswith(name, at_org) and _END.match(text, at_org + len(name)):
                found = m
    return found
