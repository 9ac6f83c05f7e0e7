"""A project's staff title right before a name, on a page about one project, is held in that project
(extract/contact_roles.py `_staff_titles`). The pages are written for these tests: invented projects and people."""

from __future__ import annotations

from helpers import extract, needs_voikko

from welfare_kg.extract.contact_roles import STAFF_TITLE


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    ex = extract(text, "news")
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object], f.post) for f in ex.facts if f.rule == STAFF_TITLE}


@needs_voikko
def test_a_contact_block_s_staff_titles_hold_posts_in_the_page_s_project() -> None:
    text = ("Hyvä Arki -hanke\n\nHanke kehittää kotihoitoa Kuhmossa vuosina 2020-2022.\n\nHankkeen henkilöstö\n"
            "Projektipäällikkö Matti Virtanen, puh. 040 123 4567\nProjektityöntekijä Anna Laine, puh. 040 765 4321\n")
    assert _posts(text) == {("Matti Virtanen", "Hyvä Arki", "projektipäällikkö"),
                            ("Anna Laine", "Hyvä Arki", "projektityöntekijä")}


@needs_voikko
def test_an_owner_s_genitive_or_a_second_project_leave_the_title_unplaced() -> None:
    owned = ("Hyvä Arki -hanke\n\nHanke kehittää kotihoitoa Kuhmossa.\n\n"
             "Kuopion kaupungin projektipäällikkö Matti Virtanen esitteli tuloksia.\n")
    assert _posts(owned) == set()
    two = ("Hyvä Arki -hanke ja Kotona Kokonainen Elämä -hanke kehittävät kotihoitoa.\n\n"
           "Projektipäällikkö Matti Virtanen, puh. 040 123 4567\n")
    assert _posts(two) == set()
