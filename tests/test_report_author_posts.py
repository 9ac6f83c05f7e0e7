"""A project report's author line: the author's title after the name, held in the report's project
(extract/contact_roles.py `_author_titles`). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.contact_roles import AUTHOR
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def posts(text: str) -> set[tuple[str, str, str]]:
    record = DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news")
    return {(f.subject.rsplit("/", 1)[-1], f.object.rsplit("/", 1)[-1], f.rule)
            for f in extract_document(record).facts if f.predicate == "holdsPost"}


_BODY = "\n\nKylät kuntoon -hanke järjesti kyläiltoja. Kylät kuntoon -hanke päättyi keväällä.\n"


def test_author_label_name_and_title_go_to_the_reports_project() -> None:
    text = "KYLÄT KUNTOON LOPPURAPORTTI\nRaportin laatija: Sanni Leppälä Kyläkoordinaattori" + _BODY
    assert any(p == "sanni-leppala" and r == AUTHOR for p, _, r in posts(text))


def test_report_word_before_the_name() -> None:
    text = "Kylät kuntoon -hanke loppuraportti Sanni Leppälä kyläkoordinaattori" + _BODY
    assert any(p == "sanni-leppala" and r == AUTHOR for p, _, r in posts(text))


def test_an_organisations_head_as_author_is_not_project_staff() -> None:
    text = "KYLÄT KUNTOON LOPPURAPORTTI\nRaportin laatija: Sanni Leppälä toiminnanjohtaja" + _BODY
    assert not any(r == AUTHOR for _, _, r in posts(text))


def test_more_after_the_title_is_no_author_line() -> None:
    text = ("KYLÄT KUNTOON LOPPURAPORTTI\nRaportin laatija: Sanni Leppälä kyläkoordinaattori ja muut kirjoittajat"
            + _BODY)
    assert not any(r == AUTHOR for _, _, r in posts(text))
