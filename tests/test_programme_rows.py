"""A project card's programme row under the labels other forms use, in each layout the field reader knows
(colon, label alone over its value, a Word table's tab, a web table's cells): the card's project is partOf the
programme (partOf:field). The row's label, not the programme's wording, says so: "Interreg Aurora" is never called a
programme."""

from __future__ import annotations

import pytest

from tests.helpers import record
from welfare_kg.extract.document import extract_document

LAYOUTS = {"colon": "{l}: {v}\n", "alone": "{l}\n{v}\n", "tab": "{l}\t{v}\n", "cells": "| {l} | {v} |\n"}
LABELS = ["EU-ohjelma", "Rahoittava ohjelma", "Ohjelma ja toimintalinja", "Ohjelman nimi", "Finansieringsprogram"]


def _part_of(row: str) -> list[tuple[str, str]]:
    text = ("Hankkeen nimi: Kylätalon tarinat\nToteuttaja: Sysmän kunta\n" + row +
            "Kuvaus: Kylätalon tarinat -hanke keräsi muistitietoa.\n")
    return [(f.object.rsplit("/", 1)[-1], f.rule) for f in extract_document(record(text)).facts
            if f.predicate == "partOf"]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("label", LABELS)
def test_programme_row_labels(label: str, layout: str) -> None:
    facts = _part_of(LAYOUTS[layout].format(l=label, v="Interreg Aurora"))
    assert facts == [("interreg-aurora", "partOf:field")], facts


def test_a_period_row_names_no_programme() -> None:
    assert _part_of("Ohjelmakausi: 2014–2020\n") == []
