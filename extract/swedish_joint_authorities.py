"""Swedish names of joint municipal authorities: "Honkalampi samkommun", "Brahestads samkommun inom hälso- och
sjukvården", "Kust-Österbottens samkommun för social- och primärhälsovård".

The Local Government Act asks a joint authority's name to say what it is ("kuntayhtymä", in Swedish "samkommun");
the Finnish head is read by the recogniser (extract/entities.py), the Swedish one here: a capitalised name (a town's
genitive or any proper word) right before "samkommun", and the field it serves after "för" or "inom". A town read
inside the name is the authority's name, not a mention of the town.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import replace_mentions
from welfare_kg.extract.model import Mention

_SAMKOMMUN = re.compile(
    r"\b(?P<name>[A-ZÅÄÖ][\wåäöÅÄÖ]+(?:-[A-ZÅÄÖ][\wåäöÅÄÖ]+)*)\s+samkommun(?:en|ens|s)?\b"
    # its field: "för social- och primärhälsovård", "inom hälso- och sjukvården" (lower-case words, one "och")
    r"(?P<field>\s+(?:för|inom)\s+(?:[a-zåäö]+-\s+och\s+|[a-zåäö]+\s+och\s+)?"
    r"[a-zåäö]*(?:vård|vården|omsorg|omsorgen|service|tjänster|utbildning)\b)?")
# capitalised words that open a sentence or a heading rather than a name
_NOT_NAMES = frozenset({"Den", "Denna", "Vår", "Varje", "En", "Ny", "Nya", "Hela", "Samma", "Bägge"})


def samkommun_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                       text: str) -> None:
    """Add a JointAuthority mention for each "<Name> samkommun" no known name covers (in place); a municipality
    read inside it goes (the sentence lists and the flat list)."""
    if "samkommun" not in text:
        return
    for m in _SAMKOMMUN.finditer(text):
        name = m.group("name")
        if name in _NOT_NAMES:
            continue
        a, b = m.start(), m.end()
        inside = [x for x in mentions if x.start < b and a < x.end]
        if any(x.type != "Municipality" or x.start < a or x.end > b for x in inside):
            continue  # a known authority ("Kårkulla samkommun") or a longer name already read
        label = " ".join(text[a:b].split())
        mention = Mention(start=a, end=b, surface=text[a:b], label=label, type="JointAuthority",
                          rule="jointauthority-samkommun")
        replace_mentions(per_sentence, starts, mentions, inside, mention)
