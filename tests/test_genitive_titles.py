"""Titles behind their organisation's genitive on the far side of the name (extract/genitive_titles.py).

The sentences are invented for these tests.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.genitive_titles import RULE
from welfare_kg.extract.model import Extraction


def _posts(text: str) -> set[tuple[str, str, str | None, str]]:
    ex: Extraction = extract_document(record(text))
    return {(ex.entities[f.subject].label, ex.entities[f.object].label, f.post, f.rule) for f in ex.facts
            if f.predicate == "holdsPost" and f.subject in ex.entities and f.object in ex.entities}


def test_title_after_the_comma_behind_the_organisations_genitive() -> None:
    posts = _posts("– Muutos näkyy arjessa, sanoo Heli Rantamäki, Pirkanmaan hyvinvointialueen palvelujohtaja.\n")
    assert posts == {("Heli Rantamäki", "Pirkanmaan hyvinvointialue", "palvelujohtaja", RULE)}


def test_two_speakers_each_with_their_own_organisation() -> None:
    posts = _posts("Avauspuheen pitivät Osmo Kettunen, Kuopion kaupunginhallituksen puheenjohtaja, ja Tiina Vesala, "
                   "Pohjois-Savon liiton maakuntajohtaja.\n")
    assert {(p, o) for p, o, _, _ in posts} == {("Osmo Kettunen", "Kuopion kaupunginhallitus"),
                                               ("Tiina Vesala", "Pohjois-Savon liitto")}


def test_office_as_the_subject_before_on() -> None:
    posts = _posts("Tampereen kaupungin hyvinvointikoordinaattori on Heli Rantamäki.\n")
    assert posts == {("Heli Rantamäki", "Tampere", "hyvinvointikoordinaattori", RULE)}


def test_an_inflected_title_is_no_post_here() -> None:
    posts = _posts("Paikalla oli Heli Rantamäki, Tampereen kaupungin edustajana toiminut entinen valtuutettu.\n")
    assert not any(rule == RULE for _, _, _, rule in posts)



def test_a_bare_board_word_s_organisation_is_the_one_the_row_names_after_the_title() -> None:
    from welfare_kg.extract.genitive_titles import genitive_title_facts
    from welfare_kg.extract.morphology import get_morphology
    from welfare_kg.records import Mention

    text = " • Pekka Malli, hallituksen puheenjohtaja, Rantalan Eläkeläiset ry\n"

    def at(surface: str, kind: str, iri: str) -> Mention:
        start = text.index(surface)
        return Mention(start, start + len(surface), surface, surface, kind, iri=iri)

    # "hallituksen" read as the board of some organisation the page names elsewhere (a county's, a town's)
    mentions = [at("Pekka Malli", "Person", "person/pekka-malli"), at("hallituksen", "Body", "body/county-board"),
                at("Rantalan Eläkeläiset ry", "Association", "assoc/rantalan-elakelaiset")]
    facts = genitive_title_facts(mentions, text, [], get_morphology())
    assert [(f.object, f.post) for f in facts] == [("assoc/rantalan-elakelaiset", "hallituksen puheenjohtaja")]
    named = text.replace("hallituksen", "Hallituksen")  # a capitalised genitive is a name of its own: kept as read
    mentions = [at("Pekka Malli", "Person", "person/pekka-malli")] + [
        Mention(m.start, m.end, named[m.start:m.end], named[m.start:m.end], m.type, iri=m.iri) for m in mentions[1:]]
    assert [f.object for f in genitive_title_facts(mentions, named, [], get_morphology())] == ["body/county-board"]
