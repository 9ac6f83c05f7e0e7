"""Item titles in capitals with a dash spaced on both sides before the project head (extract/caps_titles.py),
on invented minutes."""

from __future__ import annotations

from tests.helpers import entity_labels
from welfare_kg.extract.gazetteer import Gazetteer


def _projects(gaz: Gazetteer, title: str) -> set[str]:
    text = f"KUNNANHALLITUS\n\n12 § {title}\n\nEhdotus: Kunnanhallitus hyväksyy asian.\n"
    return entity_labels(text, "Project", "minutes", gaz)


def test_a_title_opening_with_the_name_before_a_spaced_dash_and_head(gaz: Gazetteer) -> None:
    found = _projects(gaz, "KYLÄN VIRKISTYSALUEEN JA SEN LÄHIYMPÄRISTÖN KUNNOSTUS - HANKKEEN MAKSATUSPÄÄTÖS")
    assert "Kylän virkistysalueen ja sen lähiympäristön kunnostus" in found, found


def test_a_procedural_noun_opening_the_title_is_no_name(gaz: Gazetteer) -> None:
    found = _projects(gaz, "OSALLISTUMINEN KYLÄN KESÄ - HANKKEESEEN")
    assert not any(x.lower().startswith("osallistuminen") for x in found), found


def test_the_noun_a_glued_genitive_head_owns_is_no_project(gaz: Gazetteer) -> None:
    # "X -HANKKEEN RAHOITUS": the project's funding, not a project named "Rahoitus"
    for title in ("VIRKISTYSALUEEN KUNNOSTUS -HANKKEEN RAHOITUS", "VIRKISTYSALUEEN KUNNOSTUS - HANKKEEN RAHOITUS"):
        assert "Rahoitus" not in _projects(gaz, title), title
