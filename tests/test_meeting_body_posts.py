"""Which body an attendance list belongs to.

The list belongs to the body that meets. When that body is not recognised (a protocol naming its board only as
"KST"), a body named only in the guests' seats ("fullmäktiges ordf.", "fullm. I viceordf.") is not the meeting's
body: its members are not posted to it. Invented people and layout of a protocol's first page.
"""

from __future__ import annotations

import pytest
from helpers import post_rows

from welfare_kg.extract.morphology import get_morphology

MORPH = get_morphology()
needs_voikko = pytest.mark.skipif(MORPH.name == "fallback", reason="first names are known from Voikko's lexicon")

PROTOCOL = (
    "1 -2, KST Tid kl 18.00 Plats Kommungården Närvarande Berg Anna, ordförande Lund Erik, I viceordförande "
    "Sund Maria, ledamot Holm Peter, ledamot Lind Karin, ersättare Övriga närvarande Strand Lars, fullmäktiges "
    "ordf. Dahl Eva, fullm. I viceordf. Ek Johan, fullm. II viceordf. Föredragande Vik Sara, kommundirektör "
    "Paragrafer Protokollet undertecknat Närpes Anna Berg ordförande Sara Vik sekreterare\n")


@needs_voikko
def test_a_body_named_only_in_guests_seats_is_not_the_meeting_body() -> None:
    rows = post_rows(PROTOCOL)
    in_council = {p for p, _, o in rows if o.lower().endswith("fullmäktige")}
    assert "Lars Strand" in in_council  # the council's chair, a guest
    assert not in_council & {"Anna Berg", "Erik Lund", "Maria Sund", "Peter Holm", "Karin Lind"}


def test_abbreviated_owner_of_a_seat() -> None:
    from welfare_kg.extract.posts import _owned_meeting_role

    text = "fullm. I viceordf. Ek Johan, valt. 1. varapj Aho Liisa"
    assert _owned_meeting_role(text, text.index("fullm") + 5)
    assert _owned_meeting_role(text, text.index("valt") + 4)
    assert not _owned_meeting_role("fullm. Ek Johan", 5)


def test_title_heads_cut_short_with_a_point() -> None:
    from welfare_kg.extract.posts import expand_role

    assert expand_role("kommunsekr.") == "kommunsekreterare"
    assert expand_role("omsorgsdir., föredragande") == "omsorgsdirektör, föredragande"
    assert expand_role("sivistysjoht.") == "sivistysjohtaja"
    assert expand_role("puh.joht.") == "puheenjohtaja"
    assert expand_role("vs. joht.") == "vs. joht."  # a modifier before the point is no part of the word


@needs_voikko
def test_abbreviated_titles_in_a_protocol_are_offices_of_the_town() -> None:
    rows = post_rows(PROTOCOL.replace("Föredragande Vik Sara, kommundirektör",
                                      "Falk Tom, kommunsekr. Föredragande Vik Sara, kommundirektör"))
    assert ("Tom Falk", "kommunsekreterare", "Närpiö") in rows


def test_certificate_signer_title_in_lower_case() -> None:
    from welfare_kg.extract.posts import signed_title

    assert signed_title("Paikka ja pvm Allekirjoitus toimistosihteeri", MORPH) == "toimistosihteeri"
    assert signed_title("pidetään nähtävänä kunnantalolla. hallintosihteeri", MORPH) == "hallintosihteeri"
    assert signed_title("Allekirjoitus Sosiaalijohtaja", MORPH) == "sosiaalijohtaja"
    assert signed_title("Jäsen talousjohtaja", MORPH) is None  # a column of roles: nobody's signature
    assert signed_title("vs. hallintosihteeri", MORPH) is None  # a modifier's point is no sentence's end


# a meeting's invitation lists the invited one per line, surname first, the chair's mark after the name
INVITATION = ("ESIMERKIN KUNTA\nKOKOUSKUTSU\n6/2016\nKunnanvaltuusto\nAika:\nTorstai kello 19.00\nPaikka:\n"
              "Valtuustosali\nKokoukseen kutsutut:\nKunnanvaltuutetut:\nAho Liisa, pj.\nKallio Matti, 1. vpj.\n"
              "Ranta Sanna\nSalo Pekka\n§:t\nSivut\n1\nKokouksen laillisuuden toteaminen ..... 3\n")


@needs_voikko
def test_the_invited_list_of_an_invitation_is_read_as_attendance() -> None:
    rows = post_rows(INVITATION.replace("ESIMERKIN KUNTA", "SIEVIN KUNTA"))
    assert any(p == "Liisa Aho" and post == "puheenjohtaja" and o.endswith("valtuusto") for p, post, o in rows)
