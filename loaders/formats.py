"""Format readers: each turns the bytes of one file into plain text (and page metadata).

Every reader raises `LoadError` with a reason a user can act on; nothing here
knows about entities or the store.
"""

from __future__ import annotations

import io
import re
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


def read_html(path: Path, data: bytes) -> Extracted:
    """Main text via trafilatura, which drops navigation, menus and footers."""
    import trafilatura

    if looks_binary(data):
        raise LoadError(path, "binary data, not an HTML page")
    html, enc = decode_text(data)
    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=True,
                                      favor_recall=True, with_metadata=True)
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not text.strip():
        raise LoadError(path, "HTML page has no main text")
    return Extracted(
        text=text, encoding=enc,
        title=getattr(doc, "title", None),
        published=getattr(doc, "date", None),
        publisher=getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
    )


def read_pdf(path: Path, data: bytes) -> Extracted:
    """Text layer only: a scanned PDF without OCR has none and is reported as such."""
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
    ".txt": read_plain, ".text": read_plain, ".md": read_plain,
    ".html": read_html, ".htm": read_html, ".xhtml": read_html,
    ".pdf": read_pdf, ".docx": read_docx,
}


def sniff_reader(path: Path, data: bytes):
    """Choose a reader by extension, falling back on the content for unknown ones."""
    reader = READERS.get(path.suffix.lower())
    if reader is not None:
        return reader
    head = data[:1024].lstrip().lower()
    if head.startswith(b"%pdf"):
        return read_pdf
    if head.startswith(b"<!doctype html") or head.startswith(b"<html") or re.search(rb"<body", head):
        return read_html
    if head.startswith(b"pk\x03\x04"):
        return read_docx
    return read_plain
