"""A project's name repeated from the page's heading and read from its last words only (extract/heading_starts.py).

The pages are written for these tests: invented projects and associations.
"""

from __future__ import annotations

from pathlib import Path

from helpers import needs_voikko

from welfare_kg.extract.document import extract_document
from welfare_kg.loaders import load_document


def _projects(tmp_path: Path, text: str) -> set[str]:
    doc = tmp_path / "sivu.txt"
    doc.write_text(text, encoding="utf-8")
    ex = extract_document(load_document(doc))
    return {e.label for e in ex.entities.values() if e.type == "Project"}


@needs_voikko
def test_the_heading_bounds_a_name_read_from_its_last_word(tmp_path: Path) -> None:
    text = ("Kyläyhteisöjen toiminnan käynnistäminen Savossa\n\n3.5.2019\n\n"
            "Pohjolan Kehitys ry on saanut Hämeen maakuntaliitolta maakunnan kehittämisrahaa Kyläyhteisöjen toiminnan "
            "käynnistäminen Savossa -nimisen hankkeen toteuttamiseen. Hankkeen tarkoituksena on laatia malli.\n")
    assert _projects(tmp_path, text) == {"Kyläyhteisöjen toiminnan käynnistäminen Savossa"}  # not "Savossa"


@needs_voikko
def test_a_report_heading_does_not_swallow_the_name_after_its_head(tmp_path: Path) -> None:
    text = "Slutrapport av projektet KRAFT\n\nProjektet KRAFT drevs av Föreningen Bygden rf under 2019.\n"
    assert not any("projektet" in p.lower() for p in _projects(tmp_path, text))


@needs_voikko
def test_a_plan_s_first_line_names_its_project_and_its_repetitions(tmp_path: Path) -> None:
    text = ("Vesistöt Yhdessä Kuntoon - VEYKU Hankesuunnitelma\n\nDownload \"Vesistöt Yhdessä Kuntoon - VEYKU "
            "Hankesuunnitelma\"\n\nTranskriptio\n\n1 Vesistöt Yhdessä Kuntoon - VEYKU Hankesuunnitelma Tiivistelmä "
            "Hanketta hallinnoi Pohjolan Vesiyhdistys ry.\n")
    assert "Vesistöt Yhdessä Kuntoon - VEYKU" in _projects(tmp_path, text)
    report = "Projektin loppuraportti\n\nHanke päättyi vuonna 2019.\n"  # the document word alone names nothing
    assert not any("loppuraportti" in p.lower() for p in _projects(tmp_path, report))


@needs_voikko
def test_a_plan_title_in_title_case_is_a_name_whatever_its_words(tmp_path: Path) -> None:
    # "Toimii" and "Tuotetaan" are verbs in running text; in a title-case title they are words of the name
    text = ("Kylät ja Rannat Toimii Yhdessä Tuotetaan - KYRA Hankesuunnitelma\n\n1 Kylät ja Rannat Toimii Yhdessä "
            "Tuotetaan - KYRA Hankesuunnitelma Tiivistelmä Hanketta hallinnoi Pohjolan Vesiyhdistys ry.\n")
    assert "Kylät ja Rannat Toimii Yhdessä Tuotetaan - KYRA" in _projects(tmp_path, text)
    sentence = "Hanke toteutetaan kylissä ja rannoilla Hankesuunnitelma\n\nHanke alkaa.\n"  # no title case: no name
    assert not any(p.startswith("Hanke toteutetaan") for p in _projects(tmp_path, sentence))
