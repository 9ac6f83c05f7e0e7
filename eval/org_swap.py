"""Organisation-swapped copies of an annotated corpus, to test that organisations are read by structure, not by names.

Every annotated Association, Company and Agency keeps its key and its shape, but its DISTINCTIVE part gets a coined
word of the same vowel harmony: the modifier of a head compound ("Sininauhaliitto" -> "Kolvanaliitto",
"GeroCenter-säätiö" -> "Tuvekka-säätiö"), a proper word beside a head or legal form ("Kehittämisyhdistys Mansikka ry"
-> "Kehittämisyhdistys Ravokka ry"), a one-word name without a head ("Icehearts" -> "Hemuverts") and an acronym (a
random one of the same length). What is kept is what a reader of an unknown name also has: heads ("-yhdistys",
"säätiö", "Oy", "ry"), place genitives (Voikko's place names) and words that recur in the names of several
organisations of the gold (generic: "Leader", "ELY", "Eläkkeensaajat"). A coined word keeps the last two or three
letters of the word it replaces, so an inflected form in the text maps by its stem ("Mansikan" -> "Ravokan"), as
eval/name_swap.py does for surnames. Facts name entities by key, so the gold's facts stay valid.

    python3 eval/org_swap.py eval/corpus /tmp/dev-orgswap /tmp/dev-orgswap.jsonl \
        --gold eval/gold/dev-minutes.jsonl --gold eval/gold/dev-pages.jsonl --seed 1
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from name_swap import _ending_ok, _harmony, _pick, _table, read_gold, swap_arguments, write_swapped

TYPES = ("Association", "Company", "Agency")
LEGAL = {"ry", "r.y.", "rf", "r.f.", "sr", "rs", "oy", "oyj", "ab", "abp", "ltd", "ky", "ay", "osk", "ay.", "oy.",
         "ry.", "ek", "ek."}
# head nouns (the last part of a compound) a reader sees as the kind of organisation, not its name
HEADS = ("yhdistys", "yhdistyksen", "säätiö", "liitto", "seura", "keskus", "yhtiö", "opisto", "instituutti",
         "rahasto", "verkosto", "yhteisö", "kunta", "korkeakoulu", "yliopisto", "osuuskunta", "kerho", "killat",
         "kilta", "piiri", "toimisto", "virasto", "laitos", "hallitus", "lautakunta", "saajat", "läiset", "laiset",
         "förening", "förbund", "stiftelse", "stiftelsen", "föreningen", "förbundet", "centrum", "center", "institut",
         "ammattikorkeakoulu", "pankki", "universitet", "högskola", "högskolan", "akademi")
_CONS_B, _CONS_F = "hjklmnprstv", "hjklmnprstv"
_VOW = {"back": "aou", "front": "äöy"}


def _coin(rng: random.Random, harmony: str, syllables: int) -> str:
    vowels = _VOW[harmony] + "ie"
    return "".join(rng.choice(_CONS_B if harmony == "back" else _CONS_F) + rng.choice(vowels)
                   for _ in range(syllables))


def _voikko():  # type: ignore[no-untyped-def]
    try:
        from libvoikko import Voikko
        return Voikko("fi")
    except Exception:  # pragma: no cover - the tool still runs without places
        return None


class _Places:
    """Whether a word is a place (Voikko's proper-noun class): a place genitive is shape, not the name."""

    def __init__(self) -> None:
        self.v = _voikko()
        self.memo: dict[str, bool] = {}

    def __call__(self, word: str) -> bool:
        if word not in self.memo:
            parts = word.split("-")
            ok = False
            if self.v is not None:
                ok = any(a.get("CLASS") == "paikannimi" for a in self.v.analyze(parts[-1]))
            self.memo[word] = ok
        return self.memo[word]

    def person(self, word: str) -> str | None:
        """"etunimi" or "sukunimi" where Voikko reads the word as a person's name (a founder's, in a foundation's
        name): such a word gets a real name of the same ending, as a reader of an unseen document would meet."""
        if self.v is None:
            return None
        return next((a["CLASS"] for a in self.v.analyze(word) if a.get("CLASS") in ("etunimi", "sukunimi")), None)


def _head_split(word: str) -> tuple[str, str] | None:
    """The modifier and head of a compound ending with a head noun ("Sininauha", "liitto"), or None."""
    low = word.lower()
    for h in sorted(HEADS, key=len, reverse=True):  # "ammattikorkeakoulu" before "korkeakoulu"
        i = low.rfind(h)
        if i >= 3 and low[i:].startswith(h) and len(low) - i - len(h) <= 4:
            mod = word[:i]
            return (mod[:-1], word[i - 1:]) if mod.endswith("-") else (mod, word[i:])
    return None


def _plan(name: str, generic: set[str], place: _Places) -> list[tuple[str, str]]:
    """The parts of a name to swap: ("word", W) a whole word inflected by its stem, ("mod", M) a compound's modifier,
    ("acr", A) an acronym."""
    out: list[tuple[str, str]] = []
    for tok in name.split():
        t = tok.strip("()\"'”,.")
        if not t or t.lower() in LEGAL or t.lower() in generic or not t[:1].isupper():
            continue
        if t.isupper() and t.replace("-", "").isalpha() and 3 <= len(t) <= 6:
            out.append(("acr", t))
            continue
        if not t.replace("-", "").replace("’", "").isalpha() or place(t):
            continue
        if any(t.lower().startswith(h[:-1]) and len(t) <= len(h) + 4 for h in HEADS):
            continue  # a head noun on its own, inflected ("Säätiön"): a kind, not a name
        split = _head_split(t)
        if split:
            mod = split[0]
            if len(mod) >= 3 and mod.lower() not in generic and not place(mod):
                out.append(("mod", mod))
            continue
        if len(t) >= 4:
            out.append(("word", t))
    return out


def _subs(plan: list[tuple[str, str]], rng: random.Random, taken: dict[str, tuple[str, str, str]],
          place: _Places | None = None) -> None:
    """Draw one replacement per distinctive part (the same in every name and document mention of the entity)."""
    for kind, part in plan:
        if part in taken:
            continue
        if kind == "acr":
            new = "".join(rng.choice("BDFGHJKLMNPRSTV") for _ in part)
            taken[part] = (kind, new, "")
            continue
        k = 3 if len(part) >= 6 else 2
        keep = part[-k:] if kind == "word" else ""
        coined = _coin(rng, _harmony(part), 2 if len(part) < 9 else 3) + keep
        who = place.person(part) if place is not None and kind == "word" else None
        if who:
            pool = _NAMES.setdefault(who, _table("first_names.csv" if who == "etunimi" else "surnames.csv", 3))
            real = _pick(pool, lambda n, p=part, k=keep: n.endswith(k) and n != p and len(n) - len(k) >= 2
                         and _harmony(n) == _harmony(p), rng, False)
            coined = real or coined
        if part[:1].isupper():
            coined = coined[:1].upper() + coined[1:]
        if part.isupper():
            coined = coined.upper()
        taken[part] = (kind, coined, keep)


_NAMES: dict[str, list[tuple[str, int]]] = {}


def _apply(s: str, taken: dict[str, tuple[str, str, str]]) -> str:
    for part, (kind, new, keep) in sorted(taken.items(), key=lambda kv: -len(kv[0])):
        if kind == "acr":
            s = re.sub(r"(?<![\w-])" + re.escape(part) + r"(?![\w])", new, s)
        elif kind == "mod":
            s = re.sub(r"(?<![\w-])" + re.escape(part) + r"(?=-?[a-zåäö])", new, s)
            s = re.sub(r"(?<![\w-])" + re.escape(part.upper()) + r"(?=-?[A-ZÅÄÖ])", new.upper(), s)
        else:
            stem, new_stem = part[:-len(keep)], new[:-len(keep)]
            for a, b in ((stem, new_stem), (stem.upper(), new_stem.upper())):
                s = re.sub(r"(?<![\w-])" + re.escape(a) + r"(\w{1,9})\b",
                           lambda m, b=b, keep=keep: b + m.group(1) if _ending_ok(m.group(1), keep)
                           else m.group(0), s)
    return s


def main(argv: list[str] | None = None) -> int:
    ap = swap_arguments(__doc__ or "")
    ap.add_argument("--types", default=",".join(TYPES), help="comma-separated entity types to swap")
    args = ap.parse_args(argv)
    rng, types = random.Random(args.seed), set(args.types.split(","))
    docs = read_gold(args.gold)
    # a word in the names of three or more organisations of the gold is generic (a kind, a place, a movement)
    words_of: dict[str, set[str]] = {}
    for doc in docs:
        for e in doc["entities"]:
            if types & set(e["types"]):
                words_of.setdefault(e["key"], set()).update(w.lower() for n in e["names"] for w in n.split())
    spread: Counter[str] = Counter(w for ws in words_of.values() for w in ws)
    generic = {w for w, c in spread.items() if c >= 3}
    place = _Places()
    swapped = 0

    def swap_of(doc: dict) -> Callable[[str], str]:
        nonlocal swapped
        taken: dict[str, tuple[str, str, str]] = {}
        for e in doc["entities"]:
            if not types & set(e["types"]):
                continue
            plan = [p for n in e["names"] for p in _plan(n, generic, place)]
            if plan:
                _subs(plan, rng, taken, place)
                swapped += 1
        return lambda s: _apply(s, taken)

    write_swapped(args, docs, swap_of)
    print(f"{swapped} organisations swapped -> {args.dest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
