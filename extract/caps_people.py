"""People whose names a signature block prints in capitals: "MATTI VIRTANEN" over "puheenjohtaja".

Minutes and agreements print the signers' names in capitals on a line of their own, one name or two side by side
("JARKKO KIVI SANNA LAINE"), often with no name in ordinary case nearby. The sentence rules want capitalised
words, not capitals, so such a signer was nobody. A line that holds nothing but two or four words in capitals is
read as one or two names when each pair is a first name (Voikko's or DVV's, read with its ordinary capitals)
and a word shaped like a surname (extract/listed_given_pairs.py); a heading in capitals ("KUNNANHALLITUS",
"ASIALISTA SIVU") has no such pair. The person is labelled in ordinary case ("Matti Virtanen").
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_untouched
from welfare_kg.extract.listed_given_pairs import surname_shaped
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.name_order import given_name

RULE_CAPS = "person-caps-line"
_CAPS = r"[A-ZÅÄÖÉ]{2,}(?:-[A-ZÅÄÖÉ]{2,})?"
# a line of two or four words in capitals, nothing else on it
_CAPS_LINE = re.compile(rf"(?m)^[ \t]*({_CAPS}(?:[ \t]+{_CAPS}){{1}}|{_CAPS}(?:[ \t]+{_CAPS}){{3}})[ \t]*$")
_WORD = re.compile(_CAPS)


def ordinary_case(word: str) -> str:
    """"JAN-ERIK" -> "Jan-Erik": each hyphen's part capitalised, the rest in lower case."""
    return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))


def caps_people(text: str, per_sentence: list[list[Mention]], starts: list[int],
                morph: Morphology) -> list[list[Mention]]:
    """per_sentence with the people of the lines in capitals that nothing read there."""
    found: list[Mention] = []
    for line in _CAPS_LINE.finditer(text):
        words = list(_WORD.finditer(text, line.start(1), line.end(1)))
        pairs = [(words[k], words[k + 1]) for k in range(0, len(words), 2)]
        people = []
        for a, b in pairs:
            first, last = ordinary_case(a.group(0)), ordinary_case(b.group(0))
            if not given_name(first, morph) or given_name(last, morph) or not surname_shaped(last, morph)[0]:
                break
            people.append(Mention(start=a.start(), end=b.end(), surface=text[a.start():b.end()],
                                  label=f"{first} {last}", type="Person", rule=RULE_CAPS, case="nimento", key=None))
        else:  # every pair of the line is a person, or none is read
            found += people
    return insert_untouched(per_sentence, starts, found)
