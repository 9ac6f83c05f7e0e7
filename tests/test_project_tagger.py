"""The project-name CRF (extract/project_tagger.py): gold names align in inflected text, a model trained on
invented sentences finds an unseen invented name, its mentions never overlap the rules' mentions, and the
step changes nothing unless WELFARE_KG_PROJECT_MODEL names a model. All texts and names are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from welfare_kg.extract import project_tagger as pt
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.text import tokenize

pycrfsuite = pytest.importorskip("pycrfsuite")

NAMES = ["Kirkas Huominen", "Vihreä Polku", "Sininen Silta", "Hyvä Arki", "Kultainen Kaari", "Uusi Askel",
         "Yhteinen Tupa", "Avoin Ovi"]
TEMPLATES = ["Kunnanhallitus päätti osallistua {} -hankkeeseen vuosina 2024–2026.",
             "Hanke: {}",
             "{} -hankkeen tavoitteena on parantaa palveluja.",
             "Sosiaalilautakunta myönsi avustuksen {} -hankkeelle.",
             "Kaupunki hallinnoi {} -hanketta yhdessä yhdistyksen kanssa."]


def _train(path: Path) -> None:
    """A small model from the templates filled with the invented names (labels by `align_names`)."""
    morph = get_morphology()
    trainer = pycrfsuite.Trainer(verbose=False)
    for name in NAMES:
        for tpl in TEMPLATES:
            text = tpl.format(name)
            toks = tokenize(text)
            tags = ["O"] * len(toks)
            for i, j, label in pt.align_names(text, [(name, "PROJ")], morph, tokens=toks):
                tags[i] = f"B-{label}"
                tags[i + 1:j] = [f"I-{label}"] * (j - i - 1)
            trainer.append(pt.to_crfsuite(pt.line_features(toks, text, morph, pt.doc_context(text, morph), 1)), tags)
    trainer.set_params({"c1": 0.01, "c2": 0.01, "max_iterations": 60, "feature.possible_transitions": True})
    trainer.train(str(path))


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("tagger") / "tiny.crfsuite"
    _train(path)
    return str(path)


def test_inflected_name_aligns_with_its_head() -> None:
    morph = get_morphology()
    text = "Lautakunta päätti hakea rahoitusta Kirkkaat Huomiset -hankkeeseen."
    toks = tokenize(text)
    spans = pt.align_names(text, [("Kirkkaat Huomiset", "PROJ"), ("lautakunta", "BODY")], morph, tokens=toks)
    proj = [(toks[i].start, toks[j - 1].end) for i, j, label in spans if label == "PROJ"]
    assert [text[a:b] for a, b in proj] == ["Kirkkaat Huomiset -hankkeeseen"]


def test_genitive_of_name_aligns() -> None:
    morph = get_morphology()
    text = "Talvikki-hankkeen loppuraportti hyväksyttiin."
    toks = tokenize(text)
    spans = pt.align_names(text, [("Talvikki-hanke", "PROJ")], morph, tokens=toks)
    assert [text[toks[i].start:toks[j - 1].end] for i, j, _ in spans] == ["Talvikki-hankkeen"]


def test_model_finds_unseen_name(model: str) -> None:
    morph = get_morphology()
    text = "Kunnanhallitus päätti osallistua Harmaa Kivi -hankkeeseen vuosina 2024–2026.\nHanke: Punainen Lanka"
    found = {text[a:b] for a, b, _ in pt.tag_spans(text, morph, path=model, threshold=0.3)}
    assert "Harmaa Kivi -hankkeeseen" in found
    assert "Punainen Lanka" in found


def test_span_mention_gives_base_form() -> None:
    morph = get_morphology()
    text = "Rahoitus myönnettiin Harmaa Kivi -hankkeelle."
    a = text.index("Harmaa")
    m = pt.span_mention(text, a, text.index("."), morph, 1.0)
    assert m is not None and m.type == "Project" and m.label == "Harmaa Kivi -hanke"
    assert m.key == "harmaa-kivi"


def test_generic_heads_are_no_names() -> None:
    morph = get_morphology()
    for text in ("jatkohanke", "Leader-rahoitteinen hanke"):
        assert pt.span_mention(text, 0, len(text), morph, 1.0) is None


def test_tagger_mentions_never_overlap_rule_mentions(model: str, monkeypatch: pytest.MonkeyPatch) -> None:
    morph = get_morphology()
    text = "Kunnanhallitus päätti osallistua Harmaa Kivi -hankkeeseen.\nHanke: Punainen Lanka"
    a = text.index("Harmaa")
    rule = Mention(start=a, end=a + len("Harmaa Kivi"), surface="Harmaa Kivi", label="Harmaa Kivi", type="Project",
                   rule="invented-rule")
    starts = [0, text.index("Hanke:")]
    monkeypatch.setenv(pt.MODEL_ENV, model)
    monkeypatch.setenv(pt.THRESHOLD_ENV, "0.3")
    out = pt.tagged_project_mentions(text, [[rule], []], starts, morph)
    added = [m for ms in out for m in ms if m.rule == "project-tagger"]
    assert [m.label for m in added] == ["Punainen Lanka"]
    assert all(not (m.start < rule.end and rule.start < m.end) for m in added)


def test_off_without_a_model(monkeypatch: pytest.MonkeyPatch) -> None:
    morph = get_morphology()
    monkeypatch.delenv(pt.MODEL_ENV, raising=False)
    per_sentence: list[list[Mention]] = [[]]
    assert pt.tagged_project_mentions("Hanke: Punainen Lanka", per_sentence, [0], morph) is per_sentence
