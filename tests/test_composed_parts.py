"""The parts of an organisation listed after a verb of consisting and a counted word for its parts
(extract/composed_parts.py). Texts written for these tests; the parishes and associations are invented."""

from __future__ import annotations

import pytest

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def parts(text: str) -> tuple[set[tuple[str, str]], dict[str, str]]:
    """(part label, whole label) of each partOf fact, and the type of each entity by label."""
    ex = extract_document(record(text))
    facts = {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts if f.predicate == "partOf"}
    return facts, {e.label: e.type for e in ex.entities.values()}


def test_area_parishes_after_jotka_ovat() -> None:
    text = ("Toimintaa on ollut koko seurakunnassa. Lempäälän seurakunta koostuu neljästä alueseurakunnasta, "
            "jotka ovat Alakoski, Keskimaa, Ylärinne ja Särkilahti. Työ jatkuu ensi vuonna.")
    facts, types = parts(text)
    for name in ("Alakoski", "Keskimaa", "Ylärinne", "Särkilahti"):
        assert (name, "Lempäälän seurakunta") in facts
        assert types[name] == "Parish"


def test_swedish_parishes_after_a_colon() -> None:
    text = "Pedersöre församling består av tre områdesförsamlingar: Strandby, Holmvik och Bergsund."
    facts, types = parts(text)
    assert {("Strandby", "Pedersöre församling"), ("Holmvik", "Pedersöre församling"),
            ("Bergsund", "Pedersöre församling")} <= facts
    assert types["Holmvik"] == "Parish"


@pytest.mark.parametrize("text", [
    # sub-projects, not parishes: the part word decides
    "Lempäälän seurakunta koostuu kolmesta osahankkeesta, jotka ovat Alakoski, Keskimaa ja Ylärinne.",
    # the names run on into a clause: no plain list of parts
    "Lempäälän seurakunta koostuu kolmesta alueseurakunnasta, jotka ovat Alakoski, Keskimaa ja Ylärinne, "
    "joissa kaikissa on oma kirkko.",
    # no count and no part word: what the whole consists of is not said to be parishes
    "Lempäälän seurakunta koostuu Alakoskesta, Keskimaasta ja Ylärinteestä.",
])
def test_no_parts_without_the_counted_part_word_and_a_closed_list(text: str) -> None:
    facts, _types = parts(text)
    assert not {f for f in facts if f[1] == "Lempäälän seurakunta"}
