"""Letter-and-digit codes as project names (extract/name_codes.py), on invented sentences: "Hanke K30 toimi"
names K30 and the verb stays out; the code and its glued form "K30-hanke" are one project."""

from __future__ import annotations

from tests.helpers import entity_iris
from tests.helpers import fact_rows as run
from tests.helpers import has_fact as has
from welfare_kg.extract.gazetteer import Gazetteer


def _projects(gaz: Gazetteer, text: str) -> dict[str, str]:
    return entity_iris(text, "Project", gazetteer=gaz)


def test_code_after_head_ends_before_the_verb(gaz: Gazetteer) -> None:
    text = "Hanke K30 toimi Jyväskylässä vuosina 2004-2008. K30-hankkeen arviointi valmistui."
    assert list(_projects(gaz, text)) == ["K30"]
    rows = run(gaz, text)
    assert has(rows, "project/k30", "coversArea", "municipality/179"), rows


def test_glued_code_forms_in_any_case(gaz: Gazetteer) -> None:
    for sentence in ("K30-hanke oli Sininauhaliitto ry:n koordinoima kehittämishanke.",
                     "K30-hankkeessa kehitettiin päihdetyötä.", "Sininauhaliitto ry koordinoi K30-hanketta."):
        assert list(_projects(gaz, sentence)) == ["K30"], sentence


def test_capitalised_name_after_a_code_is_not_cut(gaz: Gazetteer) -> None:
    # only a lower-case verb ends the name at the code
    found = _projects(gaz, "Hanke K30 toimi Jyväskylässä.")
    assert "K30 toimi" not in found, found
    assert not [k for k in _projects(gaz, "Jyväskylässä toimi K30 vuonna 2004.") if k == "K30 toimi"]


def test_name_spelled_out_before_its_code_runs_to_it(gaz: Gazetteer) -> None:
    text = ("Projektet Younger people for younger people (Y4Y) har pågått mellan åren 2008 och 2011. "
            "Projekt Y4Y förenar de ungas kraft.")
    found = _projects(gaz, text)
    assert len(found) == 1 and next(iter(found)).startswith("Younger people for younger people"), found
    # letters that are not the words' initials: the parenthesis is something else
    found = _projects(gaz, "Projektet Younger people for younger people (SKR) startade 2010.")
    assert not [k for k in found if "(SKR)" in k], found
