"""Who sits in a group whose composition a text gives (issue 12).

A decision or a project report writes out who a steering or working group is made of with the group in the illative
and a verb of appointing or belonging beside it: "Päätän nimetä X-hankkeen ohjausryhmään seuraavat henkilöt:" and a
bulleted list, "Hankkeen ohjausryhmään ovat kuuluneet A (pj), B (vpj), C ja D sekä sihteerinä E", "Ohjausryhmään
kutsutaan myös ... professori F". Each person named in that sentence, or in the list its colon opens, holds a seat
in the group: the seat is the bracketed mark or the essive before the name ("sihteerinä", "puheenjohtajana"), else
"jäsen". A relative clause ("johtoryhmä, johon kuuluivat ...") is a group chosen among those already named, no
composition of its own, and is not read. The other seat rules (extract/seat_prose.py's sentence-opening
"Hallitukseen valittiin", posts.py's translative appointments) need the body first or the seat word; this one reads
the verb on either side of the group.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.seat_words import alternation, seat_words

RULE = "holdsPost:composition"

# the group in the illative, the head word of its name ("ohjausryhmään", "työryhmään", "johtoryhmään")
_ILLATIVE_GROUP = re.compile(r"(?i)(?:ryhmään|toimikuntaan|neuvottelukuntaan|johtokuntaan|hallitukseen|"
                             r"jaostoon|lautakuntaan)$")
# a verb of appointing before the group, in the same clause: "nimetä", "Päätän nimetä", "nimettiin", "valittiin"
_VERB_BEFORE = re.compile(r"(?i)\b(?:nime(?:tä|än|ää|ävät|si|sivät|ttiin|tään|tty)|vali(?:ta|tsen|tsee|tsi|tsivät|"
                          r"ttiin|taan|ttu)|kutsu(?:a|i|ttiin|taan))\b[^.!?;\n]{0,160}$")
# a verb of belonging or appointing right after the group: "ovat kuuluneet", "kuuluvat", "kutsutaan myös"
_VERB_AFTER = re.compile(r"(?i)[ \t]+(?:(?:ovat|on|ovat[ \t]+myös|on[ \t]+myös)[ \t]+)?(?:kuulu(?:vat|u|ivat|i|"
                         r"neet|nut)|kutsu(?:taan|ttiin)|nime(?:tään|ttiin)|vali(?:taan|ttiin)|nimetty|valittu)\b")
# "johon kuuluivat", "jonka jäseniksi": a group described by a relative clause, not given its members here
_RELATIVE = re.compile(r"(?i)\b(?:johon|jonka|joihin|joiden)\b[^.!?\n]{0,40}$")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n[ \t]*\n")
# a row of a list the colon opens: a bullet, or a capitalised word at the line's start
_ROW = re.compile(r"[ \t]*(?P<bullet>[•·▪◦*\-–][ \t]*)?[A-ZÅÄÖ]")
# a heading's line: one capitalised word, the rest in lower case, no colon or comma ("Hankkeen työntekijät");
# a member's row has a second capital (a name) or a comma
_HEADING_ROW = re.compile(r"[ \t]*[A-ZÅÄÖ][a-zåäö-]+(?:[ \t]+[a-zåäö-]+){0,3}[ \t]*\n?$")
ROW_CHARS = 120  # the longest line an unbulleted row is
REACH = 900  # characters a prose list of members runs to
ROWS = 40  # rows a bulleted list of members runs to
_COLON_LINE = re.compile(r"[^\n]*:[ \t]*\n")  # the rest of the line ends in a colon
_LINE = re.compile(r"[^\n]*\n?")
# the seat, bracketed after the name ("A (pj)", "B(vpj)") or in the essive before it ("sihteerinä E")
_MARKS = seat_words("mark")
_MARK = re.compile(r"[ \t]*\((?P<mark>" + alternation(_MARKS) + r")\.?\)", re.IGNORECASE)
_ESSIVE = re.compile(r"(?i)\b(?P<seat>(?:vara)?puheenjohtaja|sihteeri|(?:vara)?jäsene)nä\b[^,.;\n]{0,60}$")
_ESSIVES = {"puheenjohtaja": "puheenjohtaja", "varapuheenjohtaja": "varapuheenjohtaja", "sihteeri": "sihteeri",
            "jäsene": "jäsen", "varajäsene": "varajäsen"}


def composition_facts(mentions: list[Mention], text: str) -> list[Fact]:
    """holdsPost in the group for each person its composition sentence or list names (see the module's doc)."""
    people = sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start)
    if not people:
        return []
    starts = [p.start for p in people]  # the people of a span by bisection, not every person for every group
    out: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    for group in (m for m in mentions if m.type == "Body" and m.iri and not m.generic):
        span = _members_span(group, text)
        if span is None:
            continue
        start, stop = span
        for p in people[bisect_left(starts, start):bisect_left(starts, stop)]:
            if (p.iri, group.iri) in seen:
                continue
            seen.add((p.iri, group.iri))  # type: ignore[arg-type]
            ev = Evidence(text[start:p.end][-200:], max(start, p.end - 200), p.end)
            out.append(Fact(p.iri, "holdsPost", group.iri, ev, RULE, 0.6,  # type: ignore[arg-type]
                            post=_seat(text, start, p)))
    return out


