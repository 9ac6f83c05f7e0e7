"""A plural head word before a project's dashed name is a group label, not part of the name:
extract/undertaking_names.py (_name_start)."""

from __future__ import annotations

from tests.helpers import extract, needs_voikko


def _projects(text: str) -> set[str]:
    return {e.label for e in extract(text, "minutes").entities.values() if e.type == "Project"}


@needs_voikko
def test_a_label_of_several_projects_before_the_name_is_left_out() -> None:
    text = ("KÄSITELLYT ASIAT 12 Talouden seuranta 13 Perusturvan hankkeet/kehittäminen Kotiapu -hankkeen jatkaminen "
            "14 Kokouksen päättäminen")
    found = _projects(text)
    assert "Kotiapu" in found
    assert not any("hankkeet" in label for label in found)


@needs_voikko
def test_a_name_with_no_plural_head_keeps_its_words() -> None:
    assert "Elävä kertomus" in _projects("Lautakunta päätti osallistua Elävä kertomus -hankkeeseen vuonna 2024.")
