"""A Swedish protocol's signature heads and a run of "title Name" rows with titles of two words (thirty-first
session, recall audit of fresh Swedish pages).

The texts are written for these tests: invented people of an invented nämnd. "Sekreterare Malin X Ordförande
Justerande Lisa Y (S) Anna Z (M)" prints the chair's and the checkers' heads over two signatures, a party's
bracket after each name; the chair is the first. "kl. 09:00-12:00 ... Övriga deltagande Nämndsekreterare Malin X
Tf. socialchef Eva Y ... Administrativ chef Per Z Verksamhetsområdeschef hemvård Jonas W Utredare Olle V
Verksamhetsområdeschef Myndighet Sara U Utses att justera" writes every title before its name, some of two words;
the run goes on to the last name (extract/posts.py `title_first_runs`, `_two_heads`).
"""

from __future__ import annotations

from helpers import needs_voikko, post_rows

_TEXT = ("Socialnämnden SAMMANTRÄDESPROTOKOLL\nPlats och tid Blå rummet, Socialförvaltningen, Björkvik, "
         "kl.09:00-12:00 Beslutande Enligt särskild närvarolista Övriga deltagande Nämndsekreterare Malin Strand "
         "Tf. socialchef Eva Lundqvist 63-68, 70, Individ- och familjeomsorgschef Karin Sjöberg Administrativ chef "
         "Per Holm Verksamhetsområdeschef hemvård Jonas Wiklund 69 Utredare Olle Viklund Verksamhetsområdeschef "
         "Myndighet Sara Ullberg Utses att justera Anna Zetterberg (M) Justeringens plats och tid Socialkontoret "
         "Underskrifter Paragrafer Sekreterare Malin Strand Ordförande Justerande Lisa Ytterberg (S) Anna "
         "Zetterberg (M) Organ ANSLAG/BEVIS Justeringen har tillkännagivits genom anslag Björkviks socialnämnd\n")


@needs_voikko
def test_the_chair_over_a_checkers_head_with_party_brackets() -> None:
    rows = post_rows(_TEXT)
    assert any(p == "Lisa Ytterberg" and post == "puheenjohtaja" for p, post, _ in rows), rows
    assert not any(p == "Anna Zetterberg" and post == "puheenjohtaja" for p, post, _ in rows), rows


@needs_voikko
def test_titles_of_two_words_carry_the_run_to_its_last_name() -> None:
    posts = {(p, post) for p, post, _ in post_rows(_TEXT)}
    assert ("Malin Strand", "nämndsekreterare") in posts, posts
    assert ("Jonas Wiklund", "verksamhetsområdeschef hemvård") in posts, posts
    assert ("Olle Viklund", "utredare") in posts, posts
    assert ("Sara Ullberg", "verksamhetsområdeschef myndighet") in posts, posts
    assert ("Per Holm", "verksamhetsområdeschef") not in posts, posts  # the next name's title, not his
