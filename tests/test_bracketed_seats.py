"""A chair or vice-chair elected with the seat in brackets after the name: "Jäseniksi valittiin Jenna X
(puheenjohtaja), Charlotta Y (varapuheenjohtaja)". The body is the last one named before the name in the electing
sentence, else in the sentence before; brackets after a name without an election give no post.

Mentions are built by hand over invented sentences: what is tested is which body and seat the rule reads.
"""

from __future__ import annotations

from welfare_kg.extract.posts import bracketed_seats
from welfare_kg.records import Mention


def _m(text: str, surface: str, label: str, kind: str, iri: str, nth: int = 0) -> Mention:
    at = -1
    for _ in range(nth + 1):
        at = text.index(surface, at + 1)
    return Mention(at, at + len(surface), surface, label, kind, iri=iri)


def test_the_body_of_the_sentence_before_and_the_seats_in_brackets() -> None:
    text = ("Lautakunta nimesi alaisensa perhejaoston kokoonpanon. Jäseniksi valittiin Aino Koski "
            "(puheenjohtaja), Eero Salo (varapuheenjohtaja) ja Olli Mäki.")
    ms = [_m(text, "perhejaoston", "Perhejaosto", "Body", "jaosto"),
          _m(text, "Aino Koski", "Aino Koski", "Person", "p1"),
          _m(text, "Eero Salo", "Eero Salo", "Person", "p2"),
          _m(text, "Olli Mäki", "Olli Mäki", "Person", "p3")]
    got = {(f.subject, f.object, f.post) for f in bracketed_seats(ms, text)}
    assert got == {("p1", "jaosto", "puheenjohtaja"), ("p2", "jaosto", "varapuheenjohtaja")}


def test_a_body_in_the_electing_sentence_wins_and_swedish_seats_read() -> None:
    text = "Nämnden sammanträdde. Till socialnämnden valdes Anna Berg (ordförande) och Erik Lind."
    ms = [_m(text, "Nämnden", "Nämnd", "Body", "n0"), _m(text, "socialnämnden", "Socialnämnd", "Body", "sn"),
          _m(text, "Anna Berg", "Anna Berg", "Person", "p1"), _m(text, "Erik Lind", "Erik Lind", "Person", "p2")]
    assert [(f.subject, f.object, f.post) for f in bracketed_seats(ms, text)] == [("p1", "sn", "puheenjohtaja")]


def test_no_election_no_post() -> None:
    text = "Kokouksessa olivat läsnä Aino Koski (puheenjohtaja) ja Eero Salo perhejaostosta."
    ms = [_m(text, "Aino Koski", "Aino Koski", "Person", "p1"),
          _m(text, "perhejaostosta", "Perhejaosto", "Body", "jaosto")]
    assert bracketed_seats(ms, text) == []
