"""The registry of document-level passes: order, the three modes, progress stages, and the `rules` listing."""

from __future__ import annotations

from click.testing import CliRunner

from welfare_kg.cli import main
from welfare_kg.extract import document_passes as dp
from welfare_kg.extract.doc_progress import DocumentProgress
from welfare_kg.extract.model import Evidence, Extraction, Fact


def _fact(subject: str, predicate: str = "funds", rule: str = "funds:test", amount: float | None = None) -> Fact:
    ev = Evidence("A rahoittaa B:tä.", 0, 17)
    return Fact(subject, predicate, "proj-b", ev, rule, 0.9, amount=amount)


def _input(facts: list[Fact], bar: DocumentProgress | None = None) -> dp.PassInput:
    out = Extraction(entities={}, facts=list(facts), contacts={}, item_subjects={}, item_bodies={})
    return dp.PassInput(record=None, mentions=[], text="", sents=[], per_sentence=[], morph=None,  # type: ignore[arg-type]
                        gaz=None, out=out, parts=[[] for _ in range(7)], bar=bar)  # type: ignore[arg-type]


def test_modes_add_replace_update_in_order() -> None:
    seen: list[list[str]] = []

    def add(p: dp.PassInput) -> list[Fact]:
        seen.append([f.subject for f in p.facts])
        return [_fact("c")]

    def drop_a(p: dp.PassInput) -> list[Fact]:
        seen.append([f.subject for f in p.facts])
        return [f for f in p.facts if f.subject != "a"]

    def double_amounts(p: dp.PassInput) -> None:
        for f in p.facts:
            f.amount = 2.0

    passes = (dp.DocumentPass("add", add), dp.DocumentPass("drop", drop_a, "replace"),
              dp.DocumentPass("amounts", double_amounts, "update"))
    p = _input([_fact("a"), _fact("b")])
    kept = p.out.facts
    dp.run_passes(p, passes)
    assert seen == [["a", "b"], ["a", "b", "c"]]  # a later pass sees what the earlier ones stated
    assert [f.subject for f in p.out.facts] == ["b", "c"]
    assert all(f.amount == 2.0 for f in p.out.facts)
    assert kept is not p.out.facts  # the replacing pass's list took the place of the old one


def test_added_facts_extend_the_same_list() -> None:
    p = _input([_fact("a")])
    kept = p.out.facts
    dp.run_passes(p, (dp.DocumentPass("add", lambda q: [_fact("b")]),))
    assert kept is p.out.facts and [f.subject for f in kept] == ["a", "b"]


def test_stages_report_before_their_pass() -> None:
    reports: list[tuple[int, int, str]] = []
    bar = DocumentProgress(lambda done, total, phase: reports.append((done, total, phase)), 200_000, tail=0.2)
    bar.start("relations")
    order: list[str] = []
    passes = (dp.DocumentPass("one", lambda p: order.append(reports[-1][2]) or [], stage=("posts", 0.9)),)
    dp.run_passes(_input([], bar), passes)
    assert "posts" in order[0]


def test_registry_names_are_unique_and_every_pass_says_why() -> None:
    names = [step.name for step in dp.PASSES]
    assert len(names) == len(set(names))
    assert all(step.why for step in dp.PASSES)
    assert {step.mode for step in dp.PASSES} == {"add", "replace", "update"}
    # the order that matters: prose posts are reviewed after the lists, amounts are set last
    assert names.index("listed-posts") < names.index("prose-posts-reviewed") < names.index("sentence-sums")


def test_rules_command_lists_both_layers_in_run_order() -> None:
    result = CliRunner().invoke(main, ["rules"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    layers = [line.split()[0] for line in lines]
    assert layers.index("document") > max(i for i, layer in enumerate(layers) if layer == "sentence")
    assert any(line.split()[1] == "header-granter" for line in lines)
    doc_only = CliRunner().invoke(main, ["rules", "--layer", "document"]).output.splitlines()
    assert len(doc_only) == len(dp.PASSES) and all(line.startswith("document") for line in doc_only)
