"""A group set up by the clause on its members ("perustaa johtoryhmä, johon kuuluivat ...") is one group with no
name before its head (extract/entities.py, Recogniser._composed_unit). Names invented or swapped."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def bodies(text: str) -> set[str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt"))
    return {label.lower() for e in ex.entities.values() if e.type == "Body" for label in {e.label, *e.labels}}


@pytest.mark.parametrize(("text", "body"), [
    ("Ensimmäisessä kokouksessa päätettiin perustaa työryhmä, johon kuuluivat jäseninä puheenjohtaja Aino Lahti "
     "ja sihteeri Pekka Salo.", "työryhmä"),
    ("Yhteistyön valmisteluelimenä toimii seutukunnan johtoryhmä, jonka muodostavat jäsenkuntien kunnanjohtajat.",
     "seutukunnan johtoryhmä"),
    ("Verkolla on johtokunta, johon kuuluu yksi jäsen jokaisesta kunnasta.", "johtokunta"),
    ("Projektets arbetsgrupp har bestått av Anna Berg, projektledare, och Erik Holm.", "arbetsgrupp"),
])
def test_a_group_named_by_its_members_is_a_body(text: str, body: str) -> None:
    assert body in bodies(text)


@pytest.mark.parametrize("text", [
    "Hankkeille perustetaan ohjausryhmät, joihin kuuluvat rahoittajan edustajat.",  # plural: groups of a kind
    "Johtoryhmä kokoontui neljä kertaa vuoden aikana.",  # no clause on its members
    "Jokaisella hankkeella tulee olla ohjausryhmä.",
])
def test_no_group_without_the_clause_or_in_the_plural(text: str) -> None:
    assert not {b for b in bodies(text) if b.endswith(("ryhmä", "ryhmät"))}
