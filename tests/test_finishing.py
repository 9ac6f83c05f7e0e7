"""What extraction hands to graph/ besides facts: entities for every fact end, periods, item bodies."""

from __future__ import annotations

from pathlib import Path

from welfare_kg.extract.finishing import finish
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.records import DocumentRecord, Entity, Evidence, Extraction, Fact, MinutesItem

RANUA = "https://w3id.org/welfare-kg/id/municipality/683"
BODY = "https://w3id.org/welfare-kg/id/body/683-kunnanhallitus"
PROJECT = "https://w3id.org/welfare-kg/id/project/x"


def _record(**kw: object) -> DocumentRecord:
    return DocumentRecord(source=Path("/tmp/d.txt"), text="x", checksum="0" * 64, fmt="txt", **kw)


def test_a_known_thing_that_only_a_fact_names_becomes_an_entity_of_the_document() -> None:
    out = Extraction(entities={PROJECT: Entity(PROJECT, "Project", "X-hanke")})
    out.facts.append(Fact(RANUA, "participatesIn", PROJECT, Evidence("...", 0, 3), "test"))
    finish(_record(), out, reference_gazetteer())
    ranua = out.entities[RANUA]
    assert ranua.type == "Municipality" and ranua.label == "Ranua" and ranua.reference
    # an unknown IRI is never invented into an entity
    out.facts.append(Fact("https://w3id.org/welfare-kg/id/project/unknown", "partOf", PROJECT,
                          Evidence("...", 0, 3), "test"))
    finish(_record(), out, reference_gazetteer())
    assert "https://w3id.org/welfare-kg/id/project/unknown" not in out.entities


def test_periods_in_names_and_bodies_of_items() -> None:
    out = Extraction(entities={
        PROJECT: Entity(PROJECT, "Project", "Lastensuojelun kehittäminen 2020–2022"),
        BODY: Entity(BODY, "Body", "Ranuan kunnanhallitus", labels={"kunnanhallitus"}),
    })
    record = _record(kind="minutes", items=[MinutesItem(0, 1, body="KH"), MinutesItem(1, 2, body="Kunnanhallitus")])
    finish(record, out)
    assert out.entities[PROJECT].attrs == {"startDate": "2020-01-01", "endDate": "2022-12-31"}
    assert out.item_bodies == {0: BODY, 1: BODY}
