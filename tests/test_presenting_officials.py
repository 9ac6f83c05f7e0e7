"""A town's own official titled before the name where the minutes say what the official did
(extract/presenting_officials.py). The sentences are written for these tests: invented officials, invented
organisations; the rule is given the names as the recogniser would mark them."""

from __future__ import annotations

from tests.helpers import MORPH, needs_voikko
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.presenting_officials import RULE, presenting_official_facts

TOWN = "town/ranua"
PEOPLE = ("Leena Aaltonen", "Pekka Hirvonen", "Martti Merra")


def _mentions(text: str, orgs: dict[str, tuple[str, str]] | None = None) -> list[Mention]:
    out = []
    for name in PEOPLE:
        at = text.find(name)
        if at >= 0:
            out.append(Mention(at, at + len(name), name, name, "Person", iri="person/" + name.split()[1].lower()))
    for surface, (iri, typ) in (orgs or {}).items():
        at = text.find(surface)
        out.append(Mention(at, at + len(surface), surface, surface, typ, iri=iri, case="omanto"))
    return out


def _posts(text: str, orgs: dict[str, tuple[str, str]] | None = None, *, kind: str = "minutes",
           facts: tuple[Fact, ...] = (), town: str | None = TOWN) -> set[tuple[str, str, str | None]]:
    got = presenting_official_facts(_mentions(text, orgs), text, list(facts), kind, town, MORPH)
    assert all(f.rule == RULE for f in got)
    return {(f.subject, f.object, f.post) for f in got}


@needs_voikko
def test_an_official_who_presents_or_answers_holds_the_post_in_the_town() -> None:
    text = ("Kokouksessa hallintojohtaja Pekka Hirvonen esitteli vaihtoehdot. Lisäksi ruokapalvelujen esimies "
            "Leena Aaltonen vastasi kysymyksiin.\nAsia siirrettiin.")
    assert _posts(text) == {("person/hirvonen", TOWN, "hallintojohtaja"),
                            ("person/aaltonen", TOWN, "ruokapalvelujen esimies")}
    swedish = "Socialdirektör Pekka Hirvonen föredrog ärendet."
    assert _posts(swedish) == {("person/hirvonen", TOWN, "socialdirektör")}


@needs_voikko
def test_a_preparers_line_alone_under_the_proposal() -> None:
    text = "Päätösehdotus\n\nVanhuspalvelujen kehittämisjohtaja Leena Aaltonen\n\nKunnanhallitus päättää."
    assert {(s, o) for s, o, _ in _posts(text)} == {("person/aaltonen", TOWN)}


@needs_voikko
def test_a_parish_unions_minutes_post_in_the_union_the_opening_names() -> None:
    text = "Esimerkin seurakuntayhtymä\n\nPäätösehdotus\n\nDiakonian päällikkö Leena Aaltonen\n"
    union = {"Esimerkin seurakuntayhtymä": ("parish/esimerkki", "Parish")}
    assert _posts(text, union, town=None) == {("person/aaltonen", "parish/esimerkki", "diakonian päällikkö")}


@needs_voikko
def test_other_organisations_titles_meeting_roles_rows_and_unsaid_deeds_give_nothing() -> None:
    owned = "Kokouksessa Kelan johtaja Pekka Hirvonen esitteli muutokset."
    assert _posts(owned, {"Kelan": ("agency/kela", "Agency")}) == set()
    assert _posts("Kokouksen sihteeri Pekka Hirvonen esitteli asian.") == set()
    assert _posts("Läsnä: Martti Merra, johtaja Pekka Hirvonen\n") == set()
    assert _posts("Toimitusjohtaja Pekka Hirvonen esitteli yhtiön tilinpäätöksen.") == set()  # a company's title
    assert _posts("Hallintojohtaja Pekka Hirvonen lähti kokouksesta kesken.") == set()  # no presenting verb


@needs_voikko
def test_news_pages_and_people_posted_by_other_rules_are_left_alone() -> None:
    text = "Kokouksessa hallintojohtaja Pekka Hirvonen esitteli vaihtoehdot."
    assert _posts(text, kind="news") == set()
    assert _posts(text, town=None) == set()
    other = Fact("person/hirvonen", "holdsPost", "body/kh", None, "holdsPost:other", 0.5)  # type: ignore[arg-type]
    assert _posts(text, facts=(other,)) == set()


@needs_voikko
def test_rows_under_a_label_or_in_minutes_listing_towns_by_label_are_left_to_the_list_rules() -> None:
    assert _posts("Sihteeristö:\nKehittämispäällikkö Leena Aaltonen\n") == set()
    towns = {"Ranua": (TOWN, "Municipality")}
    text = "Ranua: kunnanjohtaja Pekka Hirvonen\nKokouksessa hallintojohtaja Leena Aaltonen esitteli asian."
    assert _posts(text, towns) == set()
