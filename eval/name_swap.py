"""Name-swapped copies of an annotated corpus, to test that people are read by structure, not by known names.

Every annotated person "Given Surname" gets another real Finnish given name (data/first_names.csv) and surname
(data/surnames.csv, DVV's statistics) in the text and in the gold. The new surname ends in the same two or three
letters, with the same vowel harmony, so each inflected form in the text maps by its stem ("Virtasen" ->
"Korhosen", "Salmenkankaalta" -> "Ahokankaalta"); capitals are swapped too. `--mode uniform` draws rare names
(mostly ones Voikko does not know: a stress test), `--mode weighted` draws by the square root of the bearers
(closer to real documents). Facts name entities by key, so the gold's facts stay valid.

    python3 eval/name_swap.py eval/corpus /tmp/dev-swapped /tmp/dev-swapped.jsonl \
        --gold eval/gold/dev-minutes.jsonl --gold eval/gold/dev-pages.jsonl --seed 1 --mode uniform
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
_BACK = set("aouAOU")
# consonants an inflected stem may show where the base form has another (gradation, the -nen paradigm's -s-)
_GRADED = set("kgvdmlnrjtpKGVDMLNRJTP")


def _harmony(word: str) -> str:
    return "back" if any(c in _BACK for c in word) else "front"


def _table(name: str, least: int) -> list[tuple[str, int]]:
    with open(DATA / name, encoding="utf-8") as f:
        return [(r["name"], int(r["count"])) for r in csv.DictReader(f)
                if r["name"].isalpha() and len(r["name"]) >= least]


def _pick(pool: list[tuple[str, int]], ok: Callable[[str], bool], rng: random.Random, weighted: bool) -> str | None:
    cands = [(n, c) for n, c in pool if ok(n)]
    if not cands:
        return None
    if weighted:
        return rng.choices([n for n, _ in cands], weights=[c ** 0.5 for _, c in cands])[0]
    return rng.choice(cands)[0]


def _ending_ok(rest: str, suffix: str) -> bool:
    """Whether `rest`, what follows the surname's stem in a word of the text, is the surname's ending inflected."""
    if len(rest) > len(suffix) + 6:
        return False
    if rest[:1].lower() == suffix[:1].lower() or (suffix.lower().startswith("ne") and rest[:1] in "sS"):
        return True
    return rest[:1] in _GRADED and suffix[:1] in _GRADED


def swap_arguments(doc: str) -> argparse.ArgumentParser:
    """The command line every swap tool shares (this one, eval/org_swap.py, eval/project_swap.py)."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("src", type=Path, help="a corpus folder")
    ap.add_argument("dest", type=Path, help="the folder of the swapped copies")
    ap.add_argument("gold_out", type=Path, help="the swapped gold (JSON Lines)")
    ap.add_argument("--gold", action="append", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=1)
    return ap


def read_gold(paths: list[Path]) -> list[dict]:
    """Every annotated document of the --gold files, in their order (one JSON object a line)."""
    return [json.loads(line) for g in paths for line in g.read_text(encoding="utf-8").splitlines() if line]


def write_swapped(args: argparse.Namespace, docs: list[dict],
                  swap_of: Callable[[dict], Callable[[str], str]]) -> None:
    """Write each annotated document found in args.src, and its gold line, through the renaming `swap_of` plans for
    it (called once a document, in the gold's order, so a seeded tool stays reproducible)."""
    args.dest.mkdir(parents=True, exist_ok=True)
    with args.gold_out.open("w", encoding="utf-8") as out:
        for doc in docs:
            path = args.src / doc["doc"]
            if not path.exists():
                continue
            apply = swap_of(doc)
            (args.dest / doc["doc"]).write_text(apply(path.read_text(encoding="utf-8")), encoding="utf-8")
            for e in doc["entities"]:
                e["names"] = [apply(n) for n in e["names"]]
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = swap_arguments(__doc__ or "")
    ap.add_argument("--mode", choices=("uniform", "weighted"), default="uniform")
    args = ap.parse_args(argv)
    rng, weighted = random.Random(args.seed), args.mode == "weighted"
    surnames, given = _table("surnames.csv", 4), _table("first_names.csv", 3)
    swapped = 0

    def swap_of(doc: dict) -> Callable[[str], str]:
        nonlocal swapped
        subs: list[tuple[str, str, str, str, str]] = []
        for e in doc["entities"]:
            words = e["names"][0].split() if "Person" in e["types"] else []
            if len(words) != 2 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
                continue
            first, sur = words
            k = 3 if len(sur) >= 6 else 2
            if len(sur) - k < 2:
                continue
            suffix, harmony = sur[-k:].lower(), _harmony(sur)
            new_sur = _pick(surnames, lambda n, x=suffix, h=harmony, s=sur, k=k: n.lower().endswith(x)
                            and _harmony(n) == h and n != s and len(n) - k >= 2, rng, weighted)
            new_first = _pick(given, lambda n, f=first: n != f and _harmony(n) == _harmony(f) and n[-1:] == f[-1:],
                              rng, weighted) or _pick(given, lambda n, f=first: n != f, rng, weighted)
            if new_sur and new_first:
                subs.append((sur[:-k], new_sur[:-k], first, new_first, sur[-k:]))
                swapped += 1

        def apply(s: str, subs: list[tuple[str, str, str, str, str]] = subs) -> str:
            for stem, new_stem, first, new_first, suffix in subs:
                for a, b in ((stem, new_stem), (stem.upper(), new_stem.upper())):
                    s = re.sub(r"(?<![\w-])" + re.escape(a) + r"(\w{1,9})\b",
                               lambda m, b=b, suffix=suffix: b + m.group(1) if _ending_ok(m.group(1), suffix)
                               else m.group(0), s)
                for a, b in ((first, new_first), (first.upper(), new_first.upper())):
                    s = re.sub(r"(?<![\w-])" + re.escape(a) + r"(?![\w-])", b, s)
            return s

        return apply

    write_swapped(args, read_gold(args.gold), swap_of)
    print(f"{swapped} people swapped -> {args.dest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
