"""The chair who signs a meeting notice: "Puheenjohtaja MERK Lauri X", "PUHEENJOHTAJA Kokouksen tarkastettu
pöytäkirja ... pidetään nähtävänä klo MERK: MATTI X".

A municipal board's notice (kokouskutsu) ends with its chair's signature, which the web copy prints as "MERK."
("merkitty", signed) before the name, under or after the word "Puheenjohtaja"; the notice names the chair nowhere
else. Here a person written right after "MERK" with the chair's title shortly before it, and no other person between
the two, is the chair of the meeting's body, when the notice's head names that body in the nominative. Found in
the notices of two municipal boards in two regions (one of the development corpus, one of the seventh fresh minutes
batch, whose head names its body only in an item: it gets nothing); a regional council's "Merk. Name Name
hallituksen puheenjohtaja Merk. Name" (the title after its own name) is left to the rules reading a title after a name.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.posts import HEAD_REACH, transcript_top

RULE = "holdsPost:marked-signature"
# the chair's title, up to 200 characters of the notice's closing words, then the signed mark
_MARKED = re.compile(r"\b(?:Puheenjohtaja|PUHEENJOHTAJA|Ordförande|ORDFÖRANDE)\b[^§]{0,200}?\b(?:MERK|Merk|merk)\b"
                     r"\.?:?[ \t]+")


def marked_chair_facts(mentions: list[Mention], text: str, body: str | None) -> list[Fact]:
    """The person signed for after "MERK" under the chair's title: the chair of the meeting's body."""
    if body is None or ("erk" not in text and "ERK" not in text):
        return []
    # the meeting's body named in the notice's head, in the nominative ("KOKOUSKUTSU 13/2011 Kunnanhallitus"): a
    # body read only from an item ("Susanna X:n eronpyyntö teknisen lautakunnan jäsenyydestä") owns no signature
    top = transcript_top(text)
    if not any(m.iri == body and m.case in {None, "nimento"}
               and (m.start < HEAD_REACH or 0 <= m.start - top < HEAD_REACH) for m in mentions):
        return []
    people = sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start)
    by_start = {m.start: m for m in people}
    out: list[Fact] = []
    for mark in _MARKED.finditer(text):
        person = by_start.get(mark.end())
        if person is None or any(mark.start() < p.start < mark.end() for p in people):
            continue  # nobody signed right there, or the title is another person's ("Name hallituksen pj. Merk.")
        out.append(Fact(person.iri, "holdsPost", body, Evidence(text[mark.start():person.end], mark.start(),
                                                                person.end), RULE, 0.7, post="puheenjohtaja"))
    return out
