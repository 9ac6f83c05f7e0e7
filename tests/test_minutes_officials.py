"""Officials of the minutes' own organisation named with their title (extract/minutes_officials.py).

The texts are written for these tests: invented officials in a real wellbeing county's and a real town's minutes,
the title before the name, a plural title before a pair, the preparer's row with the title after the name, and
titles owned by another organisation's genitive or rows naming another organisation.
"""

from __future__ import annotations

from pathlib import Path

from helpers import needs_voikko

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.minutes_officials import RULE
from welfare_kg.loaders import load_document


def _posts(tmp_path: Path, text: str) -> set[tuple[str, str, str | None]]:
    doc = tmp_path / "poytakirja.txt"
    doc.write_text(text, encoding="utf-8")
    ex = extract_document(load_document(doc))
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object], f.post) for f in ex.facts if f.rule == RULE}


_HEAD = ("Hyvinvointilautakunta, kokous 12.3.2024\n\nPöytäkirja on tarkastettu\n\n"
         "§ 12 Pohjois-Karjalan hyvinvointialueen järjestöavustukset\n\nPerustelut\n\n")


@needs_voikko
def test_titles_before_names_and_a_plural_title_before_a_pair(tmp_path: Path) -> None:
    text = (_HEAD + "Hakemukset käsittelivät osallisuuden asiantuntija Sanna Ruotsalainen sekä hyvinvoinnin "
            "erityisasiantuntijat Pekka Hirvonen ja Liisa Kärkkäinen. Hakemuksia tuli 20.\n")
    got = _posts(tmp_path, text)
    assert {p for p, _, _ in got} == {"Sanna Ruotsalainen", "Pekka Hirvonen", "Liisa Kärkkäinen"}
    assert len({o for _, o, _ in got}) == 1


@needs_voikko
def test_the_preparers_row_with_the_title_after_the_name(tmp_path: Path) -> None:
    text = (_HEAD + "Valmistelu ja lisätiedot:\nSanna Ruotsalainen, osallisuuden asiantuntija, "
            "puh. 040 000 0000\n\nHakemuksia tuli 20.\n")
    assert {(p, post) for p, _, post in _posts(tmp_path, text)} == {("Sanna Ruotsalainen", "asiantuntija")}


@needs_voikko
def test_another_organisations_title_or_a_news_page_posts_no_one_here(tmp_path: Path) -> None:
    text = (_HEAD + "Hakemukset arvioitiin yhdessä Soste ry:n järjestöasiantuntija Sanna Ruotsalaisen kanssa. "
            "Kokouksessa kuultiin Kelan johtaja Pekka Hirvosta.\n")
    assert _posts(tmp_path, text) == set()
    news = tmp_path / "uutinen"
    news.mkdir()
    page = ("Pohjois-Karjalan hyvinvointialue tiedottaa\n\nHankkeesta kertoo osallisuuden asiantuntija "
            "Sanna Ruotsalainen.\n")
    assert _posts(news, page) == set()
