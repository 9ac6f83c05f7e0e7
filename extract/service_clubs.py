"""Local clubs of the international service organisations, named by the organisation and "Club" before their own
name: "Lions Club Haapajärvi Kantapuhto", "Rotary Club Oulu-Koskikeskus", "Zonta Club of Kuopio".

Such a club carries no Finnish legal form and no kind word the recogniser knows ("ry" is left off in news), so
neither the registered-name rules nor the kind words read it: the club that hands its collection to a parish was
never named. The name's shape is fixed: the organisation's name, "Club" (or "klubi"), then up to three capitalised
words (a town, a district, the club's own name), the last of them inflected in running text ("Lions Club Haapajärvi
Kantapuhdon edustajat"): the label is the last word's base form where Voikko reads it, else as written. A bare "Lions
Club" ("Lions Clubin puolesta") in a document naming one such club is that club. Typed Association.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import base_of, identity_key
from welfare_kg.extract.spans import SpanIndex

RULE = "service-club"
_PLACES = {"Municipality", "Region", "CooperationArea"}
# the service organisations whose local clubs are named so (international organisations' own naming rule)
_ORGANISATIONS = r"Lions|Rotary|Rotaract|Zonta|Kiwanis|Soroptimist|Inner[ \t]+Wheel|Leo"
_CLUB = re.compile(rf"\b(?P<org>{_ORGANISATIONS})[ \t]+(?P<club>Club|klubi)(?P<ending>:?[a-zåäö]*)"
                   r"(?P<rest>(?:[ \t]+(?:of[ \t]+)?[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,3})")


def service_club_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                          morph: Morphology) -> list[list[Mention]]:
    """An Association mention for each "X Club Name" the recogniser did not read whole."""
    if "Club" not in text and "klubi" not in text:
        return per_sentence
    named: list[tuple[int, int, str]] = []
    bare: list[tuple[int, int, str]] = []
    for m in _CLUB.finditer(text):
        words = m.group("rest").split()
        head = f"{m.group('org')} {m.group('club')}"
        if words and not m.group("ending"):
            last = words[-1]
            base = base_of(last, morph)
            label = " ".join([head, *words[:-1], base if base[:1].isupper() else last])
            named.append((m.start(), m.end(), label))
        elif not words:
            bare.append((m.start(), m.end("ending"), head))
    labels = {x[2] for x in named}
    # a bare "Lions Club" is the one club the document names, else no one in particular
    bare = [(a, b, next(iter(labels))) for a, b, _ in bare] if len(labels) == 1 else []
    index = SpanIndex([m for ms in per_sentence for m in ms])
    added: list[Mention] = []
    drop: set[int] = set()
    for a, b, label in named + bare:
        near = index.overlapping(a, b)
        if any(m.start <= a and b <= m.end and m.type == "Association" for m in near):
            continue  # read whole already
        # a town inside the name is still the town the text names ("Lions Club Haapajärvi ..."); other pieces go
        drop.update(id(m) for m in near if a <= m.start and m.end <= b and m.type not in _PLACES)
        added.append(Mention(start=a, end=b, surface=text[a:b], label=label, type="Association", rule=RULE,
                             key=identity_key(label, morph) or None))
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence
