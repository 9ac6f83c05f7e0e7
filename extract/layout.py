"""Small helpers the page-layout rules share (fields, lists, tables, titles)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from welfare_kg.extract.model import Mention
from welfare_kg.extract.spans import SpanIndex

# A document's opening: its title and headline, a news page's lead, a letter's or minutes' letterhead. There it says
# whose document it is: the joint authority of its minutes (header_members), the granter of grant news
# (header_granter), the applicant a decision letter is addressed to (anaphor_receivers), the competence centre of
# its own page (relations). (Minutes' heading bodies are read further, document.HEAD_CHARS: a transcript's header.)
OPENING_CHARS = 300


def insert_mentions(per_sentence: list[list[Mention]], starts: list[int], added: list[Mention],
                    drop: set[int] | None = None) -> list[list[Mention]]:
    """per_sentence with `added` put into the sentence holding each one's start, and the ids in `drop` left out.

    Sentences are found by bisection over their sorted starts, and only the sentences that
    change are rebuilt: a large document with many new mentions stays linear.
    """
    out = [[m for m in ms if id(m) not in drop] for ms in per_sentence] if drop else list(per_sentence)
    touched: set[int] = set()
    for m in added:
        idx = max(bisect_right(starts, m.start) - 1, 0)
        if idx not in touched:
            out[idx] = list(out[idx])
            touched.add(idx)
        out[idx].append(m)
    for idx in touched:
        out[idx].sort(key=lambda x: x.start)
    return out


def insert_untouched(per_sentence: list[list[Mention]], starts: list[int],
                     found: list[Mention]) -> list[list[Mention]]:
    """per_sentence with each of `found` that no mention read already touches and that stays within one sentence.

    For rules that read a name the recogniser passed over: whatever was read there first wins, and a pair of words
    across a sentence break is no name.
    """
    if not found:
        return per_sentence
    have = SpanIndex([x for ms in per_sentence for x in ms])
    added = [p for p in found if not have.overlapping(p.start, p.end)
             and bisect_right(starts, p.start) == bisect_right(starts, p.end - 1)]
    return insert_mentions(per_sentence, starts, added) if added else per_sentence


def sentence_bounds(starts: list[int], pos: int, text_end: int) -> tuple[int, int, int]:
    """The index, start and end of the sentence holding `pos` (the first one for an offset before any), by bisection
    over the sorted sentence starts: for rules that ask what else the sentence of a word says."""
    at = max(bisect_right(starts, pos) - 1, 0)
    return at, starts[at], starts[at + 1] if at + 1 < len(starts) else text_end


def add_mention(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                found: Mention) -> None:
    """Put `found` in its sentence, kept in offset order, and at the end of the flat list (in place).

    For rules that read a name where no mention is: the sentence rules read the sentence lists, the document-level
    rules the flat one, so a name missing from either is read by only half of them.
    """
    si = max(0, bisect_right(starts, found.start) - 1)
    if si < len(per_sentence):
        per_sentence[si].append(found)
        per_sentence[si].sort(key=lambda m: m.start)
    mentions.append(found)


def replace_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                     replaced: Iterable[Mention], found: Mention) -> None:
    """Put `found` in place of the `replaced` mentions, in the flat list and in its sentence (in place).

    For rules that read a whole name over words the recogniser read as names of their own (a town inside an
    association's or an authority's name): the parts must leave both lists, or they stay mentions of their own.
    Mentions are matched by identity: two readings of one span are different mentions.
    """
    gone = {id(x) for x in replaced}
    mentions[:] = [x for x in mentions if id(x) not in gone] + [found]
    replace_in_sentence(per_sentence, starts, gone, found)


def replace_in_sentence(per_sentence: list[list[Mention]], starts: list[int], gone: set[int], found: Mention) -> None:
    """The sentence half of `replace_mentions` (`gone`: the ids of the replaced mentions), for a rule that keeps
    the flat list in its own index and writes it back once (extract/local_associations.py)."""
    si = max(0, bisect_right(starts, found.start) - 1)
    if si < len(per_sentence):
        per_sentence[si] = sorted([x for x in per_sentence[si] if id(x) not in gone] + [found],
                                  key=lambda x: x.start)


def line_above(text: str, at: int, *, blanks: int | None = None, reach: int | None = None) -> tuple[int, int] | None:
    """(start, end) of the nearest line with text above the line that `at` starts (its newline not included), over
    at most `blanks` blank lines and within `reach` characters: the label, role or organisation a layout prints on
    the line over a name. One walker for the layouts that look up a line (contact_roles.py, signature_lines.py)."""
    end = at - 1
    floor = 0 if reach is None else max(0, at - reach)
    skipped = 0
    while end > floor and (blanks is None or skipped <= blanks):
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return start, end
        end = start - 1
        skipped += 1
    return None
