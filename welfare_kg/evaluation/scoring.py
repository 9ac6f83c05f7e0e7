"""Scoring extracted rows against gold, by the rules of the extraction contract (FACTS.md).

Input is what the two contract queries return (`entities.rq`: entity, type, label,
document; `facts.rq`: subject, predicate, object, amount, document) as plain string rows,
so results from the local pipeline, a saved CSV or a remote endpoint score the same way.

The rules, and why:

* An extracted entity is *aligned* with a gold entity of a document when one of its
  labels equals one of the gold names after normalisation (case, punctuation and dashes
  do not count; inflection does, so the graph must label things by base forms). A label
  match with the right class wins over one without, so "Vasso" the competence centre
  does not align with a project that happens to share a name.
* Entity precision counts every typed entity a document mentions; it is right when it
  aligns with any gold entity of the document, optional ones included. Recall counts
  required gold entities only: optional ones (implicit in the text) are neither
  demanded nor penalised. Typed scores additionally demand a shared class.
* A fact row is right when its subject and object align with the keys of one of a gold
  fact's alternatives and the predicate is the same; where the gold gives an amount the
  row's amount must be within one euro. An entity the document's own rows do not name
  is looked up by the key it aligned with in the first document that names it, so a
  fact may point at a thing introduced elsewhere.
* Cross-document resolution: a thing annotated (as required) in several documents must
  be one IRI in all of them, otherwise queries across documents split it in two.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath

from welfare_kg.evaluation.gold import PREDICATES, TYPES, GoldDocument, GoldEntity

AMOUNT_TOLERANCE_EUR = 1.0  # "to the euro": rounding of cents is not an error
_DASHES = re.compile(r"[\-\u2010-\u2015\u2212]")
_PUNCT = re.compile(r"[^\w\s]")


def normalise_name(text: str) -> str:
    """Comparable form of a name: case-folded, punctuation and dashes as spaces, spaces collapsed."""
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(_PUNCT.sub(" ", _DASHES.sub(" ", text)).split())


def local_name(term: str) -> str:
    """Last segment of an IRI after '#' or '/', as the contract compares types and predicates."""
    return re.split(r"[#/]", term.rstrip("#/"))[-1] if term else ""


def document_name(term: str) -> str:
    """File name of a document given as an IRI or a (POSIX or Windows) path."""
    return local_name(term.replace("\\", "/"))


def document_stem(name: str) -> str:
    return PurePath(name).stem


# ---------------------------------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Counts:
    """Precision counts right extracted items, recall counts found required gold items."""

    right: int = 0  # extracted items that are right
    extracted: int = 0
    found: int = 0  # required gold items found
    required: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.right + other.right, self.extracted + other.extracted,
                      self.found + other.found, self.required + other.required)

    @property
    def precision(self) -> float:
        return self.right / self.extracted if self.extracted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "right": self.right, "extracted": self.extracted, "found": self.found, "required": self.required}


@dataclass(frozen=True)
class Amounts:
    """Required gold facts that state an amount, and how many of them were found with it exact."""

    stated: int = 0
    exact: int = 0

    def __add__(self, other: Amounts) -> Amounts:
        return Amounts(self.stated + other.stated, self.exact + other.exact)

    @property
    def rate(self) -> float:
        return self.exact / self.stated if self.stated else 1.0


@dataclass(frozen=True)
class RuleCounts:
    """How the fact rows one extraction rule stated fared: all of them, and those no other rule also stated
    (what leaving the rule out would lose and save)."""

    right: int = 0
    stated: int = 0
    sole_right: int = 0
    sole_stated: int = 0

    def __add__(self, other: RuleCounts) -> RuleCounts:
        return RuleCounts(self.right + other.right, self.stated + other.stated,
                          self.sole_right + other.sole_right, self.sole_stated + other.sole_stated)

    @property
    def precision(self) -> float:
        return self.right / self.stated if self.stated else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 3), "right": self.right, "stated": self.stated,
                "sole_right": self.sole_right, "sole_stated": self.sole_stated}


@dataclass(frozen=True)
class CrossDocument:
    things: int
    resolved: int
    unresolved: tuple[str, ...]

    @property
    def rate(self) -> float:
        return self.resolved / self.things if self.things else 1.0


@dataclass(frozen=True)
class ErrorItem:
    """One mistake, with the class it is counted under on the results page."""

    kind: str  # missed entity, spurious entity, wrong type, missed fact, spurious fact, wrong amount
    detail: str  # type or predicate (and reason) that groups it
    item: str  # what it is, for people


@dataclass
class DocumentScore:
    doc: str
    kind: str
    group: str
    entities: Counts
    typed: Counts
    facts: Counts
    amounts: Amounts
    missed_entities: list[str] = field(default_factory=list)
    spurious_entities: list[str] = field(default_factory=list)
    wrong_types: list[str] = field(default_factory=list)
    missed_facts: list[str] = field(default_factory=list)
    spurious_facts: list[str] = field(default_factory=list)
    near_misses: list[str] = field(default_factory=list)  # what kind of miss each missed entity is (nearmiss)
    errors: list[ErrorItem] = field(default_factory=list)
    diagnoses: list[ErrorItem] = field(default_factory=list)  # classes of near_misses, counted apart from errors
    by_predicate: dict[str, Counts] = field(default_factory=dict)  # fact counts of each predicate
    by_rule: dict[str, RuleCounts] = field(default_factory=dict)  # fact rows of each rule (when rules are given)
    concealed: bool = False  # a held-out document: its mistakes are counted by class, never shown
    # missed facts whose two entities were found: (predicate, alternatives), for the distance diagnosis
    unlinked: list[tuple[str, tuple[tuple[str, str, str], ...]]] = field(default_factory=list, repr=False)
    # missed facts with an end not found: (predicate, (subject key or "", object key or "")), the unfound ends
    unfound: list[tuple[str, tuple[str, str]]] = field(default_factory=list, repr=False)
    # gold key -> IRIs aligned with it in this document (cross-document resolution)
    iris_of_key: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)


@dataclass
class Totals:
    name: str
    documents: int
    entities: Counts
    typed: Counts
    facts: Counts
    amounts: Amounts
    cross_document: CrossDocument
    by_predicate: dict[str, Counts] = field(default_factory=dict)
    diagnoses: dict[str, int] = field(default_factory=dict)  # near-miss class -> count, largest first
    by_rule: dict[str, RuleCounts] = field(default_factory=dict)  # empty unless the rules of the facts were given


@dataclass
class Evaluation:
    documents: list[DocumentScore]
    total: Totals
    groups: list[Totals]  # one per annotation file (e.g. seeds, dev-minutes)
    skipped_gold: list[str] = field(default_factory=list)  # annotated documents not evaluated
    failed: list[str] = field(default_factory=list)  # documents the pipeline could not read
    # the annotation files of one corpus together (every dev-*.jsonl: "development"), so that the corpus's own
    # figures, cross-document resolution above all, are read as one set and not only mixed into "all"
    families: list[Totals] = field(default_factory=list)

    def error_classes(self, limit: int | None = None, *, held_out: bool = False,
                      diagnoses: bool = False) -> list[tuple[str, int, list[str]]]:
        """(class, count, a few examples), largest first: where the extractor loses most. The development
        documents' classes, or with `held_out` the held-out documents' (counts only: their examples are gone).
        With `diagnoses`, the near-miss classes of missed entities instead (they overlap the error classes)."""
        counts: Counter[str] = Counter()
        examples: dict[str, list[str]] = defaultdict(list)
        for d in self.documents:
            if d.concealed != held_out:
                continue
            for e in d.diagnoses if diagnoses else d.errors:
                label = f"{e.kind}: {e.detail}"
                counts[label] += 1
                if e.item and len(examples[label]) < 3:
                    examples[label].append(f"{d.doc}: {e.item}")
        return [(label, n, examples[label]) for label, n in counts.most_common(limit)]


# ---------------------------------------------------------------------------------------------------- scoring


@dataclass
class _Extracted:
    types: set[str] = field(default_factory=set)
    labels: set[str] = field(default_factory=set)  # normalised
    shown: set[str] = field(default_factory=set)  # as written, for lists of mistakes
    docs: set[str] = field(default_factory=set)


def _collect_entities(rows: Iterable[Mapping[str, str]]) -> dict[str, _Extracted]:
    found: dict[str, _Extracted] = {}
    for row in rows:
        iri, kind = row.get("entity") or "", local_name(row.get("type") or "")
        if not iri or kind not in TYPES:
            continue
        e = found.setdefault(iri, _Extracted())
        e.types.add(kind)
        if label := row.get("label"):
            e.labels.add(normalise_name(label))
            e.shown.add(label)
        if doc := row.get("document"):
            e.docs.add(document_name(doc))
    return found


class _DocIndex:
    """Which extracted names of documents stand for a gold document (by file name or its stem)."""

    def __init__(self, names: Iterable[str]) -> None:
        self.by_name: dict[str, set[str]] = defaultdict(set)
        self.by_stem: dict[str, set[str]] = defaultdict(set)
        for n in names:
            self.by_name[n].add(n)
            self.by_stem[document_stem(n)].add(n)

    def matching(self, gold_doc: str) -> set[str]:
        stem = document_stem(gold_doc)
        return self.by_name.get(gold_doc, set()) | self.by_name.get(stem, set()) | self.by_stem.get(stem, set())


def _align(e: _Extracted, gold: GoldDocument, names: dict[str, set[str]]) -> GoldEntity | None:
    """The gold entity of `gold` that extracted entity `e` stands for; a class match is preferred."""
    by_label = [g for g in gold.entities if e.labels & names[g.key]]
    return next((g for g in by_label if e.types & set(g.types)), by_label[0] if by_label else None)


def _short(term: str) -> str:
    """A gold key as it is, an IRI (an entity no gold entity matched) by its last two path segments."""
    return "/".join(term.rstrip("/").split("/")[-2:]) if "://" in term else term


def _show(iri: str, e: _Extracted) -> str:
    label = min(e.shown) if e.shown else local_name(iri)
    return f"{label} ({'/'.join(sorted(e.types))})"


def score_rows(gold: Sequence[GoldDocument], entity_rows: Iterable[Mapping[str, str]],
               fact_rows: Iterable[Mapping[str, str]], *, skipped_gold: Sequence[str] = (),
               failed: Sequence[str] = (), texts: Mapping[str, str] | None = None,
               rule_rows: Iterable[Mapping[str, str]] | None = None) -> Evaluation:
    """Score the rows of the two contract queries against gold documents (all of them are scored).

    `texts` (gold document name -> its text) lets the near-miss diagnosis say whether a missed name
    is written in the text; scores never depend on it. `rule_rows` (the fact rows with a `rule` column)
    add the counts per extraction rule: which rules a user can trust on documents like these."""
    extracted = _collect_entities(entity_rows)
    docs_index = _DocIndex({d for e in extracted.values() for d in e.docs})
    iris_in: dict[str, list[str]] = defaultdict(list)  # extracted document name -> IRIs it mentions
    for iri, e in extracted.items():
        for d in e.docs:
            iris_in[d].append(iri)

    def mentioned(gold_doc: GoldDocument) -> list[str]:
        return sorted({iri for d in docs_index.matching(gold_doc.doc) for iri in iris_in[d]})

    names_per_doc = [{g.key: {normalise_name(n) for n in g.names} for g in doc.entities} for doc in gold]
    alignments = [{iri: _align(extracted[iri], doc, names) for iri in mentioned(doc)}
                  for doc, names in zip(gold, names_per_doc, strict=True)]
    # An entity named in facts but not among a document's entity rows keeps the key it has where first seen.
    first_key: dict[str, str] = {}
    for aligned in alignments:
        for iri, g in aligned.items():
            if g is not None:
                first_key.setdefault(iri, g.key)

    facts_of: dict[str, set[tuple[str, str, str, str]]] = defaultdict(set)  # extracted document name -> rows
    for row in fact_rows:
        if key := _fact_key(row):
            facts_of[document_name(row.get("document") or "")].add(key)
    facts_index = _DocIndex(facts_of)
    rules_of: dict[tuple[str, tuple[str, str, str, str]], set[str]] = defaultdict(set)
    for row in rule_rows or ():
        if key := _fact_key(row):
            rules_of[document_name(row.get("document") or ""), key].add(row.get("rule") or "(no rule)")

    documents = []
    for doc, aligned in zip(gold, alignments, strict=True):
        names = facts_index.matching(doc.doc)
        rows = set().union(*(facts_of[d] for d in names))
        row_rules = {key: set().union(*(rules_of.get((d, key), set()) for d in names)) for key in rows}
        documents.append(_score_document(doc, aligned, extracted, first_key, rows,
                                         row_rules if rule_rows is not None else None))
        _diagnose(documents[-1], doc, aligned, extracted, (texts or {}).get(doc.doc))

    groups = []
    for name in dict.fromkeys(d.group for d in gold):
        members = [s for s, d in zip(documents, gold, strict=True) if d.group == name]
        groups.append(_totals(name, members, [d for d in gold if d.group == name]))
    families = []
    for family, prefix in FAMILIES.items():
        names = {g.name for g in groups if g.name.startswith(prefix)}
        if len(names) > 1:
            families.append(_totals(family, [s for s in documents if s.group in names],
                                    [d for d in gold if d.group in names]))
    return Evaluation(documents, _totals("total", documents, list(gold)), groups, list(skipped_gold), list(failed),
                      families)


# annotation files named with one prefix are one corpus (eval/gold/dev-*.jsonl: the development corpus)
FAMILIES = {"development": "dev-"}


def _diagnose(s: DocumentScore, doc: GoldDocument, aligned: dict[str, GoldEntity | None],
              extracted: dict[str, _Extracted], text: str | None) -> None:
    """Near-miss classes of the document's missed entities (see `nearmiss`)."""
    from welfare_kg.evaluation.nearmiss import diagnose  # it uses normalise_name from here

    found = {g.key for g in aligned.values() if g is not None}
    missed = [g for g in doc.entities if not g.optional and g.key not in found]
    if missed:
        mentioned = [(extracted[iri], _show(iri, extracted[iri])) for iri in aligned]
        spurious = [(extracted[iri], _show(iri, extracted[iri])) for iri, g in aligned.items() if g is None]
        result = diagnose(missed, spurious, mentioned, text)
        s.diagnoses = [ErrorItem(kind, detail, item) for kind, detail, item in result.classes]
        s.near_misses = result.shown
    if text is not None and s.unlinked:
        s.diagnoses.extend(_distances(s.unlinked, doc, text))
    types = {g.key: "/".join(g.types) for g in doc.entities}
    for pred, (subj, obj) in s.unfound:
        ends = [f"subject {types.get(subj, '?')}" if subj else "", f"object {types.get(obj, '?')}" if obj else ""]
        s.diagnoses.append(ErrorItem("unfound end", f"{pred}: {' and '.join(e for e in ends if e)}",
                                     " ".join(k for k in (subj, obj) if k)))


