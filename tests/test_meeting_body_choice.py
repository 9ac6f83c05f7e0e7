"""Which body meets: a committee named with its parent board's genitive ("Kommunstyrelsens arbetsutskott") is
the body that meets, not the parent board; a bare body word opening the minutes with the meeting's number
("1 Valtuusto 3/2015") is the meeting's body, before a board a list of guests names.

Mentions are built by hand over invented sentences: the choice among them is what is tested.
"""

from __future__ import annotations

from welfare_kg.extract.posts import meeting_body
from welfare_kg.records import Mention


def test_a_genitive_before_another_body_names_the_parent_not_the_meeting() -> None:
    text = "Organ Kommunstyrelsens arbetsutskott. Kommunstyrelsens arbetsutskott beslutar."
    a = text.index("Kommunstyrelsens")
    b = text.index("Kommunstyrelsens", a + 1)
    ms = [Mention(a, a + 16, "Kommunstyrelsens", "Kommunstyrelse", "Body", iri="ks"),
          Mention(a + 17, a + 30, "arbetsutskott", "Arbetsutskott", "Body", iri="au"),
          Mention(b, b + 16, "Kommunstyrelsens", "Kommunstyrelse", "Body", iri="ks"),
          Mention(b + 17, b + 30, "arbetsutskott", "Arbetsutskott", "Body", iri="au")]
    assert meeting_body(None, ms, text) == "au"
    alone = "Kommunstyrelsen beslutar. Kommunstyrelsen beslutar."
    ms = [Mention(0, 15, "Kommunstyrelsen", "Kommunstyrelse", "Body", iri="ks"),
          Mention(26, 41, "Kommunstyrelsen", "Kommunstyrelse", "Body", iri="ks")]
    assert meeting_body(None, ms, alone) == "ks"


def test_a_bare_body_word_opening_the_minutes_with_its_number_is_the_body_that_meets() -> None:
    text = "1 Valtuusto 3/2015 Aika torstaina. Saapuvilla olleet kunnanhallituksen jäsenet.\n"
    council = Mention(2, 11, "Valtuusto", "Valtuusto", "Body", iri="kv", generic=True)
    k = text.index("kunnanhallituksen")
    board = Mention(k, k + 17, "kunnanhallituksen", "Kunnanhallitus", "Body", iri="kh")
    assert meeting_body(None, [council, board], text) == "kv"
    later = "Aika torstaina. Valtuusto 3/2015 kokoontui. Saapuvilla olleet kunnanhallituksen jäsenet.\n"
    council = Mention(16, 25, "Valtuusto", "Valtuusto", "Body", iri="kv", generic=True)
    k = later.index("kunnanhallituksen")
    board = Mention(k, k + 17, "kunnanhallituksen", "Kunnanhallitus", "Body", iri="kh")
    assert meeting_body(None, [council, board], later) == "kh"  # not the document's opening words
