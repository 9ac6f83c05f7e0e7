"""The project's own evaluation: scoring rules on hand-made gold and rows, and the CLI on the seeds."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from welfare_kg.cli import main
from welfare_kg.evaluation import GoldError, load_gold, normalise_name, parse_gold, read_results, score_rows
from welfare_kg.evaluation.report import format_page, format_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "documents"
SEED_GOLD = ROOT / "eval" / "gold" / "seeds.jsonl"
ONT = "https://w3id.org/welfare-kg/ontology#"
ID = "https://w3id.org/welfare-kg/id/"

MINUTES = {
    "doc": "a.txt", "kind": "minutes",
    "entities": [
        {"key": "muni-ranua", "types": ["Municipality"], "names": ["Ranua", "Ranuan kunta"], "optional": False},
        {"key": "stm", "types": ["Ministry"], "names": ["Sosiaali- ja terveysministeriö", "STM"], "optional": False},
        {"key": "proj", "types": ["Project"], "names": ["Tuki oikeasta paikasta", "TOP-hanke"], "optional": False},
        {"key": "agreement", "types": ["Agreement"], "names": ["yhteistyösopimus"], "optional": True},
        {"key": "region", "types": ["Region"], "names": ["Lappi"], "optional": True},
    ],
    "facts": [
        {"any": [["stm", "funds", "proj"]], "amount_eur": 966880.0, "optional": False},
        {"any": [["muni-ranua", "participatesIn", "proj"], ["muni-ranua", "participatesIn", "agreement"]],
         "amount_eur": None, "optional": False},
        {"any": [["proj", "coversArea", "region"]], "amount_eur": None, "optional": True},
    ],
}
NEWS = {
    "doc": "b.txt", "kind": "news",
    "entities": [
        {"key": "stm", "types": ["Ministry"], "names": ["STM"], "optional": False},
        {"key": "muni-ranua", "types": ["Municipality"], "names": ["Ranua"], "optional": False},
    ],
    "facts": [],
}


def gold_of(*docs: dict, source: str = "g.jsonl"):
    return parse_gold("\n".join(json.dumps(d) for d in docs), source)


def ent(iri: str, kind: str, label: str, doc: str = "a.txt") -> dict[str, str]:
    return {"entity": ID + iri, "type": ONT + kind, "label": label, "document": doc}


def fact(s: str, p: str, o: str, amount: str = "", doc: str = "a.txt") -> dict[str, str]:
    return {"subject": ID + s, "predicate": ONT + p, "object": ID + o, "amount": amount, "document": doc}


PERFECT_ENTITIES = [
    ent("municipality/683", "Municipality", "Ranuan kunta"),
    ent("org/stm", "Ministry", "Sosiaali- ja terveysministeriö"),
    ent("project/top", "Project", "TOP-hanke"),
]
PERFECT_FACTS = [fact("org/stm", "funds", "project/top", "966880"),
                 fact("municipality/683", "participatesIn", "project/top")]


def test_perfect_rows_score_one() -> None:
    ev = score_rows(gold_of(MINUTES), PERFECT_ENTITIES, PERFECT_FACTS)
    d = ev.documents[0]
    assert (d.entities.f1, d.typed.f1, d.facts.f1) == (1.0, 1.0, 1.0)
    assert (d.amounts.stated, d.amounts.exact) == (1, 1)
    assert ev.error_classes() == []


def test_names_ignore_case_punctuation_and_dashes() -> None:
    assert normalise_name("Sosiaali- ja terveysministeriö") == normalise_name("SOSIAALI JA TERVEYSMINISTERIÖ")
    assert normalise_name("TOP–hanke") == normalise_name("top hanke") == normalise_name("TOP-hanke.")
    assert normalise_name("Tuki  oikeasta\npaikasta") == "tuki oikeasta paikasta"
    rows = [ent("org/stm", "Ministry", "sosiaali – ja terveysministeriö"), ent("project/top", "Project", "Top hanke"),
            ent("municipality/683", "Municipality", "RANUA")]
    assert score_rows(gold_of(MINUTES), rows, []).documents[0].entities.f1 == 1.0


def test_base_forms_count_inflected_forms_do_not() -> None:
    rows = [ent("municipality/683", "Municipality", "Ranuan kunnalle"), *PERFECT_ENTITIES[1:]]
    d = score_rows(gold_of(MINUTES), rows, PERFECT_FACTS).documents[0]
    assert (d.entities.right, d.entities.extracted, d.entities.found, d.entities.required) == (2, 3, 2, 3)
    assert d.missed_entities == ["Ranua (Municipality)"]
    assert d.spurious_entities == ["Ranuan kunnalle (Municipality)"]
    # its fact cannot be credited either: the subject is not the annotated thing
    assert d.facts.found == 1 and d.facts.right == 1
    assert any("participatesIn" in m for m in d.missed_facts)


def test_typed_scores_demand_the_class() -> None:
    rows = [ent("project/ranua", "Project", "Ranua"), *PERFECT_ENTITIES[1:]]
    d = score_rows(gold_of(MINUTES), rows, []).documents[0]
    assert d.entities.f1 == 1.0
    assert (d.typed.right, d.typed.found) == (2, 2)
    assert d.typed.f1 == pytest.approx(2 / 3)
    assert d.wrong_types == ["Ranua (Project) is a Municipality"]


def test_label_match_with_the_right_class_is_preferred() -> None:
    doc = {"doc": "a.txt", "kind": "news", "facts": [], "entities": [
        {"key": "proj-vasso", "types": ["Project"], "names": ["Vasso"], "optional": True},
        {"key": "vasso", "types": ["CompetenceCentre"], "names": ["Vasso"], "optional": False}]}
    d = score_rows(gold_of(doc), [ent("org/vasso", "CompetenceCentre", "Vasso")], []).documents[0]
    assert d.typed.f1 == 1.0


@pytest.mark.parametrize(("amount", "right"), [("966880", True), ("966880.4", True), ("966881", True),
                                                ("966882", False), ("", False), ("96688", False)])
def test_amounts_count_to_the_euro(amount: str, right: bool) -> None:
    facts = [fact("org/stm", "funds", "project/top", amount), PERFECT_FACTS[1]]
    d = score_rows(gold_of(MINUTES), PERFECT_ENTITIES, facts).documents[0]
    assert (d.facts.right == 2) is right
    assert (d.amounts.exact == 1) is right
    if not right:
        assert d.missed_facts == ["stm funds proj 966880 EUR"]
        assert [e.kind for e in d.errors] == ["wrong amount", "missed fact"]
        assert d.errors[1].detail == "funds (amount wrong or missing)"


def test_a_fact_without_gold_amount_matches_any_amount() -> None:
    facts = [PERFECT_FACTS[0], fact("municipality/683", "participatesIn", "project/top", "1200")]
    assert score_rows(gold_of(MINUTES), PERFECT_ENTITIES, facts).documents[0].facts.f1 == 1.0


def test_optional_items_are_neither_required_nor_penalised() -> None:
    extra_e = [ent("agreement/a", "Agreement", "Yhteistyösopimus"), ent("region/19", "Region", "Lappi")]
    extra_f = [fact("project/top", "coversArea", "region/19")]
    with_optional = score_rows(gold_of(MINUTES), PERFECT_ENTITIES + extra_e, PERFECT_FACTS + extra_f).documents[0]
    without = score_rows(gold_of(MINUTES), PERFECT_ENTITIES, PERFECT_FACTS).documents[0]
    for d in (with_optional, without):
        assert (d.entities.f1, d.facts.f1) == (1.0, 1.0)
        assert d.entities.required == 3 and d.facts.required == 2
    assert with_optional.entities.right == 5 and with_optional.facts.right == 3


def test_any_alternative_states_the_fact() -> None:
    rows = [*PERFECT_ENTITIES, ent("agreement/a", "Agreement", "yhteistyösopimus")]
    facts = [PERFECT_FACTS[0], fact("municipality/683", "participatesIn", "agreement/a")]
    d = score_rows(gold_of(MINUTES), rows, facts).documents[0]
    assert d.facts.f1 == 1.0


def test_wrong_direction_or_predicate_is_spurious_and_the_fact_missed() -> None:
    facts = [PERFECT_FACTS[0], fact("project/top", "participatesIn", "municipality/683"),
             fact("municipality/683", "coordinates", "project/top"), fact("municipality/683", "mentions", "org/stm")]
    d = score_rows(gold_of(MINUTES), PERFECT_ENTITIES, facts).documents[0]
    assert (d.facts.right, d.facts.extracted, d.facts.found, d.facts.required) == (1, 3, 1, 2)  # 'mentions' unscored
    assert sorted(e.detail for e in d.errors if e.kind == "spurious fact") == ["coordinates", "participatesIn"]
    assert [e.detail for e in d.errors if e.kind == "missed fact"] == [
        "participatesIn (relation not found: stated the other way round)"]


@pytest.mark.parametrize(("extra", "how"), [
    (fact("municipality/683", "coordinates", "project/top"), "the pair has another predicate"),
    (fact("municipality/683", "participatesIn", "org/stm"), "the subject has it to another object"),
    (fact("org/stm", "participatesIn", "project/top"), "the object has it from another subject"),
    (fact("org/stm", "coordinates", "project/top"), "no such link from either"),
])
def test_a_missed_relation_says_what_was_stated_instead(extra: dict[str, str], how: str) -> None:
    d = score_rows(gold_of(MINUTES), PERFECT_ENTITIES, [PERFECT_FACTS[0], extra]).documents[0]
    assert [e.detail for e in d.errors if e.kind == "missed fact"] == [f"participatesIn (relation not found: {how})"]


def test_cross_document_resolution_needs_one_iri() -> None:
    gold = gold_of(MINUTES, NEWS)
    same = [*PERFECT_ENTITIES, ent("org/stm", "Ministry", "STM", "b.txt"), ent("municipality/683", "Municipality",
                                                                            "Ranua", "b.txt")]
    cd = score_rows(gold, same, PERFECT_FACTS).total.cross_document
    assert (cd.things, cd.resolved, cd.unresolved) == (2, 2, ())
    split = [*PERFECT_ENTITIES, ent("org/stm-2", "Ministry", "STM", "b.txt"), ent("municipality/683", "Municipality",
                                                                              "Ranua", "b.txt")]
    cd = score_rows(gold, split, PERFECT_FACTS).total.cross_document
    assert (cd.things, cd.resolved, cd.unresolved) == (2, 1, ("stm",))


def test_fact_may_point_at_an_entity_named_in_another_document() -> None:
    entities = [e for e in PERFECT_ENTITIES if "stm" not in e["entity"]] + [ent("org/stm", "Ministry", "STM", "b.txt")]
    d = score_rows(gold_of(MINUTES, NEWS), entities, PERFECT_FACTS).documents[0]
    assert d.facts.right == 2 and d.facts.found == 2
    assert d.missed_entities == ["Sosiaali- ja terveysministeriö (Ministry)"]


def test_documents_match_by_iri_path_or_stem() -> None:
    for doc in ("https://w3id.org/welfare-kg/doc/a.txt", "/some/dir/a.txt", "C:\\docs\\a.txt", "a"):
        rows = [{**r, "document": doc} for r in PERFECT_ENTITIES]
        assert score_rows(gold_of(MINUTES), rows, []).documents[0].entities.f1 == 1.0, doc
    assert score_rows(gold_of(MINUTES), [{**PERFECT_ENTITIES[0], "document": "ab.txt"}], []).documents[0] \
        .entities.extracted == 0


def test_unscored_types_are_ignored() -> None:
    rows = [*PERFECT_ENTITIES, ent("meeting/1", "Meeting", "Kokous 1/2024")]
    assert score_rows(gold_of(MINUTES), rows, []).documents[0].entities.precision == 1.0


def test_totals_per_annotation_file_and_overall() -> None:
    gold = gold_of(MINUTES, source="seeds.jsonl") + gold_of(NEWS, source="dev-news.jsonl")
    ev = score_rows(gold, PERFECT_ENTITIES, PERFECT_FACTS)
    assert [(g.name, g.documents) for g in ev.groups] == [("seeds", 1), ("dev-news", 1)]
    assert ev.groups[0].entities.f1 == 1.0 and ev.groups[1].entities.recall == 0.0
    assert ev.total.entities.required == 5 and ev.total.entities.found == 3
    text = format_text(ev)
    assert "TOTAL [seeds, 1 document] entities P 1.00 R 1.00 F1 1.00" in text
    assert text.splitlines()[-1].startswith("TOTAL entities P 1.00 R 0.60 F1 0.75 | typed F1 0.75")


def test_the_development_files_are_one_corpus_beside_each_file() -> None:
    """Every dev-*.jsonl together is the development corpus: its own line, its own cross-document count (a thing
    annotated in two development files counts there, not only in "all")."""
    gold = (gold_of(MINUTES, source="seeds.jsonl") + gold_of(NEWS, source="dev-news.jsonl")
            + gold_of({**MINUTES, "doc": "c.txt"}, source="dev-minutes.jsonl"))
    rows = [*PERFECT_ENTITIES, *({**r, "document": "c.txt"} for r in PERFECT_ENTITIES)]
    ev = score_rows(gold, rows, PERFECT_FACTS)
    assert [(f.name, f.documents) for f in ev.families] == [("development", 2)]
    dev = ev.families[0]
    assert dev.cross_document.things == 2 and dev.entities.required == 5
    assert "TOTAL [development, 2 documents]" in format_text(ev)
    assert "| development (all dev- files) | 2 |" in format_page(ev, command="x")
    one = score_rows(gold_of(NEWS, source="dev-news.jsonl"), rows, PERFECT_FACTS)
    assert one.families == []  # a single file is its own total already


def test_error_classes_largest_first() -> None:
    ev = score_rows(gold_of(MINUTES, NEWS), [], [])
    classes = ev.error_classes()
    assert {c[:2] for c in classes[:2]} == {("missed entity: Ministry", 2), ("missed entity: Municipality", 2)}
    assert sum(n for _, n, _ in classes) == 5 + 2  # 5 missed entities, 2 missed facts


def test_results_read_from_csv_and_json() -> None:
    csv_text = "entity,type,label,document\r\n" + "".join(
        f"{r['entity']},{r['type']},\"{r['label']}\",{r['document']}\r\n" for r in PERFECT_ENTITIES)
    bindings = [{k: {"type": "uri" if k != "amount" else "literal", "value": v} for k, v in r.items() if v}
                for r in PERFECT_FACTS]
    json_text = json.dumps({"head": {"vars": list(PERFECT_FACTS[0])}, "results": {"bindings": bindings}})
    ev = score_rows(gold_of(MINUTES), read_results(csv_text), read_results(json_text))
    assert (ev.total.entities.f1, ev.total.facts.f1) == (1.0, 1.0)


@pytest.mark.parametrize(("line", "problem"), [
    ("{not json", "not JSON"),
    (json.dumps({"kind": "news"}), "'doc'"),
    (json.dumps({**NEWS, "entities": [{"key": "x", "types": ["Town"], "names": ["X"]}]}), "unknown type Town"),
    (json.dumps({**NEWS, "facts": [{"any": [["stm", "funded", "muni-ranua"]]}]}), "unknown predicate 'funded'"),
    (json.dumps({**NEWS, "facts": [{"any": [["stm", "funds", "nobody"]]}]}), "nobody is not an entity key"),
    (json.dumps({**NEWS, "facts": [{"any": [["stm", "funds", "muni-ranua"]], "amount_eur": "5"}]}), "amount_eur"),
])
def test_bad_gold_is_one_line_naming_file_and_line(line: str, problem: str) -> None:
    with pytest.raises(GoldError) as err:
        parse_gold(json.dumps(NEWS) + "\n\n" + line, "dev.jsonl")
    assert str(err.value).startswith("dev.jsonl:3: ")
    assert problem in str(err.value) and "\n" not in str(err.value)


def test_a_document_annotated_twice_is_an_error(tmp_path: Path) -> None:
    for name in ("one.jsonl", "two.jsonl"):
        (tmp_path / name).write_text(json.dumps(NEWS) + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match="annotated twice"):
        load_gold([tmp_path / "one.jsonl", tmp_path / "two.jsonl"])


def test_page_escapes_text_from_documents() -> None:
    rows = [*PERFECT_ENTITIES, ent("project/x", "Project", "<script>alert(1)</script> | x")]
    page = format_page(score_rows(gold_of(MINUTES), rows, PERFECT_FACTS), command="welfare-kg evaluate")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; \\| x" in page


# ---------------------------------------------------------------------------------------------------- the CLI


def _total(text: str) -> dict[str, float]:
    line = next(x for x in text.splitlines() if x.startswith("TOTAL entities"))
    m = re.fullmatch(r"TOTAL entities P (\S+) R (\S+) F1 (\S+) \| typed F1 (\S+) \| facts P (\S+) R (\S+) F1 (\S+)",
                     line)
    assert m, line
    return dict(zip(["ep", "er", "ef", "tf", "fp", "fr", "ff"], map(float, m.groups()), strict=True))


def test_cli_on_the_seeds() -> None:
    result = CliRunner().invoke(main, ["evaluate", str(SEEDS), "--gold", str(SEED_GOLD), "--details"])
    assert result.exit_code == 0, result.output
    total = _total(result.stdout)
    assert min(total.values()) >= 0.95, total
    for name in sorted(p.name for p in SEEDS.iterdir()):
        assert name in result.stdout
    m = re.search(r"cross-document: (\d+)/(\d+) resolved", result.stdout)
    assert m and int(m[2]) >= 3 and int(m[1]) / int(m[2]) >= 0.9
    assert re.search(r"amounts: (\d+)/\1 stated amounts found exact", result.stdout)


def test_cli_json_and_saved_results_agree(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["evaluate", str(SEEDS), "--gold", str(SEED_GOLD), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["total"]["facts"]["f1"] >= 0.95 and data["total"]["entities"]["f1"] >= 0.95
    assert len(data["documents"]) == 5 and data["skipped_gold"] == [] and data["failed"] == []
    assert {"missed_facts", "spurious_facts", "missed_entities", "spurious_entities"} <= set(data["documents"][0])
    # the same scores from the query results saved through the CLI, as a researcher would do by hand
    store = str(tmp_path / "kg")
    assert runner.invoke(main, ["ingest", str(SEEDS), "--store", store, "-q"]).exit_code == 0
    for name in ("entities", "facts"):
        out = runner.invoke(main, ["query", name, "--store", store, "--format", "csv"])
        assert out.exit_code == 0, out.output
        (tmp_path / f"{name}.csv").write_text(out.stdout, encoding="utf-8")
    saved = runner.invoke(main, ["evaluate", "--gold", str(SEED_GOLD), "--json", "--entities",
                                 str(tmp_path / "entities.csv"), "--facts", str(tmp_path / "facts.csv")])
    assert saved.exit_code == 0, saved.output
    assert json.loads(saved.stdout)["total"] == data["total"]


def test_cli_report_writes_page_and_chart(tmp_path: Path) -> None:
    page = tmp_path / "docs" / "quality.md"
    result = CliRunner().invoke(main, ["evaluate", str(SEEDS), "--gold", str(SEED_GOLD), "--report", str(page)])
    assert result.exit_code == 0, result.output
    text = page.read_text(encoding="utf-8")
    assert "![Entity and fact F1 per document](quality.png)" in text
    assert re.search(r"^TOTAL entities P \S+ R \S+ F1 (0\.9[5-9]|1\.00) ", text, re.M)
    assert sum(line.startswith("| 00") for line in text.splitlines()) == 5  # one row per seed document
    png = (tmp_path / "docs" / "quality.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5000


def test_cli_evaluates_a_subset_and_names_what_it_left_out(tmp_path: Path) -> None:
    one = sorted(SEEDS.iterdir())[0]
    result = CliRunner().invoke(main, ["evaluate", str(one), "--gold", str(SEED_GOLD)])
    assert result.exit_code == 0, result.output
    assert "4 annotated document(s) not among the given documents" in result.stderr
    assert one.name in result.stdout and _total(result.stdout)["ef"] >= 0.95


def test_cli_bad_gold_is_one_error_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc": "x.txt", "entities": [{"key": "a", "types": ["Town"], "names": ["A"]}]}\n',
                   encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(SEEDS), "--gold", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:1: entity 'a': unknown type Town" in result.stderr


def test_facts_are_counted_per_predicate() -> None:
    facts = [PERFECT_FACTS[0], fact("municipality/683", "coordinates", "project/top")]
    ev = score_rows(gold_of(MINUTES), PERFECT_ENTITIES, facts)
    by = ev.total.by_predicate
    assert (by["funds"].right, by["funds"].extracted, by["funds"].found, by["funds"].required) == (1, 1, 1, 1)
    assert (by["coordinates"].right, by["coordinates"].extracted, by["coordinates"].required) == (0, 1, 0)
    assert (by["participatesIn"].found, by["participatesIn"].required) == (0, 1)
    assert "| participatesIn | 0/0 | 0.00 | 0/1 | 0.00 | 0.00 |" in format_page(ev, command="x")


def test_cli_refuses_an_annotation_file_given_as_a_document() -> None:
    result = CliRunner().invoke(main, ["evaluate", str(SEEDS), "--gold", str(SEED_GOLD), str(SEED_GOLD)])
    assert result.exit_code == 1
    assert "an annotation file among the documents; give each with its own --gold" in result.stderr


def _dev_and_held_out(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    """A development and a held-out annotation (the minutes and the news example) and saved query results
    that find only STM: both documents miss Ranua."""
    dev, held = tmp_path / "dev.jsonl", tmp_path / "held.jsonl"
    dev.write_text(json.dumps(MINUTES) + "\n", encoding="utf-8")
    held.write_text(json.dumps(NEWS) + "\n", encoding="utf-8")
    rows = {"entities": [ent("org/stm", "Ministry", "STM")], "facts": [fact("org/stm", "funds", "project/top")]}
    for name, found in rows.items():
        lines = [",".join(found[0])] + [",".join(r.values()) for r in found]
        (tmp_path / f"{name}.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    saved = ["--entities", str(tmp_path / "entities.csv"), "--facts", str(tmp_path / "facts.csv")]
    return dev, held, saved


def test_held_out_gold_is_scored_but_its_mistakes_are_never_listed(tmp_path: Path) -> None:
    """A held-out set stays honest only while nobody reads what goes wrong on it."""
    dev, held, saved = _dev_and_held_out(tmp_path)
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(dev), "--held-out", str(held), "--details", *saved])
    assert result.exit_code == 0, result.output
    assert "TOTAL [held, 1 document]" in result.stdout and "TOTAL [dev, 1 document]" in result.stdout
    table = result.stdout.split("\n\n")[0].splitlines()
    after = {row.split()[0]: table[i + 1] if i + 1 < len(table) else "" for i, row in enumerate(table)}
    assert after["a.txt"].startswith("  missed entities: Ranua")  # the dev document's mistakes are listed
    assert not after["held-out"].startswith("  ")  # b.txt misses Ranua too: scored, not listed
    assert "b.txt" not in result.stdout  # and not named: "held-out document 1"
    assert "1 held-out document(s) scored" in result.stderr
    data = json.loads(CliRunner().invoke(main, ["evaluate", "--gold", str(dev), "--held-out", str(held),
                                                "--json", *saved]).stdout)
    assert "b.txt" not in {d["doc"] for d in data["documents"]}  # nor its name
    held_doc = next(d for d in data["documents"] if d["doc"] == "held-out document 1")
    assert held_doc["entities"]["recall"] < 1 and held_doc["missed_entities"] == []
    assert all("b.txt" not in ex for c in data["error_classes"] for ex in c["examples"])


def test_held_out_mistakes_are_counted_by_class_without_examples(tmp_path: Path) -> None:
    """Where a blind set loses (which kinds of mistakes) is worth knowing; what it loses is not to be read."""
    _, held, saved = _dev_and_held_out(tmp_path)
    data = json.loads(CliRunner().invoke(main, ["evaluate", "--held-out", str(held), "--json", *saved]).stdout)
    classes = {c["class"]: c for c in data["held_out_error_classes"]}
    assert classes["missed entity: Municipality"]["count"] == 1  # Ranua, counted
    assert data["error_classes"] == []  # not among the development classes, which the results page lists
    assert "Ranua" not in json.dumps(data["held_out_error_classes"])  # and never shown


def test_cli_without_any_annotation_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["evaluate", str(SEEDS)])
    assert result.exit_code == 2 and "--gold" in result.output


def test_held_out_keys_never_appear_among_unresolved_things(tmp_path: Path) -> None:
    """A thing the held-out annotation names in several documents and the graph splits is a held-out mistake too."""
    dev, held, saved = _dev_and_held_out(tmp_path)
    both_dev = CliRunner().invoke(main, ["evaluate", "--gold", str(dev), "--gold", str(held), *saved])
    assert "muni-ranua" in both_dev.stderr + both_dev.stdout  # Ranua, in both documents, found in neither
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(dev), "--held-out", str(held), *saved])
    assert result.exit_code == 0, result.output
    assert "muni-ranua" not in result.stderr + result.stdout
    data = json.loads(CliRunner().invoke(main, ["evaluate", "--gold", str(dev), "--held-out", str(held),
                                                "--json", *saved]).stdout)
    cd = data["total"]["cross_document"]
    assert cd["things"] > cd["resolved"] and "muni-ranua" not in cd["unresolved"]


@pytest.mark.parametrize(("text", "where"), [
    ("Ranuan kunta osallistuu hankkeeseen Tuki oikeasta paikasta.", "named in one sentence"),
    ("Ranuan kunta päätti asiasta. Hanke Tuki oikeasta paikasta alkaa.", "named in one paragraph"),
    ("Ranuan kunta päätti asiasta.\n\nHanke Tuki oikeasta paikasta alkaa.", "named further apart"),
])
def test_an_unread_relation_says_how_far_apart_its_ends_are_named(text: str, where: str) -> None:
    d = score_rows(gold_of(MINUTES), PERFECT_ENTITIES, [PERFECT_FACTS[0]], texts={"a.txt": text}).documents[0]
    assert [(e.kind, e.detail) for e in d.diagnoses if e.kind == "unlinked ends"] == [
        ("unlinked ends", f"participatesIn: {where}")]


def test_a_fact_missed_for_an_entity_names_the_class_and_side_of_the_end_not_found() -> None:
    rows = [e for e in PERFECT_ENTITIES if "project/top" not in e["entity"]]
    d = score_rows(gold_of(MINUTES), rows, []).documents[0]
    assert sorted(e.detail for e in d.diagnoses if e.kind == "unfound end") == [
        "funds: object Project", "participatesIn: object Project"]
