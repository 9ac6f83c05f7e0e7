"""An official of the town (or parish union) whose minutes these are, named by an office title before the name
where the minutes say what the official did at the meeting or wrote: "Diakonian päällikkö X selosti asiaa",
"... että perusturvajohtaja X esittää ...", a preparer's line "Yhteisen seurakuntatyön johtaja X" alone under
"Päätösehdotus"; in Swedish "socialdirektör X föredrog ärendet".

A town's minutes leave their own officials' organisation unsaid (the annotation's convention: the post is in the
publishing town). extract/minutes_officials.py reads such titles in a wellbeing county's minutes only: in a town's,
a title before a name in running text measured 11 wrong posts, since attendance rows run names and titles
together ("Martti Merra, puheenjohtaja Ulf Johansson") and visitors are titled too. This rule reads a narrower
layout: what follows the name is a verb of presenting (or of being: "X är en av beredarna"), a colon, or the
line's end, and no other person's name ends right before the title. The title must be an office, not a meeting's
role (puheenjohtaja, sihteeri, jäsen: the attendance rules read those toward the body), and no organisation's
genitive may own it ("Kelan johtaja X", "kaupunginhallituksen puheenjohtaja X" are other rules'). A title whose
kind of employer the law names (toimitusjohtaja: a company; kirkkoherra: a parish; data/kind_titles.csv) is
accepted only in the minutes of an organisation of that kind. Anyone another rule already posted is left alone; a
row under a label ("Sihteeristö:") is the label's, and minutes that list people under towns' labels ("Hollola:
Kunnanjohtaja X") are a joint meeting's, whose untitled officials may be any town's: both are left to the list
rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.entities import is_post
from welfare_kg.extract.kind_titles import law_kind
from welfare_kg.extract.layout import OPENING_CHARS
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.posts import is_meeting_role
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.titles_before_names import title_before

RULE = "holdsPost:presenting-official"
CONFIDENCE = 0.5
# the title right before the name, perhaps after up to three genitive words ("yhteisen seurakuntatyön johtaja")
_TITLE_BEFORE = re.compile(r"(?<![\w-])(?P<title>(?:[A-ZÅÄÖa-zåäö][a-zåäö-]*n[ \t]+){0,3}(?:v[sa]\.?[ \t]+)?"
                           r"[A-ZÅÄÖa-zåäö][a-zåäö-]+)[ \t]+$")
# words ending in -n that are no genitive of a title ("kun", "on"): a title's modifiers start after them
_NOT_MODIFIERS = {"kun", "on", "hän", "niin", "kuin", "ennen", "jälkeen", "kanssa", "sen", "tämän", "mun", "han"}
# what the official did, right after the name
_PRESENTS = re.compile(r"[ \t]+(?:selosti|selostaa|esitteli|esittelee|esitti|esittää|kertoi|kertoo|vastasi|vastaa|"
                       r"informoi|totesi|oli[ \t]+kuultavana|on[ \t]+kuultavana|valmisteli|"
                       r"föredrog|föredrar|redogjorde|redogör|informerade|informerar|presenterade|presenterar|"
                       r"berättade|berättar|svarade|svarar|är|var)\b")
_LINE_END = re.compile(r"[ \t]*(?::|\n|$)")
_ORG_TYPES = {"Municipality", "WellbeingCounty", "JointAuthority", "Association", "Company", "Agency", "Ministry",
              "CompetenceCentre", "Parish", "Body", "University", "Programme", "Project"}
_OWNER_TYPES = {"Parish", "JointAuthority"}


def presenting_official_facts(mentions: Sequence[Mention], text: str, facts: Sequence[Fact], kind: str,
                              municipality: str | None, morph: Morphology) -> list[Fact]:
    """holdsPost facts of the minutes' own officials titled before their names (see the module docstring)."""
    if kind != "minutes":
        return []
    owner, owner_type = (municipality, "Municipality") if municipality else _opening_owner(mentions)
    if owner is None:
        return []
    if _town_labels(mentions, text):
        return []  # "Hollola: Kunnanjohtaja X": people listed under several towns' labels, a joint meeting's
    posted = {f.subject for f in facts if f.predicate == "holdsPost"}
    people = sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start)
    orgs = SpanIndex(sorted((m for m in mentions if m.iri and m.type in _ORG_TYPES), key=lambda m: m.start))
    out: list[Fact] = []
    for p in people:
        if p.iri in posted:
            continue
        title = title_before(text, p, _TITLE_BEFORE, 60, _NOT_MODIFIERS)
        if title is None:
            continue
        words, line_start = title.words, title.line_start
        post = is_post(words[-1], morph)
        if post is None or is_meeting_role(post):
            continue
        if (law := law_kind(post)) is not None and law != owner_type:
            continue
        if not (_PRESENTS.match(text, p.end) or (_LINE_END.match(text, p.end) and not _under_label(text, line_start))):
            continue
        at = title.start
        if any(o.iri != owner for o in orgs.overlapping(max(0, at - 3), title.end)):
            continue  # "Kelan johtaja X", "Y ry:n toiminnanjohtaja X": another organisation's title
        if any(q is not p and q.end <= at and at - q.end <= 3 for q in people):
            continue  # "Martti Merra, johtaja X": a run-together row
        posted.add(p.iri)  # type: ignore[arg-type]
        out.append(Fact(p.iri, "holdsPost", owner, Evidence(text[at:p.end], at, p.end), RULE,  # type: ignore[arg-type]
                        CONFIDENCE, post=title.post_text(post)))
    return out


def _town_labels(mentions: Sequence[Mention], text: str) -> bool:
    """Whether a line opens with a town's name and a colon ("Hollola: Kunnanjohtaja X"): the minutes list people
    town by town, so an official titled with no organisation may be any town's."""
    return any(m.type == "Municipality" and text[m.end:m.end + 1] == ":" and (m.start == 0 or text[m.start - 1] == "\n")
               for m in mentions)


def _under_label(text: str, line_start: int) -> bool:
    """Whether the line above (the nearest one with text) is a label ending in a colon ("Sihteeristö:"): a row of a
    labelled group, whose label, not the minutes' publisher, says whose the people are."""
    end = line_start - 1
    while end > 0 and text[end - 1] in " \t\n":
        end -= 1
    return end > 0 and text[end - 1] == ":"


def _opening_owner(mentions: Sequence[Mention]) -> tuple[str | None, str]:
    """The one parish union or joint authority the minutes' opening names: the publisher of minutes that are no
    town's."""
    found = {(m.iri, m.type) for m in mentions if m.type in _OWNER_TYPES and m.iri and m.start < OPENING_CHARS}
    if len(found) != 1:
        return None, ""
    iri, kind = found.pop()
    return iri, kind
