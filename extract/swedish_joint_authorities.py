"""Swedish names of joint municipal authorities: "Honkalampi samkommun", "Brahestads samkommun inom hälso- och
sjukvården", "Kust-Österbottens samkommun för social- och primärhälsovård".

The Local Government Act asks a joint authority's name to say what it is ("kuntayhtymä", in Swedish "samkommun");
the Finnish head is read by the recogniser (extract/entities.py), the Swedish one here: a capitalised name (a town's
genitive or any proper word) right before "samkommun", and the field it serves after "för" or "inom". A town read
inside the name is the authority's name, not a mention of the town.

A joint authority's minutes often call it by its acronym only, as the owner of its organs: "samkommunstyrelse för
SÖFUK", "ABC:n yhtymähallitus". An acronym owning an organ whose word opens with the joint authority's own kind
(samkommun-, yhtymä-) is that joint authority.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import replace_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.text_scans import matches

_SAMKOMMUN = re.compile(
    r"\b(?P<name>[A-ZÅÄÖ][\wåäöÅÄÖ]+(?:-[A-ZÅÄÖ][\wåäöÅÄÖ]+)*)\s+samkommun(?:en|ens|s)?\b"
    # its field: "för social- och primärhälsovård", "inom hälso- och sjukvården" (lower-case words, one "och")
    r"(?P<field>\s+(?:för|inom)\s+(?:[a-zåäö]+-\s+och\s+|[a-zåäö]+\s+och\s+)?"
    r"[a-zåäö]*(?:vård|vården|omsorg|omsorgen|service|tjänster|utbildning)\b)?")
# an organ of a joint authority and its owner's acronym: "samkommunstyrelsen för SÖFUK", "ABC:n yhtymähallitus"
_ORGAN_OF_ACRONYM = re.compile(
    r"\bsamkommun(?:styrelse|stämma|fullmäktige|direktör)\w*\s+(?:för|i)\s+(?P<sv>[A-ZÅÄÖ]{3,8})(?![\w-])"
    r"|(?<![\w-])(?P<fi>[A-ZÅÄÖ]{3,8}):n\s+yhtymä(?:hallitu|valtuust|kokou|johtaj)\w*")
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


def samkommun_acronym_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                               text: str) -> None:
    """Add a JointAuthority mention for an acronym that owns a joint authority's organ (in place), where no other
    name was read there."""
    for m in matches(_ORGAN_OF_ACRONYM, text):
        group = "sv" if m.group("sv") else "fi"
        a, b = m.span(group)
        inside = [x for x in mentions if x.start < b and a < x.end]
        if inside:
            continue  # the acronym is a known name already
        mention = Mention(start=a, end=b, surface=text[a:b], label=text[a:b], type="JointAuthority",
                          rule="jointauthority-organ-acronym", acronym=text[a:b])
        replace_mentions(per_sentence, starts, mentions, inside, mention)

