"""Would spaCy's Finnish model pay its way? Measured on the development corpus, not integrated.

    pip install spacy-fi-experimental-web-md      # not a project dependency; needs Debian Voikko
    nice python benchmarks/bench_spacy.py [--json out.json] [--examples 15]

Issue 12 asks to keep a real parser only where the rules hit their limit and only if the
development corpus shows it pays. This experiment answers that with counts, on the documents
eval/corpus/{m_,p_,h_}*.txt and their gold (dev-minutes, dev-pages, dev-added); the held-out set
and the blind documents (n_*, dev-new-*) are never read.

1. The pipeline as users get it (ingest into a fresh store, the contract queries, the project's
   scoring): which required gold entities it misses, per document.
2. spaCy's NER spans and noun chunks over the same texts (the loader's text, as the pipeline sees
   it). A span *finds* a gold entity when one of its forms equals a gold name after the
   evaluation's normalisation (`normalise_name`: case, punctuation and dashes ignored). Inflection
   counts there, so each span is tried as written, fully lemmatised, with only its last word
   lemmatised (Finnish names inflect the head: "Pirkanmaan liitolle" -> "Pirkanmaan liitto") and
   with the words that agree in case with the head lemmatised ("Suomen Punaiselle Ristille" ->
   "Suomen Punainen Risti"). Trying several forms makes the gain an upper bound.
3. The precision cost: distinct spans (per document, by form) that match no gold entity, split by
   whether the pipeline already has that label (no new cost) or not (a new spurious entity if
   spaCy's spans were admitted as entities).
4. CPU per character: `nlp.pipe` (whole model, NER alone, parse without NER) against the
   pipeline's recognition and its whole extraction of the same texts.
5. For the required gold facts the pipeline misses: whether subject and object are named in one
   sentence and the dependency parse joins them through a verb, and through a trigger verb of
   the predicate. A rough upper bound of what a parse-based rule could add.

While the model loads and runs, opening a network connection raises and is counted: the model
must not fetch anything at run time.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import time
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from welfare_kg.evaluation.gold import GoldDocument, load_gold
from welfare_kg.evaluation.run import contract_rows
from welfare_kg.evaluation.scoring import DocumentScore, document_name, normalise_name, score_rows

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "eval" / "corpus"
GOLD = [ROOT / "eval" / "gold" / f for f in ("dev-minutes.jsonl", "dev-pages.jsonl", "dev-added.jsonl")]
PREFIXES = ("m_", "p_", "h_")  # n_* and dev-new-* are kept blind
MODEL = "spacy_fi_experimental_web_md"
NAME_LABELS = ("ORG", "GPE", "LOC", "PERSON", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW")
MAX_CLOSE_PATH = 4  # tokens on the tree path, ends included: "X osallistuu Y:hyn", "X päätti toteuttaa Y:n"
MAX_CHUNK_TOKENS = 10  # longer n-grams are not names (the longest gold names have about ten words)

ORGS = {"Ministry", "Agency", "CompetenceCentre", "CooperationArea", "JointAuthority", "WellbeingCounty",
        "Company", "Association", "Parish", "Body", "Municipality", "Region"}
PLACES = {"Municipality", "Region", "WellbeingCounty", "CooperationArea"}
UNDERTAKINGS = {"Project", "Programme", "Agreement", "WorkPackage"}
# Generous: a label "fits" a gold type if a rule could reasonably map one to the other.
FITS: dict[str, set[str]] = {
    "ORG": ORGS | UNDERTAKINGS, "GPE": PLACES | ORGS, "LOC": PLACES, "PERSON": {"Person"},
    "NORP": ORGS, "FAC": ORGS | UNDERTAKINGS, "EVENT": UNDERTAKINGS, "PRODUCT": UNDERTAKINGS,
    "WORK_OF_ART": UNDERTAKINGS, "LAW": UNDERTAKINGS,
}
# Verbs (lemmas) a parse-based rule for each predicate could key on: broader than the rules'
# own lists on purpose, since this part is an upper bound.
TRIGGERS: dict[str, set[str]] = {
    "funds": {"myöntää", "rahoittaa", "maksaa", "avustaa", "tukea", "saada", "jakaa", "osoittaa", "rahoitta"},
    "coordinates": {"hallinnoida", "koordinoida", "toteuttaa", "vetää", "johtaa", "vastata", "toimia", "hakea",
                    "käynnistää", "ylläpitää"},
    "participatesIn": {"osallistua", "olla", "toteuttaa", "sitoutua", "liittyä", "kuulua", "toimia", "tehdä",
                       "allekirjoittaa"},
    "contributes": {"maksaa", "osallistua", "rahoittaa", "varata"},
    "partOf": {"kuulua", "olla", "toteuttaa", "toimia"},
    "coversArea": {"toimia", "kattaa", "olla", "toteuttaa", "palvella"},
    "holdsPost": {"toimia", "olla", "valita", "nimetä", "työskennellä"},
    "decides": {"hyväksyä", "päättää", "allekirjoittaa", "valita", "merkitä", "myöntää", "esittää"},
}


# ---------------------------------------------------------------------------------------------------- guards


@dataclass
class NetworkGuard:
    """Connections the model tried to open (each one refused)."""

    attempts: list[str] = field(default_factory=list)


@contextmanager
def no_network() -> Iterator[NetworkGuard]:
    """Refuse and record every outgoing connection and name lookup: the model must work offline."""
    guard = NetworkGuard()
    connect, lookup = socket.socket.connect, socket.getaddrinfo

    def refuse_connect(self: socket.socket, address: Any) -> None:
        guard.attempts.append(f"connect {address!r}")
        raise OSError("network refused by bench_spacy")

    def refuse_lookup(*args: Any, **kwargs: Any) -> Any:
        guard.attempts.append(f"getaddrinfo {args[:2]!r}")
        raise OSError("network refused by bench_spacy")

    socket.socket.connect = refuse_connect  # type: ignore[method-assign]
    socket.getaddrinfo = refuse_lookup  # type: ignore[assignment]
    try:
        yield guard
    finally:
        socket.socket.connect = connect  # type: ignore[method-assign]
        socket.getaddrinfo = lookup


def cpu(fn: Callable[[], object], repeat: int = 2) -> float:
    """Smallest CPU time (all threads of this process) of `repeat` runs: the load of others is not ours."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


