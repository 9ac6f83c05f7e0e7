"""A title said of a person with the verb "olla": "Pekka X on Kuopion kaupungin hyvinvointikoordinaattori".

News and reports introduce people this way as often as with the title before the name, and the organisation is
written in the genitive right before the title, as it is before a title that precedes a name. The prose rules
(extract/document.py `_post_near`) read a title before the name, after its comma or in the essive
("toimii ... koordinaattorina"); the predicate nominative after "on"/"oli" is the same statement, and the genitive
owner right before the title says whose post it is. The title must close the clause (a full stop, a comma, "ja",
the line's end), so that "X on Y:n johtaja Z:n tilalla" or a longer predicate is not read as one. Swedish says it
with the title first and the organisation after a preposition: "Jan X är utvecklingschef vid Vasa stad", also in a
relative clause ("säger Jan X som är utvecklingschef vid Vasa stad").
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.posts import ORG_TYPES, office_title
from welfare_kg.extract.spans import SpanIndex

# the verb right after the name, then up to five words to the title that closes the clause
# (a colon only inside a word: the case ending of an abbreviation, "Suomen Kylät ry:n toiminnanjohtaja")
_COPULA = re.compile(r"(?:[ \t]*\([^()\n]{1,20}\))?[ \t]+(?:on|oli|toimii\s+nykyään)[ \t]+"
                     r"(?P<pred>(?:[^.,;:!?\n]|:(?=\w)){3,120}?)"
                     r"(?P<title>[a-zåäö][a-zåäö-]+)(?=[ \t]*(?:[.,;!?]|\bja\b|\bsekä\b|$))", re.MULTILINE)
# an organisation may be a post's owner: not a person, not a place of no administration
_OWNER_TYPES = ORG_TYPES | {"CompetenceCentre", "Parish", "Foundation"}


# Swedish: "Jan X är utvecklingschef vid Vasa stad": the title, then the organisation after a preposition
_SWEDISH_COPULA = re.compile(r"[ \t]+(?:som[ \t]+)?(?:är|var)[ \t]+(?P<title>[a-zåäö][a-zåäö-]+)[ \t]+"
                             r"(?:vid|på|för|inom|i)[ \t]+")


def copula_title(person: Mention, mentions: SpanIndex[Mention], text: str,
                 morph: Morphology) -> tuple[str, str] | None:
    """(post, organisation IRI) of "<person> on <organisation in the genitive> <title>" (or the Swedish "<person> är
    <title> vid <organisation>"), else None."""
    swedish = _SWEDISH_COPULA.match(text, person.end)
    if swedish is not None:
        post = office_title(swedish["title"], morph)
        org = next((x for x in mentions.starting_in(swedish.end(), swedish.end() + 1)
                    if x.iri and x.type in _OWNER_TYPES), None)
        return (post, org.iri) if post and org is not None else None
    hit = _COPULA.match(text, person.end)
    if hit is None:
        return None
    post = office_title(hit["title"], morph)
    if post is None or hit["title"].lower() != post:
        return None  # a title in the nominative: "on ... johtajana" is the essive, read by the prose rules
    at = hit.start("title")
    owner = next((x for x in mentions.starting_in(hit.start("pred"), at) if x.iri and x.type in _OWNER_TYPES
                  and x.case == "omanto" and (0 <= at - x.end <= 1 or _qualifiers_only(text[x.end:at], morph))),
                 None)
    if owner is None:
        return None
    return post, owner.iri


def _qualifiers_only(gap: str, morph: Morphology) -> bool:
    """The words between the owner's genitive and the title qualify the title only: one or two adjectives in the
    nominative ("uusi", "vastavalittu", "pitkäaikainen"), as in "X on Y:n uusi johtaja"."""
    words = gap.split()
    if not 1 <= len(words) <= 2:
        return False
    return all(any(r.cls in {"laatusana", "nimisana_laatusana"} and r.case == "nimento" for r in morph.analyse(w))
               for w in words)

