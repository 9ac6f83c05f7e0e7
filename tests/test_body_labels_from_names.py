"""A municipality's minutes that write the town's genitive only inside the names of its associations ("Xn
Eläkeläiset ry", "ABC:n Xn osasto"): the bodies are still the town's, named with its genitive
(extract/document.py `_add_body_labels`). Text invented for the test."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document

_MINUTES = (
    "https://asiakirjat.leppavirta.fi/cgi/DREQUEST.PHP?page=meeting\n"
    "Kunnanhallitus\n"
    "Esityslista 1.9.2025/Asianro 7\n"
    "Vanhusneuvoston nimeäminen\n"
    "Ehdokkaita pyydettiin Leppävirran Eläkeläiset ry:ltä ja XYZ:n Leppävirran osastolta.\n"
    "Päätös: Kunnanhallitus nimeää vanhusneuvoston.\n"
)


def test_the_towns_bodies_named_by_the_genitive_inside_its_associations_names() -> None:
    ex = extract_document(record(_MINUTES, kind="minutes"))
    boards = [e for e in ex.entities.values() if e.type == "Body" and "kunnanhallitus" in e.label.lower()]
    assert ex.municipality and boards
    assert boards[0].label == "Leppävirran kunnanhallitus"
    assert any(f.predicate == "partOf" and f.subject == boards[0].iri and f.object == ex.municipality
               for f in ex.facts)
