"""Counts, pronouns and plural heads before a project or agreement word (extract/entities.py `_compound_name`).

"kahden teemahankkeen", "ensimmäisen yhteistyösopimuksen" say how many or which; "Kunta-alan
työmarkkinasopimukset" are several agreements. None of them is a name; a pronoun capitalised inside a sentence
("Meidän Kylä hanke") is a name's own word. Invented sentences with other names than the corpus's."""

from __future__ import annotations

from welfare_kg.extract.entities import Recogniser
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.text import sentences

KINDS = ("Project", "Programme", "Agreement")


def _labels(gaz: Gazetteer, text: str) -> list[str]:
    rec = Recogniser(gaz, get_morphology())
    return [m.label for s in sentences(text) for m in rec.sentence_mentions(s, text, title=False) if m.type in KINDS]


def test_a_count_or_an_ordinal_opens_no_name(gaz: Gazetteer) -> None:
    for text in ("Kolmen kyläyhdistyksen teemahankkeen kustannukset ovat yhteensä 40 000 euroa.",
                 "Kolmen teemahankkeen kustannusarviot hyväksyttiin.",
                 "Kunnat solmivat vuonna 1998 ensimmäisen yhteistyösopimuksen.",
                 "Viiden kunnan kehittämishanke alkoi syksyllä."):
        assert not [x for x in _labels(gaz, text) if x.split()[0].lower() in {
            "kolmen", "ensimmäisen", "viiden"}], text


def test_a_pronoun_capitalised_inside_a_sentence_stays_in_the_name(gaz: Gazetteer) -> None:
    text = "Yhdistys haki avustusta paikalliselle Meidän Kylä hankkeelle, jonka pituus on kaksi vuotta."
    assert "Meidän Kylä hanke" in _labels(gaz, text)


def test_a_plural_head_names_no_one_agreement(gaz: Gazetteer) -> None:
    for text in ("Kunta-alan virkaehtosopimukset ovat voimassa vuoden 2026 loppuun.",
                 "Kuntien ja Pirkanmaan liiton välisissä sopimuksissa todetaan, että sopimus jatkuu.",
                 "Pohjois-Karjalan kylien investointihankkeet etenevät."):
        assert _labels(gaz, text) == [], text
    assert "Pohjois-Karjalan kylien investointihanke" in _labels(gaz, "Pohjois-Karjalan kylien investointihanke alkoi.")