def _distances(unlinked: Sequence[tuple[str, tuple[tuple[str, str, str], ...]]], doc: GoldDocument,
               text: str) -> list[ErrorItem]:
    """How far apart the text names the two ends of each relation that was not read: in one sentence (a sentence
    rule missed it), in one paragraph, or further (only the layout or the page's own subject links them). A blind
    set reports this count, never the names, and it says whether sentence rules or discourse rules are short."""
    from welfare_kg.evaluation.nearmiss import in_text  # it uses normalise_name from here

    names = {g.key: sorted({normalise_name(n) for n in g.names} - {""}, key=len, reverse=True) for g in doc.entities}
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
    sentences = [u for p in paragraphs for u in re.split(r"(?<=[.!?])\s+|\n", p) if u.strip()]
    # each unit normalised once, with its words: every fact's ends are looked up in the same units
    units = {where: [(norm, norm.split()) for norm in map(normalise_name, pieces)]
             for where, pieces in (("named in one sentence", sentences), ("named in one paragraph", paragraphs))}

    def named(key: str, norm: str, words: list[str]) -> bool:
        return bool(names.get(key)) and in_text(names[key], words, norm) != "not as written"

    out = []
    for pred, alternatives in unlinked:
        where = next((where for where, pieces in units.items()
                      if any(named(a[0], *u) and named(a[2], *u) for a in alternatives for u in pieces)),
                     "named further apart")
        out.append(ErrorItem("unlinked ends", f"{pred}: {where}", " ".join(alternatives[0])))
    return out


