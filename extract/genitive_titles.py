"""A title written with its organisation's genitive on the far side of the name (issue 12).

News pages name a speaker and then say whose office they hold: "– ..., sanoo Riitta X, Pirkanmaan
hyvinvointialueen palvelujohtaja." or make the office the subject: "Tampereen kaupungin hyvinvointikoordinaattori
on Riitta X." The prose rule (extract/document.py `_post_facts`) reads a title right before the name or a
lower-case title right after its comma; here the title stands behind the organisation's genitive, so it found
none. The genitive names the organisation whose title it is, so no other organisation of the sentence competes.
"""

from __future__ import annotations

import re

from welfare_kg.extract.closing_rows import overrule_guessed_posts
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.posts import is_meeting_role, office_title
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.title_modifiers import association_chair

RULE = "holdsPost:genitive-title"
_OWNERS = {"Municipality", "JointAuthority", "WellbeingCounty", "Company", "Agency", "Ministry", "Association",
           "CompetenceCentre", "Body"}
_COMMA = re.compile(r"[ \t]*,[ \t]*")
# the name joined to the genitive by a comma or by a copula (Finnish "X, joka on", Swedish "X är", "X som är"):
# "Peter X, Svenska kulturfondens ombudsman", "Peter X som är Kulturfondens ombudsman i Nyland"
_JOINED = re.compile(r"[ \t]*,[ \t]*(?:joka[ \t]+(?:on|oli)[ \t]+)?|[ \t]+(?:som[ \t]+)?(?:är|var)[ \t]+")
# after the organisation's genitive: up to two lower-case words and the title, then the phrase's end
# (a Swedish title may close with its region: "Kulturfondens ombudsman i Österbotten")
_TITLE_AFTER = re.compile(r"[ \t]+((?:[a-zåäö][\w-]*[ \t]+){0,2}[a-zåäö][\w-]*)(?=(?:[ \t]+i[ \t]+[A-ZÅÄÖ][\w-]+)?"
                          r"[ \t]*(?:[,.;:!?)]|\n|$|(?:ja|sekä|och)\b))")
# "<Org:n> title on " right before the name
_TITLE_ON = re.compile(r"[ \t]+((?:[a-zåäö][\w-]*[ \t]+){0,2}[a-zåäö][\w-]*)[ \t]+on[ \t]+")
# the prose rules whose organisation is a guess from the sentence
_GUESSED = {"holdsPost:post-title", "holdsPost:contact-domain", "holdsPost:title-kind", "holdsPost:own-address"}


def _title(words: str, morph: Morphology, owner: Mention) -> str | None:
    """The title the words end in, written in the nominative ("palvelujohtaja", not "palvelujohtajana"); a
    meeting role only in a body ("kaupunginhallituksen puheenjohtaja"), an office only outside one."""
    parts = words.split()
    post = office_title(parts[-1], morph)
    if post is None or parts[-1].lower() != post.lower():
        return None
    if is_meeting_role(post) != (owner.type == "Body") and not association_chair(post, owner.type):
        return None  # (an association's chair: extract/title_modifiers.py)
    return " ".join([*parts[:-1], post]).lower()


def _swedish_genitive(m: Mention, text: str) -> bool:
    """A Swedish name in the genitive: an "s" its label lacks ends its surface ("Svenska kulturfondens") or is
    glued to it ("Kulturfonden" + "s")."""
    if m.label.endswith("s"):
        return False
    return (m.surface.endswith("s") and m.surface[:-1] == m.label) or _GLUED_S.match(text, m.end) is not None


_GLUED_S = re.compile(r"s(?=[ \t])")


def genitive_title_facts(mentions: list[Mention], text: str, facts: list[Fact], morph: Morphology) -> list[Fact]:
    """The facts with the posts of "Name, <Org:n> title" and "<Org:n> title on Name"; a guessed prose post of
    that person elsewhere is dropped."""
    owners = [m for m in mentions if m.iri and m.type in _OWNERS
              and (m.surface.endswith("n") or _swedish_genitive(m, text))]
    if not owners:
        return facts
    index = SpanIndex(owners)
    named = SpanIndex([m for m in mentions if m.iri and m.type in _OWNERS - {"Body"}])
    found: dict[str, Fact] = {}
    for p in sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start):
        if p.iri in found:
            continue
        hit = None
        comma = _JOINED.match(text, p.end)
        if comma is not None:
            org = index.longest_at(comma.end())
            after = _TITLE_AFTER.match(text, org.end + (_GLUED_S.match(text, org.end) is not None)) \
                if org is not None else None
            if org is not None and after is not None and (post := _title(after.group(1), morph, org)):
                hit = (org, post, p.start, after.end())
                row = _COMMA.match(text, after.end())
                whose = named.longest_at(row.end()) if row is not None and org.surface[:1].islower() else None
                if whose is not None:
                    # "X, hallituksen puheenjohtaja, Y ry": a bare board word's organisation is the one the row
                    # names after the title, not some board of that word elsewhere on the page
                    hit = (whose, f"{org.surface.lower()} {post}", p.start, whose.end)
        if hit is None:
            for org in sorted(index.starting_in(max(0, p.start - 160), p.start), key=lambda x: x.start - x.end):
                before = _TITLE_ON.fullmatch(text, org.end, p.start)
                if before is not None and (post := _title(before.group(1), morph, org)):
                    hit = (org, post, org.start, p.end)
                    break
        if hit is None:
            continue
        org, post, a, b = hit
        found[p.iri] = Fact(p.iri, "holdsPost", org.iri, Evidence(text[a:b], a, b), RULE, 0.75,  # type: ignore[arg-type]
                            post=post)
    return overrule_guessed_posts(facts, found, _GUESSED)
