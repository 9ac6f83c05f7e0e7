"""A university of applied sciences named by the kind's shape ("Kivikko-ammattikorkeakoulu", "Rusolan
ammattikorkeakoulu", "Yrkeshögskolan Kivikko") is a company, whatever the reference list holds; a sentence's "Uusi
ammattikorkeakoulu" and the plural name none (extract/applied_universities.py). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.applied_universities import applied_university_mentions
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _labels(text: str) -> dict[str, str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {e.label: e.type for e in ex.entities.values()}


def test_a_hyphened_name_in_an_inflected_form() -> None:
    labels = _labels("Työyhteisöt voivat tilata Kivikko-ammattikorkeakoululta tutkimuspalveluita.")
    assert labels.get("Kivikko-ammattikorkeakoulu") == "Company"


def test_a_genitive_the_lexicon_lacks() -> None:
    labels = _labels("Hanketta toteuttaa Rusolan ammattikorkeakoulu yhdessä kuntien kanssa.")
    assert labels.get("Rusolan ammattikorkeakoulu") == "Company"


def test_the_swedish_kind_first() -> None:
    labels = _labels("Projektet leds av Yrkeshögskolan Kivikko i samarbete med staden.")
    assert labels.get("Yrkeshögskolan Kivikko") == "Company"


def test_a_sentences_common_word_and_the_plural_name_none() -> None:
    labels = _labels("Uusi ammattikorkeakoulu aloitti syksyllä. Kaikki ammattikorkeakoulut osallistuvat.")
    assert not any("ammattikorkeakoulu" in label.lower() for label in labels)


def test_a_forms_label_before_a_capitalised_kind_is_no_name() -> None:
    text = "Hakija: Rusola\nOrganisaatiotyyppi Ammattikorkeakoulu\n"
    out = applied_university_mentions(text, [[]], [0], get_morphology())
    assert out == [[]]
