"""Evaluation results for people (terminal text, a Markdown page with a chart) and for machines (JSON).

The TOTAL line keeps the layout of the contract's outside scorer, so figures can be
compared line by line with it and quoted in issues as they are.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from welfare_kg.evaluation.scoring import FAMILIES, Amounts, Counts, DocumentScore, Evaluation, RuleCounts, Totals

DETAIL_LISTS = ("missed_entities", "spurious_entities", "wrong_types", "missed_facts", "spurious_facts", "near_misses")


def total_line(t: Totals, label: str = "") -> str:
    e, ty, f = t.entities, t.typed, t.facts
    return (f"TOTAL{' ' + label if label else ''} entities P {_f(e.precision)} R {_f(e.recall)} F1 {_f(e.f1)} | "
            f"typed F1 {_f(ty.f1)} | facts P {_f(f.precision)} R {_f(f.recall)} F1 {_f(f.f1)}")


def summary_lines(t: Totals) -> list[str]:
    cd = t.cross_document
    lines = [f"cross-document: {cd.resolved}/{cd.things} resolved"
             + (f" (unresolved: {', '.join(cd.unresolved)})" if cd.unresolved else ""),
             f"amounts: {t.amounts.exact}/{t.amounts.stated} stated amounts found exact"]
    if t.diagnoses:
        lines.append(diagnosis_line(t))
    return lines


def diagnosis_line(t: Totals) -> str:
    """The near-miss classes of missed entities summed over classes of entity (the JSON keeps them apart)."""
    kinds: dict[str, int] = {}
    for label, n in t.diagnoses.items():
        head = label.split(" (")[0]  # "near miss: boundary", "missed entity in text: base form"
        kinds[head] = kinds.get(head, 0) + n
    near = ", ".join(f"{k.removeprefix('near miss: ')} {kinds[k]}" for k in
                     ("near miss: boundary", "near miss: form", "near miss: type") if k in kinds)
    where = ", ".join(f"{k.removeprefix('missed entity in text: ')} {kinds[k]}" for k in
                      ("missed entity in text: base form", "missed entity in text: inflected only",
                       "missed entity in text: not as written") if k in kinds)
    return f"missed entities: near misses {near or 'none'}" + (f"; in the text {where}" if where else "")


def _f(x: float) -> str:
    """Two decimals of the value rounded to three first, as the contract's scorer prints: lines agree to the digit."""
    return f"{round(x, 3):.2f}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _amounts(a: Amounts) -> str:
    """Exact/stated, or a dash where the gold states no amount (0/0 reads like a failure)."""
    return f"{a.exact}/{a.stated}" if a.stated else "-"


def _prf(c: Counts) -> str:
    return f"{_f(c.precision)} {_f(c.recall)} {_f(c.f1)}"


def format_text(ev: Evaluation, *, details: bool = False, by_rule: bool = False) -> str:
    """Per-document table, mistakes (with `details`), the counts per rule (with `by_rule`), then
    cross-document, amounts and TOTAL lines."""
    width = max([len("document"), *(len(d.doc) for d in ev.documents)])
    kind_w = max([len("kind"), *(len(d.kind) for d in ev.documents)])
    head = (f"{'document':<{width}}  {'kind':<{kind_w}}  entities P    R    F1   typed F1 | "
            f"facts P    R    F1   | amounts")
    lines = [head, "-" * len(head)]
    for d in ev.documents:
        lines.append(f"{d.doc:<{width}}  {d.kind:<{kind_w}}  {'':9}{_prf(d.entities)}   {_f(d.typed.f1)}   | "
                     f"{'':6}{_prf(d.facts)}   | {_amounts(d.amounts)}")
        if details:
            for name in DETAIL_LISTS:
                if items := getattr(d, name):
                    lines.append(f"  {name.replace('_', ' ')}: " + "; ".join(items))
    lines.append("")
    if len(ev.groups) > 1:
        for g in [*ev.groups, *ev.families]:
            cd = g.cross_document
            label = f"[{g.name}, {_plural(g.documents, 'document')}]"
            lines.append(f"{total_line(g, label)} | "
                         f"cross-document {cd.resolved}/{cd.things} | amounts {_amounts(g.amounts)}")
            if g.diagnoses:
                lines.append(f"  {diagnosis_line(g)}")
    if by_rule:
        lines += rule_lines(ev.total)
    lines += summary_lines(ev.total)
    lines.append(total_line(ev.total))
    return "\n".join(lines)


def least_precise_first(t: Totals) -> list[tuple[str, RuleCounts]]:
    """The rules' counts, least precise first, then the most facts first: where to look first."""
    return sorted(t.by_rule.items(), key=lambda rc: (rc[1].precision, -rc[1].stated, rc[0]))


