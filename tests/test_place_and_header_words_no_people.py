"""Words that only look like a name pair: a Swedish place named with a definite genitive ("Älgens Berg": the word
before a known surname is no unknown given name) and a transcript's page head ("Kokouspäivä Tark.") run into the
attendance block. Invented places, boards and people."""

from __future__ import annotations

from helpers import person_labels


def test_a_swedish_definite_genitive_before_a_surname_is_a_place() -> None:
    people = person_labels("Mötet hölls på Björnens Berg, där Clas Lind hälsade alla välkomna.")
    assert "Björnens Berg" not in people
    assert "Clas Lind" in people


def test_a_short_foreign_given_name_before_a_surname_stays_a_person() -> None:
    assert "Jens Berg" in person_labels("Sekreterare Jens Berg justerade protokollet.")


def test_a_transcripts_page_head_is_no_person() -> None:
    text = ("ESIMERKIN KUNTAYHTYMÄ PÖYTÄKIRJA 2/2016 Yhtymähallitus Saapuvilla olleet Salminen Pentti, pj. "
            "Laine Anna, jäsen\n\n2 Esimerkin kuntayhtymä Kokouspäivä Tark. 2 Pöytäkirjan tarkastus "
            "Allekirjoitukset Anna Laine")
    people = person_labels(text)
    assert not any("Kokouspäivä" in p for p in people)
    assert {"Pentti Salminen", "Anna Laine"} <= people


def test_the_meetings_chair_in_swedish_is_no_organisations_post() -> None:
    from helpers import labels_and_facts
    ents, facts = labels_and_facts("KHR 1 Mötets öppnande Mötets ordförande, Eva Lind, hälsar alla välkomna.",
                                   "minutes")
    assert not any(label.startswith("Möte") for _, label in ents)
    assert not any(s == "Eva Lind" for s, _, _ in facts)
