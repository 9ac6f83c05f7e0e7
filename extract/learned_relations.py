"""Facts between recognised entities that no relation rule linked, proposed by a learned linear classifier.

Hand-written relation rules fire on the phrasings their authors saw; on new documents about a third of the
missed facts had both entities recognised in one sentence and no rule linking them. This step looks at every
pair of recognised mentions in a sentence (or a minutes' line) whose types fit a predicate, describes the pair
by plain features (types, order, distance, the lemmas between, the case of each name, cue lemmas of the
sentence, the document kind, a field-label line, whether an end is the document's main project or publisher)
and scores it with one logistic model per predicate. The weights are trained by scripts/train_relations.py on
the development gold (scikit-learn is a training-time extra only) and shipped as a small JSON in data/; here
they are read and applied with plain Python, so running the pipeline needs nothing new.

The step runs after every rule and only adds: a triple the rules already state is never proposed again, so
its effect is exactly the facts in `learned_facts`'s result, each with its sentence as evidence, the rule name
"learned:<predicate>" and the model's probability as confidence.

OFF by default: WELFARE_KG_RELATION_WEIGHTS=bundled (or a path to weights) turns it on. Publisher-grouped
5-fold cross-validation on the development corpus (thresholds chosen on the training folds only) did not show
that it pays: it proposed 2-6 facts over 218 documents, mostly right, moving facts F1 by -0.001..+0.001 between
runs, because the rules already find 85% of the dev facts and the facts they miss are few and varied.
Nor did it pay on documents the rules were not written from: held-out sets 1-7 (68 documents, where the rules
find facts at P 0.81 R 0.29) in 5 publisher-grouped folds, each fold scored by a model trained on the dev corpus
and the other 4 folds (held-out candidates weighing 3, thresholds maximising the inner folds' held-out F1):
4 facts added, 2 right, facts F1 0.422 -> 0.424 (added precision 0.50, below the 0.6 asked of a step that is on).
There only 65 of the 261 required facts the rules miss have both entities recognised in one sentence: what this
step can add is bounded by entity recognition, not by the relation rules.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from welfare_kg.extract.morphology import Morphology, lemma
from welfare_kg.extract.text import Sentence
from welfare_kg.ontology.namespace import RELATIONS
from welfare_kg.records import DocumentRecord, Evidence, Extraction, Fact, Mention

WEIGHTS_FILE = Path(__file__).resolve().parent.parent / "data" / "learned_relations.json"
WEIGHTS_ENV = "WELFARE_KG_RELATION_WEIGHTS"  # "bundled" (WEIGHTS_FILE) or a weights file; unset or "off": none
MAX_TOKENS_APART = 40  # names further apart in one sentence are rarely related, and pairs would grow quadratically
MAX_PAIRS_PER_SENTENCE = 400  # a list line naming dozens of towns: bounded work per sentence

# lemmas that announce a relation somewhere in the sentence (Voikko's first reading, lower-cased)
CUES: frozenset[str] = frozenset({
    "myöntää", "rahoittaa", "rahoitus", "rahoittaja", "avustus", "valtionavustus", "hallinnoida", "hallinnoija",
    "toteuttaa", "toteuttaja", "koordinoida", "koordinaattori", "vastata", "osallistua", "osallistuja", "mukana",
    "päättää", "päätös", "hyväksyä", "kuulua", "jäsen", "puheenjohtaja", "varapuheenjohtaja", "johtaja", "sihteeri",
    "kumppani", "osatoteuttaja", "alue", "kunta", "hanke", "osahanke", "ohjelma", "sopimus", "yhteistyö",
    "esittelijä", "valmistelija", "toimia", "nimetä", "valita", "edustaja", "kattaa", "maakunta", "osa",
    "omarahoitusosuus", "kuntaosuus", "maksaa", "osuus", "solmia", "allekirjoittaa", "kehittämistyö",
    "hankekoordinaattori", "projektipäällikkö", "hankepäällikkö", "asiantuntija", "ohjausryhmä",
})
_CASES = {"omanto": "gen", "ulkotulento": "all", "sisatulento": "ill", "sisaolento": "ine", "sisaeronto": "ela",
          "olento": "ess", "ulkoolento": "ade", "ulkoeronto": "abl", "nimento": "nom", "osanto": "par",
          "tulento": "tra"}
_LABEL_LINE = re.compile(r"^\s*[^\W\d][\w .()/-]{1,40}:[ \t]", re.UNICODE)
_LINE_BREAK = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*(?:§|\d{1,3}[.)]?[ \t]))")


@dataclass(frozen=True)
class Model:
    """Per-predicate weights and bias, the (subject type, object type) pairs each predicate takes, the threshold."""

    weights: dict[str, dict[str, float]]
    bias: dict[str, float]
    pairs: dict[str, frozenset[tuple[str, str]]]
    threshold: dict[str, float]

    def score(self, predicate: str, features: Iterable[str]) -> float:
        w = self.weights[predicate]
        z = self.bias[predicate] + sum(w.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0

    def fits(self, s_type: str, o_type: str) -> list[str]:
        return [p for p, ts in self.pairs.items() if (s_type, o_type) in ts]


def model_from_json(data: dict) -> Model:
    return Model(weights={p: dict(w) for p, w in data["weights"].items()},
                 bias={p: float(b) for p, b in data["bias"].items()},
                 pairs={p: frozenset(tuple(x) for x in ts) for p, ts in data["pairs"].items()},
                 threshold={p: float(t) for p, t in data["threshold"].items()})


@lru_cache(maxsize=4)
def _load(path: str) -> Model | None:
    p = Path(path)
    if not p.is_file():
        return None
    return model_from_json(json.loads(p.read_text(encoding="utf-8")))


def load_model() -> Model | None:
    """The weights `WELFARE_KG_RELATION_WEIGHTS` names ("bundled": data/learned_relations.json); none when it is
    unset or "off", so that the pipeline states the rules' facts alone (see the module docstring for why)."""
    path = os.environ.get(WEIGHTS_ENV, "off")
    if path in {"", "off"}:
        return None
    return _load(str(WEIGHTS_FILE) if path == "bundled" else path)