def rule_lines(t: Totals) -> list[str]:
    """One line per rule, least precise first: a rule whose precision is under about half the F1 costs
    more than it adds, and `sole` says how many rows only that rule states (what leaving it out changes)."""
    if not t.by_rule:
        return []
    width = max(len("rule"), *(len(r) for r in t.by_rule))
    lines = [f"{'rule':<{width}}  right/stated  precision | sole right/stated", "-" * (width + 46)]
    for rule, c in least_precise_first(t):
        lines.append(f"{rule:<{width}}  {f'{c.right}/{c.stated}':>12}  {_f(c.precision):>9} | "
                     f"{f'{c.sole_right}/{c.sole_stated}':>17}")
    return [*lines, ""]


def _counts(c: Counts) -> dict[str, float | int]:
    return c.as_dict()


def _totals(t: Totals) -> dict[str, Any]:
    cd = t.cross_document
    return {"name": t.name, "documents": t.documents, "entities": _counts(t.entities),
            "entities_typed": _counts(t.typed), "facts": _counts(t.facts),
            "amounts": {"stated": t.amounts.stated, "exact": t.amounts.exact},
            "cross_document": {"things": cd.things, "resolved": cd.resolved, "unresolved": list(cd.unresolved)},
            "facts_by_predicate": {p: _counts(c) for p, c in t.by_predicate.items()},
            "near_miss_classes": dict(t.diagnoses),
            **({"facts_by_rule": {r: c.as_dict() for r, c in t.by_rule.items()}} if t.by_rule else {})}


def _document(d: DocumentScore) -> dict[str, Any]:
    out: dict[str, Any] = {"doc": d.doc, "kind": d.kind, "group": d.group, "entities": _counts(d.entities),
                           "entities_typed": _counts(d.typed), "facts": _counts(d.facts),
                           "amounts": {"stated": d.amounts.stated, "exact": d.amounts.exact}}
    out.update({name: list(getattr(d, name)) for name in DETAIL_LISTS})
    return out


def to_json(ev: Evaluation) -> dict[str, Any]:
    """Everything the evaluation found, as plain JSON data (stable keys, for scripts and CI)."""
    return {
        "total": _totals(ev.total),
        "groups": [_totals(g) for g in ev.groups],
        "families": [_totals(f) for f in ev.families],
        "documents": [_document(d) for d in ev.documents],
        "error_classes": [{"class": c, "count": n, "examples": ex} for c, n, ex in ev.error_classes()],
        "near_miss_classes": [{"class": c, "count": n, "examples": ex}
                              for c, n, ex in ev.error_classes(diagnoses=True)],
        # the held-out near-miss classes follow its error classes (counts only, as theirs)
        "held_out_error_classes": [{"class": c, "count": n} for c, n, _ in
                                   ev.error_classes(held_out=True) + ev.error_classes(held_out=True, diagnoses=True)],
        "skipped_gold": ev.skipped_gold,
        "failed": ev.failed,
    }


# ---------------------------------------------------------------------------------------------------- page


def _md(text: str) -> str:
    """Text from documents in a Markdown table cell: no table breaks, no raw HTML, no markup."""
    out = text.replace("\\", "\\\\").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "|*_`[]#":
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.split())


