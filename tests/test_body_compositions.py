"""A group's composition written out beside the group in the illative: "Päätän nimetä X-hankkeen työryhmään
seuraavat henkilöt:" and a bulleted list, "Hankkeen ohjausryhmään ovat kuuluneet A (pj), B ja C sekä sihteerinä D".
Every person of that sentence or list holds a seat in the group; a relative clause ("johon kuuluivat") and prose
after the list give none.

Mentions are built by hand over invented sentences: what is tested is whom the rule seats, where, and which seat.
"""

from __future__ import annotations

from welfare_kg.extract.body_compositions import composition_facts
from welfare_kg.records import Mention


def _m(text: str, surface: str, kind: str, iri: str, nth: int = 0) -> Mention:
    at = -1
    for _ in range(nth + 1):
        at = text.index(surface, at + 1)
    return Mention(at, at + len(surface), surface, surface, kind, iri=iri)


def _seats(ms: list[Mention], text: str) -> set[tuple[str, str, str | None]]:
    return {(f.subject, f.object, f.post) for f in composition_facts(ms, text)}


def test_a_bulleted_list_after_the_appointing_verb_ends_with_the_bullets() -> None:
    text = ("Päätän nimetä Esimerkki-hankkeen työryhmään seuraavat henkilöt:\n\n"
            "  • Aino Koski, suunnittelija - Sivistystoimiala\n"
            "  • Eero Salo, päällikkö - Tekninen toimiala\n\n"
            "Työryhmän sihteerinä toimii Olli Mäki.\n")
    ms = [_m(text, "Esimerkki-hankkeen työryhmään", "Body", "tr"),
          _m(text, "Aino Koski", "Person", "p1"), _m(text, "Eero Salo", "Person", "p2"),
          _m(text, "Olli Mäki", "Person", "p3")]
    assert _seats(ms, text) == {("p1", "tr", "jäsen"), ("p2", "tr", "jäsen")}


def test_belonging_verb_after_the_group_with_bracketed_and_essive_seats() -> None:
    text = ("Hankkeen ohjausryhmään ovat kuuluneet Aino Koski (pj), Eero Salo(vpj), Liisa Puro ja Pekka Lampi "
            "sekä sihteerinä projektipäällikkö Olli Mäki. Ohjausryhmä kokoontui viisi kertaa, ja Ville Kallio "
            "kävi kertomassa työstä.")
    ms = [_m(text, "Hankkeen ohjausryhmään", "Body", "or"),
          _m(text, "Aino Koski", "Person", "p1"), _m(text, "Eero Salo", "Person", "p2"),
          _m(text, "Liisa Puro", "Person", "p3"), _m(text, "Pekka Lampi", "Person", "p4"),
          _m(text, "Olli Mäki", "Person", "p5"), _m(text, "Ville Kallio", "Person", "p6")]
    assert _seats(ms, text) == {("p1", "or", "puheenjohtaja"), ("p2", "or", "varapuheenjohtaja"),
                                ("p3", "or", "jäsen"), ("p4", "or", "jäsen"), ("p5", "or", "sihteeri")}


def test_a_relative_clause_and_a_group_without_a_verb_seat_nobody() -> None:
    text = ("Päätettiin perustaa johtoryhmä, johon kuuluivat Aino Koski ja Eero Salo. "
            "Lähetämme kutsun työryhmään Liisa Purolle.")
    ms = [_m(text, "johtoryhmä", "Body", "jr"), _m(text, "Aino Koski", "Person", "p1"),
          _m(text, "Eero Salo", "Person", "p2"), _m(text, "työryhmään", "Body", "tr"),
          _m(text, "Liisa Puro", "Person", "p3")]
    assert _seats(ms, text) == set()


def test_an_invited_outside_member_sits_in_the_group() -> None:
    text = "Työryhmään kutsutaan myös yliopiston edustajana professori Aino Koski. Muita ei kutsuta, Eero Salo."
    ms = [_m(text, "Työryhmään", "Body", "tr"), _m(text, "Aino Koski", "Person", "p1"),
          _m(text, "Eero Salo", "Person", "p2")]
    assert _seats(ms, text) == {("p1", "tr", "jäsen")}
