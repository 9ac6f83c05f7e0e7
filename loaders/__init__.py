"""Loaders: files and folders in, `DocumentRecord`s out (or one-line `LoadError`s)."""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from welfare_kg.contacts import email_domains
from welfare_kg.extract import sentence_pool
from welfare_kg.extract.text import drop_ahead, split_ahead
from welfare_kg.loaders.broken_hyphens import join_broken_hyphens
from welfare_kg.loaders.cleanup import page_publisher, published_date, site_name, strip_page_cruft
from welfare_kg.loaders.formats import (
    SUPPORTED,
    Extracted,
    extension,
    is_supported,
    read_html,
    sniff_reader,
    unsupported,
)
from welfare_kg.loaders.glued_cells import unglue_cells
from welfare_kg.loaders.language import detect_language
from welfare_kg.loaders.minutes import looks_like_minutes, municipality_hint, parse_items, reline_items
from welfare_kg.loaders.record import DocumentRecord, LoadError, MinutesItem, NoDocuments, printable
from welfare_kg.loaders.relines import reline
from welfare_kg.loaders.section_words import break_section_words
from welfare_kg.loaders.split_surnames import join_split_surnames
from welfare_kg.loaders.unwrap import unwrap

__all__ = ["DEFAULT_MAX_BYTES", "SUPPORTED", "DocumentRecord", "LoadError", "MinutesItem", "NoDocuments",
           "SkippedFiles", "file_checksum", "iter_paths", "load_document", "printable"]

