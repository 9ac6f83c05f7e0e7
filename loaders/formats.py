"""Format readers: each turns the bytes of one file into plain text (and page metadata).

Every reader raises `LoadError` with a reason a user can act on; nothing here
knows about entities or the store.
"""

from __future__ import annotations

import io
import logging
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from welfare_kg.loaders.decode import decode_checked, looks_binary
from welfare_kg.loaders.record import LoadError


@dataclass
class Extracted:
    text: str
    encoding: str | None = None
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    warnings: list[str] = field(default_factory=list)


def read_plain(path: Path, data: bytes) -> Extracted:
    if looks_binary(data):
        raise LoadError(path, "binary data, not a text document")
    text, enc, warning = decode_checked(data)
    return Extracted(text=text, encoding=enc, warnings=[warning] if warning else [])


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
    return Extracted(text=text, encoding=plain.encoding, title=heading.group(1).strip() if heading else None,
                     warnings=plain.warnings)


def _has_prose(text: str) -> bool:
    """Whether extracted text is more than menu labels: with favor_recall, trafilatura falls
    back to a page's navigation ("Etusivu / Haku") when there is no article at all."""
    words = text.split()
    return len(words) >= 15 or any(len(line.split()) >= 4 for line in text.splitlines())


LARGE_PAGE = 5_000_000  # characters of HTML over which the page's metadata is read from its start only
PAGE_HEAD = 500_000  # characters of a large page read for its title, date and site name


def read_html(path: Path, data: bytes, *, workers: int = 1) -> Extracted:
    """Main text via trafilatura, which drops navigation, menus and footers.

    A page over LARGE_PAGE characters has its metadata (title, publication date, site
    name) read from its first PAGE_HEAD characters, with a warning: trafilatura's
    metadata search walks the whole tree several times and htmldate tries every date-like
    string of the text with dateparser, which cost 60% of reading a 20 MB page (26 s of
    CPU) for a date that such a compilation of documents does not have anyway. The text
    is read from the whole page exactly as for any other page. With `workers` > 1 the head's
    metadata is read in a forked process while this one reads the text (2 s of a 20 MB page's
    reading, dateparser's first use, off the document's path).
    """
    import trafilatura

    if looks_binary(data):
        raise LoadError(path, "binary data, not an HTML page")
    html, enc, warning = decode_checked(data)
    warnings = [warning] if warning else []
    large = len(html) > LARGE_PAGE

    def body() -> object:
        doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=True,
                                          favor_recall=True, with_metadata=not large)
        if not _has_prose((getattr(doc, "text", None) or "") if doc is not None else ""):
            raise LoadError(path, "HTML page has no main text")
        return doc

    if large and workers > 1 and hasattr(os, "fork"):
        from welfare_kg.extract.sentence_pool import beside

        doc, meta = beside(lambda: _head_metadata(html), body)
    else:
        doc = body()
        meta = _head_metadata(html) if large else _metadata(doc)
    if large:
        warnings.append(f"large page ({len(html) / 1e6:.1f} million characters): title and date read from its "
                        f"first {PAGE_HEAD // 1000:,} thousand characters only")
    published = meta["date"]
    if published and not re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", published):
        published = None
    return Extracted(
        text=getattr(doc, "text", None) or "", encoding=enc,
        title=meta["title"],
        published=published,
        publisher=meta["sitename"] or meta["hostname"],
        warnings=warnings,
    )


def _metadata(doc: object) -> dict[str, str | None]:
    """What the reader keeps of trafilatura's metadata (a plain dict: it may come from a forked process)."""
    return {k: getattr(doc, k, None) for k in ("title", "date", "sitename", "hostname")}


def _head_metadata(html: str) -> dict[str, str | None]:
    import trafilatura

    return _metadata(trafilatura.bare_extraction(_page_head(html), include_comments=False, include_tables=True,
                                                 favor_recall=True, with_metadata=True))


def _page_head(html: str) -> str:
    """The start of a page, cut before a tag (the parser closes what is left open)."""
    if len(html) <= PAGE_HEAD:
        return html
    cut = html.rfind("<", 0, PAGE_HEAD)
    return html[:cut if cut > 0 else PAGE_HEAD]


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


