"""Rows that each name a whole and then its member towns: "Kainuun sote: Kajaani, Kuhmo ja Sotkamo".

Pages and reports that list several joint authorities or co-operation areas at once give one a row: the whole at the
head of the line, a colon, dash, tab or pipe, then its towns to the end of the line ("Kuntayhtymä | Jäsenkunnat"
tables flattened one row a line); a transcript may run the rows together on one line ("X Halsua, Kannus Y Kemi,
Tornio"), or set each whole as a heading line over its towns one a line. The layout is read: a row is a whole opening
its line (after a bullet, if any) or following the previous row's last town, and a run of at least two towns in the
nominative that ends the line or meets the next row's whole. A region's rows are left out (a project's area is often
listed so: "Lappi: Kemi, Tornio"). A row read from layout alone: a rule of its own, a lower confidence.
"""

from __future__ import annotations

import re

from welfare_kg.extract.membership import _LINE_HEAD, _Doc, _facts
from welfare_kg.extract.model import Fact, Mention

RULE = "partOf:whole-row"
RULE_HEADED = "partOf:whole-heading-lines"
CONFIDENCE = 0.5
_ROW_WHOLES = frozenset({"JointAuthority", "CooperationArea", "WellbeingCounty"})
_SEP = re.compile(r"[ \t]*(?:[:|–—-][ \t]*|\t[ \t]*)?")
_ROW_END = re.compile(r"[ \t.;]*(?:\n|\Z)")
_BETWEEN_ROWS = re.compile(r"[ \t.;,]*")
# a town's official name: lines of parties ("Osarahoittajat": "Satakuntaliitto" / "Kokemäen kaupunki" / "Nakkilan
# kunta") name them so, a heading's members go by bare names
_OFFICIAL = re.compile(r"\s(?:kunta|kaupunki|kommun|stad)$", re.IGNORECASE)
_LONE_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö-]{2,24}")
_AFTER_COLON = re.compile(r":[ \t]*\Z")
_FIGURES_TO_LINE_END = re.compile(r"[ \t\d.,%()–-]*(?:as\.|asukasta)?[ \t.]*(?:\n|\Z)")


def whole_row_facts(text: str, mentions: list[Mention]) -> list[Fact]:
    """Each town of a row partOf (or, for a county, covered by) the whole heading the row."""
    doc = _Doc(text, mentions)
    out: list[Fact] = []
    last_end = -1  # where the previous row's towns ended
    for whole in doc.ms:
        if whole.type not in _ROW_WHOLES or not whole.iri:
            continue
        line_start = text.rfind("\n", 0, whole.start) + 1
        opens_line = _LINE_HEAD.fullmatch(text, line_start, whole.start) is not None
        after_lead = _AFTER_COLON.search(text, line_start, whole.start) is not None  # "Jäsenkunnat piireittäin: X A, B"
        if not opens_line and not after_lead \
                and not (last_end >= 0 and _BETWEEN_ROWS.fullmatch(text, last_end, whole.start)):
            continue
        sep = _SEP.match(text, whole.end)
        members = doc.run_after(sep.end()) if sep is not None else []
        if len(members) >= 2 and all(m.case in {None, "nimento"} for m in members) and _row_ends(doc, members[-1]):
            out += [Fact(f.subject, f.predicate, f.object, f.evidence, _ruled(f.rule, RULE), CONFIDENCE)
                    for f in _facts(whole, members, text, whole.start, members[-1].end)]
            last_end = members[-1].end
            continue
        # the whole alone on its line, its towns one a line under it (with or without bullets)
        line_end = text.find("\n", whole.end)
        if opens_line and line_end >= 0 and not text[whole.end:line_end].strip(" \t:"):
            lines = _lone_towns(doc, line_end + 1)
            if len(lines) >= 2 and not any(_OFFICIAL.search(m.surface) for m in lines):
                out += [Fact(f.subject, f.predicate, f.object, f.evidence, _ruled(f.rule, RULE_HEADED), 0.45)
                        for f in _facts(whole, lines, text, whole.start, lines[-1].end)]
    return out


def _lone_towns(doc: _Doc, pos: int) -> list[Mention]:
    """Towns one a line from pos (a bullet and a figure allowed: "Kemi", "• Tornio 21 000", not "Kemi on kaupunki"),
    up to a blank line or any other line; a line of one capitalised word with no town read in it (a recognition
    missed) is passed over."""
    text = doc.text
    out: list[Mention] = []
    for line in re.finditer(r"[^\n]*\n?", text[pos:pos + 3000]):
        raw = line.group(0)
        if not raw.strip():
            break
        head = _LINE_HEAD.match(raw)
        at = pos + line.start() + (head.end() if head else 0)
        i = doc.at(at)
        if i < len(doc.ms) and doc.ms[i].start == at and doc.ms[i].type == "Municipality" \
                and _FIGURES_TO_LINE_END.match(text, doc.ms[i].end):
            out.append(doc.ms[i])
        elif not _LONE_WORD.fullmatch(raw.strip()):
            break
    return out


def _row_ends(doc: _Doc, last: Mention) -> bool:
    """The row's towns end its line, or the next row's whole follows them."""
    if _ROW_END.match(doc.text, last.end):
        return True
    k = doc.at(last.end)
    return k < len(doc.ms) and doc.ms[k].type in _ROW_WHOLES \
        and _BETWEEN_ROWS.fullmatch(doc.text, last.end, doc.ms[k].start) is not None


def _ruled(rule: str, own: str) -> str:
    """The row's own rule name, in the direction _facts chose (partOf, or coversArea for a county)."""
    return own if rule.startswith("partOf") else own.replace("partOf", "coversArea")
