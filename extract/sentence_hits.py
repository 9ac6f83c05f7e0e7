"""Which sentences a document pass's pattern is found in, worked out ahead while a forked process recognises sentences.

Several document passes (extract/document_passes.py) search every sentence of the document with a pattern of
their own before they look at a sentence's mentions or at the facts ("yhdessä", "X:n saama", a project word):
on the 2 MB page ~300,000 searches, about half of the passes' CPU, in the stretch after the sentence rules
where one core works and the other waits (issue 13: a 20 MB page on two cores). A search needs the sentence's
text alone, so with several processes `hits` runs them in a forked process beside the mention steps, where
the second core would otherwise wait (sentence_pool.Later, started by `extract_document` after recognition;
until 2026-12-05 they ran beside recognition, which they cost half their time), and `keep` keeps them.

A pass asks `found(pattern, sents)` for a test `i -> bool` that says whether `pattern.search(sents[i].text)`
finds anything: from the searches made ahead when they were made for this very list of sentences (identity:
another document's sentences, or a document extracted in one process, are searched as before, one sentence
at a time and only those the pass asks about). A pass that needs the match itself searches again the few
sentences where there is one. `AHEAD` names the patterns; tests/test_sentence_hits.py checks that each is a
compiled pattern and that both ways give the same answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from welfare_kg.extract.text import Sentence
from welfare_kg.extract.text_scans import named_patterns

AHEAD = (  # module.PATTERN, searched in every sentence by a document pass
    "together_partners._CUE", "together_partners._JOINT", "together_partners._IN_PROJECT",
    "received_grants._PARTICIPLE", "received_grants._CLAUSE", "sole_programme._PROJECT_WORD",
)

_kept: tuple[Sequence[Sentence], dict[re.Pattern[str], frozenset[int]]] | None = None


def patterns() -> list[re.Pattern[str]]:
    """The compiled patterns AHEAD names."""
    return named_patterns(AHEAD)


def hits_ahead(sents: Sequence[Sentence]) -> None:
    """The sentences each AHEAD pattern is found in, kept for `found` (the last list of sentences only)."""
    keep(sents, hits(sents))


def hits(sents: Sequence[Sentence]) -> dict[str, frozenset[int]]:
    """The sentences each AHEAD pattern is found in, by the pattern's name (picklable: a forked process works
    them out beside the mention steps, sentence_pool.Later)."""
    texts = [s.text for s in sents]
    return {name: frozenset(i for i, t in enumerate(texts) if p.search(t))
            for name, p in zip(AHEAD, patterns(), strict=True)}


def keep(sents: Sequence[Sentence], found_in: dict[str, frozenset[int]]) -> None:
    """What `hits(sents)` gave, kept for `found` on this very list of sentences."""
    global _kept
    _kept = (sents, {p: found_in[name] for name, p in zip(AHEAD, patterns(), strict=True)})


def found(pattern: re.Pattern[str], sents: Sequence[Sentence]) -> Callable[[int], bool]:
    """`lambda i: pattern.search(sents[i].text) is not None`, from the searches ahead when they were of `sents`."""
    kept = _kept
    if kept is not None and kept[0] is sents:
        hits = kept[1].get(pattern)
        if hits is not None:
            return hits.__contains__
    search = pattern.search
    return lambda i: search(sents[i].text) is not None


def forget() -> None:
    """Drop the kept hits (and the sentences they hold) once the document is extracted."""
    global _kept
    _kept = None
