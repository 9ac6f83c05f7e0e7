"""Known names made only of common words count where they are written as names (extract/common_word_names.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import MORPH, needs_voikko_for, record
from welfare_kg.extract.common_word_names import common_word_name
from welfare_kg.extract.document import extract_document

pytestmark = needs_voikko_for("common words are told from names by Voikko's word classes")


def labels(text: str) -> set[tuple[str, str]]:
    ex = extract_document(record(text))
    return {(e.type, e.label) for e in ex.entities.values()}


@pytest.mark.parametrize("name", ["Toimintakyky kuntoon", "Eloisa ikä", "Kestävää kasvua ja työtä",
                                  "Kirkon ulkomaanapu", "Kuntien eläkevakuutus"])
def test_names_of_common_words_only(name: str) -> None:
    assert common_word_name(name, MORPH)


@pytest.mark.parametrize("name", [
    "Sosiaali- ja terveysministeriö",  # a ministry: its kind is its head
    "Maakunnan kehittämisraha",  # a fund
    "Kansallinen muistiohjelma",  # a programme
    "Valtioneuvoston kanslia",  # an office
    "Pohjois-Savon sairaanhoitopiiri",  # a place in it
    "Toimintakyky",  # one word: the gazetteer asks a capital of it already
    "EHYT Ehkäisevä päihdetyö",  # an acronym in it
    "6Aika Avoimet palvelut",  # a coined word
])
def test_names_with_a_kind_a_place_or_a_coined_word_are_not(name: str) -> None:
    assert not common_word_name(name, MORPH)


def test_programme_of_common_words_in_lower_case_is_prose() -> None:
    got = labels("Hankkeen tavoitteena on toimintakyky kuntoon ja arjen sujuvuus kaikille.")
    assert not {t for t in got if t[0] == "Programme"}


def test_programme_of_common_words_written_as_a_name_is_found() -> None:
    got = labels("Hanke kuuluu Toimintakyky kuntoon -avustusohjelmaan.")
    assert any(t[0] == "Programme" and t[1].startswith("Toimintakyky kuntoon") for t in got)


def test_association_of_common_words_in_lower_case_is_prose() -> None:
    got = labels("Rahoitus tulee kirkon ulkomaanavulta ja sosiaali- ja terveysministeriöltä.")
    assert not {t for t in got if t[0] == "Association"}
    assert ("Ministry", "sosiaali- ja terveysministeriö") in got or any(t[0] == "Ministry" for t in got)


def test_association_of_common_words_capitalised_is_found() -> None:
    got = labels("Hanke sai rahoitusta Kirkon ulkomaanavulta.")
    assert any(t[0] == "Association" and t[1].lower() == "kirkon ulkomaanapu" for t in got)


def test_ministry_in_lower_case_stays() -> None:
    got = labels("Avustuksen myönsi opetus- ja kulttuuriministeriö yhdistykselle.")
    assert any(t[0] == "Ministry" for t in got)


def test_bare_name_of_common_words_opening_a_sentence_is_the_phrase() -> None:
    # a listed association whose name without its legal form is "foundations and funds"
    assert not {t for t in labels("Säätiöt ja rahastot ovat tärkeä osa kansalaisyhteiskuntaa.")
                if t[0] == "Association"}
    assert not {t for t in labels("Tukea antavat myös säätiöt ja rahastot.") if t[0] == "Association"}


def test_name_of_common_words_with_its_legal_form_is_found() -> None:
    got = labels("Säätiö on Säätiöt ja rahastot ry:n jäsen ja noudattaa hyvää säätiötapaa.")
    assert ("Association", "Säätiöt ja rahastot ry") in got


def test_kind_in_the_plural_is_no_head() -> None:
    assert common_word_name("Säätiöt ja rahastot", MORPH)
    assert not common_word_name("Säätiöiden neuvottelukunta", MORPH)

