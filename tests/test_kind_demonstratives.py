"""A demonstrative of kind before a bare project word ("Tällaisen projektin rahoittaminen", "Sellainen hanke") points
to a kind of project and names none; Voikko reads these words as adjectives, so the capital at the sentence's start
made a project "Tällainen projekti". A name after a demonstrative is still read. Invented sentences."""

from __future__ import annotations

import pytest

from tests.helpers import entity_labels, needs_voikko


def _projects(text: str) -> set[str]:
    return entity_labels(text, "Project")


@needs_voikko
@pytest.mark.parametrize(("text", "projects"), [
    ("Sairaala on iso. Tällaisen projektin rahoittaminen veisi vuosia.", set()),
    ("Tuollainen hanke ei onnistu pienessä kunnassa.", set()),
    ("Sellainen hanke kuin Kylävoima-hanke on harvinainen.", {"Kylävoima"}),
    ("Tällä Yritetään yhdessä -kehittämishankkeella on tavoitteita.", {"Yritetään yhdessä -kehittämishanke"}),
])
def test_kind_demonstrative_names_no_project(text: str, projects: set[str]) -> None:
    assert _projects(text) == projects
