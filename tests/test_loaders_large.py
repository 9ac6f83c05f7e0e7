"""Very large HTML pages: the same text as any page, metadata read from the page's start, and a warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from welfare_kg.loaders import formats, load_document

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGE = (FIXTURES / "nyhet_kompetenscentret.html").read_text(encoding="utf-8")
PARAGRAPH = ("<p>Kommunerna i Österbotten och organisationerna utvecklar familjecentren tillsammans; "
             "projektet {i} ordnar utbildning och handledning för personalen i regionen.</p>\n")


def _large_page(tmp_path: Path, paragraphs: int) -> Path:
    filler = "".join(PARAGRAPH.format(i=i) for i in range(paragraphs))
    path = tmp_path / "large.html"
    path.write_text(PAGE.replace("</article>", filler + "</article>"), encoding="utf-8")
    return path


def test_large_page_keeps_the_text_and_reads_metadata_from_its_start(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = _large_page(tmp_path, 200)
    whole = load_document(path)  # under the limit: read as every page is
    assert not whole.warnings
    size = len(path.read_text(encoding="utf-8"))
    monkeypatch.setattr(formats, "LARGE_PAGE", size // 2)
    monkeypatch.setattr(formats, "PAGE_HEAD", 3_000)
    large = load_document(path)
    assert large.text == whole.text
    assert "projektet 199 ordnar" in large.text
    assert (large.title, large.published, large.publisher) == (whole.title, whole.published, whole.publisher)
    assert large.published == "2021-05-03"
    assert len(large.warnings) == 1 and "large page" in large.warnings[0] and "3 thousand" in large.warnings[0]


def test_page_head_is_cut_before_a_tag(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formats, "PAGE_HEAD", 700)
    head = formats._page_head(PAGE)
    assert len(head) <= 700 and PAGE.startswith(head)
    assert PAGE[len(head)] == "<"
    assert formats._page_head("<p>short</p>") == "<p>short</p>"
