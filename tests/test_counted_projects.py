"""A project word right after a count of more than one ("neljässä hankkeessa", "3 hankkeessa") speaks of projects at
large: the one joining them joins no particular project, neither by the sentence rule (relations.py
`participatesIn:commit-verb`) nor by the document rule (document_roles.py). All sentences are invented."""

from __future__ import annotations

from tests.helpers import fact_rows as run
from welfare_kg.extract.gazetteer import Gazetteer

_PAGE = "Lapin kylät ry vetää Kylä elää -hanketta. "


def _joins(gaz: Gazetteer, sentence: str) -> bool:
    rows = run(gaz, _PAGE + sentence)
    return any(p == "participatesIn" and s.endswith("municipality/732") for s, p, _o, _a, _r in rows)


def test_a_counted_project_word_is_projects_at_large(gaz: Gazetteer) -> None:
    assert not _joins(gaz, "Tähän mennessä Sallan kunta on ollut osatoteuttajana neljässä hankkeessa.")
    assert not _joins(gaz, "Sallan kunta on mukana 3 hankkeessa.")


def test_the_project_word_alone_or_after_a_year_is_the_one_in_focus(gaz: Gazetteer) -> None:
    assert _joins(gaz, "Sallan kunta osallistuu hankkeeseen.")
    assert _joins(gaz, "Sallan kunta on mukana hankkeessa vuonna 2021.")