@dataclass
class Candidate:
    """An ordered pair of mentions (subject first) in one sentence, with the features the models read."""

    subject: Mention
    object: Mention
    sentence: Sentence
    features: list[str]


# Training hooks: scripts/train_relations.py sets COLLECT to a list and reads, per document, every candidate
# with the entities and the rules' triples; the pipeline never sets it.
COLLECT: list | None = None
ALL_PAIRS: frozenset[tuple[str, str]] | None = None  # type pairs to describe when collecting (all that gold has)


_ADDRESS = re.compile(r"@|\(at\)|https?:|www\.|\.(?:fi|com|org|net|se|eu)\b", re.IGNORECASE)


def _in_address(text: str, m: Mention) -> bool:
    """A name read inside an e-mail address or a web address ("x(at)essote.fi") is no party to a sentence."""
    lo = max(text.rfind(" ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    ends = [i for i in (text.find(" ", m.end), text.find("\n", m.end)) if i >= 0]
    return _ADDRESS.search(text, lo, min(ends) if ends else len(text)) is not None


def _bucket(n: int) -> str:
    return "0" if n <= 1 else "1" if n <= 3 else "2" if n <= 6 else "3" if n <= 12 else "4" if n <= 25 else "5"


def _case(m: Mention, text: str, morph: Morphology) -> str:
    if m.case:
        return _CASES.get(m.case, m.case)
    words = re.findall(r"[\w:-]+", text[m.start:m.end])
    if not words:
        return "none"
    readings = morph.analyse(words[-1])
    return _CASES.get(readings[0].case, "other") if readings and readings[0].case else "none"


def _pieces(s: Sentence, text: str, kind: str) -> list[tuple[int, int]]:
    """A minutes' sentence cut at blank lines and numbered lines: list blocks of one item run together."""
    if kind != "minutes" or "\n" not in s.text:
        return [(s.start, s.end)]
    cuts = [s.start] + [s.start + m.end() for m in _LINE_BREAK.finditer(s.text)] + [s.end]
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


def candidates(record: DocumentRecord, sents: list[Sentence], per_sentence: list[list[Mention]],
               out: Extraction, morph: Morphology, type_pairs: frozenset[tuple[str, str]],
               main: set[str]) -> list[Candidate]:
    """Every ordered pair of resolved mentions of two different entities in one sentence (minutes: one line
    block) whose (subject type, object type) is in `type_pairs`, with its features."""
    text = record.text
    found: list[Candidate] = []
    for s, ms in zip(sents, per_sentence, strict=True):
        named = [m for m in ms if m.iri and m.iri in out.entities and not _in_address(text, m)]
        if len(named) < 2:
            continue
        toks = [t for t in s.tokens if t.text[:1].isalnum()]
        lemmas = [lemma(t.text, morph) if t.text[:1].isalpha() else "#" for t in toks]
        starts = [t.start for t in toks]
        sent_feats = [f"cue={c}" for c in sorted(CUES.intersection(lemmas))]
        sent_feats.append(f"kind={record.kind}")
        line_start = text.rfind("\n", 0, s.start) + 1
        if _LABEL_LINE.match(text, line_start, s.end):
            sent_feats.append("label_line")
        if len(named) > 12:
            sent_feats.append("crowded")
        pairs = 0
        for lo, hi in _pieces(s, text, record.kind):
            block = sorted((m for m in named if lo <= m.start < hi), key=lambda m: m.start)
            for i, a in enumerate(block):
                for b in block[i + 1:]:
                    if a.iri == b.iri or b.start < a.end:
                        continue
                    ia = _index(starts, a.end)
                    ib = _index(starts, b.start)
                    if ib - ia > MAX_TOKENS_APART:
                        break
                    pairs += 1
                    if pairs > MAX_PAIRS_PER_SENTENCE:
                        break
                    between = lemmas[ia:ib]
                    inside = [m for m in block if a.end <= m.start and m.end <= b.start]
                    n_between = len(inside)
                    types_between = {m.type for m in inside}
                    base = [f"dist={_bucket(ib - ia)}", f"ents_between={min(n_between, 3)}",
                            *sorted({f"w={w}" for w in between if w != "#"}),
                            *(["digits_between"] if "#" in between else []),
                            *sent_feats]
                    ca, cb = _case(a, text, morph), _case(b, text, morph)
                    pre, post = _index(starts, a.start) - 1, _index(starts, b.end)
                    if pre >= 0:
                        base.append(f"pre={lemmas[pre]}")
                    if post < len(lemmas):
                        base.append(f"post={lemmas[post]}")
                    for subj, obj, order, cs, co in ((a, b, "fwd", ca, cb), (b, a, "rev", cb, ca)):
                        if (subj.type, obj.type) not in type_pairs:
                            continue
                        feats = [f"order={order}", f"ts={subj.type}", f"to={obj.type}",
                                 f"pair={subj.type}|{obj.type}", f"cs={cs}", f"co={co}",
                                 f"cs_order={cs}|{order}", f"co_order={co}|{order}",
                                 f"pair_cases={subj.type}|{obj.type}|{cs}|{co}|{order}", *base]
                        pair = f"{subj.type}|{obj.type}"
                        if ib - ia <= 6:
                            feats += [f"pw={pair}|{w}" for w in sorted(set(between)) if w != "#"]
                        if obj.type not in types_between:
                            feats.append("nearest_of_type")
                        if subj.type in types_between:
                            feats.append("subject_type_between")
                        if subj.iri in main:
                            feats.append("main_s")
                        if obj.iri in main:
                            feats.append("main_o")
                        if subj.generic:
                            feats.append("generic_s")
                        if obj.generic:
                            feats.append("generic_o")
                        found.append(Candidate(subj, obj, s, feats))
        found += _implicit(s, named, out, main, sent_feats, lemmas, starts, text, morph, type_pairs)
    return found


_UNDERTAKING_WORD = re.compile(r"(?i)hank|projekt|ohjelm|sopimu|pilot")


def _implicit(s: Sentence, named: list[Mention], out: Extraction, main: set[str], sent_feats: list[str],
              lemmas: list[str], starts: list[int], text: str, morph: Morphology,
              type_pairs: frozenset[tuple[str, str]]) -> list[Candidate]:
    """Pairs of a named mention with the document's main project or publisher that the sentence does not name:
    "Hanketta hallinnoi X" speaks of the page's project by a common noun, and minutes speak for their town."""
    here = {m.iri for m in named}
    found = []
    for iri in sorted(main - here):
        ent = out.entities.get(iri)
        if ent is None:
            continue
        head_word = "undertaking_word" if any(_UNDERTAKING_WORD.match(w) for w in lemmas) else "no_undertaking_word"
        ghost = Mention(s.start, s.start, "", ent.label, ent.type, iri=iri, rule="implicit")
        for m in named:
            i, j = _index(starts, m.start), _index(starts, m.end)
            near = [f"pre={lemmas[i - 1]}"] if i > 0 else []
            near += [f"post={lemmas[j]}"] if j < len(lemmas) else []
            for subj, obj, side in ((m, ghost, "o"), (ghost, m, "s")):
                if (subj.type, obj.type) not in type_pairs:
                    continue
                cm = _case(m, text, morph)
                found.append(Candidate(subj, obj, s, [
                    f"implicit_{side}", f"ts={subj.type}", f"to={obj.type}", f"pair={subj.type}|{obj.type}|implicit",
                    f"cm={cm}|{side}", head_word, f"named_here={min(len(named), 4)}", *near, *sent_feats,
                    "main_s" if side == "s" else "main_o"]))
    return found


def _index(starts: list[int], pos: int) -> int:
    """The index of the first token starting at or after `pos`."""
    return bisect_left(starts, pos)


def main_entities(out: Extraction, doc_project: str | None) -> set[str]:
    """The document's own project and publisher: a sentence naming them is often about them."""
    return {x for x in (doc_project, out.municipality, out.publisher) if x}


def learned_facts(record: DocumentRecord, sents: list[Sentence], per_sentence: list[list[Mention]],
                  out: Extraction, morph: Morphology, doc_project: str | None,
                  model: Model | None = None) -> list[Fact]:
    """Facts the model (the bundled one unless given) proposes above its threshold that the rules' facts
    (`out.facts`) do not already state; one per triple, from the sentence that scored it highest."""
    model = model or load_model()
    if model is None and COLLECT is None:
        return []
    pairs = ALL_PAIRS if COLLECT is not None and ALL_PAIRS is not None else \
        frozenset().union(*model.pairs.values()) if model else frozenset()
    made = {(f.subject, f.predicate, f.object) for f in out.facts}
    linked = {(f.subject, f.object) for f in out.facts} | {(f.object, f.subject) for f in out.facts}
    cands = candidates(record, sents, per_sentence, out, morph, pairs, main_entities(out, doc_project))
    objects_of: dict[tuple[str, str], set[str]] = {}
    subjects_of: dict[tuple[str, str], set[str]] = {}
    for f in out.facts:
        objects_of.setdefault((f.subject, f.predicate), set()).add(f.object)
        subjects_of.setdefault((f.predicate, f.object), set()).add(f.subject)
    for c in cands:
        s_iri, o_iri = c.subject.iri or "", c.object.iri or ""
        if (s_iri, o_iri) in linked:
            c.features.append("rules_linked")
        # what the rules said of either end: a project whose decider the rules named has rarely a second one
        for p in RELATIONS:
            if subjects_of.get((p, o_iri), set()) - {s_iri}:
                c.features.append(f"o_has_other_subject:{p}")
            if objects_of.get((s_iri, p), set()) - {o_iri}:
                c.features.append(f"s_has_other_object:{p}")
    if COLLECT is not None:
        COLLECT.append({"doc": record.name, "candidates": cands, "made": made, "out": out})
    if model is None:
        return []
    best: dict[tuple[str, str, str], tuple[float, Candidate]] = {}
    for c in cands:
        for p in model.fits(c.subject.type, c.object.type):
            key = (c.subject.iri or "", p, c.object.iri or "")
            if key in made:
                continue
            score = model.score(p, c.features)
            if score >= model.threshold.get(p, 1.0) and (key not in best or score > best[key][0]):
                best[key] = (score, c)
    return [Fact(s, p, o, Evidence(c.sentence.text, c.sentence.start, c.sentence.end), f"learned:{p}",
                 round(score, 3)) for (s, p, o), (score, c) in best.items()]
