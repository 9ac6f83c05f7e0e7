"""What a person says, thanks or reports in a news sentence: "Projektipäällikkö X kertoo, että Ranuan kunnassa ...",
"Toiminnanjohtaja Y kiittää ministeriötä rahoituksesta", "– Kelan tuki auttoi, sanoo palveluohjaaja Z".

News and project pages introduce people by a title and quote them. When the title names no employer, the prose post
rule fell back to an organisation of the same sentence, and in such sentences the organisations stand in what the
person says (the town where a pilot began, the funder thanked, the agency in the quote), not in the person's own
description. Blind sets showed spurious posts at several times the development corpus's rate, news the likely
source. Finnish and Swedish mark the report the same way: a verb of saying after the name ("X kertoo"), or, when the
quote comes first, a comma or closing quote right before the verb ("..., sanoo X", "”...”, säger X"). An
organisation after such a verb, or before such an inverted verb, is left out as an employer; the organisations
written with the name itself ("X Kelasta kertoo", "Kelan johtaja X sanoo") still count, and are read by other rules.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Mention

# verbs of saying, thanking and reporting, third person, present and past (singular and plural where news use them);
# none of them also means granting or deciding ("myöntää" grants as well as admits: not here)
_FI = ("kertoo kertoi kertovat kertoivat sanoo sanoi sanovat sanoivat toteaa totesi toteavat totesivat korostaa "
       "korosti korostavat muistuttaa muistutti painottaa painotti arvioi arvioivat kiittää kiitti kiittävät "
       "kiittelee kiitteli uskoo uskoi uskovat toivoo toivoi toivovat iloitsee iloitsi huomauttaa huomautti kuvailee "
       "kuvaili lisää lisäsi jatkaa jatkoi pohtii pohti kommentoi kommentoivat summaa summasi tiivistää tiivisti "
       "muistelee muisteli vakuuttaa vakuutti selittää selitti perustelee perusteli mainitsee mainitsi kehuu kehui "
       "kannustaa kannusti kiteyttää kiteytti linjaa linjasi arvelee arveli harmittelee harmitteli")
_SV = ("säger sa sade berättar berättade konstaterar konstaterade betonar betonade tackar tackade menar menade "
       "tycker tyckte hoppas hoppades påpekar påpekade understryker underströk förklarar förklarade")
_VERB = "|".join(sorted({*_FI.split(), *_SV.split()}, key=len, reverse=True))
_SAYS = re.compile(rf"(?i)\b(?:{_VERB})\b")
# the quote before its speaker: a comma or a closing quotation mark, then the verb ("..., sanoo X", "” kertoo X")
_INVERTED = re.compile(rf"(?i)[,\"”»]\s*(?:{_VERB})\b")


def says_from(person: Mention, text: str, end: int) -> int | None:
    """Where what `person` says begins: the end of the first verb of saying after the name, before `end` (the
    sentence's end), or None. A verb further on than another person's name is that person's, not this one's; the
    caller passes the sentence, and names in between stay the caller's to read (their organisations come before
    the verb)."""
    hit = _SAYS.search(text, person.end, end)
    return hit.end() if hit else None


def quoted_before(person: Mention, org: Mention, text: str) -> bool:
    """Whether `org` stands in a quote the person is named as the speaker of, after it ("– Kelan tuki auttoi, sanoo
    palveluohjaaja X"): between them an inverted verb of saying."""
    return org.end <= person.start and _INVERTED.search(text, org.end, person.start) is not None
