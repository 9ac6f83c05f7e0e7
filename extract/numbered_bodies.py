"""A body numbered after its name: "yksilöasioiden jaosto 1", "Aluehallituksen yksilöasioiden jaoston 2 puheenjohtaja".

Wellbeing counties and large cities split a board's work between divisions or committees of one name told apart by a
number written after the head word. Read without it, the two divisions are one body, and the seats of both land in
it. The number belongs to the name where it follows the head directly, is a single digit, and is followed by a seat
or post word, a punctuation mark or the line's end: "jaosto 2 / 2024", "lautakunta 3 §" and "jaosto 2 kpl" are a
meeting's number, a section and a count, not a name.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Mention

# the heads whose divisions a number tells apart: divisions, and committees (a committee's number at a line's end is
# as often a transcript's page number: only a seat word after it names a committee)
_DIVISIONS = re.compile(r"(?i)(?:jaosto|jaoston|jaostoa|jaostoon|jaostossa|sektion|sektionen|sektionens)$")
_HEADS = re.compile(r"(?i)(?:jaosto|jaoston|jaostoa|jaostoon|jaostossa|lautakunta|lautakunnan|toimikunta|toimikunnan|"
                    r"sektion|sektionen|sektionens)$")
# the number and what may follow it: a seat or post word, or (a division's) the end of the name's phrase
_SEAT_AFTER = (r"[ \t]+(?:(?:vara)?puheenjohtaj|(?:vara)?jäsen|sihteeri|esittelijä|ordförande|vice[ \t]ordförande|"
               r"ledamot|ledamöter|medlem|sekreterare)\w*")
_NUMBER = re.compile(r"[ \t](?P<n>[1-9])(?=[ \t]*(?:[,;:)\n]|$)|" + _SEAT_AFTER + ")")
_NUMBER_SEAT = re.compile(r"[ \t](?P<n>[1-9])(?=" + _SEAT_AFTER + ")")


def numbered_bodies(mentions: list[Mention], text: str) -> None:
    """Give a body mention written with a division's number after its head the number (in place)."""
    for m in mentions:
        if m.type != "Body" or not _HEADS.search(m.surface):
            continue
        num = (_NUMBER if _DIVISIONS.search(m.surface) else _NUMBER_SEAT).match(text, m.end)
        if num is None:
            continue
        m.end = num.end("n")
        m.surface = text[m.start:m.end]
        m.label = f"{m.label} {num.group('n')}"
