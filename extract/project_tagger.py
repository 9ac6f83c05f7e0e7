"""A statistical project-name tagger: a linear-chain CRF over the tokens of a line. Off unless asked for.

Why: the hand-written project rules were tuned on the development corpus and carry over poorly to
documents nobody tuned them for (fewer than half of the required projects of fresh documents were
recognised). A CRF trained on the development gold learns the cues the rules encode (head words
"-hanke"/"-projekti", field labels "Hanke:", capitalised runs, quotes) as weights rather than as
patterns, and proposes project names where no rule fired.

- `align_names` finds where gold names (base forms) stand in a text, inflected or not, by per-token
  lemmas: the training labels (scripts/train_project_tagger.py; 206 of the 207 gold projects align).
- `line_features` is the feature set of one line's tokens (shared by training and tagging).
- `tagged_project_mentions` is the pipeline step: tagger spans become Project mentions where no other
  mention overlaps them. It runs only when the environment variable WELFARE_KG_PROJECT_MODEL names a
  model file (python-crfsuite, the optional extra "tagger").

Why it is off: in publisher-grouped 5-fold cross-validation on the development corpus
(scripts/cv_project_tagger.py, 2026-12-03) the tagger did not pay. Rules only: Project entities P 0.975
R 0.859, facts F1 0.907; rules + tagger (threshold 0.7): Project P 0.948 R 0.864, facts F1 0.907 (0.5:
Project R 0.876, facts F1 0.904). On its own, out of fold, the model finds 0.19 of the gold project
spans exactly at precision 0.44: 200 documents' projects are too few for it to learn names the rules
miss, and it costs ~18% of extraction CPU on a 1 MB text. (The rules were tuned on the same documents, so
their side of the comparison is in-sample; the comparison still shows no gain to keep.)

Nor on documents the rules were not written from (scripts/cv_project_tagger_holdout.py, 2026-12-03): held-out
sets 1-7 (68 documents, 76 required projects), five folds by publisher, each fold's model trained on the 218
development documents plus the other four folds (repeated 3 times). Rules only: Project P 0.872 R 0.408
(31/76), entities P 0.920 F1 0.851, facts P 0.808 R 0.286 F1 0.422. Rules + tagger @0.5: Project P 0.833
R 0.447 (34/76), entities F1 0.852, facts F1 0.410; @0.7: Project R 0.421, facts F1 0.410; @0.9: Project R 0.421,
facts F1 0.422 (equal). Repeating held-out documents once instead of 3 times: facts F1 0.408/0.410. The model
adds one to three required projects per run and as many spurious ones, and the names it adds feed no
relation rule (no fact gained; one document lost its three `funds` facts to a tagged name).
"""

from __future__ import annotations

import itertools
import os
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology, lemma, verbless
from welfare_kg.extract.names import identity_key, name_base_form
from welfare_kg.extract.text import Token, tokenize

MODEL_ENV = "WELFARE_KG_PROJECT_MODEL"
THRESHOLD_ENV = "WELFARE_KG_PROJECT_THRESHOLD"
DEFAULT_THRESHOLD = 0.5  # the span's least marginal of its labels must reach this
MAX_TOKENS = 300  # a longer line is tagged in pieces: the CRF's cost stays linear and its memory bounded
LABELS = {"Project": "PROJ", "Programme": "PROG"}

_HEAD = re.compile(r"(?i)(hanke|hankkee|hanketta|hankkei|projekt|ohjelm|program|osahank)")
_HEAD_LEMMA = ("hanke", "projekti", "ohjelma", "projekt", "program", "programmet", "projektet")
_QUOTES = frozenset("\"“”'’«»")
_LABEL_LINE = re.compile(r"(?i)^\s*(?:hanke|hankkeen nimi|projekti|projektin nimi|projekt|projektets namn|"
                         r"ohjelma|nimi|name|hankenimi)\s*:")


# -- alignment of gold names --------------------------------------------------------------------------
def _forms(word: str, morph: Morphology) -> frozenset[str]:
    low = word.lower()
    return frozenset({low} | morph.bases(word)) if word[:1].isalpha() else frozenset({low})