_WORD_NS = {"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main"}  # transitional and strict OOXML
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_WORD_TAGS = [f"{{{ns}}}{tag}" for ns in _WORD_NS for tag in ("p", "t", "tab", "br", "cr", "tbl", "tr", "tc")]
_WORD_TAGS.append(_FALLBACK)  # a text box is written twice, the second time as a fallback for old readers
_MAIN_PART = "word/document.xml"
_SMALL_PART = 2_000_000  # relationships and core properties are a few kB
MAX_DOCX_TEXT = 25_000_000  # characters of text a Word file may expand to


def read_docx(path: Path, data: bytes) -> Extracted:
    """Paragraphs and table rows (cells joined by tabs) in document order, and the core title.

    The archive is checked first (see `archive.open_checked`), then the main part is
    parsed as a stream, dropping each paragraph once its text is taken: a document of
    a million paragraphs then costs its text, not a million-node tree (python-docx
    builds the whole tree, ~1 GB for 1.5 million paragraphs).
    """
    import zipfile

    from lxml import etree

    from welfare_kg.loaders.archive import open_checked

    archive = open_checked(path, data, what="Word file")
    names = set(archive.namelist())
    try:
        main = _main_part(archive, names)
        if main not in names:
            raise LoadError(path, "not a readable Word file (no document part: not a .docx?)")
        with archive.open(main) as fh:
            text = _docx_text(path, fh)
        title = _core_title(archive, names)
    except LoadError:
        raise
    except etree.XMLSyntaxError as exc:
        raise LoadError(path, f"not a readable Word file (damaged XML: {exc})") from exc
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, KeyError) as exc:
        raise LoadError(path, f"not a readable Word file ({type(exc).__name__}: {exc})") from exc
    return Extracted(text=text, title=title)


def _read_small(archive, name: str) -> bytes | None:
    info = archive.getinfo(name)
    return archive.read(info) if info.file_size <= _SMALL_PART else None


def _main_part(archive, names: set[str]) -> str:
    """The part the package relationships call the office document (almost always word/document.xml)."""
    from lxml import etree

    rels = _read_small(archive, "_rels/.rels") if "_rels/.rels" in names else None
    if rels:
        root = etree.fromstring(rels, parser=_xml_parser())
        for rel in root:
            if str(rel.get("Type", "")).endswith("/officeDocument") and rel.get("Target"):
                return str(rel.get("Target")).lstrip("/")
    return _MAIN_PART


def _core_title(archive, names: set[str]) -> str | None:
    from lxml import etree

    if "docProps/core.xml" not in names:
        return None
    raw = _read_small(archive, "docProps/core.xml")
    if not raw:
        return None
    try:
        root = etree.fromstring(raw, parser=_xml_parser())
    except etree.XMLSyntaxError:
        return None  # the title is a nicety; the text was read
    title = root.findtext("{http://purl.org/dc/elements/1.1/}title")
    return title.strip() or None if title else None


