"""Posts of the people listed in minutes: whose chair, whose director.

A role written after a listed name says which organisation the post belongs to:
"puheenjohtaja" alone (or "ordf.") chairs the meeting's own body; "jäsen",
"varapuheenjohtaja" and the secretary's roles sit in it too; "KH:n puheenjohtaja" chairs
the board named by the abbreviation; "Nousiaisten kunnanjohtaja" and "lakimies, HUS" work
for the organisation named in the role; an office title alone ("perusturvajohtaja",
"kuntayhtymän johtaja") is a post of the organisation that publishes the minutes. Never
the last place mentioned before the name: in a list that is the previous person's town.
"""

from __future__ import annotations

import re

from welfare_kg.extract.entities import is_post
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.people import MEETING_ROLES, Listed
from welfare_kg.extract.text import tokenize

# roles in the meeting's own body, by the post kept in the graph
_BODY_ROLES = {"puheenjohtaja", "varapuheenjohtaja", "jäsen", "varajäsen", "pöytäkirjanpitäjä", "sihteeri"}
# organisations a post can belong to, as the role text names them
ORG_TYPES = {"Municipality", "JointAuthority", "WellbeingCounty", "Company", "Agency", "Ministry", "Association",
             "CompetenceCentre", "Body", "Project"}
_NOISE = re.compile(r"(?i)\b(?:läsnä|poissa|klo|kello|saapui|från|kl|frånvarande|närvarande)\b.*$")


def clean_role(role: str) -> str:
    """The role without times, page numbers and the layout words that follow it in a transcript."""
    role = re.sub(r"\d{1,2}[:.]\d{2}\s*[-–]?\s*(?:\d{1,2}[:.]\d{2})?", " ", role)
    role = _NOISE.sub("", role)
    return " ".join(role.split()).strip(" ,.-")


def role_post(role: str, morph: Morphology) -> tuple[str | None, str | None]:
    """(meeting role, office title) of a cleaned role text.

    The meeting role counts only when it stands alone: "KH:n puheenjohtaja" and
    "valtuuston puheenjohtaja" chair other bodies, "kfm.ordf." another assembly.
    """
    toks = [t for t in tokenize(role) if t.is_word]
    meeting = office = None
    for k, t in enumerate(toks):
        low = t.text.lower()
        if low in MEETING_ROLES and meeting is None:
            prev = toks[k - 1].text if k else ""
            owned = bool(prev) and (prev.lower().endswith(("n", ":n")) and prev.lower() not in {"ja"}
                                    and not prev.isupper())
            if not owned and not re.search(r"(?i)\b[a-zåäö]+:n\s*$|\b[A-ZÅÄÖ]{2,}:n\s*$", role[:t.start]):
                meeting = MEETING_ROLES[low]
        elif office is None and (p := is_post(t.text, morph)) and low not in MEETING_ROLES:
            # "sosiaalityö- ja perhepalvelujen palvelulinjajohtaja", "kuntayhtymän johtaja": keep the modifiers
            office = p
            if k and toks[k - 1].text.lower() not in MEETING_ROLES:
                head = role[:t.start].split(",")[-1].strip()
                words = head.split()
                mods = [w for w in words[-3:] if not w[:1].isupper() or w.isupper()]
                if mods and len(words) <= 3:
                    office = f"{' '.join(mods).lower()} {p}".strip()
    return meeting, office


def listed_post_facts(people: list[Listed], mentions: list[Mention], *, meeting_body: str | None,
                      publisher: str | None, body_by_acronym: dict[str, str], morph: Morphology,
                      text: str) -> list[Fact]:
    """holdsPost facts for the people of attendance and signature blocks."""
    facts: list[Fact] = []
    named = [m for m in mentions if m.iri and m.type in ORG_TYPES and m.rule != "person-listed"]
    for p in people:
        role = clean_role(p.role)
        if not role:
            continue
        person = _person_iri(p, mentions)
        if person is None:
            continue
        ev = Evidence(text[p.start:p.role_start + len(p.role)].strip(), p.start, p.role_start + len(p.role))
        meeting, office = role_post(role, morph)
        role_end = p.role_start + len(p.role)
        in_role = [m for m in named if p.role_start <= m.start < role_end and m.type != "Body"]
        # "KH:n puheenjohtaja", "kh:n edustaja": a post of the body the abbreviation names
        abbr = re.match(r"\s*([A-Za-zÅÄÖåäö]{2,6}):n\b\s*(\w+)", role)
        if abbr and abbr.group(1).upper() in body_by_acronym:
            post = f"{abbr.group(1)}:n {abbr.group(2)}"
            if abbr.group(2).lower() in {"puheenjohtaja", "varapuheenjohtaja", "jäsen"}:
                facts.append(Fact(person, "holdsPost", body_by_acronym[abbr.group(1).upper()], ev,
                                  "holdsPost:listed-other-body", 0.75, post=post))
            continue
        if office:
            org = in_role[0].iri if in_role else publisher
            if org:
                facts.append(Fact(person, "holdsPost", org, ev, "holdsPost:listed-office", 0.8, post=office))
            continue
        if in_role:  # "Nuorisovaltuuston edustaja", "Maria Nybäck, Concordia": an affiliation, not a post
            continue
        if meeting in _BODY_ROLES and meeting_body:
            facts.append(Fact(person, "holdsPost", meeting_body, ev, "holdsPost:listed-meeting-role",
                              0.85 if meeting == "puheenjohtaja" else 0.6, post=meeting))
    return facts


def _person_iri(p: Listed, mentions: list[Mention]) -> str | None:
    return next((m.iri for m in mentions if m.type == "Person" and m.start == p.start and m.iri), None)


def meeting_body(items_body: str | None, mentions: list[Mention]) -> str | None:
    """The IRI of the body whose meeting the minutes record: the body the items name, else the first named."""
    bodies = [m for m in mentions if m.type == "Body" and m.iri and not m.generic]
    if items_body:
        want = items_body.lower()
        hit = next((m for m in bodies if m.label.lower() == want or m.surface.lower() == want), None)
        if hit:
            return hit.iri
    return bodies[0].iri if bodies else None


def publisher_org(municipality: str | None, publisher: str | None, mentions: list[Mention],
                  text: str) -> str | None:
    """The organisation whose minutes these are: municipality, else the publisher, else a joint authority
    or wellbeing county named in the heading ("PERUSTURVAKUNTAYHTYMÄ AKSELI Pöytäkirja 5/...")."""
    if municipality:
        return municipality
    if publisher:
        return publisher
    head = next((m for m in mentions if m.iri and m.type in {"JointAuthority", "WellbeingCounty"}
                 and m.start < 600), None)
    return head.iri if head else None


def listed_facts(listed: list[Listed], mentions: list[Mention], out: object, items_body: str | None,
                 text: str, morph: Morphology) -> list[Fact]:
    """The hook extract/document.py calls once entities exist: preferred names and posts of listed people."""
    if not listed:
        return []
    entities = out.entities  # type: ignore[attr-defined]
    for m in mentions:
        if m.rule == "person-listed" and m.iri in entities:
            entities[m.iri].label = m.label  # "Aki Parkkonen", not the written "Parkkonen Aki"
    acronyms = {}
    for m in mentions:
        if m.type == "Body" and m.iri:
            for part in m.parts:
                if part.isupper():
                    acronyms.setdefault(part, m.iri)
    return listed_post_facts(
        listed, mentions, meeting_body=meeting_body(items_body, mentions),
        publisher=publisher_org(out.municipality, out.publisher, mentions, text),  # type: ignore[attr-defined]
        body_by_acronym=acronyms, morph=morph, text=text)
