"""Hostile input: how fast and in how much memory zip bombs are refused, and how contact attachment scales.

    python benchmarks/bench_hostile.py

Each bomb is loaded in a fresh process; peak memory is that process's own VmHWM (on Linux
`ru_maxrss` carries the parent's peak across fork+exec, so it would report this script).
Contact attachment and redaction run on synthetic contact lists of growing size; their
chars/s should stay flat (near-linear).
"""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MEASURE = """
import json, sys, time
from welfare_kg.loaders import LoadError, load_document
start = time.perf_counter()
try:
    load_document(sys.argv[1]); outcome = "read"
except LoadError as exc:
    outcome = exc.reason
seconds = time.perf_counter() - start
peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(json.dumps({"outcome": outcome, "seconds": seconds, "peak_mb": peak / 1024}))
"""


def _entry(z: zipfile.ZipFile, name: str, chunks: Iterator[bytes]) -> None:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    with z.open(info, "w", force_zip64=True) as fh:
        for chunk in chunks:
            fh.write(chunk)


def _paragraphs(n: int) -> Iterator[bytes]:
    yield f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>'.encode()
    for _ in range(n // 10_000):
        yield b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 10_000
    yield b"</w:body></w:document>"


def _docx(extra: dict[str, Iterator[bytes]]) -> bytes:
    import docx

    base = io.BytesIO()
    d = docx.Document()
    d.add_paragraph("Otsikko")
    d.save(base)
    src = zipfile.ZipFile(base)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename not in extra:
                z.writestr(info, src.read(info))
        for name, chunks in extra.items():
            _entry(z, name, chunks)
    return out.getvalue()


def bombs(folder: Path) -> None:
    cases = {
        "1.1 million paragraphs (ratio)": {"word/document.xml": _paragraphs(1_100_000)},
        "1.5 million paragraphs (entry size)": {"word/document.xml": _paragraphs(1_500_000)},
        "1 GB of zeros as an image": {"word/media/image1.png": (b"\0" * 1_000_000 for _ in range(1000))},
    }
    print("| bomb | file | outcome | seconds | peak MB |\n|---|---|---|---|---|")
    for label, extra in cases.items():
        path = folder / "bomb.docx"
        path.write_bytes(_docx(extra))
        proc = subprocess.run([sys.executable, "-c", MEASURE, str(path)], capture_output=True, text=True,
                              cwd=ROOT, timeout=300, check=True)
        r = json.loads(proc.stdout)
        print(f"| {label} | {path.stat().st_size / 1e3:.0f} kB | {r['outcome'][:70]} | {r['seconds']:.3f} "
              f"| {r['peak_mb']:.0f} |")


def contacts() -> None:
    from welfare_kg.contacts import contacts_by_person, redact

    rng = random.Random(0)
    firsts = ["Anna", "Pekka", "Liisa", "Matti", "Sanna", "Jari", "Tiina", "Mikko"]
    lasts = ["Virtanen", "Laine", "Korhonen", "Nieminen", "Mäkinen", "Hämäläinen", "Koskinen", "Heikkinen"]
    print("\n| people | chars | attach s | attach chars/s | redact s |\n|---|---|---|---|---|")
    for n in (1_000, 10_000, 40_000):
        lines, people, pos = [], [], 0
        for _ in range(n):
            name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
            line = (f"{name}, projektipäällikkö, 040 {rng.randint(100, 999)} {rng.randint(1000, 9999)}, "
                    f"{name.lower().replace(' ', '.')}@x.fi. Rahoitus on 1 040 000 euroa vuonna 2022.")
            people.append((pos, pos + len(name), name))
            lines.append(line)
            pos += len(line) + 1
        text = "\n".join(lines)
        t0 = time.perf_counter()
        contacts_by_person(text, people)
        t1 = time.perf_counter()
        redact(text)
        t2 = time.perf_counter()
        print(f"| {n:,} | {len(text):,} | {t1 - t0:.2f} | {len(text) / (t1 - t0):,.0f} | {t2 - t1:.2f} |")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        bombs(Path(tmp))
    contacts()