def write_chart(ev: Evaluation, path: Path) -> None:
    """Horizontal bars of entity and fact F1 per document (PNG), so weak documents stand out."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise RuntimeError("the chart needs matplotlib: pip install 'welfare-kg[docs]'") from exc
    docs = ev.documents
    names = [f"{d.doc} ({d.group})" if len(ev.groups) > 1 else d.doc for d in docs]
    fig, ax = plt.subplots(figsize=(8, 1.4 + 0.3 * max(1, len(docs))), layout="constrained")
    ys = range(len(docs))
    ax.barh([y - 0.2 for y in ys], [d.entities.f1 for d in docs], height=0.4, label="entities F1", color="#4477aa")
    ax.barh([y + 0.2 for y in ys], [d.facts.f1 for d in docs], height=0.4, label="facts F1", color="#ee6677")
    ax.set_yticks(list(ys), names, fontsize=7)
    ax.set_ylim(len(docs) - 0.5, -0.5)  # first document on top, no empty margin
    ax.set_xlim(0, 1)
    ax.axvline(ev.total.facts.f1, color="#ee6677", linestyle=":", linewidth=1)
    ax.axvline(ev.total.entities.f1, color="#4477aa", linestyle=":", linewidth=1)
    ax.set_xlabel("F1 (dotted lines: totals)")
    ax.xaxis.set_ticks_position("both")
    ax.tick_params(axis="x", labeltop=True)
    fig.legend(loc="outside lower center", ncol=2, fontsize=8, frameon=False)
    ax.set_title("Extraction quality per document", fontsize=10)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110, metadata={"Software": None})  # no version stamp: regenerating changes nothing
    plt.close(fig)


def _totals_row(t: Totals, label: str) -> str:
    e, f, cd = t.entities, t.facts, t.cross_document
    return (f"| {_md(label)} | {t.documents} | {_f(e.precision)} | {_f(e.recall)} | {_f(e.f1)} | {_f(t.typed.f1)} | "
            f"{_f(f.precision)} | {_f(f.recall)} | {_f(f.f1)} | {_amounts(t.amounts)} | "
            f"{cd.resolved}/{cd.things} |")


def format_page(ev: Evaluation, *, command: str, image: str | None = "quality.png") -> str:
    """The results page: totals, TOTAL lines, the largest error classes, per-document table, chart."""
    lines = ["# Extraction quality", "",
             "Entities and facts the pipeline extracts, scored against hand-made gold annotations by the",
             "rules of the extraction contract (names in base form, compared ignoring case, punctuation and",
             "dashes; a fact needs subject, predicate and object, and a stated amount to the euro; optional",
             "gold items are neither demanded nor penalised).", "",
             f"Regenerate with `{command}`.", "", "## Totals", "",
             "| set | documents | entity P | entity R | entity F1 | typed F1 | fact P | fact R | fact F1 "
             "| amounts exact | cross-document |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    groups = ev.groups if len(ev.groups) > 1 else []
    lines += [_totals_row(g, g.name) for g in groups]
    lines += [_totals_row(f, f"{f.name} (all {FAMILIES.get(f.name, '')} files)") for f in ev.families]
    lines += [_totals_row(ev.total, "all"), "", "```"]
    lines += [total_line(g, f"[{g.name}]") for g in [*groups, *ev.families]]
    lines += [total_line(ev.total), "```", ""]
    if ev.skipped_gold or ev.failed:
        lines += [f"Not scored (annotated, not among the documents): {_md(', '.join(ev.skipped_gold))}"] \
            if ev.skipped_gold else []
        lines += [f"Failed to load: {_md('; '.join(ev.failed))}"] if ev.failed else []
        lines.append("")
    classes = ev.error_classes(5)
    lines += ["## Largest error classes", ""]
    if classes:
        lines += ["| class | count | examples |", "|---|---:|---|"]
        lines += [f"| {_md(c)} | {n} | {'; '.join(_md(x) for x in ex)} |" for c, n, ex in classes]
    else:
        lines.append("No errors.")
    if ev.total.by_predicate:
        lines += ["", "## Facts by predicate", "", "| predicate | right / extracted | precision | found / required "
                  "| recall | F1 |", "|---|---:|---:|---:|---:|---:|"]
        lines += [f"| {p} | {c.right}/{c.extracted} | {_f(c.precision)} | {c.found}/{c.required} | "
                  f"{_f(c.recall)} | {_f(c.f1)} |" for p, c in ev.total.by_predicate.items()]
    if ev.total.by_rule:
        lines += ["", "## Facts by extraction rule", "",
                  "Each fact's `wkg:rule` names the rule that stated it; least precise first. *Sole* counts the",
                  "rows no other rule also states: what leaving the rule out would lose and save.", "",
                  "| rule | right / stated | precision | sole right / stated |", "|---|---:|---:|---:|"]
        lines += [f"| {_md(r)} | {c.right}/{c.stated} | {_f(c.precision)} | {c.sole_right}/{c.sole_stated} |"
                  for r, c in least_precise_first(ev.total)]
    lines += ["", "## Per document", ""]
    if image:
        lines += [f"![Entity and fact F1 per document]({image})", ""]
    lines += ["| document | set | kind | entity P | entity R | entity F1 | fact P | fact R | fact F1 | amounts |",
              "|---|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for d in ev.documents:
        e, f = d.entities, d.facts
        lines.append(f"| {_md(d.doc)} | {_md(d.group)} | {_md(d.kind)} | {_f(e.precision)} | {_f(e.recall)} | "
                     f"{_f(e.f1)} | {_f(f.precision)} | {_f(f.recall)} | {_f(f.f1)} | "
                     f"{_amounts(d.amounts)} |")
    return "\n".join(lines) + "\n"


def write_report(ev: Evaluation, page: Path, *, command: str, image: Path | None = None) -> Path:
    """Write the page and its chart (beside it, same stem, .png unless `image` says otherwise)."""
    image = image or page.with_suffix(".png")
    write_chart(ev, image)
    page.parent.mkdir(parents=True, exist_ok=True)
    rel = os.path.relpath(image, page.parent).replace(os.sep, "/")
    page.write_text(format_page(ev, command=command, image=rel), encoding="utf-8")
    return image
