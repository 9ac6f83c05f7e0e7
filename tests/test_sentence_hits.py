"""The passes' per-sentence searches made ahead (extract/sentence_hits.py), the results of text-only functions kept
with the text scans (text_scans.result) and the topic project found once during the passes: the same answers."""

from __future__ import annotations

import inspect
import os
import re
from pathlib import Path

import pytest
from helpers import record

from welfare_kg.extract import document, document_roles, header_granter, sentence_hits, text_scans
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.text import sentences
from welfare_kg.graph.build import document_ntriples
from welfare_kg.synthetic.generate import generate_document

ROOT = Path(__file__).resolve().parent.parent


def _text() -> str:
    parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "documents").glob("*.txt"))]
    return "\n\n".join(parts + [generate_document(7, i).text for i in range(12)]
                       + ["Hanke toteutetaan yhdessä A ry:n ja B ry:n kanssa. Avustukset saivat A ja B.",
                          "X ry:n saama 5 000 euron avustus. Projektet genomförs tillsammans med C."])


def test_every_pattern_named_is_compiled_and_asked_through_found() -> None:
    for name, pattern in zip(sentence_hits.AHEAD, sentence_hits.patterns(), strict=True):
        module, attr = name.rsplit(".", 1)
        assert isinstance(pattern, re.Pattern), name
        source = inspect.getsource(__import__(f"welfare_kg.extract.{module}", fromlist=["_"]))
        assert f"found({attr}, sents)" in source or f"for p in ({attr}" in source \
            or re.search(rf"found\(p, sents\) for p in \([^)]*\b{attr}\b", source), name


def test_kept_hits_are_the_searches_and_only_for_that_very_list() -> None:
    sents = sentences(_text())
    sentence_hits.hits_ahead(sents)
    try:
        for pattern in sentence_hits.patterns():
            kept = sentence_hits.found(pattern, sents)
            assert [i for i in range(len(sents)) if kept(i)] == \
                [i for i, s in enumerate(sents) if pattern.search(s.text)], pattern.pattern
            assert any(kept(i) for i in range(len(sents))), pattern.pattern  # the text has each
        copy = list(sents)  # equal, not the same list: searched anew
        anew = sentence_hits.found(sentence_hits.patterns()[0], copy)
        assert not isinstance(anew, type(frozenset().__contains__))
    finally:
        sentence_hits.forget()
    assert sentence_hits._kept is None


def test_kept_call_is_the_call_and_only_for_that_very_text() -> None:
    text = _text() + "\nAvustusta ovat hakeneet seuraavat yhdistykset:\nA ry 3 000 €\nHallitus päätti:\n"
    text_scans.keep_later(text, (), text_scans.later(text, (), calls=True))  # as worked out beside the mentions
    try:
        kept = text_scans.result("header_granter.applied_regions", header_granter.applied_regions, text)
        assert kept and kept == header_granter.applied_regions(text)
        assert kept is text_scans.result("header_granter.applied_regions", header_granter.applied_regions, text)
        copy = "".join(list(text))
        assert text_scans.result("header_granter.applied_regions", header_granter.applied_regions, copy) is not kept
    finally:
        text_scans.forget()
    assert text_scans._results is None


def test_topic_found_once_only_inside_the_block() -> None:
    rec = record(_text(), kind="news")
    ex = extract_document(rec)
    assert ex.facts and not document_roles._topic  # the block is closed after the passes
    calls: list[int] = []
    inner = document_roles._main_project

    def counted(per_sentence: object) -> str | None:
        calls.append(1)
        return inner(per_sentence)  # type: ignore[arg-type]

    document_roles._main_project = counted  # type: ignore[assignment]
    try:
        per_sentence = [[m] for m in []]
        with document_roles.topic_kept():
            a = document_roles.main_project(per_sentence)
            b = document_roles.main_project(per_sentence)
            c = document_roles.main_project(list(per_sentence))  # another list: found anew
        d = document_roles.main_project(per_sentence)  # outside: found anew
    finally:
        document_roles._main_project = inner  # type: ignore[assignment]
    assert a == b == c == d and len(calls) == 3


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks")
@pytest.mark.parametrize("kind", ["minutes", "news"])
def test_serial_and_two_processes_extract_the_same_with_the_hits_used(
        kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Byte-identical N-Triples (but `ingestedAt`) and facts, the threshold lowered so that a document of some
    60,000 characters takes the path of a 20 MB page, where the searches are made ahead and used."""
    rec = record(_text(), kind=kind)
    serial = extract_document(rec)
    assert sentence_hits._kept is None  # one process: nothing searched ahead
    used: list[bool] = []
    forget = document.forget_hits

    def checking_forget() -> None:
        used.append(sentence_hits._kept is not None)
        forget()

    monkeypatch.setattr(document, "forget_hits", checking_forget)
    shared = extract_document(rec, workers=2, parallel_chars=1_000)
    assert used == [True]
    assert [f.__dict__ for f in serial.facts] == [f.__dict__ for f in shared.facts]

    def lines(ex: object) -> list[str]:
        nt, contacts = document_ntriples(rec, ex)  # type: ignore[arg-type]
        return sorted(x for x in (nt + contacts).splitlines() if "ingestedAt" not in x)

    assert lines(serial) == lines(shared)
