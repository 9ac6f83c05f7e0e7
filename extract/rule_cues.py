"""Which rules' cues a sentence holds: the cue index in front of the sentence rules (extract/relations.py).

Most sentence rules open with a test of a cue word ("osallistua", "myöntää", "toteuttaja") and find nothing on
the nineteen sentences in twenty that hold none; calling each only to fail its first test cost about a third of
the rules' time on a large page (~150 calls a sentence). A rule registered with a cue (`rule(..., cues=...,
text_cues=...)`) names the strings one of which a lemma of the sentence, or its lower-cased text, holds whenever
its code can say something or change the context; the index computes once per sentence which registered cue
groups the sentence holds and the plan of rules leaves out those whose group it lacks.

The lemma test is a substring test, the same as `Clause.has` (a cue anywhere inside a lemma), so a cue read from
a test of whole lemmas or their beginnings ("lem in {...}", "lem.startswith(...)") is declared by the same strings:
the index may call a rule on a sentence whose test then fails, never skip one whose test passes. The answer for
each lemma is kept (lemmas repeat: a page of 34,000 sentences holds ~20,000 distinct ones).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from welfare_kg.extract.prefilter import ODD_FOLDS, needed

CueGroup = tuple[tuple[str, ...], tuple[str, ...]]  # (lemma cues, text cues) of one or more rules
_KEPT = 200_000  # lemmas whose groups are kept; emptied when full (a page has tens of thousands)


class CueIndex:
    """The registered cue groups, and for a sentence the frozenset of those it holds."""

    def __init__(self) -> None:
        self.groups: list[CueGroup] = []
        self._by_lemma: dict[str, frozenset[CueGroup]] = {}
        self._lemma_groups: list[CueGroup] = []  # the groups with lemma cues
        self._text_groups: list[CueGroup] = []  # the groups with text cues
        # every text cue string once, with the groups holding it, by the need of the rules declaring it: a sentence
        # tests only the strings of rules whose need it meets (a string per test, not a generator per group; half
        # the sentences name nothing, and the rules needing names then need no cue test)
        self._text_by_need: dict[str | None, dict[str, frozenset[CueGroup]]] = {}
        self._text_strings: dict[tuple[bool, ...], list[tuple[str, frozenset[CueGroup]]]] = {}  # by the needs met
        self.needs: tuple[str, ...] = ()  # the order of the needs met that `present` is given
        self._any: re.Pattern[str] | None = None  # every lemma cue: most lemmas hold none, one search tells
        self._none: frozenset[CueGroup] = frozenset()

    def register(self, cues: tuple[str, ...], text_cues: tuple[str, ...], need: str | None = None) -> None:
        """Add a rule's cue group (nothing for a rule without a cue); `need`: the rule's declared need."""
        if not (cues or text_cues):
            return
        if any(not c or c != c.lower() for c in (*cues, *text_cues)):
            raise ValueError(f"cues must be non-empty lower-case strings: {cues!r} {text_cues!r}")
        group = (cues, text_cues)
        if text_cues:
            by_string = self._text_by_need.setdefault(need, {})
            # a string holding another of its group adds nothing to the group's test ("myöntänyt" beside "myön")
            for c in {c for c in text_cues if not any(o != c and o in c for o in text_cues)}:
                by_string[c] = by_string.get(c, frozenset()) | {group}
            self._text_strings.clear()
        if group in self.groups:
            return
        self.groups.append(group)
        if cues:
            self._lemma_groups.append(group)
            every = sorted({c for g in self._lemma_groups for c in g[0]}, key=len, reverse=True)
            self._any = re.compile("|".join(map(re.escape, every)))
            self._by_lemma.clear()
        if text_cues:
            self._text_groups.append(group)

    def _of_lemma(self, lem: str) -> frozenset[CueGroup]:
        got = self._by_lemma.get(lem)
        if got is None:
            if self._any is None or self._any.search(lem) is None:
                got = self._none
            else:
                got = frozenset(g for g in self._lemma_groups if any(c in lem for c in g[0]))
            if len(self._by_lemma) >= _KEPT:
                self._by_lemma.clear()
            self._by_lemma[lem] = got
        return got

    def _strings(self, met: tuple[bool, ...]) -> list[tuple[str, frozenset[CueGroup]]]:
        got = self._text_strings.get(met)
        if got is None:
            merged: dict[str, frozenset[CueGroup]] = {}
            have = {None, *(n for n, on in zip(self.needs, met, strict=True) if on)}
            for need, by_string in self._text_by_need.items():
                if need in have:
                    for c, groups in by_string.items():
                        merged[c] = merged.get(c, frozenset()) | groups
            got = self._text_strings[met] = list(merged.items())
        return got

    def present(self, lemmas: Iterable[str], text: str, met: tuple[bool, ...] = ()) -> frozenset[CueGroup]:
        """The cue groups this sentence holds: a lemma cue inside one of its lemmas, a text cue inside its lower-cased
        text (every text group when the text holds a character whose lower case a pattern's case-insensitive match
        would not follow: prefilter.ODD_FOLDS). `met`: which of `self.needs` the sentence meets; the text cues of
        rules needing what it lacks are not tested (their groups count as absent: those rules are not called)."""
        if not self.groups:
            return self._none
        found: set[CueGroup] = set()
        kept = self._by_lemma
        for lem in lemmas:
            got = kept.get(lem)
            if got is None:
                got = self._of_lemma(lem)
            if got:
                found |= got
        if self._text_groups:
            if ODD_FOLDS.search(text):
                found.update(self._text_groups)
            else:
                low = text.lower()
                for c, groups in self._strings(met if len(met) == len(self.needs) else (True,) * len(self.needs)):
                    if c in low:
                        found |= groups
        return frozenset(found) if found else self._none


def text_needs(regex: re.Pattern[str]) -> tuple[str, ...]:
    """The lower-case strings one of which every match of `regex` holds (prefilter.needed, also for a pattern
    `guarded` wrapped): a rule whose first test is a search for `regex` declares them as its text cues."""
    found = getattr(regex, "needs", None) or needed(regex)
    if not found:
        raise ValueError(f"no string every match of {regex.pattern!r} holds: the pattern can be no text cue")
    return tuple(sorted(found))
