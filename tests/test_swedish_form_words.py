"""A Swedish protocol's remaining form words are nobody's name (twenty-eighth session, fresh-page audit).

The texts are written for these tests: invented officials in invented meetings, laid out as Swedish protocols
are -- "Utses att justera" after the last participant, "Närvarorätt" before it, "Tf." before a title, a unit
("Myndighet") between a title and a name, and the dates of the notice row.
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko

from welfare_kg.extract.people import listed_people


def _labels(text: str) -> list[str]:
    return [p.label for p in listed_people(text, MORPH)]


@needs_voikko
def test_the_justering_label_does_not_run_into_the_last_name() -> None:
    text = ("Övriga deltagande Sekreterare Malin Strandberg, ekonom Johan Ekholm Närvarorätt Utses att justera "
            "Petra Lindgren (S)")
    labels = _labels(text)
    assert not any("Utses" in label or "Närvarorätt" in label for label in labels)
    assert "Johan Ekholm" in labels


@needs_voikko
def test_a_unit_word_and_tf_are_no_half_of_a_name() -> None:
    text = ("Övriga deltagande Nämndsekreterare Malin Strandberg Tf. socialchef Eva Lundqvist Verksamhetschef "
            "Myndighet Karin Sjöberg Utses att justera Petra Lindgren (S)")
    labels = _labels(text)
    assert "Karin Sjöberg" in labels
    assert not any(w in label for label in labels for w in ("Tf", "Myndighet", "Utses"))


@needs_voikko
def test_the_notice_rows_dates_are_nobody() -> None:
    text = ("Beslutande Ledamöter Anna Holm (C), ordförande Erik Lund (S) Underskrifter Sekreterare Organ "
            "Sammanträdesdatum Anslagsdatum Anslaget tas ner")
    assert not any("datum" in label.lower() for label in _labels(text))



@needs_voikko
def test_page_heads_item_labels_and_vote_columns_are_no_half_of_a_name() -> None:
    # session 29 fresh-page audit: a page head, an item label, the paragraph count's word, a diary number's label
    # and the roll call's yes/no columns beside the names of an invented Swedish protocol
    text = ("Beslutande Ledamöter Anna Holm (C), ordförande Erik Lund (S) Övriga närvarande Karl Berg Ja Nej "
            "Sven Ek Utses att justera Erik Lund Justerade paragrafer 3-9 Organ Vallby kommun "
            "Sammanträdesprotokoll Sida 3 (9) Ärendebeskrivning Ordföranden föreslår Dnr Val av justerare")
    labels = _labels(text)
    assert not any(w in label for label in labels
                   for w in ("Sammanträdesprotokoll", "Sida", "Ärendebeskrivning", "Ordföranden", "Justerade",
                             "Organ", "Dnr", "Val", "Nej"))
    assert "Sven Ek" in labels and "Karl Berg" in labels


@needs_voikko
def test_a_street_named_for_a_person_is_the_protocols_address() -> None:
    text = ("Beslutande Ledamöter Anna Holm (C), ordförande Erik Lund (S) Övriga närvarande Karl Berg "
            "Förvaringsplats för protokollet Kapten Lindbergs väg 14 Underskrift Nämndsekreterare Karl Berg")
    labels = _labels(text)
    assert not any("Lindberg" in label for label in labels), labels
    assert "Karl Berg" in labels
