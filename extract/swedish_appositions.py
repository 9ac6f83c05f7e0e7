"""A Swedish appositive post: "Anton X, internationell samordnare i Hylte kommun", the employer right after the title.

Swedish news quote a speaker with name, comma, title and a preposition before the employer ("säger Anna X,
utvecklingsledare på Region Halland", "Anna X, enhetschef vid Y"). The prose post rules read the title before the name
and leave a post they put in a Swedish municipality out (extract/foreign_municipalities.py: the nearest municipality
after a title was as often a project's partner). Here only the tight apposition counts: the name, a comma, one to four
lower-case words ending in a post, "i"/"på"/"vid"/"inom", and an organisation starting right there (a municipality
only written as one: "Hylte kommun"). The post is held there (holdsPost:swedish-apposition); a person another rule
gave a post keeps it.
"""

from __future__ import annotations

import re

from welfare_kg.extract.entities import is_post
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.posts import can_employ, is_meeting_role
from welfare_kg.extract.spans import SpanIndex

RULE = "holdsPost:swedish-apposition"
CONFIDENCE = 0.6
FOREIGN_MUNICIPALITY = "foreign-municipality"  # extract/foreign_municipalities.py FOREIGN_RULE (it imports this)
_APPOSITION = re.compile(r",[ \t\n]+(?P<title>(?:[a-zåäö][\w-]*[ \t\n]+){0,3}(?P<post>[a-zåäö][\w-]+))"
                         r"[ \t\n]+(?:i|på|vid|inom)[ \t\n]+")


def swedish_apposition_facts(mentions: list[Mention], text: str, facts: list[Fact],
                             morph: Morphology) -> list[Fact]:
    """holdsPost facts of "X, title i/på/vid Org" appositions (see the module docstring)."""
    foreign = {m.iri for m in mentions if m.rule == FOREIGN_MUNICIPALITY}  # their prose posts are dropped later
    posted = {f.subject for f in facts if f.predicate == "holdsPost" and f.object not in foreign}
    people = [m for m in mentions if m.type == "Person" and m.iri and m.iri not in posted]
    if not people:
        return []
    index = SpanIndex([m for m in mentions if m.iri])
    out: list[Fact] = []
    done: set[str] = set()
    for person in people:
        if person.iri is None or person.iri in done:
            continue
        m = _APPOSITION.match(text, person.end)
        if m is None:
            continue
        post = is_post(m.group("post"), morph)
        if post is None or is_meeting_role(post):
            continue
        org = next((x for x in index.starting_in(m.end(), m.end() + 1) if x.iri and can_employ(x)), None)
        if org is None or org.iri is None:
            continue
        ev = Evidence(text[person.start:org.end], person.start, org.end)
        title = m.group("title").replace("\n", " ")
        out.append(Fact(person.iri, "holdsPost", org.iri, ev, RULE, CONFIDENCE, post=title))
        done.add(person.iri)
    return out
