"""A partner table's role column decides each organisation's predicate (fields._ROLE_AFTER): the lead runs the
project, the others take part, whatever the table's border and row order."""

from __future__ import annotations

import pytest
from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer

_TOPIC = ("Muistipolku-hanke\n\nMuistipolku-hanke kehittää muistisairaiden päivätoimintaa Pohjois-Karjalassa. "
          "Muistipolku-hanke jatkuu vuoteen 2025.\n\n")
_ROWS = [("Kiteen kaupunki", "päätoteuttaja"), ("Tohmajärven kunta", "osatoteuttaja"),
         ("Rääkkylän kunta", "osatoteuttaja")]


def _roles(text: str) -> dict[str, str]:
    out = extract_document(record(_TOPIC + text), gazetteer=reference_gazetteer())
    return {f.subject.removeprefix(ID): f.predicate for f in out.facts
            if f.predicate in {"participatesIn", "coordinates"}}


@pytest.mark.parametrize("rows", [_ROWS, list(reversed(_ROWS))])
@pytest.mark.parametrize("row", ["| {} | {} |", "{}\t{}"])
def test_role_cell(rows: list[tuple[str, str]], row: str) -> None:
    text = "Toteuttajat\n\n" + "\n".join(row.format(name, role) for name, role in rows) + "\n"
    got = _roles(text)
    assert sorted(got.values()) == ["coordinates", "participatesIn", "participatesIn"], got
    assert got["municipality/260"] == "coordinates"  # Kitee, the lead in whichever row
