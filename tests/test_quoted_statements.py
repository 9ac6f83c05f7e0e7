"""A full stop inside a short quoted name keeps the sentence together; one inside a long quoted statement (speech in a
press release) ends a sentence, so that a role named in the next quoted sentence is not read into the first. Texts
written for these tests."""

from __future__ import annotations

from welfare_kg.extract.text import sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in sentences(text)]


def test_sentences_of_a_long_quotation_stay_apart() -> None:
    text = ("Rehtori kertoo: ”I projektet Gröna byar samarbetar Yrkeshögskolan Novia med Åbo Akademi och två "
            "föreningar i skärgården för att utveckla småföretagens samarbete. Egentliga Finlands förbund är med "
            "som delfinansiär. Arbetet börjar i maj.”")
    assert any(t.startswith("Egentliga Finlands förbund är med som delfinansiär") for t in _texts(text))


def test_a_full_stop_in_a_short_quoted_name_does_not_split() -> None:
    text = "Hanke ”Arki ja Co. kotona” alkoi keväällä. Se päättyy syksyllä."
    assert _texts(text)[0].startswith("Hanke ”Arki ja Co. kotona” alkoi keväällä")