def _same(name_word: str, name_forms: frozenset[str], text_word: str, text_forms: frozenset[str]) -> bool:
    if name_forms & text_forms:
        return True
    a, b = name_word.lower(), text_word.lower()
    # an inflected stem Voikko does not know ("Hyvinvointi-Hubiin"): most of the word in common
    k = max(4, len(a) - 2)
    return len(a) >= 4 and a[:k] == b[:k] and len(b) - len(a) <= 6


def _is_head(word: str, morph: Morphology) -> bool:
    w = word.lstrip("-").lower()
    return bool(w) and any(b.endswith(_HEAD_LEMMA) for b in _forms(w, morph))


def align_names(text: str, names: Iterable[tuple[str, str]], morph: Morphology,
                tokens: list[Token] | None = None) -> list[tuple[int, int, str]]:
    """Token spans (first, last + 1, label) where the given (name, label) pairs stand in `text`.

    Names are matched longest first, word by word on their surface or lemmas; quote tokens of the text
    inside a name are passed over; a head word right after a name ("X -hankkeeseen") joins its span.
    Spans never overlap."""
    toks = tokens if tokens is not None else tokenize(text)
    tforms = [_forms(t.text, morph) for t in toks]
    pats = []
    for name, label in names:
        ntoks = [t.text for t in tokenize(name) if t.text not in _QUOTES]
        if ntoks:
            pats.append((ntoks, [_forms(w, morph) for w in ntoks], label))
    pats.sort(key=lambda p: -len(p[0]))
    taken = [False] * len(toks)
    spans: list[tuple[int, int, str]] = []
    for ntoks, nforms, label in pats:
        for i in range(len(toks)):
            if taken[i] or not _same(ntoks[0], nforms[0], toks[i].text, tforms[i]):
                continue
            j, k = i, 0
            while k < len(ntoks) and j < len(toks) and not taken[j]:
                if toks[j].text in _QUOTES and k > 0:
                    j += 1
                    continue
                if not _same(ntoks[k], nforms[k], toks[j].text, tforms[j]):
                    break
                j += 1
                k += 1
            if k < len(ntoks):
                continue
            while j < len(toks) and toks[j].text in _QUOTES and not taken[j]:
                j += 1  # the closing quote
            if j + 1 < len(toks) and toks[j].text in "-–" and _is_head(toks[j + 1].text, morph) \
                    and not _is_head(ntoks[-1], morph):
                j += 2
            elif j < len(toks) and _is_head(toks[j].text, morph) and not _is_head(ntoks[-1], morph) \
                    and toks[j].text[:1].islower():
                j += 1
            while j > i and toks[j - 1].text in _QUOTES and toks[j - 1].text != toks[i].text:
                j -= 1
            for x in range(i, j):
                taken[x] = True
            spans.append((i, j, label))
    return sorted(spans)


# -- features ----------------------------------------------------------------------------------------
def _shape(w: str) -> str:
    if w in _QUOTES:
        return "Q"
    if not w[:1].isalnum():
        return "P"
    if w.isdigit():
        return "D"
    if w.isupper() and len(w) > 1:
        return "A"
    s = "C" if w[:1].isupper() else "l"
    if "-" in w.strip("-"):
        s += "h"
    if w.endswith("-"):
        s += "e"
    if w.startswith("-"):
        s += "s"
    if any(c.isdigit() for c in w):
        s += "d"
    return s


def _token_features(w: str, morph: Morphology) -> dict[str, str]:
    low = w.lower()
    f = {"w": low, "sh": _shape(w), "s3": low[-3:], "p3": low[:3]}
    if w[:1].isalpha():
        readings = morph.analyse(w.lstrip("-"))
        lem = lemma(w.lstrip("-"), morph, "nominal") if readings else low
        f["lem"] = lem
        f["case"] = (readings[0].case or "-") if readings else "unk"
        f["cls"] = (readings[0].cls or "-") if readings else "unk"
        if readings and readings[0].number:
            f["num"] = readings[0].number
        head = next((h for h in _HEAD_LEMMA if lem.endswith(h)), None)
        if head is None and _HEAD.search(low):
            head = "surface"
        if head:
            f["head"] = head
            f["headbare"] = "1" if lem in _HEAD_LEMMA else "0"
    return f