# Swedish writes the group in the nominative with a verb of consisting after it: "Projektets styrgrupp har bestått
# av A, projektledare, B, ...", "Arbetsgruppen består av:"
_SWEDISH_GROUP = re.compile(r"(?i)(?:grupp|gruppen|styrelse|styrelsen|kommitté|kommittén|råd|rådet)$")
_SWEDISH_CONSISTS = re.compile(r"(?i)[ \t]+(?:har[ \t]+bestått|består|bestod|har[ \t]+utgjorts|utgörs|utgjordes)"
                               r"[ \t]+av\b")


_SWEDISH_OWNER = re.compile(r"\w+s[ \t]+\Z")  # "Projektets styrgrupp", "Kommunens råd": a genitive owner


def _owned(group: Mention, text: str) -> bool:
    """A Swedish group with an owner: more than one word, or a genitive in -s right before it."""
    return len(group.surface.split()) > 1 or bool(_SWEDISH_OWNER.search(text, max(0, group.start - 40), group.start))


def _members_span(group: Mention, text: str) -> tuple[int, int] | None:
    """Where the members of `group` are named, when its mention is a composition's head: from the group to its
    sentence's end, or through the rows of the list a colon at that end opens. None for any other mention."""
    # a bare "Styrgruppen"/"Styrelsen" names no group of its own (an association's board is board_runs.py's, with
    # the association as the seat): only an owned group ("Projektets styrgrupp") is a composition's head
    if _SWEDISH_GROUP.search(group.surface.rstrip()) and _owned(group, text) \
            and (consists := _SWEDISH_CONSISTS.match(text, group.end)):
        start = consists.end()
        end = _SENTENCE_END.search(text, start, start + REACH)
        stop = end.start() if end else start + REACH
        if text[start:stop].strip() == ":" or _COLON_LINE.match(text, start):
            return start, rows_end(text, text.index(":", start) + 1)
        return start, stop
    if not _ILLATIVE_GROUP.search(group.surface.rstrip()):
        return None
    line_start = max(text.rfind("\n", 0, group.start), text.rfind(". ", 0, group.start) + 1)
    before = text[max(0, line_start):group.start]
    after = _VERB_AFTER.match(text, group.end)
    if _RELATIVE.search(before) or (after is None and not _VERB_BEFORE.search(before)):
        return None
    start = after.end() if after else group.end
    end = _SENTENCE_END.search(text, start, start + REACH)
    stop = end.start() if end else start + REACH
    if text[start:stop].rstrip().endswith(":") or _COLON_LINE.match(text, start):  # in place: no copy of the rest
        return start, rows_end(text, text.index(":", start) + 1)
    return start, stop


def rows_end(text: str, at: int) -> int:
    """The end of the list of rows that starts after the colon at `at` (blank lines between rows allowed). When
    the first row has a bullet, every row has one; without bullets a row is a short line with no full stop inside,
    so that the prose after the list ("Ohjausryhmän puheenjohtajaksi nimeän ...") is no row."""
    end = at
    bulleted: bool | None = None
    rows = 0
    blank = False  # a blank line since the last row
    for line in _LINE.finditer(text, at):  # in place, not on text[at:]: a copy of the rest per list was quadratic
        row = line.group(0)
        if not row:
            break
        if not row.strip():
            blank = True
            continue
        m = _ROW.match(row)
        if m is None or rows >= ROWS:
            break
        if rows and blank and m.group("bullet") is None and _HEADING_ROW.match(row):
            break  # "Yhteystiedot", "Hankkeen työntekijät" after a blank line: the next section, not a member
        blank = False
        has_bullet = m.group("bullet") is not None
        if bulleted is None:
            bulleted = has_bullet
        if has_bullet != bulleted or (not bulleted and (len(row) > ROW_CHARS or ". " in row.strip())):
            break
        rows += 1
        end = line.end()
    return end


def _seat(text: str, start: int, person: Mention) -> str:
    """The seat a composition gives `person`: a bracketed mark after the name, an essive before it, else jäsen."""
    mark = _MARK.match(text, person.end)
    if mark:
        return _MARKS[mark.group("mark").lower()]
    essive = _ESSIVE.search(text, max(start, person.start - 80), person.start)
    if essive:
        return _ESSIVES[essive.group("seat").lower()]
    return "ledamot" if _SWEDISH_CONSISTS.search(text, max(0, start - 40), start) else "jäsen"
