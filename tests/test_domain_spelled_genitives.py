"""An unknown employer's genitive before a title keeps its final -i when the page spells the name so in a web or
e-mail domain ("Keplin seura-asiantuntija X ... x@kepli.fi" names Kepli, not Kepl); without such a domain a
consonant-final foreign name's -in is its genitive ("Forumin johtaja" names Forum). Output audit a39, invented text."""

from __future__ import annotations

from tests.helpers import entity_labels
from welfare_kg.extract.gazetteer import Gazetteer


def _orgs(gaz: Gazetteer, text: str) -> set[str]:
    return entity_labels(text, "Company", "news", gaz) | entity_labels(text, "Association", "news", gaz)


def test_the_domain_keeps_the_names_final_i(gaz: Gazetteer) -> None:
    text = "Lisätietoja: Sporlin seura-asiantuntija Maija Kettunen, puh. 040 123 4567, maija.kettunen@sporli.fi"
    orgs = _orgs(gaz, text)
    assert "Sporli" in orgs and "Sporl" not in orgs


def test_without_a_domain_the_genitive_helper_vowel_goes(gaz: Gazetteer) -> None:
    text = "Lisätietoja antaa Sporlin seura-asiantuntija Maija Kettunen."
    assert "Sporl" in _orgs(gaz, text)
