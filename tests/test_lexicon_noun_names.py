"""A noun of the lexicon that Voikko also reads as an agent participle ("voima" of "voida", "juoma") is a word of a
project's name, while a real agent participle ("X:n hallinnoima") still opens a clause before the name
(extract/entities.py _lexicon_noun, read where a name before " -hanke" starts).

Written for these tests: invented project and association names.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def _projects(text: str) -> list[str]:
    ex = extract_document(record(text, kind="page"))
    return sorted(e.label for e in ex.entities.values() if e.type == "Project")


def test_a_noun_read_also_as_a_participle_stays_in_the_name() -> None:
    assert _projects("Kunta osallistuu Kylien voima -hankkeeseen.") == ["Kylien voima"]


def test_a_real_agent_participle_still_ends_the_name() -> None:
    assert _projects("Pohjoisen Kylät ry:n hallinnoima Tuulen tuvat -hanke alkaa syksyllä.") == ["Tuulen tuvat"]
