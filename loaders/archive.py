"""Zip archives (.docx and any other zip-based format) checked before anything is decompressed.

A zip bomb is small on disk and huge once inflated: a 149 kB .docx expanding to 1.5 million
paragraphs kept a parser busy for minutes at 1.1 GB. Everything needed to refuse one is in
the archive's central directory (entry count, declared sizes, compressed sizes), which is
read without inflating anything, so a bomb is refused in milliseconds and a few MB.

The declared sizes can be trusted for reading because `zipfile` never returns more than an
entry's declared size (it stops there and then fails the CRC check), and only the stored and
deflate methods are accepted: deflate is inflated in bounded steps, while `zipfile`
decompresses a bzip2 or LZMA chunk in one unbounded call.
"""

from __future__ import annotations

import io
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

from welfare_kg.loaders.record import LoadError

_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"


@dataclass(frozen=True)
class ArchiveLimits:
    """What an archive may hold. The defaults are far above any real office document.

    A 300-page .docx has a document.xml of a few MB at a compression ratio of 5-20 and
    a few dozen entries; images are stored nearly uncompressed.
    """

    max_entries: int = 2_000
    max_directory_bytes: int = 1_000_000  # bounds the work of merely listing the entries
    max_total: int = 200_000_000  # all entries together, uncompressed
    max_entry: int = 50_000_000  # any one entry, uncompressed
    max_ratio: float = 100.0  # uncompressed / compressed, for entries over `ratio_floor`
    ratio_floor: int = 1_000_000  # tiny entries compress absurdly well and do no harm


def _mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


def _directory_size(data: bytes) -> tuple[int, int] | None:
    """(entry count, central directory bytes) from the end records, before `zipfile` lists anything."""
    tail_start = max(0, len(data) - 65_557)  # end record (22 bytes) + longest comment
    at = data.rfind(_EOCD, tail_start)
    if at < 0 or len(data) < at + 22:
        return None
    _, _, _, _, entries, cd_size, _, _ = struct.unpack("<4s4H2LH", data[at:at + 22])
    if entries == 0xFFFF or cd_size == 0xFFFFFFFF:
        loc = at - 20
        if loc >= 0 and data[loc:loc + 4] == _ZIP64_LOCATOR:
            (offset,) = struct.unpack("<Q", data[loc + 8:loc + 16])
            if data[offset:offset + 4] == _ZIP64_EOCD and len(data) >= offset + 56:
                entries, cd_size = struct.unpack("<QQ", data[offset + 32:offset + 48])
    return entries, cd_size


def open_checked(path: Path, data: bytes, limits: ArchiveLimits = ArchiveLimits(), *,
                 what: str = "archive") -> zipfile.ZipFile:
    """The archive, once its listing shows it is not a bomb; `LoadError` with the limit it breaks otherwise."""
    size = _directory_size(data)
    if size is None:
        raise LoadError(path, f"not a readable {what} (no zip directory: truncated or damaged)")
    entries, cd_size = size
    if entries > limits.max_entries or cd_size > limits.max_directory_bytes:
        raise LoadError(path, f"refused: {what} lists {entries} entries ({_mb(cd_size)} of directory), "
                              f"over the limit of {limits.max_entries} (zip bomb?)")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise LoadError(path, f"not a readable {what} ({exc})") from exc
    infos = archive.infolist()
    if len(infos) > limits.max_entries:
        raise LoadError(path, f"refused: {what} holds {len(infos)} entries, over the limit of "
                              f"{limits.max_entries} (zip bomb?)")
    total = 0
    for info in infos:
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise LoadError(path, f"unsupported compression in {what} (entry {info.filename!r}, "
                                  f"method {info.compress_type})")
        total += info.file_size
        if info.file_size > limits.max_entry:
            raise LoadError(path, f"refused: {what} entry {info.filename!r} expands to {_mb(info.file_size)}, "
                                  f"over the {_mb(limits.max_entry)} limit per entry (zip bomb?)")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.ratio_floor and ratio > limits.max_ratio:
            raise LoadError(path, f"refused: {what} entry {info.filename!r} expands {ratio:.0f}-fold "
                                  f"to {_mb(info.file_size)} (over {limits.max_ratio:.0f}-fold: zip bomb?)")
        if total > limits.max_total:
            raise LoadError(path, f"refused: {what} expands to over {_mb(limits.max_total)} in all (zip bomb?)")
    return archive
