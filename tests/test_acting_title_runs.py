"""A run of "title Name" rows whose titles carry an acting mark, the paragraphs attended or a shared compound
(twenty-eighth session, fresh-page audit of Swedish protocols).

The texts are written for these tests: invented officials of an invented committee, laid out as the "Övriga
deltagande" part of a Swedish protocol that writes each title before its name -- "Tf. socialchef Eva X 63-68, 70,
Individ- och familjeomsorgschef Karin Y" -- where each title is the next name's, not the name's before it.
"""

from __future__ import annotations

from helpers import needs_voikko, post_rows


@needs_voikko
def test_titles_before_names_with_an_acting_mark_and_paragraphs_are_the_next_names() -> None:
    text = ("SAMMANTRÄDESPROTOKOLL\nSocialnämnden\nBeslutande Enligt särskild närvarolista Övriga deltagande "
            "Nämndsekreterare Malin Strandberg Tf. socialchef Eva Lundqvist 63-68, 70, Individ- och "
            "familjeomsorgschef Karin Sjöberg Administrativ chef Per Holm Utses att justera Anna Berg (S)\n")
    posts = {(p, post) for p, post, _ in post_rows(text)}
    assert ("Eva Lundqvist", "socialchef") in posts, posts
    assert ("Malin Strandberg", "socialchef") not in posts, posts
    assert not any(p == "Karin Sjöberg" and post == "chef" for p, post in posts), posts
