"""An organisation's mixed-case short name built from its long one ("KSsotu" of "Keski-Suomen sosiaali- ja
terveysturvayhdistys") is that organisation, inflected or not (extract/mixed_abbreviations.py). The sentences are
invented."""

from __future__ import annotations

from helpers import fact_triples, needs_voikko

from welfare_kg.extract.mixed_abbreviations import _made_of


def test_the_short_name_is_built_from_the_long_one() -> None:
    assert _made_of("KSsotu", "Keski-Suomen sosiaali- ja terveysturvayhdistys ry")
    assert _made_of("ESkylät", "Etelä-Savon kylät ry")
    assert not _made_of("KSsotu", "Keski-Suomen kylät ry")  # its letters are not the words'
    assert not _made_of("KSsotu", "Kainuun sosiaali- ja terveysturvayhdistys")  # one capital for two
    assert not _made_of("KSSOTU", "Keski-Suomen sosiaali- ja terveysturvayhdistys")  # capitals alone: other rules


@needs_voikko
def test_the_inflected_short_name_carries_the_post() -> None:
    text = ("Etelä-Savon sosiaali- ja terveysturvayhdistys ry aloitti uuden hankkeen keväällä. "
            "ESsotun järjestösuunnittelija Liisa Koivu kertoi hankkeesta.")
    posts = {o for s, p, o in fact_triples(text) if p == "holdsPost" and s == "person/liisa-koivu"}
    assert posts and all("terveysturvayhdistys" in o for o in posts)
