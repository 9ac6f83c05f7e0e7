"""Loaders: files and folders in, `DocumentRecord`s out (or one-line `LoadError`s)."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from welfare_kg.loaders.cleanup import strip_page_cruft
from welfare_kg.loaders.formats import READERS, sniff_reader
from welfare_kg.loaders.language import detect_language
from welfare_kg.loaders.minutes import RECORD_NUMBER, looks_like_minutes, parse_items
from welfare_kg.loaders.record import DocumentRecord, LoadError, MinutesItem

__all__ = ["DEFAULT_MAX_BYTES", "DocumentRecord", "LoadError", "MinutesItem", "iter_paths", "load_document"]

DEFAULT_MAX_BYTES = 25 * 1024 * 1024
_EMAIL = re.compile(r"[\w.+-]+(?:@|\(at\)|\[at\])([\w-]+(?:\.[\w-]+)+)", re.IGNORECASE)


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | LoadError]:
    """Files under the given paths, recursively and sorted; a missing path is an error item."""
    for given in paths:
        p = Path(given)
        if not p.exists():
            yield LoadError(p, "no such file or directory")
        elif p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith("."):
                        yield Path(root) / f
        else:
            yield p


def supported(path: Path) -> bool:
    return path.suffix.lower() in READERS or path.suffix == ""


def load_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> DocumentRecord:
    """Read one file into a record. Raises `LoadError` with a one-line reason."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise LoadError(path, f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit "
                                  "(raise it with --max-size)")
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise LoadError(path, "no such file or directory") from exc
    except IsADirectoryError as exc:
        raise LoadError(path, "is a directory") from exc
    except PermissionError as exc:
        raise LoadError(path, "permission denied") from exc
    except OSError as exc:
        raise LoadError(path, f"cannot read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise LoadError(path, "empty file")
    reader = sniff_reader(path, data)
    extracted = reader(path, data)
    text = extracted.text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u202f", " ")
    if not text.strip():
        raise LoadError(path, "no text in file")
    record = DocumentRecord(
        source=path.resolve(),
        text="",
        checksum=hashlib.sha256(data).hexdigest(),
        fmt=reader.__name__.removeprefix("read_"),
        encoding=extracted.encoding,
        published=extracted.published,
        publisher=extracted.publisher,
    )
    if looks_like_minutes(text):
        record.kind = "minutes"
        record.text = text
        record.items = parse_items(text)
    else:
        record.text = strip_page_cruft(text) if record.fmt != "html" else text
        record.kind = "agreement" if re.search(r"(?i)^\s*\S*sopimus\b", record.text[:200]) else "news"
    first_item = record.items[0].title if len(record.items) == 1 else ""
    record.title = (extracted.title or first_item or _first_line(record.text)).strip()
    record.language = detect_language(record.text)
    record.email_domains = sorted({m.group(1).lower() for m in _EMAIL.finditer(record.text)})
    rn = RECORD_NUMBER.search(record.text)
    if rn:
        prefix = re.match(r"([A-ZÅÄÖ][a-zåäö]+)(?:Dno|Dnro)", rn.group("rn"))
        record.municipality_hint = prefix.group(1) if prefix else None
    if record.published is None and record.items and record.items[0].date:
        record.published = record.items[0].date
    return record


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")
