"""Rows that close with the person's organisation: "Name, professori, aluehallituksen jäsen, Org".

Member lists of boards and steering groups write each member as one row: the name, one or two title parts set
off by commas, and the organisation the member comes from last ("• Anna X, emeritusprofessori, aluehallituksen
jäsen, Kanta-Hämeen hyvinvointialue (varalla Y)"). The prose rule (extract/document.py `_post_facts`) reads an
office title right behind the name; when the title part is an academic rank (not an office title, see
extract/academic_posts.py) or a seat in a body ("aluehallituksen jäsen"), it finds no post and the row's
organisation goes unused. The row's layout says whose the organisation is whatever the title is: it is written
in the person's own row, and it ends the row (the line's end, a bracket, the next name or row mark).
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.posts import is_meeting_role, office_title
from welfare_kg.extract.spans import SpanIndex

RULE = "holdsPost:closing-row-org"
# ", part, [part, ]" after the name: each part lower case (an acronym may open it) and short; the organisation
# must start right after the last comma
_TITLE_PARTS = re.compile(
    r"[ \t]*,[ \t]*((?:(?:[A-ZÅÄÖ]{2,6}[ \t-])?[a-zåäö][^,\n()@:;]{1,50}?[ \t]*,[ \t]*){1,2})(?=[A-ZÅÄÖ])")
# what may follow the organisation: the row's end, a bracket ("(varalla X)"), a row mark or the next row
_ROW_END = re.compile(r"[ \t]*(?:\n|$|\(|•|–|-[ \t]|;|,[ \t]*(?:pj|vpj|puheenjohtaja|varapuheenjohtaja|siht)\b)")
# organisations a member comes from (a board's seat is read by the meeting-list rules)
_EMPLOYERS = {"Municipality", "JointAuthority", "WellbeingCounty", "Company", "Agency", "Ministry", "Association",
              "CompetenceCentre"}
_MAX_WORDS = 5  # words in one title part: longer is a clause, not a title


def _title_text(parts: str) -> str | None:
    """The row's title parts joined ("emeritusprofessori, aluehallituksen jäsen"), or None where a part reads as
    prose (too many words, a verb-like ending is not checked: a part of a sentence has more words)."""
    pieces = [p.strip() for p in parts.split(",") if p.strip()]
    if not pieces or any(len(p.split()) > _MAX_WORDS for p in pieces):
        return None
    return ", ".join(pieces)


def closing_row_facts(mentions: list[Mention], text: str, facts: list[Fact]) -> list[Fact]:
    """holdsPost for people no other rule posted whose row is "Name, title part(s), Organisation" and the
    organisation ends the row; the post is the title part as written."""
    posted = {f.subject for f in facts if f.predicate == "holdsPost"}
    people = sorted((m for m in mentions if m.type == "Person" and m.iri and m.iri not in posted),
                    key=lambda m: m.start)
    if not people:
        return []
    index = SpanIndex([m for m in mentions if m.iri and m.type in _EMPLOYERS])
    persons = SpanIndex([m for m in mentions if m.type == "Person"])
    out: list[Fact] = []
    for m in people:
        if m.iri in posted:
            continue
        head = _TITLE_PARTS.match(text, m.end)
        if head is None or (post := _title_text(head.group(1))) is None:
            continue
        org = index.longest_at(head.end())
        if org is None:
            continue
        next_person = any(True for _ in persons.starting_in(org.end, org.end + 3))
        if not next_person and _ROW_END.match(text, org.end) is None:
            continue  # the organisation runs on into a longer name or a sentence: not the row's end
        ev = Evidence(text[m.start:org.end], m.start, org.end)
        out.append(Fact(m.iri, "holdsPost", org.iri, ev, RULE, 0.7, post=post))  # type: ignore[arg-type]
        posted.add(m.iri)
    return out


TITLED_RULE = "holdsPost:comma-title-org"
# ", title Org": one to three lower-case words after the name's comma, the last an office title, and the
# organisation's name right after them ("Inger X, landsbygdsutvecklare Falkenbergs kommun", "Pekka X,
# sosiaalijohtaja Kuopion kaupunki")
# a party's or an age's bracket may stand between the name and its comma ("Niina X (S), kommunalråd Y kommun")
_COMMA_TITLE = re.compile(r"(?:[ \t]*\([\w.]{1,6}\))?[ \t]*,[ \t]*((?:[a-zåäö][\w-]*[ \t]+){0,2}[a-zåäö][\w-]*)"
                          r"[ \t]+(?=[A-ZÅÄÖ])")
# what may follow that organisation: the end of the row, of the sentence or of a list member
_PHRASE_END = re.compile(r"[ \t]*(?:[,.;:)]|\n|$|(?:ja|och|sekä|samt)\b)")
_TITLE_EMPLOYERS = _EMPLOYERS | {"Project"}
# the prose rules whose organisation is a guess from the sentence (extract/document.py, post_review.py)
_GUESSED = {"holdsPost:post-title", "holdsPost:contact-domain", "holdsPost:swedish-prose", "holdsPost:title-kind",
            "holdsPost:own-address"}


def comma_title_facts(mentions: list[Mention], text: str, facts: list[Fact], morph: Morphology) -> list[Fact]:
    """The facts with each "Name, title Organisation" phrase's post in the organisation written right after the
    title; the person's prose posts are dropped (one in another organisation, the sentence's first one or another
    member's, is a guess the phrase overrules; one in the same organisation is this post)."""
    index = SpanIndex([m for m in mentions if m.iri and m.type in _TITLE_EMPLOYERS])
    persons = SpanIndex([m for m in mentions if m.type == "Person"])
    found: dict[str, Fact] = {}
    for m in sorted((x for x in mentions if x.type == "Person" and x.iri), key=lambda x: x.start):
        head = _COMMA_TITLE.match(text, m.end)
        if head is None or m.iri in found:
            continue
        words = head.group(1).split()
        post = office_title(words[-1], morph)
        if post is None or is_meeting_role(post):
            continue
        org = index.longest_at(head.end())
        if org is None:
            continue
        if not any(True for _ in persons.starting_in(org.end, org.end + 3)) and not _PHRASE_END.match(text, org.end):
            continue  # the name runs on ("sosiaalijohtaja Kuopion kaupungin palveluista"): not the phrase's end
        if next_record_org(m, org, text):
            continue  # "Yhteyshenkilö: A, kyläasiamies Org2 ry (Y-tunnus ) Yhteyshenkilö: B": Org2 heads B's record
        title = " ".join([*words[:-1], post]).lower()
        ev = Evidence(text[m.start:org.end], m.start, org.end)
        found[m.iri] = Fact(m.iri, "holdsPost", org.iri, ev, TITLED_RULE, 0.75, post=title)  # type: ignore[arg-type]
    return overrule_guessed_posts(facts, found, _GUESSED)


