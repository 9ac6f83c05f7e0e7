"""Grant tables whose rows run receiver, sum, then the project's title in a column of its own:
"Kylälän kunta 12 000 €      Liikkeelle kylissä".

A funder's news often ends with its grants as a table of three columns (who got it, how much, for which project).
Saved as text, a row keeps its cells on one line, the title parted from the sum by the table's wide gap (runs of
spaces or a tab). The sum rules read the receiver and its sum (funds:grant-list); nothing read the title, a free
phrase no recogniser knows ("#kylätliikkuu", "Voimaa arkeen 2.0"), so the project and who runs it were lost. The
row's layout says what the title is:

- `sum_column_title_mentions`: the cell after the sum is a Project (rule "sum-column-title");
- `sum_column_title_facts`: the receiver that opens the row (an organisation the recogniser named, ending right
  before the sum) coordinates that project ("coordinates:sum-column-title").

Only rows of a table: at least MIN_ROWS such lines in the document, each opening with a named organisation, the
title parted by at least two spaces or a tab and not itself a sum or a name the recogniser knows.
Measured (dev of 502 documents, twenty-fifth session): 6/6 right on the one development page with such a table
(a regional grant list moved from the blind set), no other page touched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.spans import SpanIndex

MENTION_RULE = "sum-column-title"
RULE = "coordinates:sum-column-title"
CONFIDENCE = 0.6
MIN_ROWS = 2
# receiver cell, the sum with its currency, the column's gap, the title cell (each bounded: one pass per line)
_ROW = re.compile(r"(?m)^[ \t]*(?P<recv>[A-ZÅÄÖ][^\n\t]{2,80}?)[ \t]+"
                  r"(?P<sum>\d{1,3}(?:[ \u00a0.]\d{3})*(?:,\d{1,2})?[ \t\u00a0]*(?:€|euroa|euro|eur|kr|kronor))"
                  r"(?:[ \t]{2,}|\t)(?P<title>[^\s\d][^\n\t]{1,150}?)[ \t]*$")
_CURRENCY = re.compile(r"€|\beur|\bkr\b|\bkronor\b")
RECEIVERS = {"Municipality", "JointAuthority", "WellbeingCounty", "Company", "Association", "Parish",
             "CompetenceCentre", "Agency", "Body", "CooperationArea"}


@lru_cache(maxsize=2)  # asked by the mention step and the fact step of the same document
def _rows(text: str) -> list[re.Match[str]]:
    if _CURRENCY.search(text) is None:
        return []
    rows = list(_ROW.finditer(text))
    return rows if len(rows) >= MIN_ROWS else []


def _receiver(row: re.Match[str], names: SpanIndex[Mention]) -> Mention | None:
    """The organisation that fills the row's first cell: named from the cell's start to right before the sum."""
    a, b = row.start("recv"), row.end("recv")
    found = [m for m in names.overlapping(a, b) if m.type in RECEIVERS and m.start == a and m.end >= b - 1]
    return max(found, key=lambda m: m.end - m.start) if found else None


def sum_column_title_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                              morph: Morphology) -> list[list[Mention]]:
    """per_sentence with each title cell of a receiver-sum-title table as a Project mention."""
    rows = _rows(text)
    if not rows:
        return per_sentence
    names = SpanIndex([m for ms in per_sentence for m in ms])
    added: list[Mention] = []
    for row in rows:
        a, b = row.start("title"), row.end("title")
        title = text[a:b].strip()
        if _receiver(row, names) is None or len(title) < 3 or any(
                m.start <= a and b <= m.end and m.type != "Project" for m in names.overlapping(a, b)):
            continue
        if any(m.start == a and m.end == b and m.type == "Project" for m in names.overlapping(a, b)):
            continue
        added.append(Mention(start=a, end=b, surface=title, label=title, type="Project", rule=MENTION_RULE,
                             key=identity_key(title.lstrip("#"), morph) or None))
    return insert_mentions(per_sentence, starts, added) if added else per_sentence


def sum_column_title_facts(per_sentence: Sequence[Sequence[Mention]], facts: Sequence[Fact], text: str) -> list[Fact]:
    """The receiver of each row coordinates the project its title cell names (unless a fact already says so)."""
    rows = _rows(text)
    if not rows:
        return []
    names = SpanIndex([m for ms in per_sentence for m in ms if m.iri])
    have = {(f.subject, f.object) for f in facts if f.predicate == "coordinates"}
    out: list[Fact] = []
    for row in rows:
        receiver = _receiver(row, names)
        project = next((m for m in names.overlapping(row.start("title"), row.end("title"))
                        if m.rule == MENTION_RULE and m.type == "Project"), None)
        if receiver is None or project is None or (receiver.iri, project.iri) in have:
            continue
        have.add((receiver.iri, project.iri))  # type: ignore[arg-type]
        out.append(Fact(receiver.iri, "coordinates", project.iri,  # type: ignore[arg-type]
                        Evidence(row.group(0).strip(), row.start("recv"), row.end()), RULE, CONFIDENCE))
    return out