def _amount_matches(amount: str, gold_eur: float | None) -> bool:
    if gold_eur is None:
        return True
    try:
        return abs(float(amount) - gold_eur) <= AMOUNT_TOLERANCE_EUR
    except ValueError:  # no amount where the text states one
        return False


def _fact_key(row: Mapping[str, str]) -> tuple[str, str, str, str] | None:
    """(subject, predicate, object, amount) of a fact row of a scored predicate, else None."""
    pred = local_name(row.get("predicate") or "")
    if pred not in PREDICATES:
        return None
    return (row.get("subject") or "", pred, row.get("object") or "", row.get("amount") or "")


def _score_document(doc: GoldDocument, aligned: dict[str, GoldEntity | None], extracted: dict[str, _Extracted],
                    first_key: dict[str, str], rows: set[tuple[str, str, str, str]],
                    row_rules: dict[tuple[str, str, str, str], set[str]] | None = None) -> DocumentScore:
    required = [g for g in doc.entities if not g.optional]
    typed_ok = {iri: g for iri, g in aligned.items() if g is not None and extracted[iri].types & set(g.types)}
    found = {g.key for g in aligned.values() if g is not None}
    found_typed = {g.key for g in typed_ok.values()}
    right = sum(g is not None for g in aligned.values())
    s = DocumentScore(
        doc.doc, doc.kind, doc.group,
        entities=Counts(right, len(aligned), sum(g.key in found for g in required), len(required)),
        typed=Counts(len(typed_ok), len(aligned), sum(g.key in found_typed for g in required), len(required)),
        facts=Counts(), amounts=Amounts(),
    )
    iris_of_key: dict[str, set[str]] = defaultdict(set)
    for iri, g in aligned.items():
        if g is None:
            s.spurious_entities.append(_show(iri, extracted[iri]))
            s.errors.append(ErrorItem("spurious entity", "/".join(sorted(extracted[iri].types)),
                                      _show(iri, extracted[iri])))
            continue
        iris_of_key[g.key].add(iri)
        if iri not in typed_ok:
            s.wrong_types.append(f"{_show(iri, extracted[iri])} is a {'/'.join(g.types)}")
            s.errors.append(ErrorItem("wrong type", f"{'/'.join(g.types)} as {'/'.join(sorted(extracted[iri].types))}",
                                      _show(iri, extracted[iri])))
    s.iris_of_key = {k: frozenset(v) for k, v in iris_of_key.items()}
    for g in required:
        if g.key not in found:
            s.missed_entities.append(f"{g.names[0]} ({'/'.join(g.types)})")
            s.errors.append(ErrorItem("missed entity", "/".join(g.types), g.names[0]))

    key_of = {iri: g.key for iri, g in aligned.items() if g is not None}
    matched: set[int] = set()
    near: set[int] = set()  # gold facts whose triple was found with a wrong or missing amount
    right_rows = 0
    per_pred: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # right, extracted, found, required
    per_rule: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # right, stated, sole right, sole stated
    stated: set[tuple[str, str, str]] = set()
    for subj, pred, obj, amount in sorted(rows):
        triple = (key_of.get(subj) or first_key.get(subj) or subj, pred, key_of.get(obj) or first_key.get(obj) or obj)
        stated.add(triple)
        shown = " ".join((_short(triple[0]), pred, _short(triple[2]))) + (f" {amount}" if amount else "")
        hits = [i for i, f in enumerate(doc.facts) if triple in f.alternatives]
        good = [i for i in hits if _amount_matches(amount, doc.facts[i].amount_eur)]
        matched.update(good)
        per_pred[pred][1] += 1
        per_pred[pred][0] += bool(good)
        rules = (row_rules or {}).get((subj, pred, obj, amount)) or ({"(no rule)"} if row_rules is not None else set())
        for rule in rules:
            counts = per_rule[rule]
            counts[0] += bool(good)
            counts[1] += 1
            if len(rules) == 1:
                counts[2] += bool(good)
                counts[3] += 1
        if good:
            right_rows += 1
            continue
        # with the rules known, a wrong row names the rules that stated it: which rule to mend or distrust
        made_by = f" [{', '.join(sorted(rules))}]" if row_rules is not None else ""
        if hits:
            near.update(hits)
            s.spurious_facts.append(f"{shown} (amount: {doc.facts[hits[0]].amount_eur:.0f} EUR){made_by}")
            s.errors.append(ErrorItem("wrong amount", pred, shown))
        else:
            s.spurious_facts.append(shown + made_by)
            s.errors.append(ErrorItem("spurious fact", pred, shown))
    required_facts = [i for i, f in enumerate(doc.facts) if not f.optional]
    for i in required_facts:
        if i in matched:
            continue
        f = doc.facts[i]
        s.missed_facts.append(f.describe())
        if i in near:
            reason = "amount wrong or missing"
        elif not any(a[0] in found and a[2] in found for a in f.alternatives):
            reason = "an entity not found"
            best = min(f.alternatives, key=lambda a: (a[0] not in found) + (a[2] not in found))
            s.unfound.append((best[1], tuple(end if end not in found else "" for end in (best[0], best[2]))))
        else:
            reason = "relation not found" + _how_missed(f.alternatives, stated)
            s.unlinked.append((f.alternatives[0][1], f.alternatives))
        s.errors.append(ErrorItem("missed fact", f"{f.alternatives[0][1]} ({reason})", f.describe()))
    for i in required_facts:
        pred = doc.facts[i].alternatives[0][1]
        per_pred[pred][3] += 1
        per_pred[pred][2] += i in matched
    s.by_predicate = {p: Counts(*c) for p, c in sorted(per_pred.items())}
    s.by_rule = {r: RuleCounts(*c) for r, c in sorted(per_rule.items())}
    s.facts = Counts(right_rows, len(rows), sum(i in matched for i in required_facts), len(required_facts))
    with_amount = [i for i in required_facts if doc.facts[i].amount_eur is not None]
    s.amounts = Amounts(len(with_amount), sum(i in matched for i in with_amount))
    s.spurious_entities.sort()
    return s


