"""Organisations a project page only thanks, invites, cites, hears as speakers or names as funders take no part in
the project: no participatesIn / coordinates by any rule (document_roles.THANK_CUES and the rules' own guards)."""

from __future__ import annotations

import pytest
from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer

_TOPIC = ("Muistipolku-hanke\n\nMuistipolku-hanke kehittää muistisairaiden päivätoimintaa Pohjois-Karjalassa. "
          "Hanketta hallinnoi Keski-Karjalan Muisti ry.\n\n")
_OWNER = "association/keski-karjalan-muisti"


def _roles(text: str) -> set[tuple[str, str]]:
    out = extract_document(record(_TOPIC + text), gazetteer=reference_gazetteer())
    return {(f.subject.removeprefix(ID), f.predicate) for f in out.facts
            if f.predicate in {"participatesIn", "coordinates"} and f.subject.removeprefix(ID) != _OWNER}


@pytest.mark.parametrize("text", [
    "Kiitämme Kiteen kaupunkia ja Tohmajärven kuntaa hyvästä yhteistyöstä ja tuesta.\n",
    "Vi tackar Kristinestads stad och Närpes stad för gott samarbete.\n",
    "Muistipolku-hanke kiittää Kiteen kaupunkia ja Tohmajärven kuntaa yhteistyöstä.\n",
    "Hanke kutsuu Outokummun kaupungin ja Rääkkylän kunnan edustajat seminaariin syksyllä.\n",
    "Ohjelma\n\nPuhujat:\nMatti Meikäläinen, Kiteen kaupunki\nLiisa Virtanen, Itä-Suomen yliopisto\n",
    "Talare på seminariet:\nAnna Berg, Vasa stad\nJohan Ek, Åbo Akademi\n",
    "Muistipolku-hankkeen seminaarissa puhuivat Kiteen kaupungin ja Tohmajärven kunnan edustajat.\n",
    "Hankkeessa hyödynnetään Terveyden ja hyvinvoinnin laitoksen ja Itä-Suomen yliopiston tutkimuksia.\n",
    "Hanketta rahoittaa Sosiaali- ja terveysjärjestöjen avustuskeskus STEA.\n",
])
def test_no_part_taken(text: str) -> None:
    assert not _roles(text)


def test_thanks_guard_leaves_real_partners() -> None:
    """The same organisations said to work in the project are its partners."""
    got = _roles("Hankkeessa ovat mukana Kiteen kaupunki ja Tohmajärven kunta.\n")
    assert {p for _, p in got} == {"participatesIn"} and len(got) == 2
