"""Property-based: random text and bytes through every loader; only `LoadError` may ever escape."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_loaders import MINUTES_LINES, make_pdf
from welfare_kg.loaders import LoadError, load_document
from welfare_kg.loaders.cleanup import page_publisher, published_date, strip_page_cruft
from welfare_kg.loaders.decode import decode_text
from welfare_kg.loaders.formats import READERS
from welfare_kg.loaders.language import detect_language
from welfare_kg.loaders.minutes import decision_outcome, looks_like_minutes, municipality_hint, parse_items

SUFFIXES = [*sorted(READERS), "", ".bin", ".doc"]
EXAMPLES = int(os.environ.get("WKG_HYPOTHESIS_EXAMPLES", "80"))  # raise it for a longer local hunt
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Text that looks like minutes and pages, so the layout rules, not only the fallbacks, are exercised.
_PIECES = ["§ 12", "12 §", "Päätös", "Päätös:", "Beslut\t", "Valmistelija", "Esittelijä:", "Föredragande",
           "Kunnanhallitus 1.2.2021", "Social- och hälsovårdsnämnden", "Kokousaika 31.2.2021", "Dnro",
           "AurDno-2020-1", "12/00.01/2020", "SOC/1/2021", "Hyväksyttiin yksimielisesti.", "bordlades",
           "Julkaistu 12.3.2021", "Publicerad 40 maj 2021", "© 2021", "Tietoa x.fi:stä", "Siirry sisältöön",
           "(", ")", "\t", "\n", "\n\n", " ", "ä", "Å", "@", "x@y.fi", "PÖYTÄKIRJA", "PROTOKOLL", "kunnan"]
layout_text = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=30)), max_size=60).map("".join)


def _load(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    try:
        rec = load_document(path, max_bytes=1_000_000)
    except LoadError as exc:
        assert str(exc).startswith(str(path)) and "\n" not in exc.reason
        return
    assert rec.text.strip() and rec.checksum and rec.language in {"fi", "sv"}
    for item in rec.items:
        assert 0 <= item.start <= item.end <= len(rec.text)
        for s, e in item.parts.values():
            assert item.start <= s <= e <= item.end


@SETTINGS
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_in_any_format(tmp_path: Path, data: bytes, suffix: str) -> None:
    _load(tmp_path / f"doc{suffix}", data)


@SETTINGS
@given(text=layout_text, suffix=st.sampled_from([".txt", ".md", ".html", ""]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
def test_random_text_in_text_formats(tmp_path: Path, text: str, suffix: str, encoding: str) -> None:
    _load(tmp_path / f"doc{suffix}", text.encode(encoding, errors="replace"))


@SETTINGS
@given(cut=st.integers(min_value=0, max_value=2000), noise=st.binary(max_size=40))
def test_damaged_pdf(tmp_path: Path, cut: int, noise: bytes) -> None:
    pdf = make_pdf(MINUTES_LINES)
    cut = min(cut, len(pdf))
    _load(tmp_path / "doc.pdf", pdf[:cut] + noise + pdf[cut + len(noise):])


@SETTINGS
@given(member=st.binary(max_size=500), name=st.sampled_from(["word/document.xml", "[Content_Types].xml", "x"]))
def test_damaged_docx(tmp_path: Path, member: bytes, name: str) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(name, member)
    _load(tmp_path / "doc.docx", buf.getvalue())


@settings(max_examples=EXAMPLES * 3, deadline=None)
@given(text=layout_text)
def test_text_rules_never_raise(text: str) -> None:
    for item in parse_items(text):
        assert 0 <= item.start <= item.end <= len(text)
    looks_like_minutes(text)
    municipality_hint(text)
    decision_outcome(text)
    published_date(text)
    page_publisher(text)
    detect_language(text)
    assert len(strip_page_cruft(text)) <= len(text)


@settings(max_examples=EXAMPLES * 3, deadline=None)
@given(data=st.binary(max_size=500))
def test_decode_never_raises(data: bytes) -> None:
    text, encoding = decode_text(data)
    assert isinstance(text, str) and encoding


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_nul_and_control_bytes(tmp_path: Path, suffix: str) -> None:
    _load(tmp_path / f"doc{suffix}", b"\x00\x01\x02" * 100)
