"""Hostile files: zip bombs, unsupported types, damaged UTF-8, crafted file names.

Memory is measured in a fresh subprocess (peak RSS via getrusage), which is a resource
bound, not a timing test; the subprocess also gets an address-space cap and a timeout so
that a regression fails the test instead of taking the machine down.
"""

from __future__ import annotations

import io
import json
import os
import re
import struct
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_loaders import make_docx
from welfare_kg.loaders import LoadError, NoDocuments, SkippedFiles, iter_paths, load_document, printable
from welfare_kg.loaders.archive import ArchiveLimits, open_checked

ROOT = Path(__file__).resolve().parent.parent
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FI_TEXT = ("Päijät-Hämeen hyvinvointialue ja Åbolands kommuner jatkavat yhteistyötä. "
           "Sosiaali- ja terveyslautakunta hyväksyi esityksen yksimielisesti ja päätös tehtiin Närpesissä.\n")

# -- zip bombs ---------------------------------------------------------------------------

_MEASURE = """
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (3_000_000_000, 3_000_000_000))  # a regression fails, not the machine
from welfare_kg.loaders import LoadError, load_document
start = time.perf_counter()
try:
    load_document(sys.argv[1])
    outcome = "read"
except LoadError as exc:
    outcome = str(exc)
except MemoryError:
    outcome = "MemoryError"
seconds = time.perf_counter() - start
# VmHWM is this program's own peak: ru_maxrss keeps the parent's peak across fork+exec on Linux,
# so under pytest it would report pytest's size, not the loader's.
with open("/proc/self/status") as fh:
    peak_kb = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))
print(json.dumps({"outcome": outcome, "seconds": seconds, "peak_mb": peak_kb / 1024,
                  "ru_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def load_in_subprocess(path: Path) -> dict:
    if not Path("/proc/self/status").exists():
        pytest.skip("peak memory is read from /proc (Linux)")
    proc = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], capture_output=True, text=True,
                          timeout=120, check=False, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout)


def _docx_with(document_xml: Iterator[bytes] | bytes, extra: dict[str, bytes] | None = None,
               level: int = 9) -> bytes:
    """A real .docx (from python-docx) whose main part is replaced, written as a stream."""
    base = zipfile.ZipFile(io.BytesIO(make_docx(["Otsikko"])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        for info in base.infolist():
            if info.filename == "word/document.xml":
                with z.open(_deflated("word/document.xml"), "w", force_zip64=True) as fh:
                    chunks = [document_xml] if isinstance(document_xml, bytes) else document_xml
                    for chunk in chunks:
                        fh.write(chunk)
            else:
                z.writestr(info, base.read(info))
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return out.getvalue()


def _deflated(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _paragraphs(n: int, text: bytes = b"x") -> Iterator[bytes]:
    yield f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>'.encode()
    para = b"<w:p><w:r><w:t>" + text + b"</w:t></w:r></w:p>"
    for _ in range(n // 10_000):
        yield para * 10_000
    yield b"</w:body></w:document>"


def _zeros(n: int) -> Iterator[bytes]:
    for _ in range(n // 1_000_000):
        yield b"\0" * 1_000_000


@pytest.fixture(scope="module")
def paragraph_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """1.5 million paragraphs in a ~150 kB file: python-docx ran for minutes at 1.1 GB on this."""
    path = tmp_path_factory.mktemp("bomb") / "pöytäkirja.docx"
    path.write_bytes(_docx_with(_paragraphs(1_500_000)))
    return path


def test_paragraph_bomb_is_refused_in_little_memory(paragraph_bomb: Path) -> None:
    assert paragraph_bomb.stat().st_size < 400_000
    result = load_in_subprocess(paragraph_bomb)
    assert "zip bomb" in result["outcome"] and result["outcome"].startswith(str(paragraph_bomb)), result
    assert "\n" not in result["outcome"]
    assert result["peak_mb"] < 200, result


def test_high_ratio_entry_is_refused_in_little_memory(tmp_path: Path) -> None:
    """A 1 GB entry of zeros beside a normal document (an "image" nobody would read)."""
    path = tmp_path / "liite.docx"
    base = zipfile.ZipFile(io.BytesIO(make_docx(["Otsikko", "Teksti."])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for info in base.infolist():
            z.writestr(info, base.read(info))
        with z.open(_deflated("word/media/image1.png"), "w", force_zip64=True) as fh:
            for chunk in _zeros(1_000_000_000):
                fh.write(chunk)
    path.write_bytes(out.getvalue())
    result = load_in_subprocess(path)
    assert "refused" in result["outcome"] and "image1.png" in result["outcome"], result
    assert result["peak_mb"] < 200, result


def test_entry_that_lies_about_its_size_is_refused_in_little_memory(tmp_path: Path, paragraph_bomb: Path) -> None:
    """Declared 2,000 bytes, inflates to 50 MB: reading stops at the declared size and fails the CRC."""
    data = bytearray(paragraph_bomb.read_bytes())
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml")
    name = b"word/document.xml"
    local = info.header_offset
    assert data[local:local + 4] == b"PK\x03\x04"
    central = data.find(b"PK\x01\x02", 0)
    while data[central + 46:central + 46 + len(name)] != name:
        central = data.find(b"PK\x01\x02", central + 4)
    # The zip64 extra field holds the true sizes; point both records at small 32-bit ones instead.
    for at in (local + 22, central + 24):
        data[at:at + 4] = struct.pack("<L", 2_000)
    for at in (local + 18, central + 20):
        data[at:at + 4] = struct.pack("<L", info.compress_size)
    for at, extra_len_at in ((local, local + 28), (central, central + 30)):
        n_extra = struct.unpack("<H", data[extra_len_at:extra_len_at + 2])[0]
        start = at + (30 if at == local else 46) + len(name)
        if n_extra >= 4:
            data[start:start + n_extra] = b"\x99\x99" + struct.pack("<H", n_extra - 4) + b"\0" * (n_extra - 4)
    path = tmp_path / "valehtelija.docx"
    path.write_bytes(bytes(data))
    result = load_in_subprocess(path)
    assert result["outcome"].startswith(f"{path}: "), result
    assert "Word file" in result["outcome"] or "refused" in result["outcome"], result
    assert result["peak_mb"] < 200, result


def test_archive_limits_entries_total_and_methods(tmp_path: Path) -> None:
    def archive(entries: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", method) as z:
            for name, data in entries.items():
                z.writestr(name, data)
        return out.getvalue()

    p = tmp_path / "a.docx"
    small = ArchiveLimits(max_entries=50, max_total=1_000_000, max_entry=600_000, ratio_floor=100_000)
    many = archive({f"x/{i}.xml": b"<a/>" for i in range(200)})
    with pytest.raises(LoadError, match=r"a.docx: refused: archive lists 200 entries.*over the limit of 50"):
        open_checked(p, many, small)
    big = archive({f"x/{i}.bin": os.urandom(512_000) for i in range(3)})  # incompressible
    with pytest.raises(LoadError, match=r"refused: archive expands to over 1.0 MB in all"):
        open_checked(p, big, small)
    one = archive({"x/1.bin": os.urandom(800_000)})
    with pytest.raises(LoadError, match=r"entry 'x/1.bin' expands to 0.8 MB, over the 0.6 MB limit per entry"):
        open_checked(p, one, small)
    ratio = archive({"x/1.bin": b"\0" * 200_000})
    with pytest.raises(LoadError, match=r"expands \d+-fold"):
        open_checked(p, ratio, small)
    with pytest.raises(LoadError, match=r"unsupported compression"):
        open_checked(p, archive({"word/document.xml": b"<a/>"}, zipfile.ZIP_BZIP2), small)
    with pytest.raises(LoadError, match=r"no zip directory"):
        open_checked(p, b"PK\x03\x04" + b"\0" * 100, small)
    assert open_checked(p, archive({"x/1.xml": b"<a/>" * 10}), small).namelist() == ["x/1.xml"]


def test_docx_text_in_document_order_with_nested_table(tmp_path: Path) -> None:
    body = (f'<w:document {W}><w:body>'
            '<w:p><w:r><w:t>Sopimus</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve"> 2022</w:t></w:r></w:p>'
            '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Osapuoli</w:t></w:r></w:p></w:tc>'
            '<w:tc><w:p><w:r><w:t>Osuus</w:t></w:r></w:p></w:tc></w:tr>'
            '<w:tr><w:tc><w:p><w:r><w:t>Enonkosken kunta</w:t></w:r></w:p>'
            '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>sisä</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc>'
            '<w:tc><w:p><w:r><w:t>1 200 euroa</w:t></w:r><w:r><w:delText>poistettu</w:delText></w:r></w:p></w:tc>'
            '</w:tr></w:tbl>'
            '<w:p><w:r><w:t>Allekirjoitukset</w:t><w:br/><w:t>Ranua</w:t></w:r></w:p>'
            '</w:body></w:document>').encode()
    p = tmp_path / "sopimus.docx"
    p.write_bytes(_docx_with(body))
    rec = load_document(p)
    assert rec.text.split("\n") == ["Sopimus\t 2022", "Osapuoli\tOsuus", "Enonkosken kunta", "sisä\t1 200 euroa",
                                    "Allekirjoitukset", "Ranua"]


def test_docx_text_box_is_read_once_on_its_own_line(tmp_path: Path) -> None:
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    box = '<w:txbxContent><w:p><w:r><w:t>Laatikko</w:t></w:r></w:p></w:txbxContent>'
    body = (f'<w:document {W} {mc}><w:body><w:p><w:r><w:t>Otsikko</w:t></w:r><w:r><mc:AlternateContent>'
            f'<mc:Choice Requires="wps">{box}</mc:Choice><mc:Fallback>{box}</mc:Fallback>'
            '</mc:AlternateContent></w:r><w:r><w:t> jatkuu</w:t></w:r></w:p></w:body></w:document>').encode()
    p = tmp_path / "laatikko.docx"
    p.write_bytes(_docx_with(body))
    assert load_document(p).text.split("\n") == ["Otsikko", "Laatikko", " jatkuu"]


def test_docx_entities_are_not_expanded(tmp_path: Path) -> None:
    body = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
            b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
            b'<w:document ' + W.encode() + b'><w:body><w:p><w:r><w:t>Teksti &c; loppuu.</w:t></w:r></w:p>'
            b'<w:p><w:r><w:t>Toinen kappale on tassa.</w:t></w:r></w:p></w:body></w:document>')
    p = tmp_path / "laughs.docx"
    p.write_bytes(_docx_with(body))
    try:
        rec = load_document(p)
    except LoadError as exc:
        assert str(exc).startswith(f"{p}: not a readable Word file")
    else:
        assert "aaaaaaaaaa" not in rec.text


# -- types -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["rivit.jsonl", "taulu.csv", "laskelma.xlsx", "kuva.png", "kuva.jpg",
                                  "arkisto.zip", "vanha.doc", "esitys.odt"])
def test_unsupported_types_are_refused_unless_as_text(tmp_path: Path, name: str) -> None:
    p = tmp_path / name
    p.write_text('{"teksti": "Sosiaali- ja terveyslautakunta hyväksyi esityksen yksimielisesti."}\n' * 3,
                 encoding="utf-8")
    ext = name.rsplit(".", 1)[1]
    with pytest.raises(LoadError) as err:
        load_document(p)
    assert str(err.value) == (f"{p}: unsupported type (.{ext}); supported: .txt .text .md .markdown .html .htm "
                              ".xhtml .pdf .docx (--as-text reads any file as plain text)")
    rec = load_document(p, as_text=True)
    assert rec.fmt == "plain" and "lautakunta hyväksyi" in rec.text


def test_files_without_extension_are_read_by_content(tmp_path: Path) -> None:
    from tests.test_loaders import MINUTES_LINES, make_pdf

    cases = {
        "muistio": (FI_TEXT * 2).encode(), "sivu": (ROOT / "tests/fixtures/nyhet_kompetenscentret.html").read_bytes(),
        "liite": make_pdf(MINUTES_LINES), "sopimus": make_docx(["Yhteistyösopimus", FI_TEXT]),
        "Pöytäkirja 16.3.2021": (FI_TEXT * 2).encode(),  # ".2021" is no extension
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    assert {n: load_document(tmp_path / n).fmt for n in cases} == {
        "muistio": "plain", "sivu": "html", "liite": "pdf", "sopimus": "docx", "Pöytäkirja 16.3.2021": "plain"}
    (tmp_path / "kuva").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (tmp_path / "taulukko").write_bytes(_xlsx_like())
    with pytest.raises(LoadError, match=r"kuva: unsupported type \(no extension, and binary content\)"):
        load_document(tmp_path / "kuva")
    with pytest.raises(LoadError, match=r"taulukko: unsupported type \(a zip archive, not a Word file\)"):
        load_document(tmp_path / "taulukko")


def _xlsx_like() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    return out.getvalue()


def test_folder_walk_skips_unsupported_files_and_says_so(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "a.txt").write_text(FI_TEXT, encoding="utf-8")
    (docs / "sub" / "b.csv").write_text("a;b\n", encoding="utf-8")
    (docs / "sub" / "c.png").write_bytes(b"\x89PNG")
    (docs / "sub" / "d.png").write_bytes(b"\x89PNG")
    items = list(iter_paths([docs]))
    assert items[0] == docs / "a.txt"
    [skipped] = items[1:]
    assert isinstance(skipped, SkippedFiles)
    assert str(skipped).startswith(f"{docs}: skipped 3 files of unsupported type (.csv 1, .png 2); supported: .txt")
    assert [str(p.relative_to(docs)) for p in iter_paths([docs], as_text=True)] == ["a.txt", "sub/b.csv",
                                                                                   "sub/c.png", "sub/d.png"]


def test_empty_folder_or_only_hidden_or_unsupported_files_is_no_documents(tmp_path: Path) -> None:
    empty, hidden, odd = tmp_path / "tyhjä", tmp_path / "piilo", tmp_path / "outo"
    for d in (empty, hidden / ".git", odd):
        d.mkdir(parents=True)
    (hidden / ".muistio.txt").write_text(FI_TEXT, encoding="utf-8")
    (hidden / ".git" / "x.txt").write_text(FI_TEXT, encoding="utf-8")
    (odd / "data.csv").write_text("a;b\n", encoding="utf-8")
    for folder in (empty, hidden):
        assert [type(x) for x in iter_paths([folder])] == [NoDocuments]
    assert [type(x) for x in iter_paths([odd])] == [SkippedFiles, NoDocuments]
    assert str(next(iter(iter_paths([empty])))) == f"{empty}: no documents found (empty folder, or only hidden or " \
                                                   "unsupported files)"


# -- encodings ---------------------------------------------------------------------------

def test_a_few_bad_bytes_in_utf8_are_replaced_with_a_warning(tmp_path: Path) -> None:
    good = (FI_TEXT * 20).encode("utf-8")
    cut = good.index("yhteistyötä".encode()) + 30
    p = tmp_path / "vioittunut.txt"
    p.write_bytes(good[:cut] + b"\xe4\xff" + good[cut:])  # a stray Windows-1252 "ä" and a junk byte
    rec = load_document(p)
    assert rec.encoding == "utf-8"
    assert rec.text.count("Päijät-Hämeen") == 20 and "Ã" not in rec.text
    assert rec.text.count("\ufffd") == 2
    assert rec.warnings == [f"invalid UTF-8 at 2 places (first on line 1, byte {cut}) replaced with U+FFFD"]


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_real_single_byte_files_still_decode_right(tmp_path: Path, encoding: str) -> None:
    p = tmp_path / "vanha.txt"
    p.write_bytes((FI_TEXT * 5).encode(encoding))
    rec = load_document(p)
    assert rec.text.startswith("Päijät-Hämeen hyvinvointialue ja Åbolands kommuner")
    assert "\ufffd" not in rec.text and rec.warnings == []


def test_clean_utf8_has_no_warning(tmp_path: Path) -> None:
    p = tmp_path / "puhdas.md"
    p.write_text("# Otsikko\n\n" + FI_TEXT, encoding="utf-8")
    assert load_document(p).warnings == []


# -- names -------------------------------------------------------------------------------

def test_control_characters_in_names_are_escaped(tmp_path: Path) -> None:
    evil = "x.txt\nerror: forged line\x1b[2K\u202e"
    p = tmp_path / evil
    p.write_bytes(b"")
    with pytest.raises(LoadError) as err:
        load_document(p)
    message = str(err.value)
    assert "\n" not in message and "\x1b" not in message and "\u202e" not in message
    assert message == f"{tmp_path}/x.txt\\nerror: forged line\\x1b[2K\\u202e: empty file"
    assert printable("a\tb\rc\x00d\udcffe\u2028f\u00a0g äö") == "a\\tb\\rc\\x00d\\xffe\\u2028f g äö"


# Any nesting of paragraphs, tables, rows and cells (stray ones too): no text is lost, duplicated or reordered.
_word = st.text(alphabet="abcäö ", min_size=1, max_size=6)
_run = _word.map(lambda w: f"<w:r><w:t xml:space=\"preserve\">{w}</w:t></w:r>")
_para = st.lists(_run, max_size=3).map(lambda rs: f"<w:p>{''.join(rs)}</w:p>")
_block = st.recursive(
    _para,
    lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=3).map(  # a table of one row whose cells hold blocks
            lambda cells: "<w:tbl><w:tr>" + "".join(f"<w:tc>{c}</w:tc>" for c in cells) + "</w:tr></w:tbl>"),
        st.lists(inner, min_size=1, max_size=3).map("".join),
        inner.map(lambda b: f"<w:tc>{b}</w:tc>"),  # a cell outside any row (malformed, but it happens)
        st.lists(inner, min_size=1, max_size=2).map(lambda bs: f"<w:tr><w:tc>{''.join(bs)}</w:tc></w:tr>"),
    ),
    max_leaves=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=_block)
def test_docx_text_keeps_every_run_once_in_order(tmp_path: Path, body: str) -> None:
    from welfare_kg.loaders.formats import read_docx

    data = _docx_with(f"<w:document {W}><w:body>{body}</w:body></w:document>".encode())
    expected = "".join(re.findall(r'<w:t xml:space="preserve">([^<]*)</w:t>', body))
    text = read_docx(tmp_path / "satunnainen.docx", data).text
    assert text.replace("\t", "").replace("\n", "") == expected
