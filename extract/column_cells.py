"""A grant table flattened one cell a line, its column headings first: "Hakija" / "Hanke" / "Myönnetty" / "Kuopion
Nuorisoseura ry" / "Nuorten kesä -hanke" / "5 000" / ...

A web page's or a PDF's table of grants loses its borders on the way to text and comes out one cell a line (blank
lines between or not). The sums then stand alone, mostly without a currency word: the sentence rules see a sentence
"5 000" and the table rules, which read a row from one line, see no rows. What says what each line is is the
table's heading: k heading cells in a row (a receiver column, maybe a project or purpose column, the granted sum's
column, maybe an applied sum's), then groups of k cells whose cell under the granted heading is a bare sum. The
funder is the one granter the document's opening names (header_granter.granter_of_opening); with none, no fact
(FACTS.md: no invented funder). Each row's receiver is the project its name cells name, else the organisation that
opens its first cell. A group whose sum cell is no sum ends the table.

A reading of layout: own rule name, confidence below the strict graph's 0.5.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

from welfare_kg.extract.header_granter import granter_of_opening
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.spans import outermost
from welfare_kg.extract.text import Sentence

RULE = "funds:column-cells"
CONFIDENCE = 0.45
MIN_COLUMNS, MAX_COLUMNS = 2, 4
MIN_ROWS = 2
MAX_CELL_WORDS = 12
_HEAD = re.compile(r"(?i)(?:hakija|hakijat|avustuksen\s+saaja|saaja|saajat|hanke|hankkeen\s+nimi|kohde|järjestö|"
                   r"yhdistys|käyttötarkoitus|tarkoitus|kunta|nimi|haettu(?:\s+summa)?|anottu|myönnetty(?:\s+avustus)?|"
                   r"avustus|summa|euroa|€|eur|esitys|ehdotus|sökande|mottagare|projekt|förening|ändamål|namn|kommun|"
                   r"sökt(?:\s+belopp)?|beviljat(?:\s+belopp)?|belopp|bidrag|kronor|kr|förslag)"
                   r"(?:\s*\((?:€|eur|euroa|kr|kronor)\))?\s*:?")
_GRANTED = re.compile(r"(?i)myönnet|avustus|summa|euroa|€|\beur\b|esitys|ehdotus|beviljat|belopp|bidrag|kronor|"
                      r"\bkr\b|förslag")
_APPLIED = re.compile(r"(?i)haettu|anottu|sökt")
_SUM = re.compile(r"(?P<n>\d{1,3}(?:[ \u00a0.]\d{3})*|\d+)(?:,\d{1,2})?[ \u00a0]*(?:€|euroa|eur|e|kr|kronor|sek)?\.?",
                  re.IGNORECASE)
_RECEIVERS = {"Association", "Company", "Project", "Municipality", "JointAuthority", "WellbeingCounty", "Parish",
              "CompetenceCentre", "Body", "Agency"}


def column_cell_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]], facts: Sequence[Fact],
                      text: str) -> list[Fact]:
    """funds facts, with sums, for the rows of each table of grants flattened one cell a line."""
    lines = [(m.start(), m.end(), m.group(0).strip()) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    tables = list(_tables(lines))
    if not tables:
        return []
    granter = granter_of_opening(sents, per_sentence, text)
    if granter is None:
        return []
    by_start: dict[int, list[Mention]] = {}
    for m in outermost([m for ms in per_sentence for m in ms if m.iri and not m.generic]):
        by_start.setdefault(m.start, []).append(m)
    funded = {f.object for f in facts if f.predicate == "funds"}
    out: list[Fact] = []
    for rows in tables:
        for names, (_, s_end, sum_text) in rows:
            receiver = _receiver(names, by_start, text)
            if receiver is None or receiver == granter or receiver in funded:
                continue
            funded.add(receiver)
            amount = Decimal(re.sub(r"\D", "", _SUM.match(sum_text).group("n")))  # type: ignore[union-attr]
            start = names[0][0]
            out.append(Fact(granter, "funds", receiver, Evidence(text[start:s_end], start, s_end), RULE, CONFIDENCE,
                            amount=amount))
    return out


Cell = tuple[int, int, str]


def _tables(lines: list[Cell]) -> Iterator[list[tuple[list[Cell], Cell]]]:
    """Each table: its rows as (name cells, granted sum cell). One pass over the lines."""
    i = 0
    while i < len(lines):
        k = 0
        while i + k < len(lines) and k < MAX_COLUMNS and _HEAD.fullmatch(lines[i + k][2]):
            k += 1
        if k < MIN_COLUMNS:
            i += max(k, 1)
            continue
        heads = [c[2] for c in lines[i:i + k]]
        granted = [j for j, h in enumerate(heads) if _GRANTED.search(h) and not _APPLIED.search(h)]
        if not granted:
            i += k
            continue
        g = granted[-1]
        sums = {j for j, h in enumerate(heads) if _GRANTED.search(h) or _APPLIED.search(h)}
        rows = []
        at = i + k
        while at + k <= len(lines):
            cells = lines[at:at + k]
            if not all(_SUM.fullmatch(c[2]) for j, c in enumerate(cells) if j in sums) or any(
                    _SUM.fullmatch(c[2]) or len(c[2].split()) > MAX_CELL_WORDS or _HEAD.fullmatch(c[2])
                    for j, c in enumerate(cells) if j not in sums):
                break
            rows.append(([c for j, c in enumerate(cells) if j not in sums], cells[g]))
            at += k
        if len(rows) >= MIN_ROWS:
            yield rows
        i = max(at, i + k)


def _receiver(names: list[Cell], by_start: dict[int, list[Mention]], text: str) -> str | None:
    """The project the row's name cells name, else the organisation opening its first cell."""
    found: list[Mention] = []
    for start, end, _ in names:
        lead = start + len(text[start:end]) - len(text[start:end].lstrip())
        found += [m for m in by_start.get(lead, []) if m.type in _RECEIVERS and m.end <= end
                  and not (m.case == "omanto" and m.end < end)]  # "Leppävirran [4H-yhdistys]": the town owns it
    project = next((m.iri for m in found if m.type == "Project"), None)
    return project or (found[0].iri if found else None)
