"""People named only as the photographer of a picture: "Kuva: Elli Esimerkki", "Foto: Anna Exempel".

A news page credits its pictures, and the photographer takes no part in the projects, bodies and
decisions the page reports: as a Person of the graph they are noise beside the people who act (the
annotation leaves them out, or marks them optional). A person also named elsewhere in the text,
outside a credit, stays.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Mention

# the credit's label right before the name, on its line: "Kuva:", "Kuvaaja", "Foto:", "Bild:", "Teksti ja kuvat:"
_LABELS = (r"(?:kuva(?:t|aaja)?|valokuva(?:aja)?|teksti\s+ja\s+kuva(?:t)?|kuva\s+ja\s+teksti|foto(?:graf)?|bild|"
           r"photo)")
# the credit's label with a colon ("... | Kuva: X"), or opening its line ("Kuvaaja X"); "kuvassa selin kuvaaja X"
# in running text is someone the picture shows
_CREDIT = re.compile(r"(?i)(?:(?:^|[\n(|/,;]|\s)" + _LABELS + r"[ \t]*:|(?:^|\n)[ \t]*" + _LABELS + r")[ \t]*\Z")


def _credited(text: str, m: Mention) -> bool:
    return bool(_CREDIT.search(text, max(0, m.start - 30), m.start))


def drop_photo_credits(per_sentence: list[list[Mention]], text: str) -> list[list[Mention]]:
    """per_sentence without the people named only in credits of pictures."""
    people = [m for ms in per_sentence for m in ms if m.type == "Person"]
    credited = {id(m) for m in people if _credited(text, m)}
    if not credited:
        return per_sentence
    elsewhere = {m.label for m in people if id(m) not in credited}
    drop = {i for i in credited if next(m for m in people if id(m) == i).label not in elsewhere}
    return [[m for m in ms if id(m) not in drop] for ms in per_sentence] if drop else per_sentence
