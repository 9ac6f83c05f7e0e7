"""A university of applied sciences named by its own word and the kind: "Savonia-ammattikorkeakoulu", "Karelia
ammattikorkeakoulu", "Kemi-Tornion ammattikorkeakoulu", "LAB-ammattikorkeakoulu", "Yrkeshögskolan Novia".

Finnish universities of applied sciences are limited companies in law (FACTS.md counts them as companies), and their
names follow one shape: a name, a place's or region's genitive, or an acronym, then "ammattikorkeakoulu" (hyphened
to a name, spaced after a genitive); in Swedish "Yrkeshögskolan" first. The reference list holds today's, but
merged and renamed ones (a project report of 2010 names "Rovaniemen ammattikorkeakoulu") and names written another
way were left unread or read as an association by the slot they stood in, and the project they ran lost its
coordinator. The kind is closed and unambiguous; the word before it is the name's own when it is capitalised and
not a sentence's first word the lexicon knows as a common word ("Uusi ammattikorkeakoulu", "Kaikki
ammattikorkeakoulut"), or hyphened to the kind. The plural and the students' union ("ammattikorkeakoulun
opiskelijakunta") are left to other rules: only the kind's own mention is read.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex

RULE = "applied-university"
_NAME_WORD = r"[A-ZÅÄÖ][\w]*(?:-[A-ZÅÄÖ][\w]*)?"
# "Savonia-ammattikorkeakoulu", "Karelia ammattikorkeakoulu", "Oulun seudun ammattikorkeakoulu"
_FINNISH = re.compile(rf"(?<![\w-])(?P<name>{_NAME_WORD})(?P<sep>-|[ \t]+(?:seudun[ \t]+)?)"
                      r"(?P<kind>[Aa]mmattikorkeakoulu)(?P<ending>[a-zåäö]*)(?![\w-])")
# "Yrkeshögskolan Novia", "Yrkeshögskolan Arcada"
_SWEDISH = re.compile(rf"(?<![\w-])(?P<kind>Yrkeshögskolan)[ \t]+(?P<name>{_NAME_WORD})(?![\w-])")
_PLACES = frozenset({"Municipality", "Region"})
_GIVE_WAY = frozenset({"Association", "Company", "Municipality", "Region", "Agency", "Body"})
# the kind's case endings in the singular ("ammattikorkeakoulun", "ammattikorkeakoululle")
_SINGULAR_ENDINGS = frozenset({"", "n", "lla", "lle", "lta", "ssa", "sta", "a", "na", "ksi", "on", "un"})


def _own_word(word: str, opener: bool, hyphened: bool, morph: Morphology) -> bool:
    """Whether the word before the kind is the institution's own: hyphened to it, an acronym, a place's or name's
    word, a word the lexicon lacks; a common word or adjective only inside a sentence, where its capital is a
    name's ("Humanistinen ammattikorkeakoulu")."""
    if hyphened or (word.isupper() and len(word) >= 2):
        return True
    readings = morph.analyse(word)
    if not readings or all(a.cls is None for a in readings):
        return True
    if any(a.cls in {"paikannimi", "sukunimi", "etunimi", "nimi"} for a in readings):
        return True
    if any(a.cls in {"asemosana", "lukusana", "teonsana"} for a in readings):
        return False  # "Tämä ammattikorkeakoulu", "Kolme ammattikorkeakoulua"
    return not opener


def _opener(text: str, at: int) -> bool:
    k = at - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in ".!?:\n•*–-(\"”"


def applied_university_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                                morph: Morphology) -> list[list[Mention]]:
    """per_sentence with each university of applied sciences named by the kind's shape read as a company."""
    if "mmattikorkeakoulu" not in text and "Yrkeshögskolan" not in text:
        return per_sentence
    have: SpanIndex[Mention] | None = None
    added: list[Mention] = []
    drop: set[int] = set()
    found: list[tuple[int, int, str]] = []
    for m in _FINNISH.finditer(text):
        if m.group("ending") not in _SINGULAR_ENDINGS:
            continue  # the plural ("ammattikorkeakoulut", "-koulujen") speaks of the kind
        hyphened = m.group("sep") == "-"
        # a common word before a capitalised kind is a form's label and its value ("Organisaatiotyyppi
        # Ammattikorkeakoulu"), not a name: read as a sentence's first word
        opener = _opener(text, m.start()) or m.group("kind")[0].isupper()
        if not _own_word(m.group("name"), opener, hyphened, morph):
            continue
        sep = "-" if hyphened else " " + ("seudun " if "seudun" in m.group("sep") else "")
        found.append((m.start(), m.end(), f"{m.group('name')}{sep}{m.group('kind')}"))
    for m in _SWEDISH.finditer(text):
        if len(m.group("name")) < 3:
            continue  # a capitalised word after the kind is the school's own name; a letter is no name
        found.append((m.start(), m.end(), f"Yrkeshögskolan {m.group('name')}"))
    for start, end, label in found:
        if have is None:
            have = SpanIndex([x for ms in per_sentence for x in ms])
        inside = have.overlapping(start, end)
        if any(x.type not in _GIVE_WAY or x.start < start or x.end > end for x in inside):
            continue  # a longer name read across it ("LAB ammattikorkeakoulu Oy"), or a person
        if any(x.rule == "gazetteer" and x.type not in _PLACES for x in inside):
            continue  # read already by the reference list, whole or by its short name ("Savonia")
        added.append(Mention(start=start, end=end, surface=text[start:end], label=label, type="Company",
                             case="nimento", rule=RULE, iri=mint("Company", fold(label)), key=fold(label) or None))
        drop.update(id(x) for x in inside)
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence
