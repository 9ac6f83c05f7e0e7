"""A project card's runner and partner rows where the field reader does not look: flattened pages, fact boxes, cells.

extract/fields.py reads a card's rows at a line's start ("Hallinnoija: X", a table's cell, a label over its list)
and labels run together when a line holds several. Three layouts of the same rows escape it:

- a PDF page run into one long line, where a row stands mid-line after the page number or the previous row:
  "3 Tiivistelmä Hankkeen hallinnoija ProAgria Oulu ry Hankkeen sopimusyhteistyökumppanit: A ry, B ry, C ry
  Hankkeen rahoitus- ja yhteistyötaho: ...", "... Loppi) Hallinoija: YritysVoimala Oy Maakuntaliitot, jotka ...".
  Here a role label stands with the project's genitive ("Hankkeen hallinnoija", "Projektin osatoteuttajat") or with
  its colon, and the organisation names start right after it;
- a fact box of an EU-programme page printed in capitals, one row a line, a qualifier before the label:
  "SVENSK PROJEKTÄGARE Åre kommun", "NORSK PROSJEKTEIER Frivillig Inderøy AS", "SAMARBETSPARTNERS A, B och C";
- a two-column table flattened one cell a line: a name's line, then its role cell written lowercase as a value is
  ("Kiteen kaupunki\n\npäätoteuttaja\n\nTohmajärven kunta\n\nosatoteuttaja"); the lead's role outranks a list's
  reading of the same name as a partner (coordinates:role-cell, participatesIn:role-cell). A capitalised role line
  is a label over the next name, read by fields.py.

A runner's label (hallinnoija, päätoteuttaja, projektägare) makes the first organisation named right after it
coordinate the document's main project; a partners' label (…kumppanit, osatoteuttajat, samarbetspartners) makes each
organisation of the list right after it (commas, "ja", "sekä", "och") take part. Only names that start right after the
label count: a label followed by prose ("Hankkeen hallinnoija vastaa ...") names no one.

Each fact carries its own rule name and a confidence of a field read from layout (below the field reader's).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from welfare_kg.extract.document_roles import PARTICIPANTS, main_project
from welfare_kg.extract.model import Evidence, Fact, Mention, related_pairs

COORDINATOR_RULE = "coordinates:inline-label"
PARTICIPANT_RULE = "participatesIn:inline-label"
CELL_RULES = {True: "coordinates:role-cell", False: "participatesIn:role-cell"}
CONFIDENCE = 0.5
FLAT_MIN = 200  # a line this long holding a card's rows is a page run together, not a row of its own
BOX_MAX = 120  # a fact box's row: label and value on one short line
SUPERSEDED = 0.6  # a participatesIn read from a page's topic or a loose field: a runner's row knows its role better
MAX_GAP = 3  # between a label and its value: the colon and spaces
# the project's genitive and a role noun, or the role noun with its colon: a row of a card, not a word of prose
_OWNER = r"(?:Hankkeen|Projektin|Hanketta\s+hallinnoiva|Projektia\s+hallinnoiva)"
_RUNNER = r"(?:pää)?(?:hallinn?oija|toteuttaja|koordinaattori)"
_PARTNERS = r"[\wåäö-]*(?:kumppanit|osatoteuttajat|toteuttajat)"
_FLAT = re.compile(rf"(?<![\w-])(?:{_OWNER}\s+(?:(?P<run>{_RUNNER})|(?P<part>{_PARTNERS}))(?![\wåäö-])\s*:?"
                   rf"|(?P<run2>(?:Pää)?(?:Hallinn?oija|Toteuttaja|Koordinaattori)):"
                   rf"|(?P<part2>(?:Osatoteuttajat|Yhteistyökumppanit|Kumppanit|Partnerit)):)")
# a fact box's label in capitals, a qualifier word ("SVENSK", "NORSK", "LEAD") allowed before it
_BOX = re.compile(r"^[ \t]*(?:[A-ZÅÄÖ]+[ \t]+)?(?:(?P<run>(?:HUVUD)?PROJEKTÄGARE|PROSJEKTEIER|HALLINNOIJA|"
                  r"PÄÄTOTEUTTAJA|TOTEUTTAJA|KOORDINAATTORI|STÖDMOTTAGARE)|(?P<part>SAMARBETSPARTNERS?|"
                  r"PROJEKTPARTNERS?|PARTNERS|PARTNERIT|KUMPPANIT|OSATOTEUTTAJAT|DELGENOMFÖRARE))[ \t]*:?[ \t]+(?=\S)")
# a table flattened one cell a line: a name's line, then (blank lines between) its role cell, written lowercase as a
# cell's value ("Kiteen kaupunki\n\npäätoteuttaja"); a capitalised role line is a label over the next name, fields.py's
_CELL_ROLE = re.compile(r"[ \t]*(?:(?P<run>pää(?:toteuttaja|hakija)|hallinn?oija|koordinaattori|projektägare|huvudman|"
                        r"lead partner)|(?P<part>osatoteuttaja|(?:yhteistyö)?kumppani|partneri|partner|"
                        r"samarbetspartner|delgenomförare))[ \t]*\r?\n?")
_JOIN = re.compile(r"^(?:\s*,\s*|\s+(?:ja|sekä|och|samt)\s+)$")


def inline_role_label_facts(text: str, per_sentence: Sequence[Sequence[Mention]], facts: Sequence[Fact]) -> list[Fact]:
    """The facts, with coordinates / participatesIn added from a runner's or partners' row inside a flattened line or
    a capitals box; a runner's looser participatesIn in the same project (SUPERSEDED) gives way to the row's role."""
    project = main_project(per_sentence)
    if project is None:
        return list(facts)
    orgs = _outer([m for ms in per_sentence for m in ms if m.type in PARTICIPANTS and m.iri and not m.generic])
    by_word: dict[str, dict[str, Mention]] = {}  # a name's first word -> its forms, to read a row's value
    for m in orgs:
        for form in {m.surface, m.label}:
            if form.split():
                by_word.setdefault(form.split()[0], {}).setdefault(form, m)
    loose = {f.subject for f in facts if f.object == project and f.predicate == "participatesIn"
             and f.confidence <= SUPERSEDED}
    related = related_pairs(f for f in facts if not (f.object == project and f.subject in loose))
    out: list[Fact] = []
    k = 0  # the first organisation not before the current line (lines and names both in text order)
    pos = 0
    # the last non-blank line as (line, its offset, the first organisation not before the line before it): which
    # organisation it names whole (`_whole_line`) matters only under a role cell, so it is worked out there
    last: tuple[str, int, int] | None = None
    joined = {f.subject for f in facts if f.object == project and f.predicate == "participatesIn"}
    cell_runners: set[str] = set()
    for line in text.splitlines(keepends=True):
        end = pos + len(line)
        if line.strip():
            cell = _CELL_ROLE.fullmatch(line)
            runner = cell is not None and cell.group("run") is not None
            whole = _whole_line(*last, orgs) if cell is not None and last is not None else None
            # a lead's role cell outranks a list's reading of the same name as one of the partners
            if cell is not None and whole is not None and ((whole.iri, project) not in related or (
                    runner and whole.iri in joined and whole.iri not in cell_runners)):
                related.update({(whole.iri, project), (project, whole.iri)})
                if runner:
                    cell_runners.add(whole.iri)
                out.append(Fact(whole.iri, "coordinates" if runner else "participatesIn", project,
                                Evidence(text[whole.start:end].strip(), whole.start, end),
                                CELL_RULES[runner], CONFIDENCE))
            last = (line, pos, k)
        while k < len(orgs) and orgs[k].start < pos:
            k += 1
        here = []
        j = k
        while j < len(orgs) and orgs[j].start < end:
            here.append(orgs[j])
            j += 1
        if here or len(line) <= BOX_MAX:
            starts = [m.start for m in here]
            labels: list[tuple[int, bool]] = []  # (value start, runner?)
            if len(line) >= FLAT_MIN:
                labels += [(pos + m.end(), bool(m.group("run") or m.group("run2"))) for m in _FLAT.finditer(line)]
            elif len(line) <= BOX_MAX and (box := _BOX.match(line)):
                labels.append((pos + box.end(), box.group("run") is not None))
            for at, runner in labels:
                for m in _listed(text, here, starts, at, runner) or _named_elsewhere(text, at, by_word, runner):
                    if (m.iri, project) in related:
                        continue
                    related.update({(m.iri, project), (project, m.iri)})
                    predicate, rule = ("coordinates", COORDINATOR_RULE) if runner else \
                        ("participatesIn", PARTICIPANT_RULE)
                    out.append(Fact(m.iri, predicate, project, Evidence(line.strip(), pos, end), rule, CONFIDENCE))
        pos = end
    runners = {f.subject for f in out if f.predicate == "coordinates" and f.subject in loose} | cell_runners
    return [f for f in facts if not (f.object == project and f.subject in runners
                                     and f.predicate == "participatesIn")] + out


def _whole_line(line: str, pos: int, k: int, orgs: list[Mention]) -> Mention | None:
    """The organisation named by the whole line (its only words), `orgs[k]` being the first not before the line."""
    a = pos + len(line) - len(line.lstrip())
    b = pos + len(line.rstrip())
    while k < len(orgs) and orgs[k].start < a:
        k += 1
    return orgs[k] if k < len(orgs) and orgs[k].start == a and orgs[k].end == b else None


def _outer(ms: list[Mention]) -> list[Mention]:
    """The names not inside another, in text order (one linear sweep over names sorted by start, longest first)."""
    out: list[Mention] = []
    reach = -1
    for m in sorted(ms, key=lambda m: (m.start, -m.end)):
        if m.end <= reach:
            continue
        out.append(m)
        reach = m.end
    return out


def _listed(text: str, here: list[Mention], starts: list[int], at: int, runner: bool) -> list[Mention]:
    """The names starting right after a label at `at`: the first for a runner, the joined run for partners."""
    listed: list[Mention] = []
    for m in here[bisect_left(starts, at):]:
        gap = text[at:m.start]
        if not listed and (len(gap) > MAX_GAP or gap.strip(" \t:")):
            break
        if listed and not _JOIN.match(gap):
            break
        listed.append(m)
        if runner:
            break
        at = m.end
    return listed


def _named_elsewhere(text: str, at: int, by_word: dict[str, dict[str, Mention]], runner: bool) -> list[Mention]:
    """A runner's name right after its label that the recogniser did not mark there (the field reader took it for
    part of the label's row) but marked elsewhere in the document: the longest form of a name that the value starts
    with ("Hankkeen hallinnoija ProAgria Oulu ry Hankkeen ..." where "ProAgria Oulu ry:n hallinnoima" stands later)."""
    if not runner:
        return []
    head = text[at:at + MAX_GAP + 1]
    start = at + len(head) - len(head.lstrip(" \t:"))
    word = text[start:start + 80].split(maxsplit=1)
    forms = by_word.get(word[0], {}) if word else {}
    fits = [(form, m) for form, m in forms.items() if text.startswith(form, start)
            and not (text[start + len(form):start + len(form) + 1].isalnum())]
    return [max(fits, key=lambda x: len(x[0]))[1]] if fits else []
