"""The office title written right before a person's name on the same line ("perusturvajohtaja X",
"liikuntatoimen ylitarkastaja X"), as the rules for officials whose organisation goes unsaid read it.

Those rules (extract/presenting_officials.py in minutes, extract/quoted_officials.py in news) differ in what must
follow the name and whose the post is, not in how the title is found: a pattern ending at the name, searched no
further back than the line's start or a reach, with words ending in -n that are no genitive ("kun", "on") cut
from its front. One reading keeps the two from drifting apart.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from welfare_kg.extract.model import Mention

_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class TitleBefore:
    """A title found before a name: its words (the last is the title noun), where they start and end, and where
    the name's line starts."""

    words: list[str]
    start: int
    end: int
    line_start: int

    def post_text(self, post: str) -> str:
        """The post as the graph keeps it: the title's modifiers lower-cased before the title noun's base form."""
        return " ".join([*(w.lower() for w in self.words[:-1]), post])


def title_before(text: str, person: Mention, pattern: re.Pattern[str], reach: int,
                 not_modifiers: Collection[str]) -> TitleBefore | None:
    """The title `pattern` (a group named "title", anchored at the name) reads before `person`, or None."""
    line_start = text.rfind("\n", 0, person.start) + 1
    m = pattern.search(text, max(line_start, person.start - reach), person.start)
    if m is None:
        return None
    spans = list(_WORD.finditer(m.group("title")))
    while len(spans) > 1 and spans[0].group(0).lower() in not_modifiers:
        spans = spans[1:]
    return TitleBefore([w.group(0) for w in spans], m.start("title") + spans[0].start(), m.end("title"), line_start)
