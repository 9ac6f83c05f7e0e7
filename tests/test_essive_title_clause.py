"""An essive title ("ohjaajana", "vetäjänä") is the post of its own clause's subject: a comma closes that clause, so
the speaker of a following "kertoo B" is not given it (extract/document.py `_post_near`), while an essive title
before its verb and subject ("X:n ohjaajana toimii A") still is."""
from __future__ import annotations

from tests.helpers import needs_voikko, titled_posts


@needs_voikko
def test_the_speaker_after_a_comma_gets_no_essive_title():
    got = titled_posts("Liisa Aho jatkaa Kotikulma ry:n ohjaajana, kertoo Matti Kallio.")
    assert ("Liisa Aho", "Kotikulma ry", "ohjaaja") in got
    assert not any(person == "Matti Kallio" for person, _, _ in got)


@needs_voikko
def test_an_essive_title_before_its_subject_is_still_read():
    assert titled_posts("Kotikulma ry:n ohjaajana toimii Liisa Aho.") == {("Liisa Aho", "Kotikulma ry", "ohjaaja")}
    assert titled_posts("Pilottityöntekijänä Kotikulma ry:ssä aloitti keväällä Liisa Aho.") == {
        ("Liisa Aho", "Kotikulma ry", "pilottityöntekijä")}