class DocContext(NamedTuple):
    """What the whole document says about a word: in its first line (a page's title names its project), and
    right before a head word somewhere ("Talvikki-hanke", "Hyvä arki -hankkeen": the words of a named project)."""

    title: frozenset[str]
    headed: frozenset[str]


_HEAD_AT = re.compile(r"(?i)[-\s](?:hanke|hankkee|hanketta|hankkei|projekt|ohjelm)\w*")


def doc_context(text: str, morph: Morphology) -> DocContext:
    """The document's title words and headed words, as lemmas; read around head words only, so linear."""
    first = next(lines(text), (0, 0))
    title = frozenset(lemma(t.text, morph, "nominal") for t in tokenize(text[first[0]:first[1]][:300])
                      if t.text[:1].isalpha())
    headed: set[str] = set()
    for m in _HEAD_AT.finditer(text):
        before = tokenize(text[max(0, m.start() - 60):m.start() + 1])
        words = [t.text for t in before if t.text[:1].isalpha()][-3:]
        if (words and words[-1][:1].isupper()) or any(t.text in _QUOTES for t in before[-2:]):
            headed.update(lemma(w.rstrip("-"), morph, "nominal") for w in words if w[:1].isupper())
        if len(headed) > 5000:
            break
    return DocContext(title, frozenset(headed))


def line_features(toks: list[Token], line: str, morph: Morphology, ctx: DocContext | None = None,
                  lineno: int = 9) -> list[dict[str, str]]:
    """One feature dict per token: the token's own features, its neighbours' (±2), the line's and the
    document's (`ctx`: title and headed words; `lineno`: the line's place among the document's lines)."""
    own = [_token_features(t.text, morph) for t in toks]
    if ctx is not None:
        for f in own:
            lem = f.get("lem")
            if lem and lineno > 0 and lem in ctx.title:
                f["intitle"] = "1"
            if lem and lem in ctx.headed:
                f["headed"] = "1"
    n = len(toks)
    label_line = "1" if _LABEL_LINE.match(line) else "0"
    short = "1" if n <= 12 else "0"
    colon = "1" if ":" in line[:40] else "0"
    out = []
    for i, f in enumerate(own):
        x = {"bias": "1", "label_line": label_line, "short": short, "colon": colon, "line": str(min(lineno, 3)),
             "pos": str(min(i, 5)), "last": "1" if i == n - 1 else "0"}
        for k, v in f.items():
            x[k] = v
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                g = own[j]
                x[f"{d}w"] = g["w"]
                x[f"{d}sh"] = g["sh"]
                if "lem" in g:
                    x[f"{d}lem"] = g["lem"]
                if "head" in g:
                    x[f"{d}head"] = g["head"]
                if "headed" in g:
                    x[f"{d}headed"] = "1"
                if abs(d) == 1 and "case" in g:
                    x[f"{d}case"] = g["case"]
            else:
                x[f"{d}w"] = "<edge>"
        out.append(x)
    return out


def to_crfsuite(feats: list[dict[str, str]]) -> list[list[str]]:
    """Feature dicts as crfsuite attribute strings ("key=value")."""
    return [[f"{k}={v}" for k, v in f.items()] for f in feats]


def lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank line."""
    for m in re.finditer(r"[^\n]+", text):
        if m.group(0).strip():
            yield m.start(), m.end()


def line_tokens(text: str, start: int, end: int) -> list[list[Token]]:
    """The tokens of a line, in pieces of at most MAX_TOKENS."""
    toks = tokenize(text[start:end], start)
    return [toks[i:i + MAX_TOKENS] for i in range(0, len(toks), MAX_TOKENS)] or []


# -- tagging -----------------------------------------------------------------------------------------
@lru_cache(maxsize=4)
def _tagger(path: str) -> object | None:
    if not Path(path).is_file():
        return None
    import pycrfsuite

    t = pycrfsuite.Tagger()
    t.open(path)
    return t


def model_path() -> str | None:
    """The model the pipeline uses: the file WELFARE_KG_PROJECT_MODEL names; unset or "none": no tagger."""
    env = os.environ.get(MODEL_ENV, "")
    return None if env.lower() in ("", "none") else env


def tag_spans(text: str, morph: Morphology, *, path: str | None = None, label: str = "PROJ",
              threshold: float | None = None) -> list[tuple[int, int, float]]:
    """Character spans (start, end, confidence) the model tags with `label` in `text`."""
    path = path if path is not None else model_path()
    tagger = _tagger(path) if path else None
    if tagger is None:
        return []
    if threshold is None:
        threshold = float(os.environ.get(THRESHOLD_ENV, DEFAULT_THRESHOLD))
    out = []
    ctx = doc_context(text, morph)
    for lineno, (a, b) in enumerate(lines(text)):
        if not _worth_tagging(text, a, b):
            continue
        for toks in line_tokens(text, a, b):
            feats = line_features(toks, text[a:b], morph, ctx, lineno)
            tags = tagger.tag(to_crfsuite(feats))  # type: ignore[attr-defined]
            i = 0
            while i < len(tags):
                if tags[i] not in (f"B-{label}", f"I-{label}"):
                    i += 1
                    continue
                j = i + 1
                while j < len(tags) and tags[j] == f"I-{label}":
                    j += 1
                conf = min(tagger.marginal(tags[k], k) for k in range(i, j))  # type: ignore[attr-defined]
                if conf >= threshold:
                    out.append((toks[i].start, toks[j - 1].end, conf))
                i = j
    return out


_CUE = re.compile(r"(?i)hank|projekt|ohjelm|program|[\"“”«»]|[A-ZÅÄÖ]\w*[ -]+[A-ZÅÄÖ]|[A-ZÅÄÖ]{2}")


def _worth_tagging(text: str, a: int, b: int) -> bool:
    """A line with no head stem, no quote and no capitalised run or acronym names no project the model found."""
    return _CUE.search(text, a, b) is not None


def _clean(toks: list[Token]) -> list[Token]:
    """The span without quotes, dashes and punctuation at its edges."""
    while toks and not toks[0].text[:1].isalnum():
        toks = toks[1:]
    while toks and not toks[-1].text[:1].isalnum() and not toks[-1].text.startswith("-"):
        toks = toks[:-1]
    return toks


def span_mention(text: str, start: int, end: int, morph: Morphology, conf: float) -> Mention | None:
    """A Project mention of a tagged span, its name in base form as the rules make it."""
    toks = [t for t in _clean(tokenize(text[start:end], start)) if t.text not in _QUOTES]
    if not toks or not any(t.text[:1].isalpha() for t in toks):
        return None
    if len(toks) >= 2 and toks[-2].text in "-–" and _is_head(toks[-1].text, morph):
        label = _base(toks[:-2], morph, text) + " -" + lemma(toks[-1].text, morph, "nominal")
    else:
        label = _base(toks, morph, text)
    label = re.sub(r"\s+", " ", label).strip(" -–.,:;")
    # "PRO SOS – uudenlaista sosiaalityötä yhdessä rakentamassa": the part before a spaced dash is a name too,
    # and the identity key is made from it, as the recogniser does (extract/entities.py Recogniser._named)
    parts = tuple(p.strip(" -–.") for p in re.split(r"\s+[-–]\s+(?!\d)", label) if len(p.split()) >= 2)
    parts = tuple(p for p in parts if p != label)
    key = identity_key(parts[0] if parts else label, morph)
    if len(label) < 3 or not key or not _name_like(toks, label, morph):
        return None
    a, b = toks[0].start, toks[-1].end
    readings = morph.analyse(toks[-1].text)
    return Mention(start=a, end=b, surface=text[a:b], label=label, type="Project", rule="project-tagger",
                   case=readings[0].case if readings else None, key=key, parts=parts)


_NOMINAL = frozenset({"nimisana", "laatusana", "nimisana_laatusana", "paikannimi", "etunimi", "sukunimi", "nimi",
                      "lyhenne"})


def _base(toks: list[Token], morph: Morphology, text: str) -> str:
    """The name in base form when it ends in an inflected noun (its head inflects); as written when it ends
    otherwise ("... yhdessä rakentamassa": a verb form closes a slogan name and stays as it is)."""
    readings = morph.analyse(toks[-1].text)
    if readings and not any(a.case == "nimento" for a in readings) \
            and any(a.cls in _NOMINAL and not a.mood for a in readings):
        return name_base_form(toks, morph, text)
    return text[toks[0].start:toks[-1].end]  # already a nominative ("Kestävät kylät"), or no noun at its end


def _name_like(toks: list[Token], label: str, morph: Morphology) -> bool:
    """What the model tags but no reader would call a project's name: one dictionary word for a kind of project
    ("jatkohanke", "Selvityshanke", "delprojektet": a common noun, not a name), a clause ("Delprojektet ingår i
    ...": a finite verb in four words or more), a heading in capitals (an agenda item's title,
    "LASTEN KOTIHOIDONTUEN KUNTALISÄ")."""
    words = [t.text for t in toks if t.text[:1].isalpha()]
    if len(words) == 1 and "-" not in words[0].strip("-"):
        w = words[0]
        if (morph.analyse(w) and _is_head(w, morph)) or w.lower().endswith(("projektet", "projekt", "programmet")):
            return False
    if len(words) >= 2 and all(w.isupper() for w in words):
        return False
    if len(words) >= 2 and _is_head(words[-1], morph) and all(_describes(w, morph) for w in words[:-1]):
        return False  # "Leader-rahoitteinen hanke", "uusi yhteisölähtöinen ilmastohanke": a kind of project
    last = morph.analyse(words[-1])
    if last and all(a.number == "plural" and a.case not in (None, "nimento") for a in last):
        return False  # "kehittämishankkeisiin", "perheiden palveluiden": several things, not one name
    if any(w[:1].islower() and (r := morph.analyse(w)) and all(a.mood == "agent" for a in r) for w in words[1:]):
        return False  # "kehittämisrahaston rahoittama yleishyödyllinen ...": a description of a project
    return len(words) < 4 or verbless(label, morph)  # "Rientola elää": a short name may hold a verb


def _describes(word: str, morph: Morphology) -> bool:
    """A lower-case adjective or participle ("uusi", "Leader-rahoitteinen": the part after the hyphen), a
    compound's first part ("ympäristö-") or a conjunction: a word that says what kind, not which."""
    if word.lower() in ("ja", "sekä", "tai", "och"):
        return True
    part = word.rsplit("-", 1)[-1] if "-" in word.strip("-") else word
    if not part[:1].islower():
        return False
    if part.endswith(("inen", "ttu", "tty")):
        return True  # "rahoitteinen", "suunnattu": adjective and participle endings Voikko may not know
    return any(a.cls in ("laatusana", "nimisana_laatusana", "lukusana", "etuliite")
               or (a.mood or "").endswith("participle") for a in morph.analyse(part))


def tagged_project_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                            morph: Morphology) -> list[list[Mention]]:
    """per_sentence with the tagger's project names added where no mention overlaps them."""
    spans = tag_spans(text, morph)
    if not spans:
        return per_sentence
    taken = sorted((m.start, m.end) for ms in per_sentence for m in ms)
    taken_starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((b for _, b in taken), max))  # the furthest end of the mentions so far
    added = []
    for a, b, conf in spans:
        k = bisect_left(taken_starts, b)  # the mentions starting before the span ends
        if k and reach[k - 1] > a:
            continue  # one of them reaches into the span
        m = span_mention(text, a, b, morph, conf)
        if m is not None:
            added.append(m)
    return insert_mentions(per_sentence, starts, added) if added else per_sentence

