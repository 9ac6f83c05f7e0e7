"""A unit written right after its organisation's own name (extract/org_unit_names.py): "X kaupunki nuorisopalvelut",
"X kaupunki, sivistyspalvelut", "X yliopisto: Y laitos" in an implementer's field is a Body part of that organisation;
a list's next name, a bare town and a state agency's signing department are not. Sentences invented here."""

from __future__ import annotations

import pytest

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def _units(text: str) -> dict[str, tuple[set[str], set[str]]]:
    """Each Body: its names (lower case) and the labels of what it is partOf."""
    ex = extract_document(record(text))
    label = {iri: e.label for iri, e in ex.entities.items()}
    out: dict[str, tuple[set[str], set[str]]] = {}
    for iri, e in ex.entities.items():
        if e.type == "Body":
            wholes = {label.get(f.object, f.object) for f in ex.facts if f.subject == iri and f.predicate == "partOf"}
            out[e.label] = ({x.lower() for x in {e.label, *e.labels}}, wholes)
    return out


@pytest.mark.parametrize(("text", "name", "whole"), [
    ("Projektin tiedot\nProjektia hallinnoiva organisaatio Porin kaupunki nuorisopalvelut\n"
     "Projektin vastuuhenkilö Maija Esimerkki\n", "nuorisopalvelut", "Pori"),
    ("Hankkeen koordinoinnista vastaa Kuopion kaupunki, sivistys- ja kulttuuripalvelut.\n",
     "kuopion kaupungin sivistys- ja kulttuuripalvelut", "Kuopio"),
    ("Yhteistyökumppanit\n\nOulun yliopisto: Biologian laitos\nSuomen ympäristökeskus\n", "biologian laitos",
     "Oulun yliopisto"),
])
def test_a_unit_after_its_organisation_is_a_body_part_of_it(text: str, name: str, whole: str) -> None:
    units = _units(text)
    hit = [(names, wholes) for names, wholes in units.values() if name in names]
    assert hit, units
    assert any(whole in w for _, wholes in hit for w in wholes), units


@pytest.mark.parametrize("text", [
    # after a comma a capitalised name is the list's next party, not the university's unit
    "Hankkeessa ovat mukana Tampereen yliopisto, Lahden seudun ympäristöpalvelut ja Esimerkkiyhdistys ry.\n",
    # a state agency signs with its department: that is the agency's own name
    "Projektin päävastuuviranomainen Hämeen TE-keskus, työvoimaosasto\n",
])
def test_no_unit_where_the_words_are_another_name(text: str) -> None:
    units = _units(text)
    assert not any(w for _, wholes in units.values() for w in wholes if "yliopisto" in w or "TE-keskus" in w), units
    assert not any("työvoimaosasto" in names for names, _ in units.values()), units
