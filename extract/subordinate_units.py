"""A unit said to work under, beside or in the ownership of another organisation is part of it.

Issue 12 (a unit of an organisation, both ends named in one sentence, the fact not made). Finnish and Swedish
say where an agency, a council or a company belongs with a few fixed postpositions and verbs, and name both in
one clause:

- the host's genitive, a postposition of place or rank and a participle before the unit (attributive):
  "Suomen Akatemian yhteydessä toimiva strategisen tutkimuksen neuvosto", "STM:n alaisuudessa oleva X",
  "Joensuun kaupungin omistama Karelia Ammattikorkeakoulu Oy";
- the unit first, then the copula or "toimii" and the host's genitive with the postposition (predicative):
  "Vanhusneuvosto toimii kunnanhallituksen alaisuudessa", "STEA on STM:n yhteydessä toimiva
  valtionapuviranomainen", "X toimii hallinnollisesti Y:n yhteydessä", "Karelia Ammattikorkeakoulu Oy on
  Joensuun kaupungin omistama osakeyhtiö";
- Swedish verbs of subordination: "Äldrerådet underlyder kommunstyrelsen", "X lyder under Y", "X är
  underställd Y".

"Yhteydessä" alone is also "in connection with" an event ("kokouksen yhteydessä"), so the host must be an
organisation and the participle (or the predicative verb) must follow; a project is never the unit (a project
run under an organisation is coordinated, not part of it).
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.relations import Clause, rule

RULE = "partOf:working-under"
_WEIGHT = 0.6
HOSTS = {"Ministry", "Agency", "CompetenceCentre", "JointAuthority", "WellbeingCounty", "Company", "Association",
         "Municipality", "Parish", "Body"}
UNITS = {"Agency", "CompetenceCentre", "Company", "Association", "Body"}
_GENITIVE = {"omanto"}
_NOMINATIVE = {"nimento", None}

_POSTPOSITION = r"(?:yhteydessä|alaisuudessa|alaisena)"
_PARTICIPLE = r"(?:toimiv|olev)\w*"
_OWNED = r"(?:kokonaan\s+|täysin\s+)?omistam(?:a|an|aa|ana|assa|asta|aan|alle|alla|alta|at|ien|ia)"
# host -> unit, attributive: "Y:n yhteydessä toimiva (itsenäinen) X", "Y:n omistama X"
_BEFORE_UNIT = re.compile(rf"\s+(?:{_POSTPOSITION}\s+{_PARTICIPLE}|{_OWNED})\s+(?:[a-zåäö-]+\s+){{0,2}}?$")
# unit -> host, predicative: "X (STEA) on / toimii (hallinnollisesti) Y:n", a legal form or a bracket the unit's name
# leaves out between ("Karelia Ammattikorkeakoulu Oy on", "(STEA) on")
_UNIT_THEN_VERB = re.compile(r"(?:\s+(?:Oyj?|Ab|ry|rf|ky))?(?:\s*\([^()\n]{1,40}\))?\)?\s+(?:on|oli|toimii|toimi)\s+"
                             r"(?:[a-zåäö]+sti\s+)?$")
# after the host in the predicative: the postposition (and the participle of a kind noun), or the owning participle
_AFTER_HOST = re.compile(rf"\s+(?:{_POSTPOSITION}|{_OWNED}\b)(?![\w-])")
_SWEDISH = re.compile(r"\s+(?:underlyder|lyder\s+under|är\s+underställd[at]?|var\s+underställd[at]?)\s+$",
                      re.IGNORECASE)


def _mentions(c: Clause) -> list[Mention]:
    named = [m for m in (*c.named, *c.bare_bodies) if m.iri and m.type in HOSTS and id(m) not in c.inside]
    seen: set[tuple[int, int]] = set()
    out: list[Mention] = []
    for m in sorted(named, key=lambda m: (m.start, -m.end)):
        if (m.start, m.end) not in seen and not any(o.start <= m.start and m.end <= o.end for o in out):
            seen.add((m.start, m.end))
            out.append(m)
    return out


@rule(RULE, "partOf", "'Y:n yhteydessä toimiva X', 'X toimii Y:n alaisuudessa', 'Y:n omistama X Oy', "
      "'X underlyder Y'", needs="named")
def _working_under(c: Clause) -> list[Fact]:
    text = c.sent.text
    if not any(w in text for w in ("yhteydessä", "alaisuudessa", "alaisena", "omistam", "underlyder", "lyder under",
                                   "underställd")):
        return []
    base = c.sent.start
    ms = _mentions(c)
    out: list[Fact] = []

    def state(unit: Mention, host: Mention) -> None:
        if unit.type in UNITS and unit.iri != host.iri:
            out.append(Fact(unit.iri, "partOf", host.iri, c.ev, RULE, _WEIGHT))  # type: ignore[arg-type]

    for i, first in enumerate(ms):
        for second in ms[i + 1:i + 2]:  # the next name only: nothing named between the two
            gap = text[first.end - base:second.start - base]
            if first.case in _GENITIVE and _BEFORE_UNIT.fullmatch(gap):
                state(second, first)  # "Y:n yhteydessä toimiva X"
            elif first.case in _NOMINATIVE and second.case in _GENITIVE and _UNIT_THEN_VERB.fullmatch(gap) \
                    and _AFTER_HOST.match(text, second.end - base):
                state(first, second)  # "X toimii Y:n alaisuudessa"
            elif first.case in _NOMINATIVE and _SWEDISH.fullmatch(gap):
                state(first, second)  # "X underlyder Y"
    return out