# ---------------------------------------------------------------------------------------------------- pipeline


@dataclass
class PipelineResult:
    scores: dict[str, DocumentScore]
    labels: dict[str, set[str]]  # document -> normalised labels of the entities the pipeline made
    entity_counts: tuple[int, int, int, int]  # right, extracted, found, required


def run_pipeline(files: Sequence[Path], gold: Sequence[GoldDocument]) -> PipelineResult:
    """The real ingest and the project's own scoring, keeping what the CLI's report does not show."""
    from welfare_kg.graph.store import KGStore
    from welfare_kg.ingest import ingest

    store = KGStore(None)
    ingest([str(p) for p in files], store, jobs=1)
    entity_rows, fact_rows = contract_rows(store)
    ev = score_rows(gold, entity_rows, fact_rows)
    labels: dict[str, set[str]] = defaultdict(set)
    for row in entity_rows:
        if row.get("label") and row.get("document"):
            labels[document_name(row["document"])].add(normalise_name(row["label"]))
    t = ev.total.entities
    return PipelineResult({s.doc: s for s in ev.documents}, labels, (t.right, t.extracted, t.found, t.required))


def missed_entities(doc: GoldDocument, score: DocumentScore) -> list[str]:
    return [g.key for g in doc.entities if not g.optional and g.key not in score.iris_of_key]


def missed_facts(doc: GoldDocument, score: DocumentScore) -> list[tuple[int, str]]:
    """(index, reason) of required gold facts the pipeline missed; the reason as the scoring gives it."""
    pending = Counter(score.missed_facts)
    out = []
    for i, f in enumerate(doc.facts):
        if not f.optional and pending[f.describe()] > 0:
            pending[f.describe()] -= 1
            found = set(score.iris_of_key)
            reason = ("relation not found" if any(a[0] in found and a[2] in found for a in f.alternatives)
                      else "an entity not found")
            out.append((i, reason))
    return out


# ---------------------------------------------------------------------------------------------------- spaCy forms


def span_forms(tokens: Sequence[Any]) -> set[str]:
    """Normalised candidate base forms of a token sequence (see the module docstring)."""
    if not tokens:
        return set()
    head = tokens[-1]
    head_case = head.morph.get("Case")
    surface = "".join(t.text_with_ws for t in tokens)
    lemmas = "".join(t.lemma_ + t.whitespace_ for t in tokens)
    head_only = "".join(t.text_with_ws for t in tokens[:-1]) + head.lemma_
    agreeing = "".join((t.lemma_ if head_case and t.morph.get("Case") == head_case else t.text) + t.whitespace_
                       for t in tokens[:-1]) + head.lemma_
    return {f for f in (normalise_name(x) for x in (surface, lemmas, head_only, agreeing)) if f}