def _how_missed(alternatives: Sequence[tuple[str, str, str]], stated: set[tuple[str, str, str]]) -> str:
    """Which near relation the document did state, so that error classes (the only thing a blind set
    reports) tell a wrong direction or a wrong partner from a relation never read at all."""
    pairs = {(s, o) for s, _, o in stated}
    if any((o, p, s) in stated for s, p, o in alternatives):
        return ": stated the other way round"
    if any((s, o) in pairs for s, _, o in alternatives):
        return ": the pair has another predicate"
    if any(ss == s and pp == p for s, p, _ in alternatives for ss, pp, _ in stated):
        return ": the subject has it to another object"
    if any(oo == o and pp == p for _, p, o in alternatives for _, pp, oo in stated):
        return ": the object has it from another subject"
    return ": no such link from either"


def cross_document(scores: Sequence[DocumentScore], gold: Sequence[GoldDocument]) -> CrossDocument:
    """Things annotated as required in several documents, and whether each is one IRI in all of them."""
    docs_of_key: dict[str, list[int]] = defaultdict(list)
    for i, doc in enumerate(gold):
        for g in doc.entities:
            if not g.optional:
                docs_of_key[g.key].append(i)
    things = sorted(k for k, ds in docs_of_key.items() if len(ds) > 1)
    unresolved = []
    for key in things:
        iris = [scores[i].iris_of_key.get(key, frozenset()) for i in docs_of_key[key]]
        if not frozenset.intersection(*iris):
            unresolved.append(key)
    return CrossDocument(len(things), len(things) - len(unresolved), tuple(unresolved))


def _totals(name: str, scores: Sequence[DocumentScore], gold: Sequence[GoldDocument]) -> Totals:
    return Totals(
        name, len(scores),
        entities=sum((s.entities for s in scores), Counts()),
        typed=sum((s.typed for s in scores), Counts()),
        facts=sum((s.facts for s in scores), Counts()),
        amounts=sum((s.amounts for s in scores), Amounts()),
        cross_document=cross_document(scores, gold),
        by_predicate={p: sum((s.by_predicate.get(p, Counts()) for s in scores), Counts())
                      for p in sorted({p for s in scores for p in s.by_predicate})},
        diagnoses=dict(Counter(f"{e.kind}: {e.detail}" for s in scores for e in s.diagnoses).most_common()),
        by_rule={r: sum((s.by_rule.get(r, RuleCounts()) for s in scores), RuleCounts())
                 for r in sorted({r for s in scores for r in s.by_rule})},
    )
