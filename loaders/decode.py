"""Turning bytes into text without mojibake: BOM, UTF-8, then a charset guess."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

_CONTROL = {*range(0, 9), 11, 12, *range(14, 32), 127}


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
    """Return (text, encoding). Finnish text is UTF-8 or Windows-1252 in practice.

    UTF-8 is tried strictly first because a charset detector can mistake short
    Finnish UTF-8 for another code page; Windows-1252 is the fallback since it
    decodes ä/ö/å correctly where ISO-8859-1 does and accepts € too.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is not None and best.encoding.replace("_", "").lower() in {"cp1252", "latin1", "iso88591", "iso885915"}:
        return str(best), best.encoding
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"
