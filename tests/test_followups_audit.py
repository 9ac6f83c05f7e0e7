"""Names, bodies and decisions in shapes that fresh documents write (issue 12 audit follow-ups)."""

from __future__ import annotations

import pytest

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _projects(text: str, kind: str = "news") -> set[str]:
    ex = extract_document(record(text, kind=kind), gazetteer=reference_gazetteer())
    return {e.label for e in ex.entities.values() if e.type == "Project"}


@pytest.mark.parametrize(("text", "name"), [
    # a numeral or determiner opening a name written before a spaced dash is the name's own word
    ("Yhdistys käynnisti Yksi joukosta -hankkeen keväällä.", "Yksi joukosta"),
    ("Kaikki kyytiin -hanke jatkuu ensi vuonna.", "Kaikki kyytiin"),
    # "mukaan" closing such a name is not the postposition
    ("Seurakunta aloitti Kaikki mukaan -hankkeen syksyllä.", "Kaikki mukaan"),
    ("Isät mukaan -projekti sai jatkoa.", "Isät mukaan"),
])
def test_determiner_opens_dash_name(text: str, name: str) -> None:
    assert any(label.startswith(name) for label in _projects(text))


@pytest.mark.parametrize("text", [
    # determiners alone before the dash still only point at a project
    "Tämä uusi -hanke jatkuu ensi vuonna.",
    # after a genitive, "mukaan" is the postposition and ends the walk back
    "Suunnitelman mukaan -hanke jatkuu ensi vuonna.",
])
def test_pointing_words_name_no_project(text: str) -> None:
    assert not _projects(text)
