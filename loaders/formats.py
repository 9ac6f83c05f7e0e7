"""Format readers: each turns the bytes of one file into plain text (and page metadata).

Every reader raises `LoadError` with a reason a user can act on; nothing here
knows about entities or the store.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from welfare_kg.loaders.decode import decode_text, looks_binary
from welfare_kg.loaders.record import LoadError


@dataclass
class Extracted:
    text: str
    encoding: str | None = None
    title: str | None = None
    published: str | None = None
    publisher: str | None = None


def read_plain(path: Path, data: bytes) -> Extracted:
    if looks_binary(data):
        raise LoadError(path, "binary data, not a text document")
    text, enc = decode_text(data)
    return Extracted(text=text, encoding=enc)


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_HEADING = re.compile(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$")
# Bounded spans without the marker inside keep this linear on hostile input ("_a _a _a ...").
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|(?<!\w)_)(?=[^\s*_])([^*_\n]{1,300}?)(?<=[^\s*_])\1")


def read_markdown(path: Path, data: bytes) -> Extracted:
    """Markdown as plain text: headings, links and emphasis lose their markup so that
    sentences and names read as in the rendered page; the first heading is the title."""
    plain = read_plain(path, data)
    heading = _MD_HEADING.search(plain.text)
    text = _MD_HEADING.sub(r"\1", plain.text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = re.sub(r"(?m)^[ \t]*(?:[-*+]|\d+\.)[ \t]+", "- ", text)
    text = re.sub(r"(?m)^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$", "", text)
    return Extracted(text=text, encoding=plain.encoding, title=heading.group(1).strip() if heading else None)


def _has_prose(text: str) -> bool:
    """Whether extracted text is more than menu labels: with favor_recall, trafilatura falls
    back to a page's navigation ("Etusivu / Haku") when there is no article at all."""
    words = text.split()
    return len(words) >= 15 or any(len(line.split()) >= 4 for line in text.splitlines())


def read_html(path: Path, data: bytes) -> Extracted:
    """Main text via trafilatura, which drops navigation, menus and footers."""
    import trafilatura

    if looks_binary(data):
        raise LoadError(path, "binary data, not an HTML page")
    html, enc = decode_text(data)
    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=True,
                                      favor_recall=True, with_metadata=True)
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not _has_prose(text):
        raise LoadError(path, "HTML page has no main text")
    published = getattr(doc, "date", None)
    if published and not re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", published):
        published = None
    return Extracted(
        text=text, encoding=enc,
        title=getattr(doc, "title", None),
        published=published,
        publisher=getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
    )


@contextmanager
def _quiet(logger_name: str) -> Iterator[None]:
    """pypdf logs "EOF marker not found" and the like to stderr; our one-line error says it better."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def read_pdf(path: Path, data: bytes) -> Extracted:
    """Text layer only: a scanned PDF without OCR has none and is reported as such."""
    with _quiet("pypdf"):
        return _read_pdf(path, data)


def _read_pdf(path: Path, data: bytes) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as exc:  # pypdf raises several types for unsupported crypto
                raise LoadError(path, "password-protected PDF") from exc
            if not ok:
                raise LoadError(path, "password-protected PDF")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
    except LoadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise LoadError(path, f"not a readable PDF (truncated or damaged: {exc})") from exc
    text = "\n\n".join(pages)
    if not text.strip():
        raise LoadError(path, "PDF has no text layer (scanned? OCR it first)")
    title = (meta.title if meta else None) or None
    return Extracted(text=text, title=title)


def read_docx(path: Path, data: bytes) -> Extracted:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise LoadError(path, f"not a readable Word file ({exc})") from exc
    except Exception as exc:  # zipfile.BadZipFile and lxml errors
        raise LoadError(path, f"not a readable Word file ({type(exc).__name__})") from exc
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    text = "\n".join(lines)
    title = document.core_properties.title or None
    return Extracted(text=text, title=title)


READERS = {
    ".txt": read_plain, ".text": read_plain, ".md": read_markdown, ".markdown": read_markdown,
    ".html": read_html, ".htm": read_html, ".xhtml": read_html,
    ".pdf": read_pdf, ".docx": read_docx,
}


def sniff_reader(path: Path, data: bytes):
    """Choose a reader by extension (a PDF by its content), falling back on the content for unknown ones."""
    head = data[:1024].lstrip().lower()
    if head.startswith(b"%pdf"):
        return read_pdf  # a PDF saved as .txt (or .htm) is still a PDF; its magic number says so
    reader = READERS.get(path.suffix.lower())
    if reader is not None:
        return reader
    if head.startswith(b"%pdf"):
        return read_pdf
    if head.startswith(b"<!doctype html") or head.startswith(b"<html") or re.search(rb"<body", head):
        return read_html
    if head.startswith(b"pk\x03\x04"):
        return read_docx
    if path.suffix and looks_binary(data):
        return _unsupported
    return read_plain


def _unsupported(path: Path, data: bytes) -> Extracted:
    known = ", ".join(sorted({s for s in READERS if s not in {".text", ".xhtml", ".markdown"}}))
    raise LoadError(path, f"unsupported file type {path.suffix} (readable: {known})")
