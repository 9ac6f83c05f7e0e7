"""A post told by its own noun after the title's genitive: "A jatkaa Sodankylän kunnanjohtajan tehtävissä",
"aloittaa Kemin kaupungin sivistysjohtajan virassa" -- the person holds the office in the owner; only with a verb
of holding before the owner, and never the illative ("virkaan haki": an applicant). Invented sentences."""

from __future__ import annotations

from helpers import needs_voikko, post_rows


@needs_voikko
def test_continuing_in_the_posts_duties_is_holding_the_post() -> None:
    rows = post_rows("Liisa Aho jatkaa Sodankylän kunnanjohtajan tehtävissä vuoden loppuun.", kind="news")
    assert ("Liisa Aho", "kunnanjohtaja", "Sodankylä") in rows


@needs_voikko
def test_starting_in_the_office_is_holding_the_post() -> None:
    rows = post_rows("Liisa Aho aloittaa Kemin kaupungin sivistysjohtajan virassa maaliskuussa.", kind="news")
    assert ("Liisa Aho", "sivistysjohtaja", "Kemi") in rows


@needs_voikko
def test_the_holder_is_the_clause_subject_not_the_speaker() -> None:
    rows = post_rows("Matti Kallio kertoi, että Liisa Aho jatkaa Kemin kaupungin sivistysjohtajan tehtävissä.",
                     kind="news")
    assert {p for p, _, _ in rows} == {"Liisa Aho"}


@needs_voikko
def test_the_post_as_a_topic_gives_the_speaker_nothing() -> None:
    rows = post_rows("Kemin kaupungin sivistysjohtajan tehtävissä tapahtuu muutoksia, kertoo Liisa Aho.",
                     kind="news")
    assert not rows


@needs_voikko
def test_an_applicant_to_the_office_holds_nothing() -> None:
    assert not post_rows("Kemin kaupungin sivistysjohtajan virkaan haki Liisa Aho.", kind="news")


@needs_voikko
def test_a_reported_verb_and_an_adverb_before_the_owner() -> None:
    text = ("Kemin sivistysjohtajaksi valittiin Liisa Aho. Joulun jälkeen Aho kertoo jatkavansa vielä Sodankylän "
            "kunnanjohtajan tehtävissä.")
    assert ("Liisa Aho", "kunnanjohtaja", "Sodankylä") in post_rows(text, kind="news")
