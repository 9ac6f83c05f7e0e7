"""Funds named as programmes are (extract/entities.py: "rahasto" among UNDERTAKING_HEADS).

A fund that grants money is written like a programme: a place's or an owner's name before "-rahasto"
("Etelä-Karjalan kehittämisrahasto", "Kirkon keskusrahasto") or a name before a spaced dash ("LIFE Luonto
-rahasto"). The genitive of a common owner noun opening a sentence ("Kaupungin investointirahasto") says whose a
fund is, and a known actor's genitive is no word of the fund's name. Invented sentences, names not from the corpus."""

from __future__ import annotations

from welfare_kg.extract.entities import Recogniser
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.text import sentences


def _programmes(gaz: Gazetteer, text: str) -> list[str]:
    rec = Recogniser(gaz, get_morphology())
    return [m.label for s in sentences(text) for m in rec.sentence_mentions(s, text, title=False)
            if m.type in {"Programme", "Project"}]


def test_a_named_fund_is_a_programme(gaz: Gazetteer) -> None:
    text = "Hanke saa rahoitusta Etelä-Karjalan kehittämisrahastosta ja kunnilta."
    assert "Etelä-Karjalan kehittämisrahasto" in _programmes(gaz, text)
    text = "Kokonaisbudjetista puolet rahoittaa EU:n Natura Vesi -rahasto."
    assert "Natura Vesi" in _programmes(gaz, text)


def test_an_owner_genitive_opening_a_sentence_names_no_fund(gaz: Gazetteer) -> None:
    for text in ("Kaupungin investointirahastoon siirretään 200 000 euroa.",
                 "Seurakunnan diakoniarahastosta myönnettiin avustuksia.",
                 "Kaupungin kehittämishanke alkoi syksyllä."):
        assert _programmes(gaz, text) == [], text


def test_a_known_actor_opens_no_fund_name(gaz: Gazetteer) -> None:
    text = "Ympäristöministeriön Vesiensuojelun tehostamisrahasto tukee hankkeita."
    assert _programmes(gaz, text) == ["Vesiensuojelun tehostamisrahasto"]


def test_owners_joined_before_a_shared_adjective_are_no_name(gaz: Gazetteer) -> None:
    text = "Avustusta myönnetään Kalajoen rovastikunnan sekä kirkon yhteisestä diakoniarahastosta."
    assert not [x for x in _programmes(gaz, text) if x.startswith("Kalajoen")]
