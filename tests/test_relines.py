"""Line breaks put back into a run-on text: headings in capitals, field labels, sentence ends."""

from __future__ import annotations

from welfare_kg.loaders.relines import reline

PAGE = ("KUNTIEN VÄLINEN YHTEISTYÖSOPIMUS TYÖLLISYYDEN EDISTÄMISEN KUNTAKOKEILUSTA PIRKANMAAN ALUEELLA "
        "KUNTIEN VÄLINEN YHTEISTYÖSOPIMUS TYÖLLISYYDEN EDISTÄMISEN KUNTAKOKEILUSTA PIRKANMAAN ALUEELLA "
        "1. Sopijapuolet Tampereen kaupunki ja Akaan kaupunki. Sopijapuolet kaikki yhdessä jäljempänä ”Osapuolet”. "
        "2. Sopimuksen tarkoitus Tämä sopimus perustuu pääsopimukseen. Kesto: 1.1.2020 – 31.12.2023 "
        "Vastuuyksikkö: Tiedolla johtaminen -yksikkö. Lisätietoja antaa esim. kehittämispäällikkö Matti Meikäläinen "
        "ja Oy. Esimerkki Ab:n edustaja. ") * 3


def test_run_on_page_gets_its_lines_back() -> None:
    lines = reline(PAGE).split("\n")
    assert lines[0] == lines[1] == ("KUNTIEN VÄLINEN YHTEISTYÖSOPIMUS TYÖLLISYYDEN EDISTÄMISEN KUNTAKOKEILUSTA "
                                    "PIRKANMAAN ALUEELLA")
    assert lines[2].startswith("1. Sopijapuolet Tampereen kaupunki")
    assert "2. Sopimuksen tarkoitus Tämä sopimus perustuu pääsopimukseen." in lines
    assert "Vastuuyksikkö: Tiedolla johtaminen -yksikkö." in lines
    assert any(x.startswith("Kesto: 1.1.2020") for x in lines)
    # no break after an abbreviation or a short capitalised word
    assert any("esim. kehittämispäällikkö" in x and "Oy. Esimerkki" in x for x in lines)


def test_text_with_lines_is_left_alone() -> None:
    text = "Otsikko\n\n" + "Lyhyt kappale. Toinen lause.\n" * 30 + PAGE[:900]
    assert reline(text) == text


def test_name_said_twice_in_the_opening_is_a_heading_and_its_line() -> None:
    body = " Hankkeessa kehittäjinä toimivat opiskelijat ja kaupungit yhdessä kuntien kanssa." * 12
    lines = reline("Hanke: Opiskelijan kaupunki Opiskelijan kaupunki -hankkeessa kerättiin tietoa." + body).split("\n")
    assert lines[0] == "Hanke: Opiskelijan kaupunki"
    assert lines[1] == "Opiskelijan kaupunki -hankkeessa kerättiin tietoa."
    lines = reline("Ikävoimaa Ikävoimaa Vanhustyön keskusliitossa on käynnistynyt hanke." + body).split("\n")
    assert lines[0] == "Ikävoimaa"


def test_bullets_run_into_a_paragraph_are_rows_again() -> None:
    rows = " ".join(f"• Kunnalle {i} myönnetään hankkeeseen ”Hanke {i}” 21 812 euroa." for i in range(16))
    lines = reline("Maakuntahallitus myönsi rahoitusta seuraaville hankkeille: " + rows).split("\n")
    assert lines[0] == "Maakuntahallitus myönsi rahoitusta seuraaville hankkeille:"
    assert lines[1] == "• Kunnalle 0 myönnetään hankkeeseen ”Hanke 0” 21 812 euroa."
    assert len(lines) == 17


def test_bullets_run_into_a_short_line_are_rows_in_any_text() -> None:
    # a transcript that kept its paragraphs but joined each one's lines: its lines are not run-on on average,
    # yet a line holding two bullets or more is a list run into one line
    text = ("Ministeriö myönsi rahoitusta seuraaville hankkeille: • Arjen apu (ARA), Esimerkin yliopisto, 10 000 euroa "
            "• Kylän kesä (KYKE), Malliston kunta, 20 000 euroa\n\nLisätietoja antaa suunnittelija.\n")
    lines = reline(text).split("\n")
    assert lines[:3] == ["Ministeriö myönsi rahoitusta seuraaville hankkeille:",
                         "• Arjen apu (ARA), Esimerkin yliopisto, 10 000 euroa",
                         "• Kylän kesä (KYKE), Malliston kunta, 20 000 euroa"]
    one = "Ohjelmassa on kaksi osaa • ja niistä kerrotaan myöhemmin.\n"
    assert reline(one) == one  # a single bullet inside a line parts nothing
