"""Project- and programme-swapped copies of an annotated corpus: is a project recognised by structure or by its name?

Every annotated Project or Programme whose name is coined (not a fund or programme of data/programmes.csv) gets
another coined name of the same shape, in the text and in the gold: an acronym ("TUKEVA") another acronym of the
same length, a word of a title ("Vahva Kylä 2030") another common word of the corpus ending in the same three (or
two) letters with the same vowel harmony and capitals, so its case ending stays ("Kylien elinolot" -> "Talojen
ehdot"); inflected forms in the text map by their stem, as eval/name_swap.py does for surnames. Kept as they are:
the heads ("-hanke", "-ohjelma", "projekti", "program"), years and numbers, short function words, place names of
the reference data and words of other annotated entities of the document (an area or organisation inside the name).
Facts name entities by key, so the gold's facts stay valid.

    python3 eval/project_swap.py eval/corpus /tmp/dev-p /tmp/dev-p.jsonl --gold eval/gold/dev-minutes.jsonl --seed 1
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from name_swap import DATA, _ending_ok, _harmony, read_gold, swap_arguments

TYPES = {"Project", "Programme"}
_HEADS = ("hank", "ohjelm", "projekt", "program", "rahast", "hanke")
_WORD = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü]+")
_LETTERS = "ABDEFGHIJKLMNOPRSTUVY"


def _reference() -> tuple[set[str], list[str]]:
    """Labels of known funds and programmes (kept whole) and place-name stems (kept inside a coined name)."""
    labels: set[str] = set()
    with open(DATA / "programmes.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            for v in [r["name_fi"], r["name_sv"], r["name_en"], *r["alt_labels"].split("|")]:
                if v:
                    labels.add(v.lower())
    places: set[str] = set()
    for name in ("municipalities.csv", "regions.csv", "subregions.csv", "wellbeing_counties.csv"):
        with open(DATA / name, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                for v in (r.get("name_fi") or "", r.get("name_sv") or ""):
                    for w in _WORD.findall(v):
                        if len(w) >= 4 and w[0].isupper():
                            places.add(w.lower()[:-1])
    places |= {"suome", "euroo", "pohjois", "etelä", "itä", "länsi", "keski", "varsinais", "lapi", "kainuu"}
    return labels, sorted(places)


def _pool(texts: list[str]) -> list[str]:
    """Common lowercase words of the corpus (at least three occurrences): the vocabulary of the new names."""
    c = Counter(w for t in texts for w in _WORD.findall(t) if w.islower() and len(w) >= 4)
    return sorted(w for w, n in c.items() if n >= 3)


def _keep(word: str, places: list[str], others: set[str]) -> bool:
    low = word.lower()
    if (len(word) <= 3 and not word.isupper()) or any(h in low for h in _HEADS):
        return True
    if low in others or (word[0].isupper() and any(low.startswith(p) for p in places)):
        return True
    return bool(re.fullmatch(r"[IVX]+", word))


def _count(text: str, word: str) -> int:
    return len(re.findall(r"(?<![\w-])" + re.escape(word[:max(3, len(word) - 3)]), text, re.IGNORECASE))


def _new_word(word: str, pool: list[str], rng: random.Random) -> tuple[str, str, str] | None:
    """(old stem, new stem, ending): a common word with the same ending and harmony, capitals as the old one."""
    if word.isupper():
        if len(word) < 2 or len(word) > 8:
            return None
        new = "".join(rng.choice(_LETTERS) for _ in word)
        return (word, new, "") if new != word else None
    low = word.lower()
    if word[0].isupper() and any(c.isupper() for c in word[1:]) and not word.isupper():
        # a compound of capitalised parts ("JokiSote", "GeroMetro"): two common words, the last with its ending
        last = _new_word(re.findall(r"[A-ZÅÄÖ][^A-ZÅÄÖ]*", word)[-1], pool, rng)
        first = rng.choice([w for w in pool if len(w) <= 6] or pool)
        if not last or len(last[0]) < 3:
            return None
        return word[:-len(last[2]) or None], first.capitalize() + last[1], last[2]
    # the ending kept: three or two letters where the stem left is at least three letters long (a shorter stem
    # would match too many words of the text); else the word is replaced as written, by one ending in its letter
    for k in [k for k in (3, 2) if len(low) - k >= 3] + [0]:
        end = low[-k:] if k else low[-1]
        if low.endswith("inen") and k:  # the -nen paradigm ("-isen", "-iset"): only another such word
            end = "inen"
        cands = [w for w in pool if w.endswith(end) and _harmony(w) == _harmony(low) and w != low and len(w) - k >= 2]
        if not cands:
            continue
        new = rng.choice(cands)
        if word[0].isupper():
            new = new[0].upper() + new[1:]
        return (word[:-k], new[:-k], word[-k:]) if k else (word, new, "")
    return None


def swap(texts: dict[str, str], docs: list[dict], seed: int) -> tuple[dict[str, str], int]:
    """Swap the coined Project/Programme names of each document (texts by file name; docs are changed in place)."""
    rng = random.Random(seed)
    labels, places = _reference()
    pool = _pool(list(texts.values()))
    out: dict[str, str] = {}
    swapped = 0
    for doc in docs:
        if doc["doc"] not in texts:
            continue
        others = {w.lower() for e in doc["entities"] if not TYPES & set(e["types"])
                  for n in e["names"] for w in _WORD.findall(n)}
        subs: dict[str, tuple[str, str, str]] = {}
        for e in doc["entities"]:
            if not TYPES & set(e["types"]) or any(n.lower() in labels for n in e["names"]):
                continue
            before = len(subs)
            for n in e["names"]:
                if not n[:1].isupper():  # "sote-uudistus", "palveluiden kehittämishanke": descriptions, not coined
                    continue
                words = _WORD.findall(n)
                for w in words:
                    # a lowercase word is swapped only where it occurs mostly inside the name (as often as its first)
                    if w.islower() and _count(texts[doc["doc"]], w) > _count(texts[doc["doc"]], words[0]):
                        continue
                    # an inflected form of a word already swapped ("Kylän" beside "Kylä") goes with it
                    if any(w == st or (w.startswith(st) and ending and _ending_ok(w[len(st):], ending))
                           for st, _, ending in subs.values()):
                        continue
                    if w not in subs and not _keep(w, places, others):
                        new = _new_word(w, pool, rng)
                        if new:
                            subs[w] = new
            swapped += len(subs) > before
        # longest stems first, so that a stem inside another word's stem does not cut it
        order = sorted(subs.values(), key=lambda s: -len(s[0]))

        def apply(s: str, order: list[tuple[str, str, str]] = order) -> str:
            for stem, new_stem, ending in order:
                if not ending:  # an acronym: the token, or its start before a hyphen or a case ending after ':'
                    s = re.sub(r"(?<![\w])" + re.escape(stem) + r"(?![A-Za-zÅÄÖåäö])", new_stem, s)
                    continue
                for a, b in ((stem, new_stem), (stem.upper(), new_stem.upper()), (stem.lower(), new_stem.lower())):
                    if a == stem.lower() and stem[:1].isupper():
                        continue
                    s = re.sub(r"(?<![\w-])" + re.escape(a) + r"(\w{1,9})\b",
                               lambda m, b=b, ending=ending: b + m.group(1) if _ending_ok(m.group(1), ending)
                               else m.group(0), s)
            return s

        out[doc["doc"]] = apply(texts[doc["doc"]])
        for e in doc["entities"]:
            e["names"] = [apply(n) for n in e["names"]]
    return out, swapped


def main(argv: list[str] | None = None) -> int:
    ap = swap_arguments(__doc__ or "")
    args = ap.parse_args(argv)
    docs = read_gold(args.gold)
    texts = {d["doc"]: (args.src / d["doc"]).read_text(encoding="utf-8")
             for d in docs if (args.src / d["doc"]).exists()}
    out, swapped = swap(texts, docs, args.seed)
    args.dest.mkdir(parents=True, exist_ok=True)
    for name, text in out.items():
        (args.dest / name).write_text(text, encoding="utf-8")
    with args.gold_out.open("w", encoding="utf-8") as f:
        for doc in docs:
            if doc["doc"] in out:
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"{swapped} projects and programmes swapped -> {args.dest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
