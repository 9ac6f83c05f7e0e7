"""A group's composition given as a list of rows after the words that announce it (issue 12).

Steering and working groups are written out as numbered or bulleted rows after a sentence that names the group's
composition or members: "Ministeriö on hyväksynyt seuraavan ohjausryhmän kokoonpanon. Ryhmä järjestäytyy ...
1. Kaupungista: tekninen johtaja A varajäsenenään B 2. ...", "Ohjausryhmän jäsenet:" and rows. Each row seats one
member (its first person) and may name the member's deputy ("varajäsenenään B", "varalla B", "B hänen
henkilökohtaisena varajäsenenään"). extract/body_compositions.py reads the group written in the illative beside
a verb ("ohjausryhmään kuuluvat"); here the group is the genitive before "kokoonpano"/"jäsenet", often in lower
case and so no mention of its own: it is then the document's one group of that kind (the body whose name ends in
the same word, "Ohjausryhmä" written at a sentence's start).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from welfare_kg.extract.body_compositions import rows_end
from welfare_kg.extract.model import Evidence, Fact, Mention

RULE = "holdsPost:composition-rows"
# a group's name written as a word, often in lower case: its head word, a compound's first part allowed
# ("ohjausryhmä", "yhteistyöneuvosto"); relative_appointments reads the same groups
GROUP_WORD = r"[\w-]*(?:ryhmä|toimikunta|neuvottelukunta|johtokunta|hallitus|jaosto|lautakunta|valiokunta|neuvosto)"
# the group's genitive and the word that announces its members
_CUE = re.compile(rf"(?i)\b(?P<group>{GROUP_WORD})n[ \t]+(?:kokoonpano\w*|jäsenet|jäseniksi|jäseninä)\b")
# a row's opening: a number with a point or bracket, or a bullet, at a line's start
_ROW_OPEN = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)]|[•·▪◦*–-])[ \t]+")
_NEXT_LINE_ROW = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[•·▪◦*–-])[ \t]+")
_COLON_END = re.compile(r"[ \t]*:[ \t]*\n")
LIST_GAP = 300  # characters from the cue to the list's first row
ROWS = 30
# a deputy named in the row: before the name ("varajäsenenään B", "varalla B") or right after it
_DEPUTY_BEFORE = re.compile(r"(?i)(?:varajäsen\w*|varalla|varahenkilö\w*)[ \t]+(?:[a-zåäö-]+[ \t]+){0,3}$")
_DEPUTY_AFTER = re.compile(r"(?i)[ \t]+(?:hänen[ \t]+)?(?:henkilökohtai\w+[ \t]+)?varajäsen\w*")


def _group(cue: re.Match[str], bodies: list[Mention]) -> str | None:
    return named_group(cue.start("group"), cue.group("group"), bodies)


def named_group(at: int, word: str, bodies: list[Mention]) -> str | None:
    """The group a genitive `word` at `at` names: a body mention on the word, else the one body of the document
    whose name ends in that word ("Ohjausryhmä", "Hankkeen ohjausryhmä"); none when several differ."""
    on_word = [b for b in bodies if b.start <= at < b.end]
    if on_word:
        return on_word[0].iri
    head = word.lower().split("-")[-1]
    found = {b.iri for b in bodies if b.label.lower().endswith(head)}
    return found.pop() if len(found) == 1 else None


def _rows(text: str, at: int) -> list[tuple[int, int]]:
    """The rows of the list that opens within LIST_GAP characters after `at` (blank lines between rows)."""
    colon = _COLON_END.match(text, at)
    if colon is not None:  # "Ohjausryhmän jäsenet:" and one member a line, bullets or none
        end = rows_end(text, colon.end())
        return [(x.start() + colon.end(), x.end() + colon.end())
                for x in re.finditer(r"[^\n]+", text[colon.end():end]) if x.group(0).strip()]
    first = _ROW_OPEN.search(text, at, at + LIST_GAP)
    if first is None:
        return []
    rows: list[tuple[int, int]] = []
    start = first.start()
    while start >= 0 and len(rows) < ROWS:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        rows.append((start, end))
        nxt = end
        while nxt < len(text) and text[nxt] in "\n \t":
            nxt += 1
        line_start = text.rfind("\n", 0, nxt) + 1
        if nxt >= len(text) or not _NEXT_LINE_ROW.match(text, line_start):
            break
        start = line_start
    return rows


def composition_row_facts(mentions: list[Mention], text: str, facts: list[Fact]) -> list[Fact]:
    """holdsPost in the group for the member (and deputy) of each row of a composition list."""
    bodies = [m for m in mentions if m.type == "Body" and m.iri and not m.generic]
    people = sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start)
    if not bodies or not people:
        return []
    at = [p.start for p in people]  # a row's people by bisection: every row scanning every person was quadratic
    have = {(f.subject, f.object) for f in facts if f.predicate == "holdsPost"}
    out: list[Fact] = []
    for cue in _CUE.finditer(text):
        group = _group(cue, bodies)
        if group is None:
            continue
        for a, b in _rows(text, cue.end()):
            in_row = people[bisect_left(at, a):bisect_left(at, b)]  # [p for p in people if a <= p.start < b]
            for i, p in enumerate(in_row):
                if (p.iri, group) in have:
                    continue
                before = text[in_row[i - 1].end if i else a:p.start]
                deputy = i > 0 and (_DEPUTY_BEFORE.search(before) is not None
                                    or _DEPUTY_AFTER.match(text, p.end) is not None)
                if i > 0 and not deputy:
                    continue  # a second name that is not the deputy: a row of its own kind, not read
                have.add((p.iri, group))  # type: ignore[arg-type]
                out.append(Fact(p.iri, "holdsPost", group, Evidence(text[a:b][:200], a, min(b, a + 200)),  # type: ignore[arg-type]
                                RULE, 0.5 if deputy else 0.6, post="varajäsen" if deputy else "jäsen"))
    return out
