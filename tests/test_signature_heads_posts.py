"""Swedish protocols print the signature heads before the names, sometimes with the paragraphs the signatures
cover between the head and the name ("Sekreterare Paragrafer 12 -- 20 Eva X Ordförande Anders Y"): the head
before each name is its role, not the next head after it.

Invented people; the layout is that of a protocol's first page as transcripts give it.
"""

from __future__ import annotations

from helpers import needs_voikko, post_rows

from welfare_kg.extract.people import _plain
from welfare_kg.extract.posts import clean_role

PROTOCOL = (
    "1(12) Plats och tid Kommunhuset, 09.00-11.00 Beslutande ledamöter Anders Lindqvist (S) Karin Holm (V) "
    "Övriga närvarande Tjänsteman Eva Strand, kommunsekreterare Justerare Karin Holm (V) Underskrifter "
    "Sekreterare Paragrafer 12 -- 20 Eva Strand Ordförande Anders Lindqvist (S) Justerare Karin Holm (V) "
    "ANSLAG/BEVIS Protokollet är justerat. Organ Kommunstyrelsens arbetsutskott Protokollet anslås\n")


def test_paragraph_ranges_are_no_role_words() -> None:
    assert _plain("Underskrifter Sekreterare Paragrafer 12 -- 20").split()[-1] == "Sekreterare"
    assert clean_role("Sekreterare Paragrafer 12 -- 20") == "Sekreterare"
    assert clean_role("ordförande §§ 130-133") == "ordförande"
    assert clean_role("kommunsekreterare") == "kommunsekreterare"


@needs_voikko
def test_the_head_before_a_name_is_its_role_across_the_paragraphs() -> None:
    rows = post_rows(PROTOCOL)
    posts = {(p, post, o) for p, post, o in rows}
    assert ("Eva Strand", "puheenjohtaja") not in {(p, post) for p, post, _ in posts}  # "Ordförande" is the next's
    assert {p for p, post, _ in posts if post == "puheenjohtaja"} == {"Anders Lindqvist"}
    # the committee is named by its board since session 12 ("Kommunstyrelsens arbetsutskott")
    assert any(p == "Anders Lindqvist" and o.lower().endswith("arbetsutskott") for p, _, o in posts)
