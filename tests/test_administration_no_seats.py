"""The administration that keeps a protocol holds no seats (twenty-ninth session, fresh-page audit of people in
minutes).

The protocol is written for these tests: an invented Swedish committee's front page that never names the
committee, but names its administration twice ("Justeringens plats och tid Socialförvaltningen", "Underskrift
Socialförvaltningen"). The administration was read as the body that met, and the chair's seat was put in it; its
officials still work there.
"""

from __future__ import annotations

from helpers import extract, needs_voikko

_PROTOCOL = ("SAMMANTRÄDESPROTOKOLL Sida 1(20) Tid Klockan 13-16 Plats Kommunhuset Närvarande Beslutande "
             "C Maja Lind, ordförande S Erik Holm, vice ordförande M Gun Strand Övriga Olle Ek Förvaltningschef "
             "Lisa Ström Nämndsekreterare Justeringens plats och tid Socialförvaltningen den 15 maj 2017 "
             "Underskrifter Sekreterare Lisa Ström Ordförande Maja Lind Justerande Erik Holm\n\n"
             "ANSLAG/BEVIS Protokollet är justerat. Förvaringsplats för protokollet Underskrift "
             "Socialförvaltningen Lisa Ström, nämndsekreterare\n")


def _posts() -> set[tuple[str, str | None, str]]:
    ex = extract(_PROTOCOL, "minutes")
    return {(ex.entities[f.subject].label, f.post, ex.entities[f.object].label) for f in ex.facts
            if f.predicate == "holdsPost" and f.subject in ex.entities and f.object in ex.entities}


@needs_voikko
def test_the_chair_holds_no_seat_in_the_administration() -> None:
    posts = _posts()
    assert not any(name in {"Maja Lind", "Erik Holm"} and org == "Socialförvaltningen" for name, _, org in posts), \
        posts


@needs_voikko
def test_an_official_still_works_in_the_administration() -> None:
    posts = _posts()
    assert ("Olle Ek", "förvaltningschef", "Socialförvaltningen") in posts, posts


_UNNAMED = ("Sammanträdesprotokoll Sida 1 (24) Plats och tid Sammanträdesrum Ek, klockan 18 Beslutande Maja Lind (S) "
            "ordförande Erik Holm (M) ledamot Gun Strand (C) ledamot Övriga närvarande Olle Ek förvaltningschef "
            "Utses att justera Erik Holm\n\nBevis om anslag Protokollet har justerats. Beslutsinstans, Vallby "
            "kommun Sammanträdesdatum Förvaringsplats för protokollet\n")


@needs_voikko
def test_a_swedish_chair_of_an_unnamed_committee_is_no_chair_of_the_kommun() -> None:
    ex = extract(_UNNAMED, "minutes")
    posts = {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts
             if f.predicate == "holdsPost" and f.subject in ex.entities and f.object in ex.entities}
    assert not any(name == "Maja Lind" and "kommun" in org.lower() for name, org in posts), posts
