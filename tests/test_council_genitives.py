"""A regional council's organ named by the genitive that opens the council's name ("Hämeen maakuntahallitus" for
Hämeen liitto), though the genitive is no region's name the gazetteer knows: our own short sentences."""

from __future__ import annotations

from tests.helpers import entity_labels, known, make_gazetteer
from welfare_kg.extract.council_genitives import council_genitives
from welfare_kg.extract.gazetteer import Gazetteer


def _gazetteer() -> Gazetteer:
    base = make_gazetteer()
    return Gazetteer([*base.entities.values(),
                      known("joint-authority/lanttu-liitto", "JointAuthority", "Lanttulan liitto"),
                      known("joint-authority/nauris-liitto", "JointAuthority", "Etelä-Nauriksen maakuntaliitto")])


def test_the_genitives_are_read_from_the_councils_names() -> None:
    gen = council_genitives(_gazetteer())
    assert {"Lanttulan", "Etelä-Nauriksen"} <= gen
    assert "Päijät-Hämeen" not in gen  # a joint authority of another kind ("hyvinvointikuntayhtymä")


def test_the_council_genitive_stays_in_the_board_name() -> None:
    labels = entity_labels("Lanttulan maakuntahallitus myönsi Kylätalo-hankkeelle 15 000 euroa.", "Body",
                           gazetteer=_gazetteer())
    assert "Lanttulan maakuntahallitus" in labels
    assert "Maakuntahallitus" not in labels


def test_an_unknown_genitive_does_not_name_the_board() -> None:
    labels = entity_labels("Kaalilan maakuntahallitus myönsi Kylätalo-hankkeelle 15 000 euroa.", "Body",
                           gazetteer=_gazetteer())
    assert "Kaalilan maakuntahallitus" not in labels


def test_a_town_board_keeps_its_own_reading() -> None:
    labels = entity_labels("Lanttulan kaupunginhallitus myönsi Kylätalo-hankkeelle 15 000 euroa.", "Body",
                           gazetteer=_gazetteer())
    assert "Lanttulan maakuntahallitus" not in labels
