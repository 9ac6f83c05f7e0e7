"""A minutes' signature block with no label over it: each line a name and the meeting role it signs in.

Minutes converted from HTML or a word processor often end with the signatures and no "Allekirjoitukset" /
"Underskrifter" label, so extract/people.py opens no block for them:

    Jussi Määttä, puheenjohtaja          Per Östman          Jussi Määttä
    Monica Smeds, pöytäkirjanpitäjä      ordförande          puheenjohtaja
                                         Tom Holtti          Monica Smeds
                                         sekreterare         sihteeri

The role words are the meeting's own (chair, vice-chair, secretary, minute-taker), so the post is in the body
whose minutes these are. A line must hold nothing but the name and the role (the role alone on the next line in
the second layout), and at least two such lines must stand together: a lone "Matti X, puheenjohtaja" in an item
is a chair of something the item names. A signature under another organisation's name ("Esimerkki ry" or
"Kuntaliiton puolesta" on the line above the block: a letter quoted in the minutes) is that organisation's.
The chair printed under the role line is extract/titled_rows.py `chair_above_facts`; the labelled blocks are
extract/posts.py.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import line_above
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.spans import SpanIndex

RULE = "holdsPost:signature-lines"
# the meeting's own roles a signature line ends with, and the post each stands for
_ROLES = {
    "puheenjohtaja": "puheenjohtaja", "varapuheenjohtaja": "varapuheenjohtaja", "sihteeri": "sihteeri",
    "pöytäkirjanpitäjä": "pöytäkirjanpitäjä", "ordförande": "ordförande", "viceordförande": "viceordförande",
    "vice ordförande": "viceordförande", "sekreterare": "sekreterare", "protokollförare": "protokollförare",
}
_ROLE = "|".join(sorted((re.escape(r) for r in _ROLES), key=len, reverse=True))
# what follows the name on its own line, or alone on the next line
_SAME_LINE = re.compile(rf"(?i)[ \t]*,?[ \t]*(?P<role>{_ROLE})[ \t]*\.?[ \t]*(?=\n|$)")
_NEXT_LINE = re.compile(rf"(?i)[ \t]*\n[ \t]*(?P<role>{_ROLE})[ \t]*\.?[ \t]*(?=\n|$)")
# a line with nothing but a role word: the layout that prints roles above the names
_ROLE_ALONE = re.compile(r"(?i)[ \t]*(?:\w+[ \t]+)?(?:puheenjohtaja|varapuheenjohtaja|sihteeri|pöytäkirjanpitäjä|"
                         r"pöytäkirjantarkastaja\w*|tarkastaja\w*|ordförande|viceordförande|sekreterare|"
                         r"protokollförare|protokolljusterare|justerare|justeringsman)[ \t]*:?[ \t]*")
# a signature on behalf of an organisation: "Kuntaliiton puolesta", "för Esimerkki rf"
_ON_BEHALF = re.compile(r"(?i)\b(?:puolesta|på\s+uppdrag\s+av|för)\b")
ABOVE_REACH = 300  # characters looked back for the line over a signature block
GAP = 3  # lines (blank ones not counted) between two signature lines of one block
_ORG_TYPES = {"Municipality", "JointAuthority", "WellbeingCounty", "Company", "Agency", "Ministry", "Association",
              "CompetenceCentre", "Parish", "Project"}


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def signature_line_facts(mentions: list[Mention], text: str, meeting_body: str | None) -> list[Fact]:
    """holdsPost in the meeting's body for each name of an unlabelled signature block (see the module's doc)."""
    if meeting_body is None:
        return []
    orgs = SpanIndex([m for m in mentions if m.iri and m.type in _ORG_TYPES])
    people = sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start)
    starts = {m.start for m in people}
    found: list[tuple[Mention, str, int, int]] = []  # (person, post, line number, end of the role)
    for p in people:
        start = _line_start(text, p.start)
        if text[start:p.start].strip():
            continue  # the name opens its line
        role = _SAME_LINE.match(text, p.end)
        if role is None and (role := _NEXT_LINE.match(text, p.end)) is not None:
            above = line_above(text, start, reach=ABOVE_REACH)
            if above is not None and _ROLE_ALONE.fullmatch(text[above[0]:above[1]]):
                # "Sekreterare" / "Erik X" / "Ordförande" / "Anna Y": roles above names, not under -- unless the
                # role line above is itself under a name ("Anna Y" / "ordförande" / "Erik X" / "sekreterare")
                # or it is the same role ("Puheenjohtaja" / "Jussi Y" / "puheenjohtaja": a head and the signature)
                name_above = line_above(text, above[0], reach=ABOVE_REACH)
                same = role.group("role").lower() in text[above[0]:above[1]].lower()
                if not same and (name_above is None or name_above[0] not in starts):
                    continue
        if role is None:
            continue
        found.append((p, _ROLES[" ".join(role.group("role").lower().split())], start, role.end()))
    out: list[Fact] = []
    for k, (p, post, start, end) in enumerate(found):
        # the neighbours in text order only: a block's lines are consecutive (and no pair of every two is read)
        near = [found[j] for j in (k - 1, k + 1) if 0 <= j < len(found)
                and _lines_apart(text, found[j], found[k]) <= GAP]
        if not near:
            continue  # a lone "Name, puheenjohtaja": no block of signatures
        above = line_above(text, min([start] + [x[2] for x in near]), reach=ABOVE_REACH)
        if above is not None and (_ON_BEHALF.search(text, *above) or any(orgs.starting_in(*above))):
            continue  # the block signs for the organisation named over it
        out.append(Fact(p.iri, "holdsPost", meeting_body, Evidence(text[p.start:end], p.start, end),  # type: ignore[arg-type]
                        RULE, 0.7 if post in {"puheenjohtaja", "ordförande"} else 0.6, post=post))
    return out




def _lines_apart(text: str, a: tuple[Mention, str, int, int], b: tuple[Mention, str, int, int]) -> int:
    """Non-blank lines between two signature lines (0 for adjacent ones)."""
    lo, hi = (a, b) if a[2] < b[2] else (b, a)
    between = text[lo[3]:hi[2]]
    if len(between) > 400:
        return GAP + 1
    return sum(1 for line in between.split("\n") if line.strip())