def trimmed(span: Any) -> list[Any]:
    """A span without leading/trailing punctuation (NER and chunks sometimes keep a dash or quote)."""
    toks = list(span)
    while toks and toks[0].is_punct:
        toks.pop(0)
    while toks and toks[-1].is_punct:
        toks.pop()
    return toks


def gold_names(doc: GoldDocument) -> dict[str, set[str]]:
    """Normalised gold name -> keys (optional entities included: matching one is not an error)."""
    out: dict[str, set[str]] = defaultdict(set)
    for g in doc.entities:
        for n in g.names:
            out[normalise_name(n)].add(g.key)
    return out


# ---------------------------------------------------------------------------------------------------- facts via parse


def name_mentions(sdoc: Any, names: dict[str, set[str]], max_len: int = MAX_CHUNK_TOKENS) -> dict[str, list[Any]]:
    """Gold key -> token spans of the parsed document whose forms equal one of its names.

    Searched over the whole document, not spaCy's sentences: the model's parser often cuts a
    sentence at " -hanke", which would hide the name itself.
    """
    out: dict[str, list[Any]] = defaultdict(list)
    toks = list(sdoc)
    for i in range(len(toks)):
        if toks[i].is_punct or toks[i].is_space:
            continue
        for j in range(i + 1, min(len(toks), i + max_len) + 1):
            if toks[j - 1].is_space or "\n" in toks[j - 1].text:
                break
            if toks[j - 1].is_punct:
                continue
            for form in span_forms(toks[i:j]):
                for key in names.get(form, ()):
                    out[key].append(sdoc[i:j])
    return out


def dependency_path(a: Any, b: Any) -> list[Any]:
    """Tokens on the tree path from token a to token b, both included; empty if they share no root."""
    up_a = [a, *a.ancestors]
    index = {t.i: k for k, t in enumerate(up_a)}
    from_b: list[Any] = []
    for t in [b, *b.ancestors]:
        if t.i in index:
            return up_a[:index[t.i] + 1] + list(reversed(from_b))
        from_b.append(t)
    return []


@dataclass
class FactLink:
    cooccur: bool = False  # subject and object named in one sentence
    verb: bool = False  # ... and the tree path between them passes through a verb
    trigger: bool = False  # ... a verb that is a trigger of the predicate
    close: bool = False  # ... and the path is short: subject, verb (perhaps one more word), object
    path: str = ""  # the tree path of the best pair, for reading the examples


def fact_link(alternatives: Iterable[tuple[str, str, str]], mentions: dict[str, list[Any]],
              sentence_of: Callable[[int], int]) -> FactLink:
    """How far the parse gets towards a fact; `sentence_of(char)` is the pipeline's own sentence split."""
    link = FactLink()
    for s_key, pred, o_key in alternatives:
        for s_span in mentions.get(s_key, ()):
            for o_span in mentions.get(o_key, ()):
                if sentence_of(s_span.start_char) != sentence_of(o_span.start_char) \
                        or (s_span.start < o_span.end and o_span.start < s_span.end):
                    continue
                link.cooccur = True
                path = dependency_path(s_span.root, o_span.root)
                if not link.verb:
                    link.path = " > ".join(f"{t.text}/{t.dep_}" for t in path) or "(no common root)"
                inner = [t for t in path if t.i not in {s_span.root.i, o_span.root.i}] or path
                verbs = [t for t in inner if t.pos_ in {"VERB", "AUX"}]
                if verbs:
                    link.verb = True
                    link.path = " > ".join(f"{t.text}/{t.dep_}" for t in path)
                    if any(t.lemma_ in TRIGGERS.get(pred, set()) for t in verbs):
                        link.trigger = True
                        if len(path) <= MAX_CLOSE_PATH:
                            link.close = True
                            return link
    return link


# ---------------------------------------------------------------------------------------------------- main


