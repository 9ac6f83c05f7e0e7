"""A form's organisation row and the contact label after it: "Org ry (Y-tunnus ) Yhteyshenkilö: Anna X, puheenjohtaja".

Project reports, applications and agreements list their implementers and parties as form rows, each the organisation
(often with its business ID field, filled or left empty) and then its contact or responsible person under a label:
"Päätoteuttaja: Esimerkin kylät ry (Y-tunnus ) Yhteyshenkilö: Anna X, kyläasiamies", "Osatoteuttaja Esimerkin kunta
Y-tunnus: Vastuullinen johtaja: Matti X". Flattened from a PDF, several rows run on one line, so the title after the
name is followed by the NEXT row's organisation, and the comma-title rule (extract/closing_rows.py) read that one as
the employer; the label rules (extract/contact_roles.py) read only what follows the name. The organisation a contact
or responsible person's label follows, over nothing but a business ID field, is the one whose contact the person is
(holdsPost:org-contact-row); that reading overrules the comma-title one of the same name and the prose guesses.
"""

from __future__ import annotations

import re

from welfare_kg.extract.closing_rows import TITLED_RULE, overrule_guessed_posts
from welfare_kg.extract.entities import is_post
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.posts import can_employ, is_meeting_role

RULE = "holdsPost:org-contact-row"
CONFIDENCE = 0.7
# the label right before the name, with its colon: a contact's or a responsible person's (Finnish, Swedish)
_LABEL = re.compile(
    r"(?i)(?:(?:projektin|hankkeen|projektets)[ \t]+)?"
    r"(?:yhteyshenkilö(?:t|n[ \t]+nimi)?|vastuuhenkilö(?:n[ \t]+nimi)?|vastuullinen[ \t]+johtaja|"
    r"kontaktperson(?:er)?|ansvarsperson|ansvarig[ \t]+person)[ \t]*:[ \t]*$")
# between the organisation and the label: blanks, a comma, or the business ID field, empty or filled
# ("(Y-tunnus )", "Y-tunnus: 1234567-8", "FO-nummer 1234567-8", "Org.nr: 802000-0000")
_GAP = re.compile(r"[ \t,]*(?:\(?[ \t]*(?:Y-tunnus|FO-nummer|Org\.?[ \t]*nr|Organisationsnummer)[ \t]*:?"
                  r"[ \t]*(?:[\d][\d-]*[ \t]*)?\)?[ \t,]*)?", re.IGNORECASE)
LABEL_REACH = 45  # characters before the name the label is read in
# the title after the name: ", puheenjohtaja" (kept as the post's wording when it is an office title)
_COMMA_TITLE = re.compile(r"[ \t]*,[ \t]*(?P<post>[A-ZÅÄÖa-zåäö][\w-]+)")
# the prose rules whose organisation is a guess from the sentence, and the comma-title reading this row overrules
_OVERRULED = {"holdsPost:post-title", "holdsPost:contact-domain", "holdsPost:swedish-prose", "holdsPost:title-kind",
              "holdsPost:own-address", TITLED_RULE}


def org_contact_row_facts(mentions: list[Mention], text: str, facts: list[Fact],
                          morph: Morphology) -> list[Fact]:
    """The facts with each form row's contact posted in the row's organisation (see the module docstring)."""
    ends: dict[int, Mention] = {}
    for m in mentions:
        if m.iri and not m.generic and can_employ(m) and (m.end not in ends or m.start < ends[m.end].start):
            ends[m.end] = m  # the longest name ending there
    if not ends:
        return facts
    # a person a layout or list rule has posted keeps that post (a card's field reads the row itself)
    posted = {f.subject for f in facts if f.predicate == "holdsPost" and f.rule not in _OVERRULED}
    found: dict[str, Fact] = {}
    for person in sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start):
        if person.iri in found or person.iri in posted:
            continue
        window = text[max(0, person.start - LABEL_REACH):person.start]
        label = _LABEL.search(window)
        if label is None:
            continue
        label_start = person.start - len(window) + label.start()
        org = _org_before(label_start, text, ends)
        if org is None or org.iri is None:
            continue
        ev = Evidence(text[org.start:person.end], org.start, person.end)
        found[person.iri] = Fact(person.iri, "holdsPost", org.iri, ev, RULE, CONFIDENCE,
                                 post=_title(person, text, morph))
    if not found:
        return facts
    return overrule_guessed_posts(facts, found, _OVERRULED)


def _org_before(pos: int, text: str, ends: dict[int, Mention]) -> Mention | None:
    """The employer whose name ends right before `pos`, over at most a business ID field."""
    start = max(0, pos - 40)
    for end in sorted((e for e in ends if start <= e <= pos), reverse=True):
        gap = _GAP.fullmatch(text, end, pos)
        if gap is not None:
            return ends[end]
    return None


def _title(person: Mention, text: str, morph: Morphology) -> str | None:
    """The office title after the name's comma, if any ("Anna X, kyläasiamies")."""
    hit = _COMMA_TITLE.match(text, person.end)
    if hit is None:
        return None
    post = is_post(hit.group("post"), morph)
    return None if post is None or is_meeting_role(post) else post
