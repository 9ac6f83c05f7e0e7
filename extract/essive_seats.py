"""A seat told with "toimii" and the essive after the name: "X toimii hallituksen sihteerinä".

Pages of associations and reports of projects name a board's secretary or a group's chair this way, after the
members' rows or in prose: the person's own title before the name is their office ("Toimistonhoitaja X"), and the
seat is in the body written in the genitive before the essive. The prose rules read only the title before the name
and found no organisation for it in the sentence. The genitive is a body's word ("hallituksen", "ohjausryhmän"): the
seat is held in the body the document names by that word, when it names exactly one. "X jatkaa hallituksen
sihteerinä" (continues as the board's secretary) says the same. A bare board word that names no body the document
names is the board of the page's own organisation, the one organisation with a board its title names (an
association's annual report): the seat is read as a post in that organisation.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology, lemma
from welfare_kg.extract.people import MEETING_ROLES
from welfare_kg.extract.seat_prose import BOARD_OWNERS, TITLE_CHARS
from welfare_kg.extract.spans import SpanIndex

# "toimii hallituksen sihteerinä", "toimi ohjausryhmän puheenjohtajana": the verb, a genitive, an essive
_SERVES = re.compile(r"[ \t]+(?:toimi(?:i|vat)?|jatka(?:a|vat))[ \t]+(?:myös[ \t]+)?"
                     r"(?P<owner>[a-zåäö][a-zåäö-]*n)[ \t]+(?P<seat>[a-zåäö][a-zåäö-]*(?:na|nä))(?![\w-])")


def essive_seat(person: Mention, mentions: SpanIndex[Mention], text: str,
                morph: Morphology) -> tuple[str, str] | None:
    """(seat, body IRI) of "<person> toimii <body word in the genitive> <seat in the essive>", else None.
    `mentions`: the document's mentions by position."""
    hit = _SERVES.match(text, person.end)
    if hit is None:
        return None
    seat = MEETING_ROLES.get(lemma(hit["seat"], morph))
    if seat is None:
        return None
    word = lemma(hit["owner"], morph)
    bodies = {m.iri for m in mentions.spans if m.type == "Body" and m.iri
              and any(w.endswith(word) for w in m.label.lower().split())}
    if not bodies and word in _BOARD_WORDS:
        bodies = _own_page(mentions)
    return (seat, bodies.pop()) if len(bodies) == 1 else None


_BOARD_WORDS = {"hallitus", "johtokunta"}


def _own_page(mentions: SpanIndex[Mention]) -> set[str]:
    """The one organisation with a board of its own that the page's title names, when the title names no body."""
    titled = mentions.starting_in(0, TITLE_CHARS)
    if any(m.type == "Body" for m in titled):
        return set()
    return {m.iri for m in titled if m.type in BOARD_OWNERS and m.iri}
