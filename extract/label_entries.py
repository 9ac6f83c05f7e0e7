"""A member or contact list written one field a line under town or organisation labels: the post is the labelled one's.

Attendance lists of joint bodies and contact lists put each member as a label line naming the member's town or
organisation, then the title and the name on lines of their own, the label standing over every entry until the next
label: "Kärkölä:" / "Vs. kunnanjohtaja" / "Erja X" / "Lahti: Kaupunginhallituksen puheenjohtaja" / "Ilkka X" /
"Kaupunginjohtaja" / "Jyrki X". Written on one line ("Kärkölä: Vs. kunnanjohtaja Erja X") the prose post rules read
it; flattened one field a line they find neither the title beside the name nor the town in its sentence.

Only the layout decides: the label line is a town or organisation mention alone on its line or followed by a colon
(and the first title); every line between the label and the name is a title line (a few words ending in a post, no
name in it) or a name line (a person alone on the line), over blank lines or none. Which title is the name's is read
from the label too: a title right after the label means title-then-name entries, a name right after it
name-then-title entries. A title line naming an organisation of its own, a heading that names no town or
organisation ("Läsnä:", "Övriga närvarande"), a date or a phone line in the label's place: no post
(holdsPost:label-line-entry).
"""

from __future__ import annotations

import re

from welfare_kg.extract.contact_roles import line_bounds, next_line
from welfare_kg.extract.entities import is_post
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.people import MEETING_ROLES
from welfare_kg.extract.posts import CELL_LINE_RULE, NEXT_LINE_RULE, ORG_TYPES, is_meeting_role
from welfare_kg.extract.spans import SpanIndex

RULE = "holdsPost:label-line-entry"
CONFIDENCE = 0.6
# "Kaupungin/kunnanjohtajat" / "X" / "Tuusula" / "Y" / "Nurmijärvi poissa": a title heading over name and town lines
HEADED_RULE = "holdsPost:title-heading-entry"
HEADED_CONFIDENCE = 0.5
CELL_RULES = frozenset({CELL_LINE_RULE, NEXT_LINE_RULE})
MAX_LINES = 14  # lines walked up from a name to its label: a label stands over a handful of entries
TITLE_WORDS = 5  # "1. varapuheenjohtaja Kunnanhallituksen puheenjohtaja": a previous entry's role may run in
_WORD = re.compile(r"[\w.-]+|/")
_DIGITS = re.compile(r"\d{3}|@")
_TRAILING = " \t,.;"


def _lines_above(text: str, start: int):
    """(start, end) of the lines with text above the line starting at `start`, nearest first, at most MAX_LINES."""
    end = start - 1
    seen = 0
    while end > 0 and seen < MAX_LINES:
        a = text.rfind("\n", 0, end) + 1
        if text[a:end].strip():
            seen += 1
            yield a, end
        end = a - 1


def _next_line(text: str, end: int) -> tuple[int, int] | None:
    """The nearest line below with text, over any number of blank lines (entries may stand a blank line apart)."""
    return next_line(text, end, gap=len(text))


class _Reader:
    """The line kinds of one document; a name walks at most MAX_LINES lines, so the pass stays linear."""

    def __init__(self, mentions: list[Mention], text: str, morph: Morphology) -> None:
        self.text, self.morph = text, morph
        self.index = SpanIndex([m for m in mentions if m.iri])

    def title(self, a: int, b: int) -> str | None:
        """The post of a title line: a few words, the last a post, no digits run, no name in it ; a body
        ("Kunnanhallituksen puheenjohtaja") is the labelled town's."""
        line = self.text[a:b].strip(_TRAILING)
        words = _WORD.findall(line)
        if not words or len(words) > TITLE_WORDS or _DIGITS.search(line) or any(
                not m.generic and m.type != "Body" for m in self.index.overlapping(a, b)):
            return None
        return is_post(words[-1], self.morph)

    def name(self, a: int, b: int) -> Mention | None:
        """The person alone on a line."""
        found = self.index.overlapping(a, b)
        if len(found) != 1 or found[0].type != "Person":
            return None
        m = found[0]
        return m if not self.text[a:m.start].strip() and not self.text[m.end:b].strip(_TRAILING) else None

    def label(self, a: int, b: int) -> tuple[Mention, int] | None:
        """A town or organisation alone on its line, or before a colon and a title ("Lahti: Kaupunginjohtaja");
        with where the entries start (the title after the colon or the next line)."""
        for m in self.index.overlapping(a, b):
            if m.type != "Municipality" and m.type not in ORG_TYPES - {"Project"}:
                continue
            before = self.text[a:m.start]
            if before.strip() and not before.rstrip().endswith(":"):
                continue
            rest = self.text[m.end:b]
            if not rest.strip(" \t:"):
                return m, b
            if rest.lstrip().startswith(":"):
                colon = m.end + rest.index(":") + 1
                if self.title(colon, b) is not None:
                    return m, colon
        return None


    def org_after(self, a: int, b: int) -> tuple[Mention, str | None] | None:
        """A town or organisation line under a name: the organisation, an optional title of the entry's own before
        it ("vs hallintojohtaja Nurmijärvi") and at most one word after it ("Nurmijärvi poissa")."""
        found = self.index.overlapping(a, b)
        if len(found) != 1 or (found[0].type != "Municipality" and found[0].type not in ORG_TYPES - {"Project"}):
            return None
        m = found[0]
        last = m.surface.split()[-1]
        if is_post(last, self.morph) is not None or last.lower() in MEETING_ROLES:
            return None  # "Pornainen Esittelijä": a town run into the next part's heading, read as one name
        before, after = self.text[a:m.start].strip(), self.text[m.end:b].strip(_TRAILING + ":")
        if len(after.split()) > 1 or _DIGITS.search(self.text[a:b]):
            return None
        if not before:
            return m, None
        post = self.title(a, m.start)
        return (m, post) if post is not None and before[:1].islower() else None


