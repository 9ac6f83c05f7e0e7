"""Every module-level regex of the package scanned over long lines of the 20.9 MB page's kind, to find the next
pattern whose cost grows faster than the line (as grant_rows._BARE_ROW did: 34 CPU-s on that page's one-core path).

Each compiled str pattern of welfare_kg.* runs `finditer` over a line of ~1,200 characters and over the same text
eight times as long (one line); a linear pattern takes ~8x the time, a quadratic one ~64x. Patterns flagged here
are only a defect where the code scans text with them (finditer/search over a line or the document); a pattern
used anchored (match/fullmatch at one position) is tried once, not at every start. Run on demand:

    python benchmarks/regex_lines.py [--html-mb 0.5] [--ratio 20]
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import tempfile
import time
from pathlib import Path

from bench_scaling import build_html

import welfare_kg
from welfare_kg.loaders import load_document

# flagged by the scan, used only anchored at one position (a single attempt whose cost is linear in the line)
ANCHORED = {
    "welfare_kg.extract.body_compositions._COLON_LINE": "match(text, start) once per composition head",
    "welfare_kg.extract.heading_starts._PLAN_HEADING": "fullmatch of the page's first line, once per document",
    "welfare_kg.extract.grant_row_hosts._BRACKETED": "fullmatch of one row's name field",
    "welfare_kg.extract.contact_roles._TITLE_LAST": "fullmatch of the line below one contact's name",
}


def long_lines(text: str, count: int = 6) -> list[str]:
    """The longest lines of different openings: paragraphs of the page, not one repeated template."""
    out: list[str] = []
    seen: set[str] = set()
    for line in sorted(text.split("\n"), key=len, reverse=True):
        if line[:30] not in seen:
            seen.add(line[:30])
            out.append(line)
        if len(out) >= count:
            break
    return out


def patterns() -> dict[str, re.Pattern[str]]:
    """Module-level str patterns of every importable welfare_kg module, by dotted name."""
    out: dict[str, re.Pattern[str]] = {}
    ids: set[int] = set()
    for info in pkgutil.walk_packages(welfare_kg.__path__, "welfare_kg."):
        try:
            module = importlib.import_module(info.name)
        except Exception:  # optional extras (server, spaCy) need not import here
            continue
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str) and id(value) not in ids:
                ids.add(id(value))
                out[f"{info.name}.{name}"] = value
    return out


def scan_time(pattern: re.Pattern[str], text: str, repeats: int = 5) -> float:
    """Best of `repeats` wall times of one finditer over `text`: the minimum, because neighbours share the cores."""
    best = float("inf")
    for _ in range(repeats):
        c = time.perf_counter()
        for _m in pattern.finditer(text):
            pass
        best = min(best, time.perf_counter() - c)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--html-mb", type=float, default=0.5)
    ap.add_argument("--ratio", type=float, default=20.0, help="flag a pattern whose time grows more than this x8")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_text(build_html(int(args.html_mb * 1_000_000)), encoding="utf-8")
        text = load_document(path, max_bytes=100_000_000).text
    lines = long_lines(text)
    pats = patterns()
    print(f"{len(pats)} patterns, lines of {[len(x) for x in lines]} characters")
    flagged = []
    for name, pattern in pats.items():
        worst = (0.0, 0.0, 0.0)
        for line in lines:
            short, long = " ".join([line[:600]] * 2), " ".join([line[:600]] * 16)
            a, b = scan_time(pattern, short), scan_time(pattern, long)
            if b > 0.0005 and b / max(a, 1e-6) > max(args.ratio, worst[0]):
                worst = (b / max(a, 1e-6), a, b)
        if worst[0]:
            flagged.append((worst, name))
    for (ratio, a, b), name in sorted(flagged, reverse=True):
        note = ANCHORED.get(name, "SCANNED? read its uses")
        print(f"x{ratio:7.1f}  {a * 1e3:7.2f} -> {b * 1e3:8.2f} ms  {name}  ({note})")


if __name__ == "__main__":
    main()
