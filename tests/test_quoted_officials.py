"""An official quoted by title in the news of the organisation the page opens with (extract/quoted_officials.py).
The pages are written for these tests: invented people; the organisations are given to the rule as the recogniser
would mark them."""

from __future__ import annotations

from tests.helpers import MORPH, needs_voikko
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.quoted_officials import RULE, quoted_official_facts

AGENCY = ("agency/esimerkki", "Agency")
PEOPLE = ("Leena Aaltonen", "Pekka Hirvonen")
OPENING = ("Avustuksia liikuntaan\n\nEsimerkkivirasto on myöntänyt avustuksia kuntien liikuntahankkeille "
           "eri puolille maata.\n\n")


def _mentions(text: str, orgs: dict[str, tuple[str, str]]) -> list[Mention]:
    out = []
    for name in PEOPLE:
        at = text.find(name)
        if at >= 0:
            out.append(Mention(at, at + len(name), name, name, "Person", iri="person/" + name.split()[1].lower()))
    for surface, (iri, typ) in orgs.items():
        at = text.find(surface)
        while at >= 0:
            case = "nimento" if text[at + len(surface):at + len(surface) + 1] in " ,." else "omanto"
            out.append(Mention(at, at + len(surface), surface, surface, typ, iri=iri, case=case))
            at = text.find(surface, at + 1)
    return out


def _posts(text: str, orgs: dict[str, tuple[str, str]] | None = None, *, kind: str = "news",
           facts: tuple[Fact, ...] = ()) -> set[tuple[str, str, str | None]]:
    orgs = {"Esimerkkivirasto": AGENCY} if orgs is None else orgs
    got = quoted_official_facts(_mentions(text, orgs), text, list(facts), kind, MORPH)
    assert all(f.rule == RULE for f in got)
    return {(f.subject, f.object, f.post) for f in got}


@needs_voikko
def test_an_official_quoted_by_title_works_in_the_organisation_the_news_opens_with() -> None:
    text = OPENING + "– Hankkeita tuli paljon, liikuntatoimen ylitarkastaja Pekka Hirvonen kertoo.\n"
    assert _posts(text) == {("person/hirvonen", AGENCY[0], "liikuntatoimen ylitarkastaja")}
    before = OPENING + "– Tukea tarvitaan, toteaa hyvinvoinnin ja terveyden edistämisen johtaja Leena Aaltonen.\n"
    assert {(s, o) for s, o, _ in _posts(before)} == {("person/aaltonen", AGENCY[0])}


@needs_voikko
def test_a_page_that_opens_with_no_organisation_or_names_another_more_gives_nothing() -> None:
    quote = "– Hankkeita tuli paljon, ylitarkastaja Pekka Hirvonen kertoo.\n"
    assert _posts("Avustuksia liikuntaan\n\nAvustuksia myönnettiin eri puolille maata kunnille.\n\n" + quote) == set()
    other = {"Esimerkkivirasto": AGENCY, "Mallila ry": ("association/mallila", "Association")}
    text = OPENING + "Mallila ry sai avustusta. Mallila ry kiittää. Mallila ry jatkaa.\n\n" + quote
    assert _posts(text, other) == set()


@needs_voikko
def test_titles_that_belong_elsewhere_or_say_nothing_give_nothing() -> None:
    assert _posts(OPENING + "– Hyvä, projektipäällikkö Pekka Hirvonen kertoo.\n") == set()  # the project's staff
    assert _posts(OPENING + "– Hyvä, toiminnanjohtaja Pekka Hirvonen kertoo.\n") == set()  # an association's title
    assert _posts(OPENING + "– Hyvä, yhdistyksen sihteeri Pekka Hirvonen kertoo.\n") == set()  # a kind's genitive
    assert _posts(OPENING + "Paikalla oli ylitarkastaja Pekka Hirvonen ja muita.\n") == set()  # no saying verb
    assert _posts(OPENING + "– Hyvä, ylitarkastaja Pekka Hirvonen kertoo.\n", kind="minutes") == set()


@needs_voikko
def test_a_quote_whose_paragraph_names_another_organisation_is_not_the_news_owners() -> None:
    orgs = {"Esimerkkivirasto": AGENCY, "Mallila ry": ("association/mallila", "Association")}
    text = (OPENING + "Esimerkkivirasto kiittää. Esimerkkivirasto jatkaa.\n\n"
            "Mallila ry sai tukea. – Hyvä, koordinaattori Pekka Hirvonen kertoo.\n")
    assert _posts(text, orgs) == set()


def test_a_long_opening_line_with_no_sentence_end_is_read_in_linear_time() -> None:
    # a form transcript run into one line: the opening's prose lines are found without backtracking
    text = "HAKEMUS " + "Projektin nimi Arjen tuki Ohjelma " * 400 + "Esimerkkivirasto ylitarkastaja Leena Aaltonen"
    text += " kertoo"
    assert _posts(text) == set()
