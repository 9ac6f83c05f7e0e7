"""The structured record a loader makes of one document, before any extraction."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from welfare_kg.records import DocumentRecord, MinutesItem

__all__ = ["DocumentRecord", "LoadError", "MinutesItem", "NoDocuments", "printable"]

_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str | Path) -> str:
    """`text` made safe to print as part of one terminal line.

    File names are chosen by whoever wrote the files: a name with a newline could forge an
    "error:" or summary line, an escape sequence could rewrite the terminal, a bidi override
    could reorder what is shown. Control, format and line-separator characters are shown as
    escapes (\\n, \\x1b, \\u202e); bytes that were not valid in the file-system encoding
    (kept by Python as lone surrogates) as \\xNN. Every message that shows a path or a
    reason goes through here, so that is the one place to change.
    """
    text = str(text)
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ch.isprintable():
            out.append(ch)
        elif "\udc80" <= ch <= "\udcff":
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        elif unicodedata.category(ch) == "Zs":
            out.append(" ")  # no-break and other spaces: harmless, and common in names
        elif ord(ch) < 0x100:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else f"\\U{ord(ch):08x}")
    return "".join(out)


class LoadError(Exception):
    """A document could not be read; `str()` is the one-line message users see (escaped, see `printable`)."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = printable(reason)
        super().__init__(f"{printable(path)}: {self.reason}")

    def __reduce__(self) -> tuple:
        """Picklable as it is (subclasses included): a large page is read partly in a forked process
        (extract/sentence_pool.beside), whose error comes back pickled; `__init__` would escape it again."""
        return (_rebuilt, (type(self), self.args), self.__dict__)


def _rebuilt(cls: type[LoadError], args: tuple) -> LoadError:
    err = Exception.__new__(cls)
    err.args = args
    return err


class NoDocuments(LoadError):
    """A folder named by the user held nothing to read: not a file's failure, but the run read nothing there."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(path, "no documents found (empty folder, or only hidden or unsupported files)")
