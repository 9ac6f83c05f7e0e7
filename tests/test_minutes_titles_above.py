"""The title above a dated § line: the walk up counts offsets in the text itself, and a meeting system's lines
about the item (its number in the minutes, links to other items, a history heading) are no title."""

from __future__ import annotations

from welfare_kg.loaders.minutes import parse_items

BLANKS = "\n \n\u00a0\n\n"  # the blank lines meeting systems print: spaces, no-break spaces, nothing


def test_title_above_a_dated_line_past_blank_lines_is_whole() -> None:
    text = ("Kaupunginhallitus\nPöytäkirja 16.03.2026/Pykälä 88\n\nKokousasian teksti\n" + BLANKS
            + "Oikaisuvaatimus Kylätalo-hankkeen rahoituspäätökseen" + BLANKS
            + "Kaupunginhallitus 16.03.2026 § 88  \n138/02.05.02/2026\n\nPäätös\nHyväksyttiin.\n")
    [item] = parse_items(text)
    assert item.title == "Oikaisuvaatimus Kylätalo-hankkeen rahoituspäätökseen"
    assert item.section == "88" and item.body == "Kaupunginhallitus" and item.date == "2026-03-16"


def test_the_number_line_and_links_above_a_title_are_passed_over() -> None:
    text = ("Kunnanvaltuusto\nPöytäkirja 26.06.2023/Pykälä 8\nEdellinen asia | Seuraava asia | Muutoksenhakuohje |\n"
            "Työvoimapalveluiden järjestäminen vuoden 2025 alusta\nKhall 12.06.2023 § 127\nValmistelija:\n"
            "kunnanjohtaja Maija Meikäläinen\n")
    [item] = parse_items(text)
    assert item.title == "Työvoimapalveluiden järjestäminen vuoden 2025 alusta"


def test_swedish_number_line_is_no_title() -> None:
    text = ("Kommunstyrelsen\nProtokoll 05.06.2023/Paragraf 12\n\nSamarbetsavtal om äldreomsorg\n\n"
            "Kommunstyrelsen 05.06.2023 § 12\n\nBeslut\nGodkändes.\n")
    [item] = parse_items(text)
    assert item.title == "Samarbetsavtal om äldreomsorg"


def test_a_title_on_two_lines_is_kept_from_its_first() -> None:
    text = ("Sosiaali- ja terveyslautakunta\n\nYhteistyösopimus ikäihmisten\npalveluista\n\n"
            "Sosiaali- ja terveyslautakunta 3.2.2022 § 12\n\nPäätös\nHyväksyttiin.\n")
    [item] = parse_items(text)
    assert item.title.startswith("Yhteistyösopimus ikäihmisten")


def test_the_previous_items_decision_is_not_the_next_title() -> None:
    text = ("Kunnanhallitus\nPöytäkirja\n\nYhteistyösopimus Kotikunnan sosiaalipäivystyksestä\n\n"
            "Kunnanhallitus 12.03.2021 § 45\n\nPäätös\nHyväksyttiin.\n\nKotihoidon kehittämishanke\n\n"
            "Kunnanhallitus 12.03.2021 § 46\n\nPäätös\nHyväksyttiin.\n")
    first, second = parse_items(text)
    assert second.title == "Kotihoidon kehittämishanke"
    assert first.outcome == "approved"  # its decision is not cut off as the next item's title


def test_dense_layout_sentence_above_title_ends_the_walk() -> None:
    text = ("Kunnanhallitus\nPöytäkirja\nEnsimmäinen asia\nKunnanhallitus 12.03.2021 § 45\nPäätös\n"
            "Kunnanhallitus päätti hyväksyä ehdotuksen.\nToinen asia\nKunnanhallitus 12.03.2021 § 46\nPäätös\n"
            "Hyväksyttiin.\n")
    assert [it.title for it in parse_items(text)] == ["Ensimmäinen asia", "Toinen asia"]
