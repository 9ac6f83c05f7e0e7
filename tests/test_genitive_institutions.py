"""An institution named by a capitalised genitive phrase and a lower-case institution compound inside a sentence
("Rusolan edistämiskeskus", "Pivelan rahoitus- ja kehittämiskeskus", "Kolvan ja hyvinvoinnin laitos") is read in
its base form; a place's genitive, a town's service centre and a common word opening a sentence are not
(extract/genitive_institutions.py). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _labels(text: str) -> dict[str, str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {e.label: e.type for e in ex.entities.values()}


def test_an_inflected_institution_compound_after_a_capitalised_genitive() -> None:
    labels = _labels("Hanke on Tapoeen edistämiskeskuksen koordinoima yhteishanke.")
    assert labels.get("Tapoeen edistämiskeskus") == "Agency"


def test_an_elided_first_half_of_the_compound() -> None:
    labels = _labels("Rahoittajana toimii Pivelan rahoitus- ja kehittämiskeskus.")
    assert labels.get("Pivelan rahoitus- ja kehittämiskeskus") == "Agency"


def test_a_research_institute_in_the_ablative() -> None:
    labels = _labels("Hanke sai rahoitusta Kanohamän tutkimuslaitokselta.")
    assert labels.get("Kanohamän tutkimuslaitos") == "Association"


def test_a_bare_institution_word_after_two_joined_genitives() -> None:
    labels = _labels("Selvityksen laati Rusolan ja hyvinvoinnin laitos yhdessä kunnan kanssa.")
    assert "Rusolan ja hyvinvoinnin laitos" in labels


def test_an_unknown_first_word_opening_a_sentence() -> None:
    labels = _labels("Raneeen edistämiskeskus on myöntänyt avustuksia kahdellekymmenelle yhteisölle.")
    assert labels.get("Raneeen edistämiskeskus") == "Agency"


def test_a_common_word_opening_a_sentence_and_a_service_centre_are_no_names() -> None:
    labels = _labels("Kaupungin kehittämiskeskus avattiin. Kokous pidettiin Kylän palvelukeskuksessa.")
    assert not any(label.endswith(("kehittämiskeskus", "palvelukeskus")) for label in labels)


def test_a_place_genitive_is_left_to_the_place_rules() -> None:
    labels = _labels("Hanke sai rahoitusta Kuopion tutkimuslaitokselta.")
    assert "Kuopion tutkimuslaitos" not in labels or labels["Kuopion tutkimuslaitos"] != "Agency"
