"""Capitalised compounds that say how an undertaking is funded or led, written right before its name.

"ESR-rahoitteinen Työkuntoon -hanke", "EU-osarahoitteinen Hyvä Arki -hanke", "Kela-tuettu Liikkuva Arki -hanke",
"Leader-rahoitteinen Kylä Elää -projekti": the first part of the compound is capitalised (a fund's or an agency's
acronym or name), so a walk back from " -hanke" that takes every capitalised word reads the modifier into the name.
The second part is what gives it away: a funding adjective or a participle ("-rahoitteinen", "-osarahoitteisen",
"-rahoittama", "-tuettu", "-vetoinen") describes, it never names. Voikko does not know most of these compounds (nor
"rahoitteinen" alone), so the tail is matched by its stem first and by Voikko's participle reading second. The
funder glued to the modifier stays readable (role_verbs' funds:funded-adjective reads it); only the name's extent
changes.
"""

from __future__ import annotations

from welfare_kg.extract.morphology import Morphology

# stems of the second part: funded, supported, led, administered, coordinated
_TAIL_STEMS = ("rahoittei", "avustei", "rahoitet", "rahoittam", "avustet", "tuettu", "tuetu", "tukem", "vetoi",
               "hallinnoim", "koordinoim", "johtoi")
# participle readings of a second part Voikko knows ("STM-rahoittama": agent; "Kela-tuettu": past passive)
_PARTICIPLES = {"agent", "past_passive", "present_passive"}


def describing_compound(word: str, morph: Morphology) -> bool:
    """Whether a capitalised hyphenated word is a funding or leading modifier ("ESR-rahoitteinen"), not a name word.

    Only a lower-case second part after an inner hyphen counts: "Etelä-Karjalan", "Sote-keskus" and "Hyvä" are
    names' words; the first part must be at least two characters (an acronym or a name)."""
    if "-" not in word.strip("-") or not word[:1].isupper():
        return False
    head, _, tail = word.rpartition("-")
    if len(head) < 2 or not tail[:1].islower():
        return False
    low = tail.lower()
    if any(s in low for s in _TAIL_STEMS):
        return True
    readings = morph.analyse(tail)
    return bool(readings) and all(a.mood in _PARTICIPLES for a in readings)
