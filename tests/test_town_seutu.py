"""A town's "seutu" named by the town alone is the sub-region (extract/area_names.py, rule town-seutu), unless an
organisation of the area or a longer name follows. Towns swapped from dev documents; adversarial texts our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def areas(text: str) -> set[str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt"))
    return {label.lower() for e in ex.entities.values() if e.type == "CooperationArea"
            for label in {e.label, *e.labels}}


@pytest.mark.parametrize(("text", "area"), [
    ("Hankkeen lähtökohta on Kajaanin seutua kohdannut vakava rakennemuutos.", "kajaanin seutu"),
    ("Porin seudun työttömyys on valtakunnallista keskiarvoa korkeampi.", "porin seutu"),
    ("Raisiosta lähti jäsen, minkä vuoksi Kotkan seudun edustaja vaihtui.", "kotkan seutu"),
    ("Pöytäkirja: Lahden - Hollolan seudun seutuvaliokunta kokoontui.", "lahden - hollolan seutu"),
])
def test_a_towns_seutu_is_its_sub_region(text: str, area: str) -> None:
    found = areas(text)
    assert area in found
    assert area.replace(" seutu", " seutukunta") in found  # the same sub-region, written either way


@pytest.mark.parametrize("text", [
    "Toteuttaja on Oulun seudun ammattikorkeakoulu.",
    "Lisätietoja: Nivala-Haapajärven seutu Nihak ry, toimitusjohtaja.",
    "Avustuksen sai Vammalan seudun Mielenterveysyhdistys.",
    "Tilat vuokrataan Mikkelin seudun sosiaali- ja terveystoimelle.",
    "Kylä sijaitsee Linnan seudulla.",  # no municipality of that name
])
def test_no_sub_region_where_an_organisation_or_a_name_follows(text: str) -> None:
    assert not {a for a in areas(text) if "seutu" in a}
