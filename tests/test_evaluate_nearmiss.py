"""Near-miss diagnosis of missed entities: boundary, form and type near misses, and where a name is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from welfare_kg.cli import main
from welfare_kg.evaluation import parse_gold, score_rows
from welfare_kg.evaluation.nearmiss import boundary_shape, in_text, relation, same_stem
from welfare_kg.evaluation.report import format_text

ONT = "https://w3id.org/welfare-kg/ontology#"
ID = "https://w3id.org/welfare-kg/id/"

DOC = {
    "doc": "a.txt", "kind": "minutes",
    "entities": [
        {"key": "ranua", "types": ["Municipality"], "names": ["Ranua"], "optional": False},
        {"key": "virtanen", "types": ["Person"], "names": ["Matti Virtanen"], "optional": False},
        {"key": "board", "types": ["Body"], "names": ["Yhtymähallitus"], "optional": False},
        {"key": "korhonen", "types": ["Person"], "names": ["Liisa Korhonen"], "optional": False},
        {"key": "stm", "types": ["Ministry"], "names": ["STM"], "optional": False},
    ],
    "facts": [],
}
TEXT = ("Ranuan kunnan edustajana kokoukseen osallistui Matti Virtanen. Yhtymähallitus päätti asiasta. "
        "Sosiaali- ja terveysministeriön avustus.")


def ent(iri: str, kind: str, label: str, doc: str = "a.txt") -> dict[str, str]:
    return {"entity": ID + iri, "type": ONT + kind, "label": label, "document": doc}


ROWS = [
    ent("person/1", "Person", "Matti"),  # a boundary near miss of Matti Virtanen
    ent("person/2", "Person", "Liisa Korhosen"),  # a form near miss of Liisa Korhonen
    ent("org/1", "JointAuthority", "Yhtymähallituksen"),  # a type near miss of the Body
    ent("muni/1", "Municipality", "Posio"),  # spurious, near nothing
]


def _classes(diagnoses) -> dict[str, int]:
    out: dict[str, int] = {}
    for d in diagnoses:
        out[f"{d.kind}: {d.detail}"] = out.get(f"{d.kind}: {d.detail}", 0) + 1
    return out


def test_stems_join_finnish_forms_and_keep_short_different_words_apart() -> None:
    assert same_stem("lappi", "lapin") and same_stem("virtanen", "virtasen") and same_stem("oulu", "oulun")
    assert same_stem("ranua", "ranuantie")  # inside a compound
    assert not same_stem("anna", "anne") and not same_stem("matti", "maija") and not same_stem("ja", "jo")
    assert not same_stem("helga", "helsinki") and not same_stem("kantri", "kangasala")


def test_relation_tells_boundary_from_form_and_from_unrelated_names() -> None:
    assert relation("matti virtanen", "matti") == "boundary"  # found only a part
    assert relation("ranua", "ranuan kunta") == "boundary"  # found with a word too many
    assert relation("perusturvalautakunta jaosto", "jaosto kokous") == "boundary"  # shifted span
    assert relation("liisa korhonen", "liisa korhosen") == "form"
    assert relation("lapin hyvinvointialue", "lapin liitto") is None
    assert relation("matti virtanen", "matti virtanen") is None


def test_in_text_takes_a_name_longer_than_the_text() -> None:
    """A sentence of a few words and a gold name of many (a long project title) crashed `evaluate` with an
    IndexError: a negative slice bound took words from the front instead of none."""
    words = ["pohjois", "savon", "hyvinvointialueen"]  # the text ends inside the name
    long_name = "pohjois savon hyvinvointialueen kehittamishanke vuosille"  # five words against three
    assert in_text([long_name], words, " ".join(words)) == "not as written"
    assert in_text(["hankkeen alku"], ["hanke"], "hanke") == "not as written"
    assert in_text(["pohjois savon"], words, " ".join(words)) == "base form"


def test_in_text_tells_base_form_from_inflected_and_from_absent() -> None:
    text = "ranuan kunnan edustaja matti virtanen ja sosiaali ja terveysministeriön avustus"
    words = text.split()
    assert in_text(["matti virtanen"], words, text) == "base form"
    assert in_text(["ranua"], words, text) == "inflected only"
    assert in_text(["sosiaali ja terveysministeriö"], words, text) == "inflected only"
    assert in_text(["stm"], words, text) == "not as written"
    assert in_text(["ranu"], words, text) == "inflected only"  # a prefix of a word counts as a form of it
    assert in_text(["virta"], ["virtanen"], "virtanen") == "inflected only"
    # a name of more words than the passage has is not in it (and reads no word past the passage's end)
    assert in_text(["ranuan kunnan uusi edustaja"], ["ranuan", "kunnan"], "ranuan kunnan") == "not as written"


def test_missed_entities_are_classed_as_near_misses_and_by_where_the_text_writes_them() -> None:
    d = score_rows(parse_gold(json.dumps(DOC), "g.jsonl"), ROWS, [], texts={"a.txt": TEXT}).documents[0]
    classes = _classes(d.diagnoses)
    assert classes["near miss: boundary (missed Person)"] == 1
    assert classes["near miss: form (missed Person)"] == 1
    assert classes["near miss: type (Body found as JointAuthority)"] == 1
    assert classes["near miss: boundary or form (spurious Person)"] == 2  # Matti and Liisa Korhosen, not Posio
    assert "near miss: boundary or form (spurious JointAuthority)" not in classes  # another class: a type near miss
    assert classes["missed entity in text: inflected only (Municipality)"] == 1  # Ranuan
    assert classes["missed entity in text: base form (Person)"] == 1  # Matti Virtanen as written
    assert classes["missed entity in text: not as written (Person)"] == 1  # Liisa Korhonen
    assert classes["missed entity in text: not as written (Ministry)"] == 1  # STM
    assert classes["missed entity in text: base form (Body)"] == 1
    assert "spurious Municipality" not in " ".join(classes)
    assert "boundary: Matti Virtanen (Person) ~ Matti (Person)" in d.near_misses
    # the diagnosis is apart from the error classes: scores and errors are those of the rows alone
    assert sum(e.kind == "missed entity" for e in d.errors) == 5


def test_a_name_in_base_form_of_another_class_is_a_wrong_type_not_a_miss_unless_taken() -> None:
    """Two gold things share a name: the one whose class was found is found, the other is a type near miss."""
    doc = {"doc": "a.txt", "kind": "news", "facts": [], "entities": [
        {"key": "vasso-p", "types": ["Project"], "names": ["Vasso"], "optional": False},
        {"key": "vasso-c", "types": ["CompetenceCentre"], "names": ["Vasso"], "optional": False}]}
    gold = parse_gold(json.dumps(doc), "g.jsonl")
    d = score_rows(gold, [ent("c/1", "CompetenceCentre", "Vasso")], []).documents[0]
    assert _classes(d.diagnoses) == {"near miss: type (Project found as CompetenceCentre)": 1}
    d = score_rows(gold, [ent("c/1", "CompetenceCentre", "Vasso"), ent("p/1", "Project", "Vasso")], []).documents[0]
    assert d.diagnoses == []


def test_without_texts_only_the_near_misses_are_classed() -> None:
    d = score_rows(parse_gold(json.dumps(DOC), "g.jsonl"), ROWS, []).documents[0]
    assert not any(e.kind == "missed entity in text" for e in d.diagnoses)
    assert any(e.kind == "near miss" for e in d.diagnoses)


def test_totals_count_the_classes_and_the_text_output_sums_them() -> None:
    ev = score_rows(parse_gold(json.dumps(DOC), "g.jsonl"), ROWS, [], texts={"a.txt": TEXT})
    assert ev.total.diagnoses["near miss: boundary (missed Person)"] == 1
    out = format_text(ev)
    assert ("missed entities: near misses boundary 1, form 1, type 1; "
            "in the text base form 2, inflected only 1, not as written 2") in out


def _saved(tmp_path: Path) -> list[str]:
    (tmp_path / "held.jsonl").write_text(json.dumps(DOC) + "\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    lines = ["entity,type,label,document"] + [",".join(r.values()) for r in ROWS]
    (tmp_path / "entities.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "facts.csv").write_text("subject,predicate,object,amount,document\n", encoding="utf-8")
    return ["--entities", str(tmp_path / "entities.csv"), "--facts", str(tmp_path / "facts.csv")]


def test_held_out_near_misses_are_counted_never_named(tmp_path: Path) -> None:
    saved = _saved(tmp_path)
    held = str(tmp_path / "held.jsonl")
    data = json.loads(CliRunner().invoke(main, ["evaluate", "--held-out", held, "--json", *saved]).stdout)
    classes = {c["class"]: c for c in data["held_out_error_classes"]}
    assert classes["near miss: boundary (missed Person)"]["count"] == 1
    assert classes["near miss: type (Body found as JointAuthority)"]["count"] == 1
    assert all(set(c) == {"class", "count"} for c in data["held_out_error_classes"])
    assert data["near_miss_classes"] == [] and data["documents"][0]["near_misses"] == []
    shown = json.dumps(data)
    assert "Virtanen" not in shown and "Matti" not in shown and "Korho" not in shown
    text = CliRunner().invoke(main, ["evaluate", "--held-out", held, "--details", *saved]).stdout
    assert "Virtanen" not in text and "near misses boundary 1" in text


def test_development_near_misses_are_listed_in_full(tmp_path: Path) -> None:
    saved = _saved(tmp_path)
    gold = str(tmp_path / "held.jsonl")
    data = json.loads(CliRunner().invoke(main, ["evaluate", "--gold", gold, "--json", *saved]).stdout)
    assert "boundary: Matti Virtanen (Person) ~ Matti (Person)" in data["documents"][0]["near_misses"]
    classes = {c["class"]: c for c in data["near_miss_classes"]}
    assert classes["near miss: form (missed Person)"]["examples"] == ["a.txt: Liisa Korhonen ~ Liisa Korhosen (Person)"]
    assert data["total"]["near_miss_classes"]["near miss: type (Body found as JointAuthority)"] == 1


def test_evaluating_documents_reads_their_texts_for_the_diagnosis(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "g.jsonl").write_text(json.dumps(DOC) + "\n", encoding="utf-8")
    from welfare_kg.evaluation.run import document_files, document_texts

    texts = document_texts(document_files([tmp_path]), parse_gold(json.dumps(DOC), "g.jsonl"))
    assert texts == {"a.txt": TEXT}


@pytest.mark.parametrize(("missed", "found", "shape"), [
    ("matti virtanen", "projektipäällikkö matti virtanen", "ours wider, 1 word(s) more before"),
    ("matti virtanen", "matti virtanen hanke", "ours wider, 1 word(s) more after"),
    ("anna maria korhonen", "maria korhonen", "ours narrower, 1 word(s) fewer before"),
    ("anna maria korhonen", "anna", "ours narrower, 2 word(s) fewer after"),
    ("matti virtanen", "virtasen liisa", "shifted"),
])
def test_a_boundary_near_miss_says_its_shape_without_its_words(missed: str, found: str, shape: str) -> None:
    assert boundary_shape(missed, found) == shape
