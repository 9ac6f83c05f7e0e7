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


def test_a_large_page_read_partly_in_forked_processes_gives_the_same_record(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """With workers the head's metadata and the record's fields are read in forked processes, and the text's
    sentences split meanwhile for extraction: the record and the sentences are those of the one-process read."""
    from welfare_kg.extract import sentence_pool, text

    path = _large_page(tmp_path, 200)
    size = len(path.read_text(encoding="utf-8"))
    monkeypatch.setattr(formats, "LARGE_PAGE", size // 2)
    monkeypatch.setattr(formats, "PAGE_HEAD", 3_000)
    monkeypatch.setattr(sentence_pool, "PARALLEL_CHARS", 1_000)
    serial = load_document(path)
    assert not text._AHEAD
    forks = len(sentence_pool.CHILD_CPU)
    shared = load_document(path, workers=2)
    assert len(sentence_pool.CHILD_CPU) == forks + 2  # the head's metadata, then the record's fields
    assert shared == serial
    assert text._AHEAD and text._AHEAD[0][0] is shared.text
    assert text.sentences(shared.text) == text.sentences(serial.text)  # taken once: the next call splits again
    assert not text._AHEAD


def test_an_error_in_the_forked_part_of_a_read_is_the_same_error(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import welfare_kg.loaders as loaders
    from welfare_kg.extract import sentence_pool, text
    from welfare_kg.loaders import LoadError

    path = _large_page(tmp_path, 50)
    monkeypatch.setattr(sentence_pool, "PARALLEL_CHARS", 1_000)

    def broken(_text: str) -> str:
        raise LoadError(path, "no main text (only navigation or footer lines)")

    monkeypatch.setattr(loaders, "detect_language", broken)  # runs in the forked process
    errors = []
    for workers in (1, 2):
        with pytest.raises(LoadError) as err:
            load_document(path, workers=workers)
        errors.append((type(err.value), str(err.value), err.value.path, err.value.reason))
    assert errors[0] == errors[1]
    assert not text._AHEAD  # nothing left split ahead for a record that was never made
