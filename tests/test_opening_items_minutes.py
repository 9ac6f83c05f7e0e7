"""A Finnish meeting's opening items mark its minutes (twenty-ninth session, fresh-page audit of people in minutes).

The texts are written for these tests: an invented parish board's agenda page, cut so that only the word
"Pöytäkirja", the opening items ("Kokouksen laillisuus ja päätösvaltaisuus", "Pöytäkirjan tarkastaminen") and
"Läsnä" before the chair's row remain -- the part headings and § signs a transcript loses are gone, and the
page was read as news, so its attendance row gave the chair's seat to the next name.
"""

from __future__ import annotations

from welfare_kg.loaders.minutes import looks_like_minutes


def test_the_opening_items_and_the_attendance_label_mark_minutes() -> None:
    text = ("Vallilan seurakunnan kirkkoneuvoston kokous on tiistaina kello 17. ASIAT 12 Kokouksen avaus "
            "13 Kokouksen laillisuus ja päätösvaltaisuus 14 Pöytäkirjan tarkastaminen 15 Talousarvio\n\n"
            "VALLILAN SEURAKUNNAN KIRKKONEUVOSTO Pöytäkirja 3/2014 Aika kello Paikka seurakuntatalo "
            "Läsnä Koivu Matti puheenjohtaja Lehto Anna")
    assert looks_like_minutes(text)


def test_a_news_story_on_a_meeting_is_no_minutes() -> None:
    text = ("Kirkkoneuvosto kokoontui tiistaina. Puheenjohtaja Matti Koivu kertoi, että talousarvio hyväksyttiin "
            "ja kirkkoherra Anna Lehto esitteli syksyn tapahtumia.")
    assert not looks_like_minutes(text)
