"""A grant or donation told in a verbless headline: "Pohjois-Karjalan kauppakamarilta 15 000 euroa Karelia-
ammattikorkeakoululle", "Kyläyhdistykselle 2 000 euroa Säästöpankilta".

A news headline leaves the verb out and lets the cases carry the sentence: the giver in the ablative (from whom),
the receiver in the allative (to whom), the sum in between or around. With no verb, no sentence rule read it, and
the lead below often says it again with a verb of donating ("lahjoittaa") that no rule counts as granting. The
cases are the structure here, not a wording: one organisation in the ablative, one receiver in the allative and one
exact euro sum in a line with no finite verb give the fact; anything more (two givers, two receivers, a verb) is left
to the sentence rules.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Fact
from welfare_kg.extract.morphology import verbless
from welfare_kg.extract.relations import ORGS, UNDERTAKINGS, Clause, rule

HEADLINE_CHARS = 160  # a longer line is no headline
# money that is paid, not given: an invoice, a fine, damages, rent, a price, a sale
_PAID = re.compile(r"(?i)\b(?:\w*lasku|\w*sakko|\w*sakon|\w*korvau\w*|vuokra\w*|\w*hinta|\w*hinnan|velka\w*|velan|"
                   r"laina\w*|faktura\w*|böter|hyra\w*|ersättning\w*|skadestånd\w*|lån|skuld\w*)\b")
_GIVERS = {"Association", "Company", "Agency", "Ministry", "Municipality", "JointAuthority", "WellbeingCounty",
           "Parish", "Body"}


@rule("funds:headline-cases", "funds",
      "'Pohjois-Karjalan kauppakamarilta 15 000 euroa Karelia-ammattikorkeakoululle': a verbless headline's "
      "ablative giver funds its allative receiver with its one sum", needs="euros")
def _headline_cases(c: Clause) -> list[Fact]:
    text = c.sent.text.strip()
    if len(text) > HEADLINE_CHARS or "\n" in text or len(c.euros) != 1 or c.euros[0].approximate \
            or _PAID.search(text):
        return []
    named = [m for m in c.named if m.iri and id(m) not in c.inside]
    givers = [m for m in named if m.case == "ulkoeronto" and m.type in _GIVERS]
    receivers = [m for m in named if m.case == "ulkotulento" and m.type in (ORGS | UNDERTAKINGS)]
    if len(givers) != 1 or len(receivers) != 1 or givers[0].iri == receivers[0].iri:
        return []
    if len({m.iri for m in named}) != 2 or not verbless(text, c.morph):
        return []  # a third name (a town, a project) or a verb: the sentence rules read it
    return [Fact(givers[0].iri or "", "funds", receivers[0].iri or "", c.ev, "funds:headline-cases", 0.6,
                 amount=c.euros[0].value)]
