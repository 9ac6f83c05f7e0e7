"""An attendance row "Surname Given  time  STJ, esittelijä": the presenting official's title abbreviated in
capitals before the meeting role is that official's own office in the publishing organisation
(extract/posts.py `role_post`, `_unknown_org_first`). Invented minutes of a real town's committee."""

from __future__ import annotations

from helpers import MORPH, labels_and_facts

from welfare_kg.extract.posts import role_post

_MINUTES = ("KEMIN KAUPUNKI PÖYTÄKIRJA 2/2015\nSosiaali- ja terveyslautakunta\n"
            "OSALLISTUJAT Nimi Klo Tehtävä LÄSNÄ Lahtela Aino 15:00-17:00 puheenjohtaja "
            "MUU Koskela Sanna 15:00-17:00 STJ, esittelijä Perälä Timo 15:00-16:30 VAPJ, esittelijä "
            "Laine Ilona 15:00-17:00 sihteeri\n\n§ 12 Laillisuus\nKokous todettiin lailliseksi.\n")


def test_an_abbreviated_title_before_the_presenter_role_is_an_office() -> None:
    assert role_post("15:00-17:00 TERVJ, esittelijä", MORPH) == ("esittelijä", "TERVJ")
    assert role_post("KH:n edustaja", MORPH)[1] is None


def test_presenting_officials_hold_their_abbreviated_posts_in_the_town() -> None:
    _ents, facts = labels_and_facts(_MINUTES, "minutes")
    assert ("Sanna Koskela", "holdsPost", "Kemi") in facts, facts
    assert ("Timo Perälä", "holdsPost", "Kemi") in facts, facts
