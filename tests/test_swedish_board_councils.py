"""A Swedish council named by the board that set it up ("Kommunstyrelsens pensionärsråd", "Kommunstyrelsens
äldreråd") is one body whose name holds the board's genitive, as "Kommunstyrelsens arbetsutskott" is; a pensioners'
council is a body as an äldreråd is (data/body_heads.csv). Sentences invented here."""

from __future__ import annotations

import pytest

from tests.helpers import extract, make_gazetteer


@pytest.mark.parametrize("name", ["Kommunstyrelsens pensionärsråd", "Kommunstyrelsens äldreråd",
                                  "Socialnämndens handikappråd"])
def test_a_council_named_by_its_board_is_one_body(name: str) -> None:
    ex = extract(f"{name} sammanträdde den 3 maj och behandlade budgeten.", gazetteer=make_gazetteer())
    labels = {e.label for e in ex.entities.values() if e.type == "Body"}
    assert name in labels, labels


def test_a_pensioners_council_alone_is_a_body() -> None:
    ex = extract("Pensionärsrådet sammanträdde den 3 maj.", gazetteer=make_gazetteer())
    assert any(e.type == "Body" and "pensionärsråd" in e.label.lower() for e in ex.entities.values())
