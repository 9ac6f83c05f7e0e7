"""The sentence rules' context stays guessable: a range of sentences computed from a guessed context in a forked
process is accepted, not computed again.

A rule that keeps "named so far" or "already stated" in the context (a set that collects names all the document
long) makes every guess differ from the truth; the output stays right (the parent recomputes the range), so only
this test notices that the rules have gone back to one core (issue 13: 15,456 sentences of a 2 MB page recomputed,
0 accepted). Such a rule reads an index built before the loop instead (extract/document_indexes.py).
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

from welfare_kg.extract import sentence_pool
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.document_indexes import INDEXES
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.relations import Context, sentence_facts
from welfare_kg.extract.text import sentences
from welfare_kg.loaders import load_document
from welfare_kg.synthetic.generate import generate_document

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="forks")


@pytest.fixture(scope="module")
def long_record(tmp_path_factory: pytest.TempPathFactory):
    """The example documents, then generated minutes and news, each with its own places, projects and people:
    the names grow with the length, as on the large pages of benchmarks/bench_scaling.py."""
    parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "documents").glob("*.txt"))]
    i = 0
    while sum(len(p) for p in parts) < 160_000:
        parts.append(generate_document(7, i).text)
        i += 1
    path = tmp_path_factory.mktemp("guess") / "long.txt"
    path.write_text("\n\n".join(parts), encoding="utf-8")
    return load_document(path)


def test_a_guessed_context_meets_the_true_one(long_record, monkeypatch: pytest.MonkeyPatch) -> None:
    differing: Counter[str] = Counter()  # context entries that differed where a guess was compared with the truth
    same = sentence_pool._same

    def recording_same(state: object, snap: bytes) -> bool:
        ok = same(state, snap)
        if not ok:
            guess, truth = sentence_pool._loads(state, snap), vars(state)
            differing.update(k for k in guess.keys() | truth.keys() if guess.get(k) != truth.get(k))
        return ok

    monkeypatch.setattr(sentence_pool, "_same", recording_same)
    extract_document(long_record, workers=2, parallel_chars=0)
    fold = dict(sentence_pool.LAST_FOLD)
    # the child's range is about half the sentences after the opening: most of it must be taken as computed
    assert fold["ranges"] == 2, f"the probe found no guess meeting the truth; entries differing: {differing}"
    assert fold["accepted"] > 4 * fold["recomputed"], (
        f"{fold}: a context entry grows all the document long, so guesses are recomputed; differing: {differing}")


def test_an_index_gives_what_the_rules_state_gives(long_record, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each registered index, built before the loop, says at each sentence what its rule's own walk says there
    (the fallback when `sentence_facts` runs without an index): the same facts, at the same sentences."""
    assert INDEXES, "no rule reads an index"
    rules = {"coversArea:area-opens-name", "coversArea:region-in-name"}
    with_index = [(f.subject, f.object, f.rule, f.evidence.start) for f in extract_document(long_record).facts
                  if f.rule in rules]
    monkeypatch.setattr("welfare_kg.extract.document_indexes.INDEXES", {})
    monkeypatch.setattr("welfare_kg.extract.document.build_indexes", lambda *a: None)
    without = [(f.subject, f.object, f.rule, f.evidence.start) for f in extract_document(long_record).facts
               if f.rule in rules]
    assert with_index == without


def test_the_rules_fall_back_to_their_own_state_without_an_index() -> None:
    """`sentence_facts` on its own (no document, no index): the rule still pairs a name with an area read earlier,
    and states the pair once, in the sentence that completes it."""
    text = ("Oulun seudun kunnat tekevät yhteistyötä. Oulun seudun välityömarkkinat -hanke alkoi. "
            "Oulun seudun välityömarkkinat jatkuu.")
    sents = sentences(text)
    area = Mention(0, 12, "Oulun seudun", "Oulun seutu", "CooperationArea", iri="wkg:oulun-seutu", case="omanto")
    name = "Oulun seudun välityömarkkinat"
    projects = [Mention(at, at + len(name), name, name, "Project", iri="wkg:ovtm")
                for at in (text.index(name), text.rindex(name))]
    ctx, morph = Context(), get_morphology()
    facts = [f for s, ms in zip(sents, [[area], projects[:1], projects[1:]], strict=True)
             for f in sentence_facts(s, ms, ctx, morph) if f.rule == "coversArea:area-opens-name"]
    assert [(f.subject, f.object, f.evidence.start) for f in facts] == [("wkg:ovtm", "wkg:oulun-seutu",
                                                                         sents[1].start)]
