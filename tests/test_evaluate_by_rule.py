"""Counts per extraction rule: which rule stated each fact row, and whether the row was right."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from test_evaluate import MINUTES, PERFECT_ENTITIES, fact, gold_of

from welfare_kg.cli import main
from welfare_kg.evaluation import score_rows
from welfare_kg.evaluation.report import format_text

ROOT = Path(__file__).resolve().parent.parent


def ruled(row: dict[str, str], rule: str) -> dict[str, str]:
    return {**row, "rule": rule}


FUNDS = fact("org/stm", "funds", "project/top", "966880")
JOINS = fact("municipality/683", "participatesIn", "project/top")
WRONG = fact("municipality/683", "coordinates", "project/top")


def test_each_rule_counts_its_rows_and_the_rows_it_alone_states() -> None:
    rules = [ruled(FUNDS, "funds:grant-verb"), ruled(FUNDS, "funds:header"), ruled(JOINS, "participatesIn:verb"),
             ruled(WRONG, "coordinates:genitive")]
    ev = score_rows(gold_of(MINUTES), PERFECT_ENTITIES, [FUNDS, JOINS, WRONG], rule_rows=rules)
    got = {r: (c.right, c.stated, c.sole_right, c.sole_stated) for r, c in ev.total.by_rule.items()}
    assert got == {"funds:grant-verb": (1, 1, 0, 0), "funds:header": (1, 1, 0, 0),
                   "participatesIn:verb": (1, 1, 1, 1), "coordinates:genitive": (0, 1, 0, 1)}
    assert ev.total.by_rule["coordinates:genitive"].precision == 0.0


def test_a_wrong_row_names_the_rules_that_stated_it() -> None:
    rules = [ruled(FUNDS, "funds:grant-verb"), ruled(JOINS, "participatesIn:verb"),
             ruled(WRONG, "coordinates:genitive"), ruled(WRONG, "coordinates:owner")]
    ev = score_rows(gold_of(MINUTES), PERFECT_ENTITIES, [FUNDS, JOINS, WRONG], rule_rows=rules)
    (wrong,) = ev.documents[0].spurious_facts
    assert "coordinates" in wrong and wrong.endswith("[coordinates:genitive, coordinates:owner]")
    plain = score_rows(gold_of(MINUTES), PERFECT_ENTITIES, [FUNDS, JOINS, WRONG])
    assert "[" not in plain.documents[0].spurious_facts[0]


def test_a_row_whose_rule_is_not_given_counts_as_no_rule_and_scores_stay_the_same() -> None:
    plain = score_rows(gold_of(MINUTES), PERFECT_ENTITIES, [FUNDS, JOINS, WRONG])
    ev = score_rows(gold_of(MINUTES), PERFECT_ENTITIES, [FUNDS, JOINS, WRONG], rule_rows=[ruled(FUNDS, "f")])
    assert ev.total.facts == plain.total.facts and plain.total.by_rule == {}
    assert {r: c.stated for r, c in ev.total.by_rule.items()} == {"f": 1, "(no rule)": 2}


def test_text_lists_the_least_precise_rule_first() -> None:
    rules = [ruled(FUNDS, "funds:grant-verb"), ruled(WRONG, "coordinates:genitive"), ruled(JOINS, "p:verb")]
    text = format_text(score_rows(gold_of(MINUTES), PERFECT_ENTITIES, [FUNDS, JOINS, WRONG], rule_rows=rules),
                       by_rule=True)
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("rule ")) + 2
    table = [line.split()[0] for line in lines[start:lines.index("", start)]]
    assert table[0] == "coordinates:genitive" and set(table[1:]) == {"funds:grant-verb", "p:verb"}


def test_cli_on_the_seeds_counts_every_extracted_row_under_a_rule() -> None:
    seeds, gold = ROOT / "examples" / "documents", ROOT / "eval" / "gold" / "seeds.jsonl"
    result = CliRunner().invoke(main, ["evaluate", str(seeds), "--gold", str(gold), "--by-rule", "--json"])
    assert result.exit_code == 0, result.output
    total = json.loads(result.output)["total"]
    by_rule = total["facts_by_rule"]
    assert "(no rule)" not in by_rule and len(by_rule) >= 5
    assert sum(c["stated"] for c in by_rule.values()) >= total["facts"]["extracted"]
    assert all(0.0 <= c["precision"] <= 1.0 and c["right"] <= c["stated"] for c in by_rule.values())
    plain = CliRunner().invoke(main, ["evaluate", str(seeds), "--gold", str(gold), "--json"])
    assert "facts_by_rule" not in json.loads(plain.output)["total"]


def test_by_rule_needs_the_documents_not_saved_results(tmp_path: Path) -> None:
    csv = tmp_path / "r.csv"
    csv.write_text("entity,type,label,document\n", encoding="utf-8")
    gold = ROOT / "eval" / "gold" / "seeds.jsonl"
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), "--entities", str(csv), "--facts", str(csv),
                                       "--by-rule"])
    assert result.exit_code != 0 and "--by-rule" in result.output


def test_results_page_has_the_rule_table_least_precise_first() -> None:
    from welfare_kg.evaluation.report import format_page

    rules = [ruled(FUNDS, "funds:grant-verb"), ruled(WRONG, "coordinates:<b>genitive</b>"), ruled(JOINS, "p:verb")]
    page = format_page(score_rows(gold_of(MINUTES), PERFECT_ENTITIES, [FUNDS, JOINS, WRONG], rule_rows=rules),
                       command="x")
    rows = page.split("## Facts by extraction rule")[1].split("\n## ")[0].splitlines()
    table = [r for r in rows if r.startswith("| ") and "/" in r and not r.startswith("| rule")]
    assert "genitive" in table[0] and "0/1" in table[0] and "<b>" not in page
