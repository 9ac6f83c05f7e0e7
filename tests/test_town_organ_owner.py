"""A town's council or board word ("Kunnanhallitus", "kaupunginvaltuusto", "kommunstyrelsen") is a town's organ: on a
page with no town of its own known (a news page of a board's decisions), a joint authority the page names does not
own it (extract/posts.py BodyOwners), so the bare board is the board the page names with its town.

Written for these tests: an invented bulletin around real reference names.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer

PAGE = ("Kunnanhallituksen päätöksiä 4.2.\n\nLempäälän kunnanhallitus kokoontui 4.2. Alla kokouksen päätöksiä.\n\n"
        "Lausunto Tampereen kaupunkiseudun kuntayhtymän talousarviosta\n"
        "Kunnanhallitus päätti antaa Tampereen kaupunkiseudun kuntayhtymän seutuhallitukselle lausunnon.\n\n"
        "Kunnanhallitus päätti myös merkitä raportin tiedoksi.\n")


def test_a_bare_town_board_is_no_joint_authoritys() -> None:
    out = extract_document(record(PAGE, kind="news"), gazetteer=reference_gazetteer())
    boards = [e for e in out.entities.values() if e.type == "Body" and e.label.lower().endswith("kunnanhallitus")]
    assert len(boards) == 1
    assert "kuntayhtyma" not in boards[0].iri
    # the joint authority's own board keeps its owner
    assert any(e.type == "Body" and "seutuhallitus" in e.label.lower() for e in out.entities.values())