DEFAULT_MAX_BYTES = 25_000_000  # the CLI's --max-size is in decimal MB
_WEBMAIL = {"gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "luukku.com", "suomi24.fi", "live.com"}


class SkippedFiles(LoadError):
    """Files of unsupported types met in a folder walk: a warning about the folder, not a failure.

    A file named on the command line is a request, so an unsupported one is an error; a
    folder usually also holds images and spreadsheets beside its documents, and failing the
    run for each would make every run fail.
    """

    def __init__(self, folder: Path, by_type: Counter[str]) -> None:
        n = sum(by_type.values())
        kinds = ", ".join(f"{ext or 'no extension'} {count}" for ext, count in sorted(by_type.items()))
        super().__init__(folder, f"skipped {n} file{'s' if n != 1 else ''} of unsupported type ({kinds}); "
                                 f"supported: {SUPPORTED} (--as-text reads any file as plain text)")
        self.count = n


def is_store_dir(folder: str | Path, files: Iterable[str]) -> bool:
    """A store's folder (RocksDB: CURRENT, IDENTITY, MANIFEST-n), left out of a walk like a hidden one.

    A store kept beside the documents (the default `kg-store` in the folder being ingested)
    would otherwise feed its own extensionless text files (CURRENT, IDENTITY, LOG) back in as
    documents, and "replace" them on every run as the log changes.
    """
    names = set(files)
    return {"CURRENT", "IDENTITY"} <= names and any(n.startswith("MANIFEST-") for n in names)


MAP_MARK = b'<meta name="generator" content="welfare-kg map">'  # viz/static/map.html's head


def is_own_map(path: Path) -> bool:
    """A map page `welfare-kg map` wrote; in a folder walk it is left out (named on its own, it is read)."""
    if path.suffix.lower() not in (".html", ".htm"):
        return False
    try:
        with path.open("rb") as f:
            return MAP_MARK in f.read(1024)
    except OSError:
        return False  # the loader reports an unreadable file


def iter_paths(paths: Iterable[str | Path], *, as_text: bool = False) -> Iterator[Path | LoadError]:
    """Files to read under the given paths, recursively and sorted, hidden ones left out.

    Besides paths, it yields `LoadError`s: a missing path, a named file of an unsupported
    type; and, for each named folder, `SkippedFiles` when unsupported files were left out
    and `NoDocuments` when nothing in it is to be read. Callers that only want files can
    drop every `LoadError`.
    """
    for given in paths:
        p = Path(given)
        if not p.exists() and not p.is_symlink():
            yield LoadError(p, "no such file or directory")
        elif p.is_dir():
            found = 0
            skipped: Counter[str] = Counter()
            for root, dirs, files in os.walk(p):
                if is_store_dir(root, files):  # `ingest . --store kg-store`: its LOG, CURRENT... are no documents
                    dirs[:] = []
                    continue
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if f.startswith("."):
                        continue
                    path = Path(root) / f
                    if is_own_map(path):  # `map -o` into the folder being ingested: our page, no document
                        continue
                    if is_supported(path, as_text=as_text):
                        found += 1
                        yield path
                    else:
                        skipped[extension(path)] += 1
            if skipped:
                yield SkippedFiles(p, skipped)
            if not found:
                yield NoDocuments(p)
        elif not is_supported(p, as_text=as_text):
            yield unsupported(p)
        else:
            yield p


def _size(n: float) -> str:
    """Human-readable size: a limit given as --max-size 0.001 should not print as "0.0 MB"."""
    for unit, scale in (("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{int(n)} bytes"


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing what is not a regular file or is over the size limit.

    A FIFO or device would block or never end, so those are refused before opening; the
    read itself is bounded because a file can grow after its size was checked.
    """
    try:
        if path.is_symlink() and not path.exists():
            raise LoadError(path, "broken symbolic link (its target does not exist)")
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            raise LoadError(path, "is a directory")
        if not stat.S_ISREG(st.st_mode):
            kind = "FIFO" if stat.S_ISFIFO(st.st_mode) else "device or socket"
            raise LoadError(path, f"not a regular file ({kind})")
        if st.st_size > max_bytes:
            raise LoadError(path, f"file is {_size(st.st_size)}, over the {_size(max_bytes)} limit "
                                  "(raise it with --max-size)")
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise LoadError(path, "no such file or directory") from exc
    except IsADirectoryError as exc:
        raise LoadError(path, "is a directory") from exc
    except PermissionError as exc:
        raise LoadError(path, "permission denied (cannot read the file)") from exc
    except OSError as exc:
        raise LoadError(path, f"cannot read ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:
        raise LoadError(path, f"file is over the {_size(max_bytes)} limit (raise it with --max-size)")
    return data


def file_checksum(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str | None:
    """The document's identity (sha256 of its bytes) as `load_document` computes it, without parsing it.

    Ingest skips unchanged files by this before any extraction work is sent out. None
    means the loader would refuse the file; `load_document` then reports the reason.
    It reads through `_read_bytes`, so the checks are the loader's own and cannot drift.
    """
    try:
        return _digest(_read_bytes(Path(path), max_bytes))
    except LoadError:
        return None


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES, as_text: bool = False,
                  workers: int = 1) -> DocumentRecord:
    """Read one file into a record. Raises `LoadError` with a one-line reason, and nothing else.

    Readers raise `LoadError` for the failures they know; anything else a third-party
    parser throws on hostile bytes is turned into one too, so that one bad file can
    never stop a batch. A file of an unsupported type is refused before it is read,
    unless `as_text` (read it as plain text). Whatever was read with a loss (bad bytes
    replaced) is in `record.warnings`. With `workers` > 1 a large page is read partly in a forked
    process, with the same record (`extract_document(record, workers=...)` then finds its sentences split).
    """
    path = Path(path)
    if not is_supported(path, as_text=as_text):
        raise unsupported(path)
    data = _read_bytes(path, max_bytes)
    if not data.strip():
        raise LoadError(path, "empty file")
    try:
        return _record(path, data, as_text, workers)
    except LoadError:
        raise
    except RecursionError as exc:
        raise LoadError(path, "file is too deeply nested to read") from exc
    except Exception as exc:
        raise LoadError(path, f"cannot read ({type(exc).__name__}: {str(exc)[:120]})") from exc


_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def _record(path: Path, data: bytes, as_text: bool = False, workers: int = 1) -> DocumentRecord:
    reader = sniff_reader(path, data, as_text=as_text)
    extracted = read_html(path, data, workers=workers) if reader is read_html else reader(path, data)
    text = extracted.text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u202f", " ")
    text = text.replace("\ufeff", "").replace("\x00", "")
    # the Unicode hyphens (U+2010, and the no-break U+2011) some word processors write in compounds
    # ("Itä\u2010Suomen yliopisto") are the ASCII hyphen every name rule reads; one character for one, so offsets stay
    text = text.translate(_HYPHENS)
    if reader is not read_html:  # a PDF or transcript: its table's glued cells apart (loaders/glued_cells.py),
        text = unglue_cells(text)  # paragraphs hard-wrapped at its width re-joined; a run-on
        text = unwrap(text)  # page (line breaks lost) broken at its title, field labels and sentence ends, unless
        if not looks_like_minutes(text):  # minutes, whose reader takes a transcript's items as they run (relining
            text = reline(text)  # them cost 3 decides of 5 flattened minutes of the writing half)
        text = join_broken_hyphens(text)  # a name's hyphen parted from its name by a line break ("PSK- Aikuisopisto")
        text = break_section_words(text)  # "3 TIIVISTELMÄ Kylämäen Opisto ...": the heading on a line of its own
        text = join_split_surnames(text)  # "Pekka Hän ninen": a surname a PDF split, whole again
    if not text.strip():
        raise LoadError(path, "no text in file")
    record = DocumentRecord(
        source=path.resolve(),
        text="",
        checksum=_digest(data),
        fmt=reader.__name__.removeprefix("read_"),
        encoding=extracted.encoding,
        published=extracted.published,
        publisher=extracted.publisher,
        warnings=[printable(w) for w in extracted.warnings],
    )
    if reader is not read_html or sentence_pool.workers_for(len(text), workers, sentence_pool.PARALLEL_CHARS) <= 1:
        return _fields(path, record, text, extracted)
    # a large page: its fields (minutes items, language, e-mail domains: 3 s of a 20 MB page) in a forked process
    # while this one splits its text into sentences, for extraction's first step (a page's text is its record's)
    try:
        _, (filled, same) = sentence_pool.beside(lambda: _without_text(_fields(path, record, text, extracted), text),
                                   lambda: split_ahead(text))
    except BaseException:
        drop_ahead()
        raise
    if same:
        filled.text = text
    return filled


def _without_text(record: DocumentRecord, text: str) -> tuple[DocumentRecord, bool]:
    """The record to send back from a forked process, without its text when that is `text` (an equal string:
    the reading process then keeps its own object, which the sentences it split ahead are kept for)."""
    same = record.text is text or record.text == text
    if same:
        record.text = ""
    return record, same


def _fields(path: Path, record: DocumentRecord, text: str, extracted: Extracted) -> DocumentRecord:
    """The record's text and what is read from it: kind, minutes items, language, title, e-mail domains."""
    if looks_like_minutes(text):
        record.kind = "minutes"
        # a transcript run into one line gets its item headings' line breaks back (same length: offsets hold)
        record.text = text = reline_items(text)
        record.items = parse_items(text)
    else:
        if record.fmt != "html":
            record.publisher = record.publisher or page_publisher(text)
            record.published = record.published or published_date(text)
            record.text = strip_page_cruft(text)
        else:
            record.text = text
            record.published = record.published or published_date(text)
        if not record.text.strip():
            raise LoadError(path, "no main text (only navigation or footer lines)")
        record.kind = "agreement" if re.search(r"(?i)^\s*\S*(?:sopimus|avtal)\b", record.text[:200]) else "news"
    record.language = detect_language(record.text)
    first_item = record.items[0].title if len(record.items) == 1 else ""
    record.title = (extracted.title or first_item or _meeting_title(record) or _first_line(record.text)).strip()
    domains = Counter(email_domains(record.text))
    record.email_domains = sorted(domains)
    if record.publisher is None and record.kind != "minutes":
        official = [d for d, _ in domains.most_common() if d not in _WEBMAIL]
        record.publisher = official[0] if official else site_name(text)
    record.municipality_hint = municipality_hint(record.text) if record.kind == "minutes" else None
    if record.published is None and record.items and record.items[0].date:
        record.published = record.items[0].date
    return record


def _meeting_title(record: DocumentRecord) -> str:
    """ "Sosiaali- ja terveyslautakunta, pöytäkirja 16.3.2021" for minutes of several items,
    whose first line is usually only "PÖYTÄKIRJA 3/2021"."""
    if len(record.items) < 2 or not record.items[0].body:
        return ""
    first = record.items[0]
    word = "protokoll" if record.language == "sv" else "pöytäkirja"
    when = ""
    if first.date:
        y, m, d = first.date.split("-")
        when = f" {int(d)}.{int(m)}.{y}"
    return f"{first.body}, {word}{when}"


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")
