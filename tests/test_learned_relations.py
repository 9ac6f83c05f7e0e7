"""The learned relation step (extract/learned_relations.py): features, bundled weights, no duplicates of the rules.

Sentences and names are invented; the mentions are built by hand so that each test sees only this step.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from welfare_kg.extract import learned_relations as lr
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.text import sentences
from welfare_kg.ontology.namespace import RELATIONS
from welfare_kg.records import DocumentRecord, Entity, Evidence, Extraction, Fact, Mention

BODY, AGREEMENT, PROJECT = "urn:x:body", "urn:x:agreement", "urn:x:project"


def _doc(text: str, kind: str = "minutes") -> DocumentRecord:
    return DocumentRecord(source=Path("invented.txt"), text=text, checksum="0" * 64, fmt="txt", kind=kind)


def _mention(text: str, surface: str, label: str, kind: str, iri: str) -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, label, kind, iri=iri)


def _decision() -> tuple[DocumentRecord, list, list[list[Mention]], Extraction]:
    """An invented decision: a board approves a cooperation agreement."""
    text = "Kunnanhallitus päätti hyväksyä Ylätalon ja Alatalon yhteistyösopimuksen liitteen mukaisesti.\n"
    record = _doc(text)
    sents = sentences(text)
    body = _mention(text, "Kunnanhallitus", "Kunnanhallitus", "Body", BODY)
    agreement = _mention(text, "Ylätalon ja Alatalon yhteistyösopimuksen", "Ylätalon ja Alatalon yhteistyösopimus",
                         "Agreement", AGREEMENT)
    out = Extraction()
    for m in (body, agreement):
        out.entities[m.iri] = Entity(m.iri, m.type, m.label, {m.label})
    return record, sents, [[body, agreement]], out


def _eager(predicate: str, pair: tuple[str, str]) -> lr.Model:
    """A model that proposes every candidate of one type pair."""
    return lr.Model(weights={predicate: {}}, bias={predicate: 5.0}, pairs={predicate: frozenset({pair})},
                    threshold={predicate: 0.5})


def test_features_of_an_invented_sentence() -> None:
    record, sents, per_sentence, out = _decision()
    cands = lr.candidates(record, sents, per_sentence, out, get_morphology(),
                          frozenset({("Body", "Agreement")}), main=set())
    assert len(cands) == 1
    c = cands[0]
    assert (c.subject.iri, c.object.iri) == (BODY, AGREEMENT)
    feats = set(c.features)
    assert {"order=fwd", "ts=Body", "to=Agreement", "kind=minutes", "ents_between=0"} <= feats
    assert "cue=hyväksyä" in feats and "cue=päättää" in feats
    assert "w=hyväksyä" in feats  # the lemmas between the names
    assert any(f.startswith("co=") for f in feats) and "main_s" not in feats


def test_bundled_weights_load_and_score(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(lr.WEIGHTS_ENV, "bundled")
    model = lr.load_model()
    assert model is not None, "data/learned_relations.json is bundled"
    assert set(model.weights) <= set(RELATIONS) and model.weights
    for p in model.weights:
        assert 0.0 < model.score(p, ["order=fwd", "kind=minutes"]) < 1.0
        assert 0.0 < model.threshold[p] <= 1.0 and model.pairs[p]


@pytest.mark.parametrize("setting", [None, "off"])
def test_off_unless_asked_for(monkeypatch: pytest.MonkeyPatch, setting: str | None) -> None:
    """Cross-validation did not show a gain, so by default the pipeline states the rules' facts alone."""
    if setting is None:
        monkeypatch.delenv(lr.WEIGHTS_ENV, raising=False)
    else:
        monkeypatch.setenv(lr.WEIGHTS_ENV, setting)
    assert lr.load_model() is None
    record, sents, per_sentence, out = _decision()
    assert lr.learned_facts(record, sents, per_sentence, out, get_morphology(), None) == []


def test_a_fact_the_rules_made_is_never_duplicated() -> None:
    record, sents, per_sentence, out = _decision()
    model = _eager("decides", ("Body", "Agreement"))
    proposed = lr.learned_facts(record, sents, per_sentence, out, get_morphology(), None, model=model)
    assert [(f.subject, f.predicate, f.object) for f in proposed] == [(BODY, "decides", AGREEMENT)]
    out.facts.append(Fact(BODY, "decides", AGREEMENT, Evidence(sents[0].text, sents[0].start, sents[0].end),
                          "decides:rule", 0.7))
    assert lr.learned_facts(record, sents, per_sentence, out, get_morphology(), None, model=model) == []


def test_an_invented_clear_case_is_proposed_with_provenance(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(lr.WEIGHTS_ENV, "bundled")
    record, sents, per_sentence, out = _decision()
    proposed = lr.learned_facts(record, sents, per_sentence, out, get_morphology(), None)
    facts = {(f.subject, f.predicate, f.object): f for f in proposed}
    fact = facts.get((BODY, "decides", AGREEMENT))
    assert fact is not None, proposed
    assert fact.rule == "learned:decides" and fact.evidence.text == sents[0].text
    assert 0.5 <= fact.confidence <= 1.0


def test_pairs_of_one_sentence_are_bounded() -> None:
    """A list line naming hundreds of towns: the work per sentence stays bounded (no quadratic blow-up)."""
    names = [f"Kunta{i}" for i in range(300)]
    text = "Mukana ovat " + ", ".join(names) + ".\n"
    record = _doc(text, "news")
    ms = [_mention(text, n + (",", ".")[i == len(names) - 1], n, "Municipality", f"urn:x:{n}")
          for i, n in enumerate(names)]
    for m in ms:
        m.end -= 1
    out = Extraction(entities={m.iri: Entity(m.iri, m.type, m.label, {m.label}) for m in ms})
    cands = lr.candidates(record, sentences(text), [ms], out, get_morphology(),
                          frozenset({("Municipality", "Municipality")}), main=set())
    assert 0 < len(cands) <= 2 * lr.MAX_PAIRS_PER_SENTENCE
