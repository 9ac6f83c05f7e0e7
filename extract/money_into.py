"""Money put into an undertaking: "Kaupunki panostaa X-hankkeeseen 200 000 euroa", "Kaupungin panostus
X-hankkeeseen on 2 miljoonaa euroa".

Towns and regions tell of their share of a large undertaking (a capital of culture, a sports hall, a development
project) as an investment, "panostaa"/"panostus", with the undertaking in the illative and a sum; that is the town
funding it. The giver is the name in the nominative right before the verb, or in the genitive right before the noun;
the receiver is the named undertaking or organisation in the illative right after (an adverb of time allowed before
it). A sum in euros must stand in the sentence: "panostaa nuoriin" or "panostaa laatuun" is no money.
"""

from __future__ import annotations

import re

from welfare_kg.extract.activity_funders import genitive
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.prefilter import guarded
from welfare_kg.extract.relations import FUNDERS, ORGS, UNDERTAKINGS, Clause, rule

RULE = "funds:money-into"
_GIVERS = FUNDERS | {"Parish", "Body"}
_TAKERS = (ORGS - {"Body"}) | UNDERTAKINGS
_VERB = guarded(re.compile(r"[ \t]+(?:(?:on|oli|ovat|olivat|aikoo|päätti)[ \t]+)?(?:panostaa|panostavat|panosti|"
                           r"panostivat|panostanut|panostaneet)[ \t]+(?:(?:myös|vuosittain|yhteensä)[ \t]+)?",
                           re.IGNORECASE))
_NOUN = guarded(re.compile(r"[ \t]+(?:panostus|panostuksen|panostukseksi|rahapanostus|rahapanostuksen)[ \t]+",
                           re.IGNORECASE))


@rule(RULE, "funds", "'Kaupunki panostaa X-hankkeeseen 200 000 euroa', 'Kaupungin panostus X-hankkeeseen'",
      needs="euros")
def _money_into(c: Clause) -> list[Fact]:
    """The giver of "panostaa"/"panostus" funds the undertaking in the illative right after, with the one sum."""
    if not c.euros or "panost" not in c.sent.text.lower():
        return []
    text, base = c.sent.text, c.sent.start
    named = sorted((m for m in c.free_named if m.iri), key=lambda m: m.start)
    for i, giver in enumerate(named[:-1]):
        if giver.type not in _GIVERS:
            continue
        if giver.case in {"nimento", None} and not genitive(giver):
            link = _VERB.match(text, giver.end - base)
        elif genitive(giver):
            link = _NOUN.match(text, giver.end - base)
        else:
            link = None
        receiver: Mention = named[i + 1]
        if link is None or receiver.start - base != link.end() or receiver.case != "sisatulento" \
                or receiver.type not in _TAKERS or receiver.iri == giver.iri:
            continue
        sums = [a for a in c.euros if not a.share]
        amount = sums[0] if len(sums) == 1 else None
        return [Fact(giver.iri or "", "funds", receiver.iri or "", c.ev, RULE, 0.6,
                     amount=amount.value if amount else None,
                     amount_qualifier="approximate" if amount and amount.approximate else None,
                     start_date=c.start, end_date=c.end)]
    return []
