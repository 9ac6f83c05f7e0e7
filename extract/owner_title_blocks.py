"""Grant lists written as three-line blocks: the receiver with a colon, the project's title, the sum.

    Art in Example r.f.:
    Mural Rural
    1500 euro

A funder's decision or news often lists its grants so, one block per grant, a blank line between blocks. The
layout says what each line is, whatever the words: the first line names who applied (it ends with a colon), the
last one is the sum, and the line between them is the title of what the money is for. The title is a free phrase
("Skolmusik 2021", "Dansa digitalt") that no recogniser knows, so it was lost or read in pieces (a place or a word
of it as a name of its own).

`owner_title_block_mentions` reads each title line as one Project mention (rule "owner-block-title"), dropping the
Project mentions that lay inside it. Only lists: at least MIN_BLOCKS such blocks in the document, each receiver line
short and capitalised, each title line free of a colon-ended label and no sum itself. The sums, receivers and funders
are left to the grant-list rules; where a block's receiver line names an organisation the recogniser knows, its sum
stays that organisation's (`block_receivers`, read by header_granter.py's cells of a flattened table), and where it
names none the title's project receives it. `owner_block_facts`: the receiver that fills its line runs the title's
project ("coordinates:owner-block"), as the rows of quoted titles say (quoted_rows.py).
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

MENTION_RULE = "owner-block-title"
RULE = "coordinates:owner-block"
CONFIDENCE = 0.6
ORGANISATIONS = {"Association", "Company", "Municipality", "JointAuthority", "Parish", "Agency", "Body",
                 "CompetenceCentre", "WellbeingCounty"}
MIN_BLOCKS = 2
MAX_TITLE = 160
# receiver line ending in a colon, title line, sum line (euro, €, kronor); each line bounded
_BLOCK = re.compile(
    r"(?m)^[ \t]*(?P<owner>[A-ZÅÄÖ0-9][^\n:]{1,100}?):[ \t]*\n"
    r"[ \t]*(?P<title>[^\s\d:][^\n]{1,200}?)[ \t]*\n"
    r"[ \t]*(?P<sum>\d{1,3}(?:[ \u00a0.]?\d{3})*(?:,\d{1,2})?[ \t\u00a0]*(?:€|euroa?|eur|kr|kronor))[ \t]*$")
_QUOTES = "\"'”“„«»"
_SENTENCE_END = re.compile(r"\.[ \t]+(?=[A-ZÅÄÖ])")
# a sum inside the title line: a row of amounts, not a title
_SUM_IN_TITLE = re.compile(r"\d[\d \u00a0]*(?:€|euroa?\b|kr\b)")


def _title_span(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The title without the quotes around it and a trailing full stop; None if too long or a sum itself. A quoted
    title with words after its closing quote ('"Om igen", en scenisk gestaltning') ends at the quote; a title line
    that runs on into a sentence ("Festen 2021. Tema: ...") ends at its first full stop."""
    if text[a] in _QUOTES:
        a += 1
        close = next((i for i in range(a, b) if text[i] in _QUOTES), None)
        if close is not None:
            b = close
    if (stop := _SENTENCE_END.search(text, a, b)) is not None:
        b = stop.start()
    while b > a and text[b - 1] in _QUOTES + ".,;":
        b -= 1
    title = text[a:b]
    if len(title) < 3 or len(title) > MAX_TITLE or _SUM_IN_TITLE.search(title) or title.endswith(":"):
        return None
    return a, b


@lru_cache(maxsize=2)  # asked by the mention step and the fact step of the same document
def _blocks(text: str) -> list[re.Match[str]]:
    if ":\n" not in text:
        return []
    blocks = list(_BLOCK.finditer(text))
    return blocks if len(blocks) >= MIN_BLOCKS else []


def owner_title_block_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                               morph: Morphology) -> list[list[Mention]]:
    """per_sentence with each title line of a receiver-title-sum block as a Project mention."""
    blocks = _blocks(text)
    if not blocks:
        return per_sentence
    names = SpanIndex([m for ms in per_sentence for m in ms])
    added: list[Mention] = []
    drop: set[int] = set()
    for block in blocks:
        span = _title_span(text, block.start("title"), block.end("title"))
        if span is None:
            continue
        a, b = span
        inside = names.overlapping(a, b)
        if any(m.start == a and m.end == b and m.type == "Project" for m in inside):
            continue
        # a name the recogniser knows fills the whole line: the receiver's own name repeated, or an organisation
        if any(m.start <= a and b <= m.end and m.type != "Project" for m in inside):
            continue
        if any(m.start < a or m.end > b for m in inside if m.type == "Project"):
            continue  # a project read across the line's edge: leave it to the rule that read it
        drop |= {id(m) for m in inside if m.type == "Project"}
        title = text[a:b]
        added.append(Mention(start=a, end=b, surface=title, label=title, type="Project", rule=MENTION_RULE,
                             key=identity_key(title, morph) or None))
    if not added:
        return per_sentence
    return insert_mentions(per_sentence, starts, added, drop)



_OWNER_LINE_END = re.compile(r"[^\n]{0,100}:[ \t]*\n[ \t]*[\"'”“„«»]?")


def block_receivers(ms: list[Mention], text: str) -> list[Mention]:
    """`ms` without the block titles read here whose receiver line names an organisation the recogniser knows: the
    receiver line names who got the sum, the title what for (either is right, and one name keeps the row paired)."""
    if not any(m.rule == MENTION_RULE for m in ms):
        return ms
    owners = [m for m in ms if m.type != "Project" and m.rule != MENTION_RULE]
    drop = {id(t) for t in ms if t.rule == MENTION_RULE
            and any(o.end <= t.start and _OWNER_LINE_END.fullmatch(text, o.end, t.start) for o in owners)}
    return [m for m in ms if id(m) not in drop] if drop else ms


def owner_block_facts(per_sentence: Sequence[Sequence[Mention]], facts: Sequence[Fact], text: str) -> list[Fact]:
    """The organisation that fills a block's receiver line coordinates the project its title line names."""
    blocks = _blocks(text)
    if not blocks:
        return []
    names = SpanIndex([m for ms in per_sentence for m in ms if m.iri])
    have = {(f.subject, f.object) for f in facts if f.predicate == "coordinates"}
    out: list[Fact] = []
    for block in blocks:
        project = next((m for m in names.overlapping(block.start("title"), block.end("title"))
                        if m.rule == MENTION_RULE), None)
        a, b = block.start("owner"), block.end("owner")
        owner = [m for m in names.overlapping(a, b) if m.type in ORGANISATIONS and m.start <= a + 1 and m.end >= b - 1]
        if project is None or not owner or (owner[0].iri, project.iri) in have:
            continue
        have.add((owner[0].iri, project.iri))  # type: ignore[arg-type]
        out.append(Fact(owner[0].iri, "coordinates", project.iri,  # type: ignore[arg-type]
                        Evidence(block.group(0).strip(), block.start(), block.end()), RULE, CONFIDENCE))
    return out
