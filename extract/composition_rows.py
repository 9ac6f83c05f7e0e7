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
from welfare_kg.extract.text_scans import matches

RULE = "holdsPost:composition-rows"
# a group's name written as a word, often in lower case: its head word, a compound's first part allowed
# ("ohjausryhmä", "yhteistyöneuvosto"); relative_appointments reads the same groups
GROUP_WORD = r"[\w-]*(?:ryhmä|toimikunta|neuvottelukunta|johtokunta|hallitus|jaosto|lautakunta|valiokunta|neuvosto)"
# the group's genitive and the word that announces its members
_CUE = re.compile(rf"(?i)\b(?P<group>{GROUP_WORD})n[ \t]+(?:kokoonpano\w*|jäsenet|jäseniksi|jäseninä)\b")
# a row's opening: a number with a point or bracket, or a bullet, at a line's start
_ROW_OPEN = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)]|[•·▪◦*–-])[ \t]+")
_NEXT_LINE_ROW = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[•·▪◦*–-])[ \t]+")
# the colon that opens the rows, right after the cue or after a short phrase of its term ("jäseniksi toimikaudeksi
# 2022–2025:", "jäsenet vuosina 2021-2024:"): words and dates on the same line, no sentence inside
_TERM = r"(?:toimikaude\w*|kaude\w*|vuosi\w*|vuosina|ajalle|ajaksi)"
_COLON_END = re.compile(rf"(?:[ \t]+{_TERM}[ \t][^\n:.]{{0,40}}?(?:\d[\d.]*)?)?[ \t]*:[ \t]*\n")
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
    if first is None or first.group(0).strip().startswith("1"):
        # no row opens a line, or the first one does with "1.": the list may be a numbered run in one line
        run = _numbered_run(text, at)
        if run:
            return run
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


# a numbered row inside a line: "... kokoonpanon. 1. Kaarinan kaupungista: X 2. Liedon kunnasta: Y"
_RUN_NUMBER = r"(?<!\S){n}[.)][ \t]+(?=[A-ZÅÄÖa-zåäö])"
RUN_ROW_MAX = 400  # characters from one number to the next in a run
RUN_ROWS_MIN = 3


def _numbered_run(text: str, at: int) -> list[tuple[int, int]]:
    """The rows of a numbered list that a transcript ran into one line ("1. ... 2. ... 3. ..."), opening within
    LIST_GAP after `at`: the numbers must follow each other from 1, three rows at least, on one line (dates and
    sums hold numbers too, never such a sequence)."""
    first = re.compile(_RUN_NUMBER.format(n=1)).search(text, at, at + LIST_GAP)
    if first is None:
        return []
    line_end = text.find("\n", first.start())
    line_end = len(text) if line_end < 0 else line_end
    starts = [first.start()]
    while len(starts) < ROWS:
        nxt = re.compile(_RUN_NUMBER.format(n=len(starts) + 1)).search(
            text, starts[-1] + 3, min(line_end, starts[-1] + RUN_ROW_MAX))
        if nxt is None:
            break
        starts.append(nxt.start())
    if len(starts) < RUN_ROWS_MIN:
        return []
    last_end = min(line_end, starts[-1] + RUN_ROW_MAX)
    opened = starts[-1] + len(str(len(starts))) + 1  # after the last row's own number and its point
    sentence = re.search(r"\.[ \t]+(?=[A-ZÅÄÖ])", text[opened:last_end])  # the last row ends with its sentence
    ends = [*starts[1:], opened + sentence.end() if sentence else last_end]
    return [(a, b) for a, b in zip(starts, ends, strict=True)]


HOME_RULE = "holdsPost:composition-row-home"
# what a row's opening organisation may be: where a member comes from
_HOME_TYPES = {"Municipality", "JointAuthority", "WellbeingCounty", "Agency", "Ministry", "Association", "Company",
               "Body", "Region", "CompetenceCentre", "Parish"}