def _xml_parser():
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _docx_text(path: Path, fh) -> str:
    """Text of a WordprocessingML body from a stream, in bounded memory (see `read_docx`)."""
    from lxml import etree

    lines: list[str] = []
    stack: list[tuple[str, list[str]]] = []  # open p / tbl / tr / tc, each with what it has collected
    size = 0

    def sink(texts: list[str]) -> None:
        """Finished text goes to the innermost open paragraph or cell, else to the body."""
        nonlocal size
        for kind, parts in reversed(stack):
            if kind == "p":  # a text box inside a paragraph: its own line(s)
                parts.append("\n" + "\n".join(texts) + "\n")
                return
            if kind == "tc":
                parts.extend(texts)
                return
        lines.extend(texts)
        size += sum(len(t) + 1 for t in texts)
        if size > MAX_DOCX_TEXT:
            raise LoadError(path, f"refused: Word file expands to over {MAX_DOCX_TEXT // 1_000_000} million "
                                  "characters of text")

    events = etree.iterparse(fh, events=("start", "end"), tag=_WORD_TAGS, resolve_entities=False,
                             no_network=True, load_dtd=False, huge_tree=False)
    skipping = 0
    for event, el in events:
        if el.tag == _FALLBACK:
            skipping += 1 if event == "start" else -1
        if skipping:
            continue
        kind = el.tag.rsplit("}", 1)[-1]
        if event == "start":
            if kind in {"p", "tbl", "tr", "tc"}:
                stack.append((kind, []))
            continue
        if kind in {"t", "tab", "br", "cr"}:
            para = next((parts for k, parts in reversed(stack) if k == "p"), None)
            if para is not None:
                para.append(el.text or "" if kind == "t" else "\t" if kind == "tab" else "\n")
        elif stack and stack[-1][0] == kind:
            _, parts = stack.pop()
            if kind == "p":
                sink(["".join(parts)])
            elif kind == "tc":
                if stack and stack[-1][0] == "tr":
                    stack[-1][1].append("\n".join(parts))
                else:
                    sink(parts)
            elif kind == "tr":
                if stack and stack[-1][0] == "tbl":
                    stack[-1][1].append("\t".join(parts))
                else:
                    sink(["\t".join(parts)])
            else:  # tbl
                sink(parts)
        el.clear(keep_tail=False)
        parent = el.getparent()
        if parent is not None:
            while el.getprevious() is not None:  # what was read is dropped, so the tree stays small
                del parent[0]
    return "\n".join(lines)


READERS = {
    ".txt": read_plain, ".text": read_plain, ".md": read_markdown, ".markdown": read_markdown,
    ".html": read_html, ".htm": read_html, ".xhtml": read_html,
    ".pdf": read_pdf, ".docx": read_docx,
}
SUPPORTED = " ".join(READERS)  # ".txt .text .md ..." for messages and help
_EXTENSION = re.compile(r"\.[A-Za-z][A-Za-z0-9_+-]{0,9}")


def extension(path: Path) -> str:
    """The file's type suffix, lower-cased, or "" when the name has none.

    "Pöytäkirja 16.3.2021" has no extension, whatever `Path.suffix` says (".2021"): a
    suffix that is not a short word is part of the name, and the content decides.
    """
    suffix = path.suffix
    return suffix.lower() if _EXTENSION.fullmatch(suffix) else ""


def is_supported(path: Path, *, as_text: bool = False) -> bool:
    """Whether a file of this name is read at all: a supported extension, none (the content decides),
    or any with `as_text`."""
    return as_text or extension(path) in READERS or extension(path) == ""


def unsupported(path: Path) -> LoadError:
    return LoadError(path, f"unsupported type ({extension(path)}); supported: {SUPPORTED} "
                           "(--as-text reads any file as plain text)")


def sniff_reader(path: Path, data: bytes, *, as_text: bool = False):
    """The reader for a file: by its extension, by its content when it has none.

    A PDF is always read as a PDF (its magic number says so, whatever the name). A file
    without an extension is a PDF, an HTML page, a Word file or plain text by its content.
    Other extensions are refused unless `as_text`, which reads them as plain text: a .csv
    or .jsonl read as prose would only fill the graph with noise.
    """
    head = data[:1024].lstrip().lower()
    if head.startswith(b"%pdf"):
        return read_pdf  # a PDF saved as .txt (or .htm) is still a PDF; its magic number says so
    ext = extension(path)
    reader = READERS.get(ext)
    if reader is not None:
        return reader
    if ext:
        if as_text:
            return read_plain
        raise unsupported(path)
    if head.startswith(b"<!doctype html") or head.startswith(b"<html") or re.search(rb"<body", head):
        return read_html
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        if b"word/" in data[:65_536] or b"word/" in data[-65_536:]:
            return read_docx
        raise LoadError(path, f"unsupported type (a zip archive, not a Word file); supported: {SUPPORTED}")
    if looks_binary(data):
        raise LoadError(path, f"unsupported type (no extension, and binary content); supported: {SUPPORTED}")
    return read_plain
