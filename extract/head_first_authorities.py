"""Joint authorities whose name puts the head word first, written as a list item or a line of its own:
"• Kuntayhtymä Optima", "Samkommunen Kårkulla", "Kuntayhtymä Kaksineuvoinen".

The Local Government Act asks a joint authority's name to say what it is; most put "kuntayhtymä" last ("Pohjois-
Karjalan koulutuskuntayhtymä", read by the recogniser) or write the Swedish "X samkommun"
(swedish_joint_authorities.py),
but some put it first with a proper name after. In running text the last word then inflects ("Kuntayhtymä Kalliossa
ovat mukana"), so only a line that is the whole name is read: optionally a bullet or a number, the head word, one to
three capitalised words, then the line's end or a comma or bracket that opens the item's other fields. The name as
written is its label. It reads a list's layout and the law's naming, not one document.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import replace_mentions
from welfare_kg.extract.model import Mention

_LINE = re.compile(r"(?m)^[ \t]*(?:[•·*–-]|\d{1,2}[.)])?[ \t]*"
                   r"(?P<name>(?:Kuntayhtymä|Samkommunen|Samkommun)(?:[ \t]+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){1,3})"
                   r"[ \t]*(?=$|,|\()")


# the words of a joint authority's records and organs that a heading or agenda line puts after the head word
_RECORD_WORDS = frozenset({
    "päätös", "ehdotus", "esitys", "talousarvio", "tilinpäätös", "toimintakertomus", "pöytäkirja", "esityslista",
    "kokous", "hallitus", "yhtymähallitus", "yhtymävaltuusto", "valtuusto", "tarkastuslautakunta", "johtoryhmä",
    "tiedote", "uutiset", "yhteystiedot", "strategia", "beslut", "förslag", "budget", "bokslut", "protokoll",
    "föredragningslista", "möte", "styrelse", "fullmäktige", "samkommunsstyrelse", "samkommunsfullmäktige",
    "revisionsnämnd", "verksamhetsberättelse", "kontaktuppgifter", "nyheter"})


def head_first_authority_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                                  text: str) -> None:
    """Add a JointAuthority mention for each such line no longer name covers (in place); a town or a name read
    inside it goes."""
    if "ommun" not in text and "untayhtymä" not in text:
        return
    for m in _LINE.finditer(text):
        a, b = m.start("name"), m.end("name")
        if text[a:b].split()[1].lower() in _RECORD_WORDS:
            continue  # "Kuntayhtymä Talousarvio", "Samkommunen Beslut": a record's heading, not a name
        inside = [x for x in mentions if x.start < b and a < x.end]
        if any(x.start < a or x.end > b or x.type == "JointAuthority" for x in inside):
            continue  # a known authority or a longer name already read
        label = " ".join(text[a:b].split())
        replace_mentions(per_sentence, starts, mentions, inside,
                         Mention(start=a, end=b, surface=text[a:b], label=label, type="JointAuthority",
                                 rule="jointauthority-head-first"))
