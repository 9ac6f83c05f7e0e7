"""Minutes a transcript ran into one line (docplayer and PDF text layers print them so) keep their items: the §
headings inside the line that form a run (one style, increasing numbers) part the items, a title ends at its record
number or first part heading, and a § cited after a date or a law ("12.3.2024 § 45", "kuntalain 126 §") parts
nothing. Checked on perturbed copies of dev minutes: the copy's items must be the original's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from welfare_kg.loaders.minutes import looks_like_minutes, parse_items, reline_items

CORPUS = Path(__file__).resolve().parents[1] / "eval" / "corpus"
# dev minutes of several layouts: Dynasty pages of one item, docplayer transcripts of a whole meeting, "§ 12" and
# "12 §" numbering, Finnish and Swedish
SAMPLE = [
    "n_m_tuusula-kh-leader-emo.txt",
    "n_m_pori-kh-kumppanuussopimus-satakunnan-yhteisot.txt",
    "n_m_koski-tl-sosltk-8-2011.txt",
    "n_m_karkulla-sv-styrelsen-2016.txt",
    "n3_m_lapin-liitto-hallitus-7-2014.txt",
    "n5_m_hameen-liitto-maakuntahallitus-6-2008.txt",
    "n16_m_asikkala-valtuusto-1-2014.txt",
    "n19_m_pkssk-yhtymahallitus-6.txt",
]
# one item under its body's dated § line ("Kaupunginhallitus 16.03.2026 § 88 138/02.05.02/2026"), or a page that
# starts with its § line: the item's number, body and date survive (its title above the dated line does not: the
# line that started it is lost)
DATED = [
    "n17_m_kokkola-kh-industrywins.txt",
    "n5_m_kokemaki-kh-2026-02-sote-kiinteistot.txt",
    "n13_m_pori-kulttuuriviritin-ohjausryhma.txt",
]


def _items(text: str) -> list[tuple[str | None, str, str | None, str | None]]:
    return [(i.section, i.title.strip().lower(), i.body, i.date) for i in parse_items(text)]


def _run_in(text: str) -> str:
    return re.sub(r"[ \t]*\n\s*", " ", text)


@pytest.mark.parametrize("name", SAMPLE)
def test_minutes_run_into_one_line_keep_their_items(name: str, tmp_path: Path) -> None:
    original = (CORPUS / name).read_text(encoding="utf-8")
    copy = tmp_path / name
    copy.write_text(_run_in(original), encoding="utf-8")
    want = _items(original)
    assert any(section for section, *_ in want)
    got = _items(copy.read_text(encoding="utf-8"))
    assert [g[0] for g in got] == [w[0] for w in want]
    for (_, g_title, g_body, g_date), (_, w_title, w_body, w_date) in zip(got, want, strict=True):
        assert g_title.startswith(w_title[:40]) and len(g_title) <= len(w_title) + 80
        assert (g_body, g_date) == (w_body, w_date)


@pytest.mark.parametrize("name", DATED)
def test_a_run_in_dated_item_line_keeps_its_number_body_and_date(name: str, tmp_path: Path) -> None:
    original = (CORPUS / name).read_text(encoding="utf-8")
    copy = tmp_path / name
    copy.write_text(_run_in(original), encoding="utf-8")
    text = copy.read_text(encoding="utf-8")
    assert looks_like_minutes(text)
    want = [(i.section, i.body, i.date) for i in parse_items(original)]
    assert [(i.section, i.body, i.date) for i in parse_items(text)] == want


def test_relining_keeps_every_offset() -> None:
    text = _run_in((CORPUS / SAMPLE[2]).read_text(encoding="utf-8"))
    relined = reline_items(text)
    assert len(relined) == len(text)
    assert relined.replace("\n", " ") == text.replace("\n", " ")


MINUTES = ("Kunnanhallitus 12.3.2024 Pöytäkirja § 44 Kokouksen laillisuus ja päätösvaltaisuus Päätös Todettiin kokous "
           "lailliseksi. § 45 Hyvinvointisopimuksen hyväksyminen Asian kuvaus {cited} Päätös Hyväksyttiin. "
           "§ 46 Muut asiat Päätös Ei muita asioita. " + "Lisätietoja antaa kunnanjohtaja. " * 8)


@pytest.mark.parametrize("cited", [
    "Kunnanhallitus päätti 12.3.2024 § 45 hyväksyä sopimuksen.",
    "Asiaa on käsitelty aiemmin (Kh 5.2.2024 § 30) Hyvinvointialueen kanssa.",
    "Kuntalain 126 § Kunnan toiminta markkinoilla edellyttää yhtiöittämistä.",
    "Valtuusto hyväksyi 1.2.2023 § 12 Etelä-Savon hyvinvointisopimuksen.",
])
def test_a_cited_decision_inside_a_run_in_line_parts_nothing(cited: str) -> None:
    items = parse_items(MINUTES.format(cited=cited))
    assert [i.section for i in items] == ["44", "45", "46"]
    assert [i.title for i in items] == ["Kokouksen laillisuus ja päätösvaltaisuus",
                                        "Hyvinvointisopimuksen hyväksyminen", "Muut asiat"]


def test_a_line_of_ordinary_length_is_left_alone() -> None:
    text = "Kunnanhallitus päätti § 45 Sopimus hyväksyttiin.\n"
    assert reline_items(text) == text


@pytest.mark.parametrize("cited", ["Kunnanhallitus päätti 12.3.2024 45 § hyväksyä sopimuksen.",
                                   "Kuntalain 126 § Kunnan toiminta markkinoilla edellyttää yhtiöittämistä."])
def test_numbers_before_the_sign_part_a_run_in_line_the_same(cited: str) -> None:
    text = re.sub(r"§ (\d+) ", r"\1 § ", MINUTES.format(cited="{cited}")).format(cited=cited)
    items = parse_items(text)
    assert [i.section for i in items] == ["44", "45", "46"]
    assert items[2].title == "Muut asiat"


def test_minutes_run_into_one_line_are_known_by_their_part_headings() -> None:
    # a transcript with no line breaks and no § sign: the proposal and decision headings sit inside the one line
    text = ("Mallilan kaupunki Pöytäkirja 2/2030 Sivistyslautakunta Kerhoavustukset Valmistelu Avustuksia haki "
            "kolme yhdistystä, joiden hakemukset on käsitelty lautakunnan ohjeen mukaisesti ja todettu "
            "avustuskelpoisiksi kaikilta osin. Päätösehdotus Lautakunta myöntää avustukset esityksen mukaisesti "
            "ja merkitsee asian tiedoksi. Päätös Ehdotus hyväksyttiin yksimielisesti ilman keskustelua.\n")
    assert looks_like_minutes(text)


def test_a_news_text_with_its_own_lines_and_one_decision_word_is_no_minutes() -> None:
    text = ("Kaupunki tiedottaa\n\nPäätös Mallilan uudesta kirjastosta tehdään keväällä, kertoo kaupunginjohtaja.\n"
            "Ehdotus uudesta kirjastosta on nähtävillä verkossa koko kuukauden ajan ja siitä voi antaa palautetta "
            "kaupungin sivuilla tai kirjaston palvelupisteessä, jossa henkilökunta auttaa mielellään.\n")
    assert not looks_like_minutes(text)
