"""A region's co-operation group named with its region: "Etelä-Savon maakunnan yhteistyöryhmä".

Each region has a statutory co-operation group (maakunnan yhteistyöryhmä, laki alueiden kehittämisestä 7/2014 19 §;
Swedish "landskapets samarbetsgrupp"). Written in full, the region's genitive and "maakunnan" name it; the recogniser
reads the region as a place and the head alone as a bare "yhteistyöryhmä", which minutes then name after their town
("Mikkelin yhteistyöryhmä"). Here the whole phrase is one Body, named as written (in its base form), replacing the
bare head; the region stays a mention of its own.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import replace_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.text import tokenize
from welfare_kg.extract.text_scans import matches

# "Keski-Suomen maakunnan yhteistyöryhmän", "KESKI-SUOMEN MAAKUNNAN YHTEISTYÖRYHMÄN": a capitalised genitive of one
# or two words (the region), "maakunnan", then the head in any case
_GROUP = re.compile(r"\b(?P<region>[A-ZÅÄÖ][\wåäöÅÄÖ]*(?:-[A-ZÅÄÖ][\wåäöÅÄÖ]*)?[nN])\s+(?P<maakunnan>maakunnan)\s+"
                    r"(?P<head>yhteistyöryhm[\wäö]*)\b", re.IGNORECASE)


def _a_region(word: str) -> bool:
    """Whether the genitive is a region's name, as the reference gazetteer reads it."""
    from welfare_kg.extract.gazetteer import reference_gazetteer
    from welfare_kg.extract.morphology import get_morphology

    toks = tokenize(word.title() if word.isupper() else word)
    hits = reference_gazetteer().match(toks, get_morphology())
    return any(h.start == 0 and h.end == len(toks) and h.entity.type == "Region" for h in hits)


def regional_group_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                            text: str) -> None:
    """Add a Body mention for each "<Region> maakunnan yhteistyöryhmä" whose region the document names (in place);
    a bare body mention on the head goes."""
    _swedish_group_mentions(per_sentence, starts, mentions, text)
    if "aakunnan" not in text and "AAKUNNAN" not in text:
        return
    for m in matches(_GROUP, text):
        word = m.group("region")
        if not _a_region(word):
            continue  # not a region's name ("Kunnan maakunnan ..." is none)
        a, b = m.start(), m.end()
        inside = [x for x in mentions if x.start < b and a < x.end]
        if any(x.type == "Body" and (x.start < a or x.end > b) for x in inside):
            continue  # a longer body already read
        region = word if not word.isupper() else word.title()
        label = f"{region} maakunnan yhteistyöryhmä"
        head = m.group("head").lower()
        case = {"yhteistyöryhmä": "nimento", "yhteistyöryhmän": "omanto"}.get(head)
        found = Mention(start=a, end=b, surface=text[a:b], label=label, type="Body", rule="body-regional-group",
                        case=case)
        replace_mentions(per_sentence, starts, mentions, [x for x in inside if x.type == "Body"], found)


# "Landskapets samarbetsgrupp", "landskapets samarbetsgrupps möte": the group's Swedish name, which holds no region
_SWEDISH_GROUP = re.compile(r"\b[Ll]andskapets\s+samarbetsgrupp(?P<ending>en|ens|s)?\b")


def _swedish_group_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                            text: str) -> None:
    """Add a Body mention for each "landskapets samarbetsgrupp" (in place): the recogniser knows no Swedish head
    "samarbetsgrupp", so Swedish minutes of the group had no body for its meeting and posts."""
    if "amarbetsgrupp" not in text:
        return
    for m in _SWEDISH_GROUP.finditer(text):
        a, b = m.start(), m.end()
        inside = [x for x in mentions if x.start < b and a < x.end]
        if any(x.type == "Body" and (x.start < a or x.end > b) for x in inside):
            continue
        case = None if m.group("ending") in {"s", "ens"} else "nimento"
        found = Mention(start=a, end=b, surface=text[a:b], label="Landskapets samarbetsgrupp", type="Body",
                        rule="body-regional-group", case=case)
        replace_mentions(per_sentence, starts, mentions, [x for x in inside if x.type == "Body"], found)