_ELATIVE_END = re.compile(r"(?:st[aä])[ \t]*:?[ \t]*$")
# the words before a name that are no part of its title: a joiner, a deputy's word
_NOT_TITLE = re.compile(r"(?i)^(?:ja|sekä|varajäsen\w*|varalla|hänen\w*)$")


def _row_home(orgs: list[Mention], org_at: list[int], text: str, a: int, first: int) -> tuple[str, int] | None:
    """(organisation, end) the row opens with, in the elative ("Kaarinan kaupungista:", "Varsinais-Suomen
    ELY-keskuksen ympäristönsuojeluyksiköstä X"): an employer written there before a unit of its own, else the
    unit; None when the row opens with anything else."""
    lead = _NEXT_LINE_ROW.match(text, a)  # a row opening a line, or a numbered run's row inside one
    start = lead.end() if lead is not None else a + len(text[a:first]) - len(text[a:first].lstrip())
    here = [m for m in orgs[bisect_left(org_at, start):bisect_left(org_at, start + 1)] if m.end <= first]
    if not here or not any(_ELATIVE_END.search(text, m.start, m.end) for m in here):
        return None
    pick = next((m for m in here if m.type != "Body"), here[0])
    end = max(m.end for m in here)
    return pick.iri, end  # type: ignore[return-value]


def _title_before(words: str) -> str | None:
    """The title written before a row's name ("Ympäristöpäällikkö, puheenjohtaja" -> "ympäristöpäällikkö", the
    first title the employer's), without joiners and deputy words; None when there is none."""
    first = words.rsplit(":", 1)[-1].strip(" \t,.").split(",")[0].split()
    while first and _NOT_TITLE.match(first[0]):
        first.pop(0)
    return " ".join(first).lower() or None if 0 < len(first) <= 5 else None


def composition_row_facts(mentions: list[Mention], text: str, facts: list[Fact]) -> list[Fact]:
    """holdsPost in the group for the member (and deputy) of each row of a composition list."""
    bodies = [m for m in mentions if m.type == "Body" and m.iri and not m.generic]
    people = sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start)
    if not bodies or not people:
        return []
    at = [p.start for p in people]  # a row's people by bisection: every row scanning every person was quadratic
    orgs = sorted((m for m in mentions if m.iri and m.type in _HOME_TYPES), key=lambda m: m.start)
    org_at = [m.start for m in orgs]
    have = {(f.subject, f.object) for f in facts if f.predicate == "holdsPost"}
    out: list[Fact] = []
    for cue in matches(_CUE, text):
        group = _group(cue, bodies)
        if group is None:
            continue
        for a, b in _rows(text, cue.end()):
            in_row = people[bisect_left(at, a):bisect_left(at, b)]  # [p for p in people if a <= p.start < b]
            home = _row_home(orgs, org_at, text, a, in_row[0].start) if in_row else None
            for i, p in enumerate(in_row):
                before = text[in_row[i - 1].end if i else a:p.start]
                deputy = i > 0 and (_DEPUTY_BEFORE.search(before) is not None
                                    or _DEPUTY_AFTER.match(text, p.end) is not None)
                if i > 0 and not deputy:
                    continue  # a second name that is not the deputy: a row of its own kind, not read
                if home is not None and (p.iri, home[0]) not in have:
                    # "2. Liedon kunnasta: Ympäristöpäällikkö X": the row's organisation is where the member comes
                    # from, the title before the name the member's post there
                    have.add((p.iri, home[0]))  # type: ignore[arg-type]
                    out.append(Fact(p.iri, "holdsPost", home[0], Evidence(text[a:b][:200], a, min(b, a + 200)),  # type: ignore[arg-type]
                                    HOME_RULE, 0.6, post=_title_before(before if i else text[home[1]:p.start])))
                if (p.iri, group) in have:
                    continue
                have.add((p.iri, group))  # type: ignore[arg-type]
                out.append(Fact(p.iri, "holdsPost", group, Evidence(text[a:b][:200], a, min(b, a + 200)),  # type: ignore[arg-type]
                                RULE, 0.5 if deputy else 0.6, post="varajäsen" if deputy else "jäsen"))
    return out
