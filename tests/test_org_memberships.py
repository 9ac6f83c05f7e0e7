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


def test_every_member_of_a_list_before_the_verb_belongs() -> None:
    text = "Mäntylän Kuoro ry, Koivulan Kyläyhdistys ry ja Rantalan Soittajat ry kuuluvat Suomen Kuoroliitto ry:hyn."
    assert {("Mäntylän Kuoro ry", "Suomen Kuoroliitto ry"), ("Koivulan Kyläyhdistys ry", "Suomen Kuoroliitto ry"),
            ("Rantalan Soittajat ry", "Suomen Kuoroliitto ry")} <= part_of(text)


def test_every_member_of_a_list_before_a_plural_member_noun() -> None:
    text = "Koivulan Kyläyhdistys ry ja Mäntylän Kuoro ry ovat Hämeen Kylät ry:n jäseniä."
    assert {("Koivulan Kyläyhdistys ry", "Hämeen Kylät ry"), ("Mäntylän Kuoro ry", "Hämeen Kylät ry")} \
        <= part_of(text)


def test_a_list_ended_by_another_word_gives_only_the_member_before_the_verb() -> None:
    """"A ry:n kanssa B ry kuuluu Y:hyn": A is only named beside the member, not listed with it."""
    text = "Koivulan Kyläyhdistys ry:n kanssa Mäntylän Kuoro ry kuuluu Suomen Kuoroliitto ry:hyn."
    assert ("Koivulan Kyläyhdistys ry", "Suomen Kuoroliitto ry") not in part_of(text)


@pytest.mark.parametrize("text", [
    "Suomen Kuoroliitto ry:hyn kuuluva Mäntylän Kuoro ry haki avustusta.",
    "Kunta myönsi Suomen Kuoroliitto ry:hyn kuuluvalle Mäntylän Kuoro ry:lle avustuksen.",
])
def test_the_participle_of_belonging_before_the_member(text: str) -> None:
    assert ("Mäntylän Kuoro ry", "Suomen Kuoroliitto ry") in part_of(text)


def test_a_plural_participle_before_a_list_gives_each_member() -> None:
    text = "Suomen Kuoroliitto ry:hyn kuuluvat Mäntylän Kuoro ry ja Rantalan Soittajat ry hakivat avustusta."
    assert {("Mäntylän Kuoro ry", "Suomen Kuoroliitto ry"), ("Rantalan Soittajat ry", "Suomen Kuoroliitto ry")} \
        <= part_of(text)


def test_a_singular_participle_before_a_list_gives_its_own_member_only() -> None:
    text = "Suomen Kuoroliitto ry:hyn kuuluva Mäntylän Kuoro ry ja Rantalan Soittajat ry hakivat avustusta."
    found = part_of(text)
    assert ("Mäntylän Kuoro ry", "Suomen Kuoroliitto ry") in found
    assert ("Rantalan Soittajat ry", "Suomen Kuoroliitto ry") not in found


@pytest.mark.parametrize("text", [
    "Hämeen Kylät ry:n jäsenjärjestöjä ovat Koivulan Kyläyhdistys ry, Mäntylän Kuoro ry ja Rantalan Soittajat ry.",
    "Hämeen Kylät ry:n jäseniä ovat muun muassa Koivulan Kyläyhdistys ry, Mäntylän Kuoro ry ja Rantalan Soittajat ry.",
    "Hämeen Kylät ry:hyn kuuluvat Koivulan Kyläyhdistys ry, Mäntylän Kuoro ry ja Rantalan Soittajat ry.",
])
def test_the_whole_first_and_its_members_listed_after_it(text: str) -> None:
    assert {(m, "Hämeen Kylät ry") for m in ("Koivulan Kyläyhdistys ry", "Mäntylän Kuoro ry",
                                             "Rantalan Soittajat ry")} <= part_of(text)


def test_a_plural_member_noun_with_another_predicate_lists_no_members() -> None:
    text = "Hämeen Kylät ry:n jäsenet ovat tyytyväisiä ja Koivulan Kyläyhdistys ry kiittää heitä."
    assert ("Koivulan Kyläyhdistys ry", "Hämeen Kylät ry") not in part_of(text)
