"""Attendance-row shapes of the fifth session's holdsPost work: a council named only by its abbreviation, a chair's
seat before the chair's own job, an ordinal glued to the seat ("1.vpj"), dotted chair words ("varapuh.johtaja") and
the manager's "kj" before a comma.

The texts are written for these tests: invented people, real municipalities (reference data), laid out as
transcripts of minutes lay them out.
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko_for, post_rows

from welfare_kg.extract.abbreviated_councils import abbreviated_council_mentions
from welfare_kg.extract.people import listed_people
from welfare_kg.extract.posts import _seat_before_office, clean_role, expand_role, role_post
from welfare_kg.records import Mention

needs_voikko = needs_voikko_for("first names and cases are known from Voikko")


def test_dotted_chair_words_are_the_chairs_not_an_office() -> None:
    assert expand_role("varapuh.johtaja") == "varapuheenjohtaja"
    assert expand_role("puh.johtaja") == "puheenjohtaja"
    assert expand_role("puh. joht.") == "puheenjohtaja"
    assert role_post(clean_role("17:00-18:38 varapuh.johtaja"), MORPH) == ("varapuheenjohtaja", None)
    # a title that only ends like one stays the title
    assert expand_role("sosiaalijohtaja") == "sosiaalijohtaja"


def test_kj_before_a_comma_is_the_municipal_manager() -> None:
    assert role_post("kj, esittelijä", MORPH)[1] == "kunnanjohtaja"
    assert role_post("kj", MORPH)[1] == "kunnanjohtaja"
    assert role_post("kjx", MORPH)[1] is None


def test_a_seat_opening_the_role_before_a_comma_is_the_rows_own() -> None:
    assert _seat_before_office("puheenjohtaja, Kotkan kaupunginjohtaja", "puheenjohtaja")
    assert _seat_before_office("vpj., Haminan kaupunginjohtaja", "varapuheenjohtaja")
    assert not _seat_before_office("kunnanjohtaja, esittelijä", "puheenjohtaja")
    assert not _seat_before_office("Kotkan kaupunginjohtaja puheenjohtaja", "puheenjohtaja")


SEAT_AND_JOB = ("Kotkan - Haminan seudun seutuvaliokunta PÖYTÄKIRJA Nro 2/2011 OSALLISTUJAT "
                "Niemi, Pekka puheenjohtaja, Kotkan kaupunginjohtaja Päätöksentekijät "
                "Salo Liisa vpj., Haminan kaupunginjohtaja Aho Timo Pyhtään kunnanjohtaja\n")


@needs_voikko
def test_a_chair_who_is_also_a_towns_manager_holds_both_posts() -> None:
    facts = post_rows(SEAT_AND_JOB)
    pekka = {(p, o) for s, p, o in facts if s == "Pekka Niemi"}
    assert ("kaupunginjohtaja", "Kotka") in pekka
    assert any(p == "puheenjohtaja" and "seutuvaliokunta" in o.lower() for p, o in pekka)
    # a manager without a seat word gets only the job
    assert {p for s, p, o in facts if s == "Timo Aho"} == {"kunnanjohtaja"}


GLUED_ORDINAL = ("KYYJÄRVEN KUNTA PÖYTÄKIRJA 2/2015 Kunnanhallitus Osallistujat Nimi Tehtävä LÄSNÄ "
                 "Mäkelä Pekka khall puheenjohtaja Niemi Aino kunnanhallituksen 1.vpj Laine Matti jäsen\n")


@needs_voikko
def test_an_ordinal_glued_to_the_vice_chair_keeps_the_seat_in_the_named_board() -> None:
    facts = post_rows(GLUED_ORDINAL)
    assert any(s == "Aino Niemi" and "1.vpj" in p and "kunnanhallitus" in o.lower() for s, p, o in facts)


COUNCIL_BY_ABBREVIATION = (
    "RISTIJÄRVEN KUNTA PÖYTÄKIRJA 5/2012 Kunnanhallitus OSALLISTUJAT Nimi Klo Tehtävä LÄSNÄ "
    "Mäkelä Pekka 17:00-19:00 puheenjohtaja Niemi Aino 17:00-19:00 jäsen "
    "MUU Laine Matti 17:00-19:00 kvalt pj Salo Liisa 17:30-19:00 kvalt I vpj Aho Timo 17:00-19:00 esittelijä\n")


@needs_voikko
def test_a_council_named_only_by_kvalt_in_a_towns_board_minutes_is_the_towns_council() -> None:
    facts = post_rows(COUNCIL_BY_ABBREVIATION)
    council = {(s, p) for s, p, o in facts if "valtuusto" in o.lower()}
    assert ("Matti Laine", "valtuuston puheenjohtaja") in council
    assert ("Liisa Salo", "valtuuston I varapuheenjohtaja") in council
    # the council's chair holds no seat in the board that met
    assert not any(s == "Matti Laine" and "hallitus" in o.lower() for s, p, o in facts)
    assert ("Pekka Mäkelä", "puheenjohtaja") in {(s, p) for s, p, o in facts if "hallitus" in o.lower()}


def _mentions(text: str) -> list[Mention]:
    """Person mentions at the block reader's rows and a Body mention for each body word given (as the recogniser
    would make them before IRIs are minted)."""
    people = listed_people(text, MORPH)
    out = [Mention(p.start, p.end, p.written, p.label, "Person") for p in people]
    for word in ("Kunnanhallitus", "Kunnanvaltuusto", "Maakuntahallitus"):
        at = text.find(word)
        if at >= 0:
            out.append(Mention(at, at + len(word), word, word, "Body"))
    return out


@needs_voikko
def test_the_abbreviation_becomes_the_council_only_where_the_minutes_are_a_towns_and_do_not_name_it() -> None:
    text = COUNCIL_BY_ABBREVIATION
    minted = abbreviated_council_mentions(listed_people(text, MORPH), _mentions(text), text)
    assert [(m.surface, m.label, m.type) for m in minted] == [("kvalt", "kunnanvaltuusto", "Body")]
    assert text[minted[0].start:minted[0].end] == "kvalt"
    # the council named elsewhere in the minutes: that mention is the body, nothing is minted
    named = text.replace("MUU", "Kunnanvaltuusto kokoontuu MUU")
    assert abbreviated_council_mentions(listed_people(named, MORPH), _mentions(named), named) == []
    # a regional council's board lists several towns' council chairs: no one town's council
    regional = text.replace("RISTIJÄRVEN KUNTA", "KAINUUN LIITTO").replace("Kunnanhallitus", "Maakuntahallitus")
    assert abbreviated_council_mentions(listed_people(regional, MORPH), _mentions(regional), regional) == []


@needs_voikko
def test_a_citys_council_abbreviation_is_its_kaupunginvaltuusto() -> None:
    text = COUNCIL_BY_ABBREVIATION.replace("RISTIJÄRVEN KUNTA", "KAJAANIN KAUPUNKI")
    minted = abbreviated_council_mentions(listed_people(text, MORPH), _mentions(text), text)
    assert [m.label for m in minted] == ["kaupunginvaltuusto"]


def test_a_surname_voikko_reads_as_a_noun_before_a_first_name_between_two_roles_is_a_name() -> None:
    text = ("Kunnanhallitus OSALLISTUJAT Nimi Tehtävä LÄSNÄ Arvela Ari puheenjohtaja Halme Esko jäsen "
            "Lumia Mervi kunnanvaltuuston pj. Penttilä Harri kunnanvaltuuston 1. vpj.\n")
    rows = {p.label: p.role for p in listed_people(text, MORPH)}
    assert rows.get("Mervi Lumia") == "kunnanvaltuuston pj."
    assert rows.get("Esko Halme") == "jäsen"  # the row above keeps its own role only
    # the shape needs a role word before the noun and a lower-case word after the first name
    from welfare_kg.extract.people import _surname_before_given
    from welfare_kg.extract.text import tokenize

    def shape(words: str) -> bool:
        toks = tokenize(words)
        return _surname_before_given(toks, 1, words, MORPH)

    assert shape("jäsen Lumia Mervi kunnanvaltuuston")
    assert not shape("kertoi Lumia Mervi kunnanvaltuuston")
    assert not shape("jäsen Lumia Mervi Penttilä")
    assert not shape("jäsen Kunnanhallitus Mervi kokoontuu")
