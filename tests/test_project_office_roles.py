"""A project's own office whose word is also a meeting's role: "Hankkeen sihteerinä toimii X" (the present tense of
serving) gives X the post in the page's project; one meeting's chair or secretary ("toimi", past) gives none.
Invented project and people."""

from __future__ import annotations

from helpers import titled_posts


def test_the_projects_secretary_serving_now_holds_the_post() -> None:
    posts = titled_posts("Arjen apu -hanke alkoi Pohjois-Savossa.\n\nHankkeen sihteerinä toimii Tuula Rautio.")
    assert ("Tuula Rautio", "Arjen apu", "sihteeri") in posts


def test_one_meetings_secretary_holds_no_project_post() -> None:
    posts = titled_posts("Arjen apu -hanke alkoi Pohjois-Savossa.\n\n"
                         "Hankkeen sihteerinä toimi kokouksessa Tuula Rautio.")
    assert not any(p == "Tuula Rautio" and o == "Arjen apu" for p, o, _ in posts)