# a record's contact label: "Yhteyshenkilö:", "Kontaktperson:", "Yhteyshenkilöt:"
_LABEL = r"(?i)(?:yhteyshenkilö(?:t)?|kontaktperson(?:er)?|contact\s+person)[ \t]*:"
_RECORD_LABEL = re.compile(_LABEL)
_LABEL_BEFORE_NAME = re.compile(_LABEL + r"[ \t]*$")
RECORD_REACH = 60  # characters after the organisation the next record's label stands within


def next_record_org(person: Mention, org: Mention, text: str) -> bool:
    """Records written "Org (Y-tunnus) Yhteyshenkilö: Name, title" and run into one line: the person's name comes
    after the label, and the organisation after the title is followed by the same label, the next record's; it heads
    that record, so it is not the person's (whose organisation stands before the label)."""
    if _LABEL_BEFORE_NAME.search(text, max(0, person.start - 20), person.start) is None:
        return False
    return _RECORD_LABEL.search(text, org.end, org.end + RECORD_REACH) is not None


def overrule_guessed_posts(facts: list[Fact], found: dict[str, Fact], guessed: set[str]) -> list[Fact]:
    """The facts with a phrase's post (`found`, by person) in place of that person's posts from the rules in
    `guessed`, whose organisation is a guess from the sentence; a post the facts already hold is not added twice."""
    if not found:
        return facts
    kept = [f for f in facts if not (f.predicate == "holdsPost" and f.subject in found and f.rule in guessed)]
    have = {(f.subject, f.object) for f in kept if f.predicate == "holdsPost"}
    return kept + [f for f in found.values() if (f.subject, f.object) not in have]
