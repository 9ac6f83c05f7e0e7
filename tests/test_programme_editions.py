"""An undated name of a known programme of a period, written with another period, names another edition
(extract/programme_editions.py): it must not take the reference edition's identity. Sentences are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import labels_of, needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Extraction
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _extract(text: str):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))


def _programmes(ex: Extraction) -> set[str]:
    return labels_of(ex, "Programme")


def test_an_earlier_period_is_an_edition_of_its_own() -> None:
    ex = _extract("Lähiöohjelma 2008-2011 valitsi hankkeet. Mukaan hyväksytyt kaupungit ovat Kuopio ja Pori.")
    assert _programmes(ex) == {"Lähiöohjelma 2008–2011"}
    targets = {ex.entities[f.object].label for f in ex.facts if f.predicate == "participatesIn"}
    assert targets == {"Lähiöohjelma 2008–2011"}


def test_an_inflected_name_before_an_earlier_period() -> None:
    ex = _extract("Kyläkoulu-hanke rahoitettiin Manner-Suomen maaseudun kehittämisohjelmasta 2007-2013.")
    assert "Manner-Suomen maaseudun kehittämisohjelma 2014–2020" not in _programmes(ex)
    assert "Manner-Suomen maaseudun kehittämisohjelma 2007–2013" in _programmes(ex)


def test_the_reference_period_or_a_year_in_it_is_the_same_programme() -> None:
    ex = _extract("Lähiöohjelma 2021 jatkuu. Mukaan hyväksytyt kaupungit ovat Kuopio ja Pori.")
    assert _programmes(ex) == {"Lähiöohjelma 2020–2022"}
    ex = _extract("Kyläkoulu-hanke rahoitettiin Manner-Suomen maaseudun kehittämisohjelmasta 2014-2020.")
    assert "Manner-Suomen maaseudun kehittämisohjelma 2014–2020" in _programmes(ex)


def test_towns_of_a_programmes_projects_are_not_the_programmes_area() -> None:
    ex = _extract("Lähiöohjelma 2008-2011 valitsi hankkeet. Näitä hankkeita toteutetaan Oulussa ja Porissa.")
    assert not any(f.predicate == "coversArea" for f in ex.facts)
    ex = _extract("Kylätalo-hanketta toteutetaan Oulussa ja Kemissä.")
    assert {ex.entities[f.object].label for f in ex.facts if f.predicate == "coversArea"} == {"Oulu", "Kemi"}


def test_undated_mentions_in_a_document_about_an_edition_mean_that_edition() -> None:
    ex = _extract("Lähiöohjelma 2008-2011 valitsi hankkeet. Kaikki kunnat hyväksyttiin Lähiöohjelmaan. "
                  "Mukaan hyväksytyt kaupungit ovat Kuopio ja Pori.")
    assert _programmes(ex) == {"Lähiöohjelma 2008–2011"}


def test_a_document_naming_the_reference_period_too_keeps_undated_mentions_the_references() -> None:
    ex = _extract("Lähiöohjelma 2008-2011 päättyi. Lähiöohjelma 2020-2022 alkoi. Kaikki kunnat hyväksyttiin "
                  "Lähiöohjelmaan. Mukaan hyväksytyt kaupungit ovat Kuopio ja Pori.")
    assert "Lähiöohjelma 2020–2022" in _programmes(ex)


def test_a_lone_year_after_the_name_names_no_edition() -> None:
    ex = _extract("Lähiöohjelmasta 2019 myönnettiin avustusta. Mukaan hyväksytyt kaupungit ovat Kuopio ja Pori.")
    assert "Lähiöohjelma 2019" not in _programmes(ex)