def corpus_files(limit: int | None = None) -> list[Path]:
    files = sorted(p for p in CORPUS.glob("*.txt") if p.name.startswith(PREFIXES))
    return files[:limit] if limit else files


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", type=Path, help="write all counts (and examples) to this file")
    ap.add_argument("--examples", type=int, default=12, help="examples printed per list")
    ap.add_argument("--limit", type=int, help="only the first N documents (a quick try)")
    ap.add_argument("--repeat", type=int, default=2, help="timing runs per measurement (the fastest counts)")
    a = ap.parse_args()

    from welfare_kg.extract.document import _is_heading, extract_document
    from welfare_kg.extract.entities import Recogniser
    from welfare_kg.extract.gazetteer import reference_gazetteer
    from welfare_kg.extract.morphology import get_morphology
    from welfare_kg.extract.text import sentences
    from welfare_kg.loaders import load_document

    load_before = os.getloadavg()
    files = corpus_files(a.limit)
    names = {p.name for p in files}
    gold = [g for g in load_gold(GOLD) if g.doc in names]
    gold_of = {g.doc: g for g in gold}
    files = [p for p in files if p.name in gold_of]
    records = {p.name: load_document(p) for p in files}
    texts = [records[p.name].text for p in files]
    chars = sum(len(t) for t in texts)
    head = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True,
                          text=True, check=False).stdout.strip()
    print(f"# spaCy Finnish model on the development corpus (code at {head or 'unknown'})\n")
    print(f"{len(files)} documents, {chars:,} characters "
          f"(loader text); load average at start {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}\n")

    # --- CPU of our recognition and extraction on the same texts
    gaz, morph = reference_gazetteer(), get_morphology()
    rec = Recogniser(gaz, morph)

    def our_recognition() -> None:
        for t in texts:
            for s in sentences(t):
                rec.sentence_mentions(s, t, title=_is_heading(s, t))

    def our_extraction() -> None:
        for p in files:
            extract_document(records[p.name], gazetteer=gaz, morph=morph)

    # First pass in a fresh process: Voikko's analyses are not cached yet (new documents, new words);
    # then the fastest of the repeats, caches warm (the same texts again: a lower bound of the cost).
    ext_cold = cpu(our_extraction, 1)
    rec_cpu, ext_cpu = cpu(our_recognition, a.repeat), cpu(our_extraction, a.repeat)

    # --- 1. the pipeline now
    pipe = run_pipeline(files, gold)
    right, extracted, found, required = pipe.entity_counts
    print(f"Pipeline entities: {found}/{required} required gold entities found, {right}/{extracted} "
          f"extracted entities right.\n")


    # --- 2. spaCy
    with no_network() as guard:
        import spacy
        import spacy_fi_experimental_web_md  # noqa: F401  the package that holds the model
        t0 = time.process_time()
        nlp = spacy.load(MODEL)
        load_cpu = time.process_time() - t0
        t0 = time.process_time()
        sdocs = list(nlp.pipe(texts))
        full_cold = time.process_time() - t0
        full_cpu = cpu(lambda: list(nlp.pipe(texts)), a.repeat)
        with nlp.select_pipes(enable=["ner"]):
            ner_cpu = cpu(lambda: list(nlp.pipe(texts)), a.repeat)
        with nlp.select_pipes(disable=["ner"]):
            parse_cpu = cpu(lambda: list(nlp.pipe(texts)), a.repeat)
    versions = {"spacy": spacy.__version__, "model": f"{nlp.meta['name']} {nlp.meta['version']}",
                "pipeline": nlp.pipe_names, "ner_labels": list(nlp.get_pipe("ner").labels)}

    # --- 3. gains and costs, per document
    gained: Counter[tuple[str, str]] = Counter()  # (gold type, source) -> missed gold entities found
    gained_typed: Counter[tuple[str, str]] = Counter()
    missed_by_type: Counter[str] = Counter()
    loose: Counter[str] = Counter()  # missed entities whose name is inside some span (boundary trouble)
    gain_examples: list[str] = []
    still_missed: list[str] = []
    span_stats: dict[str, Counter[str]] = defaultdict(Counter)  # label -> outcome -> distinct spans
    cost_examples: dict[str, list[str]] = defaultdict(list)
    fact_stats: dict[str, Counter[str]] = defaultdict(Counter)  # reason -> stage -> count
    fact_by_pred: dict[str, Counter[str]] = defaultdict(Counter)
    fact_examples: list[str] = []
    ner_recall: Counter[str] = Counter()  # required gold entities spaCy alone names

    for p, sdoc in zip(files, sdocs, strict=True):
        g = gold_of[p.name]
        score = pipe.scores[p.name]
        names_of = gold_names(g)
        ours = pipe.labels.get(p.name, set())
        missed = missed_entities(g, score)
        missed_set = set(missed)
        entity = {e.key: e for e in g.entities}

        # spans and the gold keys they name
        sources: list[tuple[str, list[Any]]] = [(e.label_, trimmed(e)) for e in sdoc.ents if e.label_ in NAME_LABELS]
        sources += [("noun chunk", trimmed(c)) for c in sdoc.noun_chunks]
        found_by: dict[str, set[str]] = defaultdict(set)  # gold key -> labels that found it
        seen: set[tuple[str, frozenset[str]]] = set()
        for label, toks in sources:
            if not toks:
                continue
            forms = frozenset(span_forms(toks))
            keys = {k for f in forms for k in names_of.get(f, ())}
            for k in keys:
                found_by[k].add(label)
            if (label, forms) in seen:
                continue
            seen.add((label, forms))
            if keys & missed_set:
                outcome = "finds a missed gold entity"
            elif keys:
                outcome = "finds a gold entity the pipeline has"
            elif forms & ours:
                outcome = "no gold; the pipeline has it too"
            else:
                outcome = "no gold, new"
                if len(cost_examples[label]) < a.examples:
                    cost_examples[label].append(f"{p.name}: {''.join(t.text_with_ws for t in toks).strip()}")
            span_stats[label][outcome] += 1
        all_forms = [f for _, toks in sources if toks for f in span_forms(toks)]
        for g_entity in g.entities:
            if not g_entity.optional:
                labels = found_by.get(g_entity.key, set())
                ner_recall["required"] += 1
                ner_recall["NER"] += bool(labels - {"noun chunk"})
                ner_recall["NER or chunk"] += bool(labels)
        for key in missed:
            gtype = "/".join(entity[key].types)
            missed_by_type[gtype] += 1
            labels = found_by.get(key, set())
            ner = {lb for lb in labels if lb != "noun chunk"}
            if ner:
                gained[(gtype, "NER")] += 1
                if any(set(entity[key].types) & FITS.get(lb, set()) for lb in ner):
                    gained_typed[(gtype, "NER")] += 1
            if labels:
                gained[(gtype, "NER or chunk")] += 1
                gain_examples.append(f"{p.name}: {entity[key].names[0]} ({gtype}) by {', '.join(sorted(labels))}")
            else:
                still_missed.append(f"{p.name}: {entity[key].names[0]} ({gtype})")
                gnames = {normalise_name(n) for n in entity[key].names}
                if any(f" {n} " in f" {f} " for n in gnames for f in all_forms):
                    loose[gtype] += 1

        # --- 5. missed facts through the parse
        mfacts = missed_facts(g, score)
        if mfacts:
            mentions = name_mentions(sdoc, names_of)
            starts = [sent.start for sent in sentences(sdoc.text)]

            def sentence_of(char: int, starts: list[int] = starts) -> int:
                return bisect_right(starts, char)

            for i, reason in mfacts:
                f = g.facts[i]
                link = fact_link(f.alternatives, mentions, sentence_of)
                pred = f.alternatives[0][1]
                for stats in (fact_stats[reason], fact_by_pred[pred]):
                    stats["missed"] += 1
                    stats["in one sentence"] += link.cooccur
                    stats["joined through a verb"] += link.verb
                    stats["through a trigger verb"] += link.trigger
                    stats["trigger verb, path of at most 4 words"] += link.close
                if link.cooccur:
                    stage = ("close trigger" if link.close else "trigger" if link.trigger else "verb" if link.verb
                             else "no verb")
                    fact_examples.append(f"{p.name}: {f.describe()} ({reason}; {stage}: {link.path})")

    load_after = os.getloadavg()

    # --- report
    print(f"Model: {versions['model']} on spaCy {versions['spacy']}; pipeline {', '.join(versions['pipeline'])}")
    print(f"Network connections attempted while loading and running: {len(guard.attempts)}"
          + (f" ({'; '.join(guard.attempts[:3])})" if guard.attempts else ""))
    print(f"Model load: {load_cpu:.1f} CPU s\n")

    print("## CPU per character (chars / CPU second; warm = fastest of the repeats on the same texts)\n")
    print("| what | CPU s | chars per CPU-s | vs. our recognition (warm) |\n|---|---|---|---|")
    for what, secs in (("our whole extraction, first pass (cold caches)", ext_cold),
                       ("our whole extraction, warm", ext_cpu), ("our recognition (Recogniser, Voikko), warm", rec_cpu),
                       ("spaCy nlp.pipe, whole model, first pass", full_cold),
                       ("spaCy nlp.pipe, whole model, warm", full_cpu), ("spaCy NER only, warm", ner_cpu),
                       ("spaCy without NER (tagger, morphology, parse, lemmas)", parse_cpu)):
        print(f"| {what} | {secs:.2f} | {chars / secs:,.0f} | {secs / rec_cpu:.1f}x |")

    total_missed = sum(missed_by_type.values())
    print(f"\nspaCy alone names {ner_recall['NER']} of the {ner_recall['required']} required gold entities with "
          f"NER spans ({ner_recall['NER or chunk']} with NER spans or noun chunks); the pipeline finds {found}.")
    print(f"\n## Missed gold entities spaCy would find ({total_missed} missed by the pipeline)\n")
    print("| gold type | missed | NER span | NER span, label fits | NER or noun chunk | name inside a span only |")
    print("|---|---|---|---|---|---|")
    for gtype, n in sorted(missed_by_type.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"| {gtype} | {n} | {gained[(gtype, 'NER')]} | {gained_typed[(gtype, 'NER')]} | "
              f"{gained[(gtype, 'NER or chunk')]} | {loose[gtype]} |")
    tot = {k: sum(v for (_, s), v in gained.items() if s == k) for k in ("NER", "NER or chunk")}
    print(f"| **all** | {total_missed} | {tot['NER']} | {sum(gained_typed.values())} | {tot['NER or chunk']} | "
          f"{sum(loose.values())} |")

    print("\n## Distinct spans (per document and form) and what they match\n")
    outcomes = ("finds a missed gold entity", "finds a gold entity the pipeline has",
                "no gold; the pipeline has it too", "no gold, new")
    print("| label | spans | " + " | ".join(outcomes) + " |\n|---|---|" + "---|" * len(outcomes))
    for label in sorted(span_stats, key=lambda lb: -sum(span_stats[lb].values())):
        c = span_stats[label]
        print(f"| {label} | {sum(c.values())} | " + " | ".join(str(c[o]) for o in outcomes) + " |")
    ner_total = Counter[str]()
    for label, c in span_stats.items():
        if label != "noun chunk":
            ner_total.update(c)
    print(f"| **NER, all labels** | {sum(ner_total.values())} | " + " | ".join(str(ner_total[o]) for o in outcomes)
          + " |")

    print("\n## Missed gold facts: could the parse link them?\n")
    stages = ("missed", "in one sentence", "joined through a verb", "through a trigger verb",
              "trigger verb, path of at most 4 words")
    print("| missed because | " + " | ".join(stages) + " |\n|---|" + "---|" * len(stages))
    for reason, c in sorted(fact_stats.items()):
        print(f"| {reason} | " + " | ".join(str(c[s]) for s in stages) + " |")
    print("\n| predicate | " + " | ".join(stages) + " |\n|---|" + "---|" * len(stages))
    for pred, c in sorted(fact_by_pred.items()):
        print(f"| {pred} | " + " | ".join(str(c[s]) for s in stages) + " |")

    print(f"\nLoad average at end {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f}")
    for title, items in (("Missed entities spaCy finds", gain_examples), ("Missed entities still missed", still_missed),
                         ("Missed facts named in one sentence, with their parse path", fact_examples)):
        print(f"\n{title} ({len(items)}):")
        for line in items[:a.examples]:
            print(f"  {line}")
    for label in ("ORG", "GPE", "PERSON", "noun chunk"):
        print(f"\nSpans of {label} that match no gold and no pipeline entity (first {a.examples}):")
        for line in cost_examples.get(label, [])[:a.examples]:
            print(f"  {line}")

    if a.json:
        a.json.write_text(json.dumps({
            "documents": len(files), "chars": chars, "load_average": [load_before, load_after],
            "versions": versions, "network_attempts": guard.attempts, "model_load_cpu_s": load_cpu,
            "cpu_s": {"recognition": rec_cpu, "extraction": ext_cpu, "extraction_cold": ext_cold,
                      "spacy_full_cold": full_cold, "spacy_full": full_cpu, "spacy_ner": ner_cpu,
                      "spacy_no_ner": parse_cpu},
            "pipeline_entities": {"right": right, "extracted": extracted, "found": found, "required": required},
            "missed_by_type": missed_by_type, "gained": {f"{t} | {s}": n for (t, s), n in gained.items()},
            "gained_typed": {f"{t} | {s}": n for (t, s), n in gained_typed.items()},
            "name_inside_span_only": loose, "spacy_alone": ner_recall, "spans": span_stats,
            "facts_by_reason": fact_stats,
            "facts_by_predicate": fact_by_pred, "gain_examples": gain_examples, "still_missed": still_missed,
            "cost_examples": cost_examples, "fact_examples": fact_examples,
        }, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
