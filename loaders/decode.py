"""Turning bytes into text without mojibake: BOM, UTF-8 (damaged or not), then a charset guess."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_CONTROL = {*range(0, 9), 11, 12, *range(14, 32), 127}
# A well-formed multi-byte UTF-8 sequence (2-4 bytes). Windows-1252 Finnish text practically never
# contains one: "ä" is 0xE4 followed by an ASCII letter, which is not a continuation byte.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# Clearly UTF-8: at least this many good multi-byte sequences for every bad spot.
_UTF8_MAJORITY = 3


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters mean this is not a text document."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    ctrl = sum(1 for b in sample if b in _CONTROL)
    return ctrl / len(sample) > 0.05


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (text, encoding); see `decode_checked`, which also says when bytes were replaced."""
    text, encoding, _ = decode_checked(data)
    return text, encoding


def decode_checked(data: bytes) -> tuple[str, str, str | None]:
    """Return (text, encoding, warning). Finnish text is UTF-8 or Windows-1252 in practice.

    UTF-8 is tried strictly first because a charset detector can mistake short Finnish
    UTF-8 for another code page. A few bad bytes in a file that is otherwise plainly UTF-8
    (a truncated copy, one pasted Windows-1252 word) must not turn every ä and ö of the
    rest into mojibake, so such a file is decoded as UTF-8 with the bad bytes replaced by
    U+FFFD and a warning. Windows-1252 is the fallback for the rest since it decodes ä/ö/å
    correctly where ISO-8859-1 does and accepts € too.
    """
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
        return text, "utf-8-sig", _replaced_warning(data[len(codecs.BOM_UTF8):], text)
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc, None
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    good = len(_UTF8_MULTIBYTE.findall(data))
    if good:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd") - data.count("\ufffd".encode())
        if good >= _UTF8_MAJORITY * bad:
            return text, "utf-8", _replaced_warning(data, text)
    best = from_bytes(data).best()
    if best is not None and best.encoding.replace("_", "").lower() in {"cp1252", "latin1", "iso88591", "iso885915"}:
        return str(best), best.encoding, None
    try:
        return data.decode("cp1252"), "cp1252", None
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1", None


def _replaced_warning(data: bytes, text: str) -> str | None:
    """Where the first invalid byte is, so a user can find and fix it; None when there was none."""
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    if bad <= 0:
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        where = f"first on line {line}, byte {exc.start}"
    else:  # pragma: no cover - bad > 0 means strict decoding fails
        where = ""
    return f"invalid UTF-8 at {bad} place{'s' if bad != 1 else ''} ({where}) replaced with U+FFFD"
