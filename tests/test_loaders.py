"""Loaders: every supported format and encoding into the same record, news pages cleaned by rule."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from welfare_kg.loaders import LoadError, iter_paths, load_document
from welfare_kg.loaders.cleanup import page_publisher, published_date, site_name, strip_page_cruft
from welfare_kg.loaders.language import detect_language

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
EXAMPLES = ROOT / "examples" / "documents"

FI_NEWS = (
    "Kotihoidon kehittäminen etenee\n\n"
    "Sosiaali- ja terveysministeriö on myöntänyt Tampereen kaupungille valtionavustusta 245 000 euroa. "
    "Hankkeen hallinnoinnista ja koordinoinnista vastaa kaupunki, ja siihen osallistuvat myös naapurikunnat.\n"
)
SV_NEWS = (
    "Hemvården utvecklas i Åboland\n\n"
    "Social- och hälsovårdsministeriet har beviljat Pargas stad statsunderstöd för projektet och det är "
    "kommunen som ansvarar för att projektet genomförs på båda språken.\n"
)


def make_pdf(lines: list[str], title: str | None = None) -> bytes:
    """A minimal valid one-page PDF with a real text layer (Helvetica, WinAnsi so ä/ö/å survive).

    Written by hand so that the tests need no PDF library beyond the pypdf they test.
    """

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "50 800 Td"] + [f"({esc(line)}) Tj T*" for line in lines] + ["ET"]
    stream = "\n".join(ops).encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    if title:
        objs.append(b"<< /Title (" + esc(title).encode("cp1252") + b") >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    info = f" /Info {len(objs)} 0 R" if title else ""
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R{info} >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def encrypted_pdf(data: bytes, password: str = "salasana") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(password)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None, title: str | None = None) -> bytes:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    if title:
        document.core_properties.title = title
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


MINUTES_LINES = [
    "Perusturvalautakunta, kokous 9.12.2020",
    "§ 101 Tuki oikeasta paikasta -hankkeen yhteistyösopimus",
    "AurDno-2020-513",
    "Valmistelija",
    "Sirpa Kunnas, sosiaalijohtaja",
    "Perustelut",
    "Auran kunnan osuus on vuosina 2021-2022 357,00 euroa.",
    "Päätös",
    "Hyväksyttiin yksimielisesti.",
]


# -- formats -------------------------------------------------------------------------------


def test_pdf_text_layer_is_read_as_minutes(tmp_path: Path) -> None:
    p = tmp_path / "pöytäkirja.pdf"
    p.write_bytes(make_pdf(MINUTES_LINES, title="Perusturvalautakunnan pöytäkirja"))
    rec = load_document(p)
    assert rec.fmt == "pdf" and rec.kind == "minutes"
    assert rec.title == "Perusturvalautakunnan pöytäkirja"
    assert "Hyväksyttiin yksimielisesti" in rec.text and "Auran kunnan" in rec.text  # no mojibake
    [item] = rec.items
    assert (item.section, item.record_number, item.outcome) == ("101", "AurDno-2020-513", "approved-unanimously")


def test_pdf_with_wrong_extension_is_still_read(tmp_path: Path) -> None:
    p = tmp_path / "liite.txt"
    p.write_bytes(make_pdf(MINUTES_LINES))
    assert load_document(p).fmt == "pdf"


def test_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    p = tmp_path / "sopimus.docx"
    p.write_bytes(make_docx(
        ["Yhteistyösopimus", "Sopijaosapuolet sitoutuvat perhekeskustoiminnan kehittämiseen vuosina 2022–2023."],
        table=[["Osapuoli", "Osuus"], ["Enonkosken kunta", "1 200 euroa"]],
        title="Perhekeskustoiminnan yhteistyösopimus"))
    rec = load_document(p)
    assert rec.fmt == "docx" and rec.kind == "agreement"
    assert rec.title == "Perhekeskustoiminnan yhteistyösopimus"
    assert "Enonkosken kunta\t1 200 euroa" in rec.text


def test_markdown_loses_its_markup(tmp_path: Path) -> None:
    p = tmp_path / "uutinen.md"
    p.write_text("# Kotihoito kehittyy\n\n**Tampereen kaupunki** sai [valtionavustusta](https://stm.fi) "
                 "hankkeeseen.\n\n- kotihoito\n- omaishoito\n", encoding="utf-8")
    rec = load_document(p)
    assert rec.fmt == "markdown" and rec.title == "Kotihoito kehittyy"
    assert "Tampereen kaupunki sai valtionavustusta hankkeeseen." in rec.text
    assert "**" not in rec.text and "](" not in rec.text and "#" not in rec.text


def test_html_main_text_title_date_and_publisher() -> None:
    rec = load_document(FIXTURES / "nyhet_kompetenscentret.html")
    assert rec.fmt == "html" and rec.kind == "news" and rec.language == "sv"
    assert rec.title == "Familjecentret utvecklas i Österbotten"
    assert rec.published == "2021-05-03"
    assert rec.publisher == "Finlandssvenskt kompetenscentrum inom det sociala området"
    assert "Hem" not in rec.text.split() and "Cookies" not in rec.text  # menu and footer gone
    assert "350 000 euro" in rec.text


def test_htm_extension_and_html_without_extension(tmp_path: Path) -> None:
    html = (FIXTURES / "nyhet_kompetenscentret.html").read_bytes()
    (tmp_path / "a.htm").write_bytes(html)
    (tmp_path / "noextension").write_bytes(html)
    for name in ("a.htm", "noextension"):
        assert load_document(tmp_path / name).fmt == "html"


def test_folders_are_read_recursively_in_order_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    for rel in ("b/c/z.txt", "b/a.md", "top.txt", ".hidden.txt", ".git/x.txt"):
        (tmp_path / rel).write_text(FI_NEWS, encoding="utf-8")
    found = [str(p.relative_to(tmp_path)) for p in iter_paths([tmp_path]) if not isinstance(p, LoadError)]
    assert found == ["top.txt", "b/a.md", "b/c/z.txt"]


# -- encodings -----------------------------------------------------------------------------

@pytest.mark.parametrize(("encoding", "prefix"), [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b""), ("iso-8859-1", b""),
])
def test_encodings_do_not_make_mojibake(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    text = "Päijät-Hämeen hyvinvointialue ja Åbolands kommuner: yhteistyö jatkuu Närpesissä.\n"
    p = tmp_path / "teksti.txt"
    p.write_bytes(prefix + (text * 3).encode(encoding))
    rec = load_document(p)
    assert rec.text.startswith("Päijät-Hämeen hyvinvointialue ja Åbolands kommuner")
    assert "Ã" not in rec.text and "\ufeff" not in rec.text
    assert rec.title == text.strip()


def test_windows_1252_euro_sign_and_crlf(tmp_path: Path) -> None:
    p = tmp_path / "raha.txt"
    p.write_bytes("Myönnetty avustus on 5 000 € vuodelle 2022.\r\nSeuraava kappale.\r\n".encode("cp1252"))
    rec = load_document(p)
    assert "5 000 €" in rec.text and "\r" not in rec.text and rec.encoding in {"cp1252", "windows-1252"}


def test_language_is_recorded(tmp_path: Path) -> None:
    (tmp_path / "fi.txt").write_text(FI_NEWS, encoding="utf-8")
    (tmp_path / "sv.txt").write_text(SV_NEWS, encoding="utf-8")
    assert load_document(tmp_path / "fi.txt").language == "fi"
    assert load_document(tmp_path / "sv.txt").language == "sv"
    assert detect_language("Beslut: Förslaget godkändes och ärendet är avslutat.") == "sv"


# -- news pages saved as text --------------------------------------------------------------


def test_menu_cruft_dropped_from_saved_page() -> None:
    rec = load_document(FIXTURES / "uutinen_osaamiskeskus_valikot.txt")
    assert rec.kind == "news"
    lines = rec.text.splitlines()
    assert lines[0] == "Perhekeskushanke käynnistyi Pohjois-Savossa"
    for cruft in ("Siirry sisältöön", "Hae sivustolta", "Etusivu", "Seuraa meitä", "©", "Tietoa isoverstas"):
        assert cruft not in rec.text, cruft
    assert rec.title == "Perhekeskushanke käynnistyi Pohjois-Savossa"
    assert rec.published == "2021-03-12"
    assert rec.publisher == "Itä-Suomen sosiaalialan osaamiskeskus"  # from the © line
    assert rec.email_domains == ["isoverstas.fi"]


def test_seed_news_page_cleaned_and_publisher_from_email_domain() -> None:
    rec = load_document(EXAMPLES / "004_d2683d611ea72deb.txt")
    assert rec.title == "Lastensuojeluhankehakua valmistellaan"
    assert not any(w in rec.text for w in ("Siirry sisältöön", "Omat työkalut", "Navigation", "Tietoa virtu"))
    assert rec.publisher == "poskelappi.fi"  # the e-mail domain beats the hosting site's name
    assert site_name(EXAMPLES.joinpath("004_d2683d611ea72deb.txt").read_text(encoding="utf-8")) == "virtu.fi"
    assert rec.published is None  # the event dates in the body are not publication dates


@pytest.mark.parametrize(("text", "iso"), [
    ("Julkaistu 12.3.2021", "2021-03-12"),
    ("Uutiset\nJulkaistu: 02.11.2020 klo 14.05\nTeksti", "2020-11-02"),
    ("Päivitetty 5. toukokuuta 2022", "2022-05-05"),
    ("Julkaistu 1. joulukuuta 2019", "2019-12-01"),
    ("Publicerad 3 maj 2021", "2021-05-03"),
    ("Otsikko\n\n14.6.2021\n\nTeksti alkaa tästä.", "2021-06-14"),
    ("Tilaisuus järjestetään 20.5.2021 klo 8–10.", None),
    ("Julkaistu 31.2.2021", None),
])
def test_published_date(text: str, iso: str | None) -> None:
    assert published_date(text) == iso


def test_page_publisher_sources() -> None:
    assert page_publisher("Teksti\nJulkaisija: Pikassos Oy\n") == "Pikassos Oy"
    assert page_publisher("Teksti\n© 2020–2022 Socca\n") == "Socca"
    assert page_publisher("Pelkkää tekstiä ilman alatunnistetta.") is None


def test_breadcrumb_and_menu_lines_only_before_body() -> None:
    text = ("Etusivu | Ajankohtaista\n\nOtsikko\n\n" + "Tämä on pitkä leipätekstin virke jossa on yli "
            "kaksitoista sanaa ja joka aloittaa varsinaisen sisällön tällä sivulla.\n\nValikko\n")
    cleaned = strip_page_cruft(text)
    assert cleaned.startswith("Otsikko") and cleaned.endswith("Valikko")  # after the body, words are text


def test_unicode_hyphens_read_as_the_ascii_hyphen(tmp_path: Path) -> None:
    # a word processor's hyphen (U+2010) and no-break hyphen (U+2011) in compound names: the name rules read "-"
    path = tmp_path / "raportti.txt"
    path.write_text("Yhteistyö Itä\u2010Suomen yliopiston ja Etelä\u2011Savon kanssa jatkuu.\n", encoding="utf-8")
    record = load_document(path)
    assert "Itä-Suomen yliopiston ja Etelä-Savon" in record.text
    assert "\u2010" not in record.text and "\u2011" not in record.text