def _headed(rd: _Reader, person: Mention, a: int, b: int) -> tuple[Mention, str, int] | None:
    """The organisation line under the name and the title heading over a run of name and organisation lines."""
    nxt = _next_line(rd.text, b)
    own = rd.org_after(*nxt) if nxt is not None else None
    if own is None or nxt is None:
        return None
    org, post = own
    want = "L"  # over a name: the heading or the entry before's organisation line
    for la, lb in _lines_above(rd.text, a):
        if want == "L" and rd.title(la, lb) is not None and rd.org_after(la, lb) is None:
            heading = rd.title(la, lb)
            if heading is None or is_meeting_role(heading):
                return None
            above = next(_lines_above(rd.text, la), None)
            if above is not None and rd.name(*above) is not None:
                return None  # "Veikko X" / "projektipäällikkö" / "Aino Y": the title is the name's above, no heading
            return org, post or heading, la
        if want == "N" and rd.name(la, lb) is not None:
            want = "L"
        elif want == "L" and rd.org_after(la, lb) is not None:
            want = "N"
        else:
            return None
    return None


def label_entry_facts(mentions: list[Mention], text: str, facts: list[Fact], morph: Morphology) -> list[Fact]:
    """The facts with holdsPost facts added for people listed title and name a line each under a town or
    organisation label line. The block reader's cell-a-line reading ("Name" / "title" / "Town", CELL_RULES) takes
    the town on a line next to the name, which in a labelled list is the next entry's label or the one before:
    where the label's reading gives another organisation, it replaces that one."""
    posted: dict[str, set[str]] = {}
    loose: dict[str, set[str]] = {}
    for f in facts:
        if f.predicate == "holdsPost":
            posted.setdefault(f.subject, set()).add(f.rule)
            if f.rule in CELL_RULES:
                loose.setdefault(f.subject, set()).add(f.object)
    people = [m for m in mentions if m.type == "Person" and m.iri
              and (m.iri not in posted or posted[m.iri] <= CELL_RULES)]
    if not people:
        return facts
    rd = _Reader(mentions, text, morph)
    out: list[Fact] = []
    done: set[str] = set()
    replaced: set[str] = set()
    for person in people:
        if person.iri in done or person.iri is None:
            continue
        a, b = line_bounds(text, person.start)
        if rd.name(a, b) is not person:
            continue
        rule, conf = RULE, CONFIDENCE
        found = _entry(rd, person, a, b)
        if found is None:
            found = _headed(rd, person, a, b)
            rule, conf = HEADED_RULE, HEADED_CONFIDENCE
        if found is None:
            continue
        org, post, start = found
        if org.iri is None or org.iri == person.iri:
            continue
        done.add(person.iri)
        if person.iri in loose:
            if org.iri in loose[person.iri]:
                continue
            replaced.add(person.iri)
        out.append(Fact(person.iri, "holdsPost", org.iri, Evidence(text[start:b], start, b), rule, conf, post=post))
    return [f for f in facts if not (f.subject in replaced and f.rule in CELL_RULES)] + out


def _entry(rd: _Reader, person: Mention, a: int, b: int) -> tuple[Mention, str, int] | None:
    """The label over the name's line and the name's title, if every line between is a title or a name line."""
    text = rd.text
    kinds: list[tuple[str, int, int]] = []  # ("T"/"N", start, end) nearest first
    for la, lb in _lines_above(text, a):
        lab = rd.label(la, lb)
        if lab is not None:
            org, entries = lab
            first = "T" if entries < lb else None
            seq = list(reversed(kinds))  # label order: first line after the label first
            if first is None:
                first = seq[0][0] if seq else "N"
            else:
                seq = [("T", entries, lb), *seq]
            # the entries alternate from the label on; the name's own title is the one before it (title first) or
            # the line after it (name first)
            if any(k != ("T" if (i % 2 == 0) == (first == "T") else "N") for i, (k, _, _) in enumerate(seq)):
                return None
            if first == "T":
                if not seq or seq[-1][0] != "T":
                    return None
                ta, tb = seq[-1][1], seq[-1][2]
            else:
                if seq and seq[-1][0] != "T":
                    return None
                nxt = _next_line(text, b)
                if nxt is None:
                    return None
                ta, tb = nxt
            post = rd.title(ta, tb)
            if post is None or (is_meeting_role(post) and len(_WORD.findall(text[ta:tb])) == 1):
                return None
            return org, post, min(la, ta)
        if rd.title(la, lb) is not None:
            kinds.append(("T", la, lb))
        elif rd.name(la, lb) is not None:
            kinds.append(("N", la, lb))
        else:
            return None
    return None
