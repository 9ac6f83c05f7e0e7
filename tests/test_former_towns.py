"""Municipalities merged long before the minutes that name them are parts of a town, no municipality of their own.
Invented minutes; the merger years are the reference data's (Korppoo and Nauvo joined Parainen in 2009)."""

from __future__ import annotations

from helpers import needs_voikko, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer

TEXT = "Palvelut järjestetään Korppoossa ja Nauvossa sekä Paraisten keskustassa."


def _municipalities(text: str, kind: str, published: str | None) -> set[str]:
    rec = record(text, kind=kind)
    rec.published = published
    out = extract_document(rec, gazetteer=reference_gazetteer())
    return {e.label for e in out.entities.values() if e.type == "Municipality"}


@needs_voikko
def test_minutes_written_years_after_a_merger_name_the_old_towns_as_parts_of_the_new() -> None:
    assert _municipalities(TEXT, "minutes", "2015-03-01") == {"Parainen"}


@needs_voikko
def test_minutes_of_the_merger_years_undated_ones_and_other_texts_keep_the_old_towns() -> None:
    both = {"Parainen", "Korppoo", "Nauvo"}
    assert _municipalities(TEXT, "minutes", "2009-03-01") == both  # the year of the merger: still the topic
    assert _municipalities(TEXT, "minutes", None) == both
    assert _municipalities(TEXT, "news", "2015-03-01") == both  # a page may look back at an old project


@needs_voikko
def test_a_former_town_listed_beside_other_current_towns_stays_a_municipality() -> None:
    # Vähäkyrö joined Vaasa in 2013: "Vaasan Vähänkyrön" beside Isokyrö and Laihia names an area of their standing
    text = "Toimintaryhmä toimii Isonkyrön, Laihian ja Vaasan Vähänkyrön alueella."
    assert _municipalities(text, "minutes", "2020-03-01") == {"Isokyrö", "Laihia", "Vaasa", "Vähäkyrö"}
    # alone, or listed with its successor only, it is still a part of that town
    assert _municipalities("Kokous pidettiin Vähässäkyrössä.", "minutes", "2020-03-01") == set()
    assert _municipalities("Palvelut ovat Vähässäkyrössä ja Vaasan keskustassa.", "minutes",
                           "2020-03-01") == {"Vaasa"}
