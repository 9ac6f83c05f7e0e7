"""An organisation said to be a member of another is partOf it (extract/org_memberships.py). Texts written for
these tests; the organisations are invented."""

from __future__ import annotations

import pytest

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def part_of(text: str) -> set[tuple[str, str]]:
    ex = extract_document(record(text))
    return {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts if f.predicate == "partOf"}


@pytest.mark.parametrize("text", [
    "Koivulan Kyläyhdistys ry on Hämeen Kylät ry:n jäsen.",
    "Koivulan Kyläyhdistys ry on myös Hämeen Kylät ry:n jäsenjärjestö.",
    "Koivulan Kyläyhdistys ry on vuodesta 2010 ollut Hämeen Kylät ry:n jäsen.",
])
def test_member_noun_after_the_whole(text: str) -> None:
    assert ("Koivulan Kyläyhdistys ry", "Hämeen Kylät ry") in part_of(text)


def test_relative_clause_after_the_whole() -> None:
    text = "Alueella toimii Hämeen Kylät ry, johon Koivulan Kyläyhdistys ry:kin kuuluu, ja se hakee hankkeita."
    assert ("Koivulan Kyläyhdistys ry", "Hämeen Kylät ry") in part_of(text)


def test_belonging_in_the_illative() -> None:
    text = "Mäntylän Kuoro ry kuuluu Suomen Kuoroliitto ry:hyn."
    assert ("Mäntylän Kuoro ry", "Suomen Kuoroliitto ry") in part_of(text)


def test_swedish_medlem_i() -> None:
    text = "Mäntylä Sång rf är medlem i Finlands Sångförbund rf."
    assert ("Mäntylä Sång rf", "Finlands Sångförbund rf") in part_of(text)


@pytest.mark.parametrize("text", [
    # the genitive owns another thing than the membership
    "Koivulan Kyläyhdistys ry on Hämeen Kylät ry:n hankkeen kumppani.",
    # two clauses: the member noun belongs to the second subject
    "Koivulan Kyläyhdistys ry järjesti juhlan, ja Mäntylän Kuoro ry esiintyi. Hän on Hämeen Kylät ry:n jäsen.",
    # a person is a member, not the organisation before
    "Koivulan Kyläyhdistys ry kiittää: Anna Esimerkki on Hämeen Kylät ry:n jäsen.",
])
def test_no_membership(text: str) -> None:
    assert not {p for p in part_of(text) if p[1] == "Hämeen Kylät ry"}
