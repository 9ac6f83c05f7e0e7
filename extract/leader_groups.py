"""A Leader group named by "Leader" and its own name: "Leader Lappi", "Leader Pohjoisin Lappi", "Leader-ryhmä Varsin
Hyvä", "Leader Aktion Österbotten".

A Leader group (a local action group, registered as an association) is named by the programme's word first and a
capitalised name after it. The reference list holds the groups of its day, but groups merge and rename, and a name
the list lacks was read as the Leader programme plus a place ("Leader Lappi" -> the programme and the region
Lapland), so the group that funds a village's project was lost, and its grants with it. The shape is the evidence:
"Leader" (or "Leader-ryhmä") right before one to three capitalised words that are not a common word opening a
phrase ("Leader Hankkeet", "Leader Tuki"), with no punctuation between. The label keeps the words as written; the last
word is read in the nominative or the genitive ("Leader Aisaparin rahoitusyksikkö" -> "Leader Aisapari"), whose
"-n" is the one ending that can be undone without knowing the name.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import FINITE_MOODS, Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex

RULE = "leader-group"
_WORD = r"[A-ZÅÄÖ][\w]*(?:-[A-ZÅÄÖ][\w]*)?"
_NAME = re.compile(rf"(?<![\w-])(?P<kind>Leader(?:-ryhmä)?)[ \t]+(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}})(?![\w-])")
# what may be read inside the name and gives way to the group: the programme word, places, a bare association
_GIVE_WAY = frozenset({"Programme", "Region", "Municipality", "CooperationArea", "Association", "Company"})
# legal forms that end the name (read by the recogniser with it)
# the programme's own things, capitalised in a heading after its word
_PROGRAMME_WORDS = frozenset({"hanke", "tuki", "rahoitus", "ohjelma", "toiminta", "ryhmä", "strategia", "kausi",
                              "alue", "raha", "stöd", "programmet", "projekt", "område"})
_FORMS = {"ry", "rf", "Ry", "RY", "Rf", "RF"}


def _name_word(word: str, morph: Morphology, first: bool) -> bool:
    """A word of a group's own name: a place's or a name's, a word the lexicon lacks, an all-capitals name; a
    common noun or verb only as the first word and only in the nominative ("Leader Kuudestaan" is an adverb,
    "Leader Aisapari" a compound common noun)."""
    if word.isupper():
        return len(word) >= 3
    readings = morph.analyse(word)
    if not readings or all(a.cls is None for a in readings):
        return True
    if any(a.cls in {"paikannimi", "etunimi", "sukunimi", "nimi"} for a in readings):
        return True
    if not first:
        return False
    if word.lower() in _PROGRAMME_WORDS or any(
            a.cls in {"teonsana", "asemosana", "suhdesana", "sidesana"} or a.number == "plural" for a in readings):
        return False  # "Leader Hankkeet", "Leader Tuki": the programme's things, no group
    return all(a.case in {"nimento", None} for a in readings)


def _noun_after(text: str, end: int, morph: Morphology) -> bool:
    """Whether a lower-case noun follows `end` (what a genitive before it governs: "tukea", "rahoitusyksikkö")."""
    m = re.match(r"[ \t]+([a-zåäö]+)", text[end:end + 40])
    if m is None:
        return False
    readings = morph.analyse(m.group(1))
    return any(a.cls == "nimisana" for a in readings) and not any(a.mood in FINITE_MOODS for a in readings)


def leader_group_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                          morph: Morphology) -> list[list[Mention]]:
    """per_sentence with each "Leader <name>" read as the group (an association) it names."""
    if "Leader" not in text:
        return per_sentence
    have: SpanIndex[Mention] | None = None
    added: list[Mention] = []
    drop: set[int] = set()
    for m in _NAME.finditer(text):
        words = m.group("name").split()
        keep = 0
        for k, w in enumerate(words):
            if w in _FORMS or not _name_word(w, morph, k == 0):
                break
            keep = k + 1
        if not keep:
            continue
        last = words[keep - 1]
        readings = morph.analyse(last)
        cases = {a.case for a in readings}
        genitive = any(a.case == "omanto" and a.base.lower() == last[:-1].lower() for a in readings)
        if genitive and keep == len(words) and ("nimento" not in cases or _noun_after(text, m.end("name"), morph)):
            words[keep - 1] = last[:-1]  # "Leader Kivikkoilan tukea": the genitive before the noun it governs
        elif not last.isupper() and cases and "nimento" not in cases and None not in cases:
            continue  # an inflected name: only the genitive's "-n" is safe to undo
        end = m.start("name")
        for w in m.group("name").split()[:keep]:
            end = text.index(w, end) + len(w)
        if have is None:
            have = SpanIndex([x for ms in per_sentence for x in ms])
        inside = have.overlapping(m.start(), end)
        if any(x.type not in _GIVE_WAY or x.start < m.start() or x.end > end for x in inside):
            continue  # a longer name read across it, or a person
        if any(x.type == "Association" and x.start == m.start() for x in inside):
            continue  # read already as a group
        label = f"{m.group('kind')} {' '.join(words[:keep])}"
        added.append(Mention(start=m.start(), end=end, surface=text[m.start():end], label=label, type="Association",
                             case="nimento", rule=RULE, iri=mint("Association", fold(label)),
                             key=fold(label) or None))
        drop.update(id(x) for x in inside)
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence
