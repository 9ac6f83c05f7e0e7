"""A surname a PDF transcript split in two with a space ("Pekka Hän ninen"), whole again.

A PDF whose text is set letter by letter (justified lines, kerning) sometimes comes out with a space inside a word,
and in a person's name the recogniser then reads a first name and a stray capitalised fragment: the person is
lost, or named by half a surname. The split is taken back only where every part says so: a first name of DVV's
statistics, a capitalised fragment, then a lower-case fragment that Voikko knows as no word (so "Liisa Koski ja" or
a surname before an ordinary word is never joined), and the two fragments together a surname of DVV's statistics
("Hänninen"). Without Voikko nothing is joined: a word the fallback cannot tell from a fragment.
"""

from __future__ import annotations

import re

from welfare_kg.extract.first_names import listed_first_name
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.surnames import listed_surname

# a capitalised word, a capitalised fragment, one space, a lower-case fragment closing the word
_SPLIT = re.compile(r"(?<![\w-])([A-ZÅÄÖ][a-zåäö]+[ \t]+[A-ZÅÄÖ][a-zåäö]*) ([a-zåäö]{2,})(?![\w-])")


def join_split_surnames(text: str) -> str:
    """`text` with each surname a transcript split after a first name written as one word again."""
    morph = None

    def repl(m: re.Match[str]) -> str:
        nonlocal morph
        first, head = m.group(1).split()
        tail = m.group(2)
        if not listed_first_name(first) or not listed_surname(head + tail):
            return m.group(0)
        morph = morph or get_morphology()
        # the wrapper guesses a case for a word Voikko does not know (cls None): only a word class says "a word"
        if morph.name == "fallback" or any(a.cls for a in morph.analyse(tail)):
            return m.group(0)
        return m.group(1) + tail
    return _SPLIT.sub(repl, text)
