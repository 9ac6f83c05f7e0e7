"""An organisation's name broken over the two lines of a letterhead: "KESKI-SATAKUNNAN TERVEYDEN- PÖYTÄKIRJA Nro
Sivu HUOLLON KUNTAYHTYMÄ", "KESKI-UUDENMAAN VESIEN- ESITYSLISTA- Yh 5/12 SUOJELUN KUNTAYHTYMÄ".

A kuntayhtymä's minutes printed to PDF set its name in a narrow box beside the document's title and page fields, the
long compound hyphenated at the box's edge; the text layer reads the box line by line across the whole page, so the
name's first line ("KESKI-SATAKUNNAN TERVEYDEN-") and its second ("HUOLLON KUNTAYHTYMÄ") come apart with the title
between. The recogniser then reads the second line alone as the authority ("Huollon kuntayhtymä"), a name nothing
else in the text uses, and every official of the list, the authority's boards and its members were tied to it.

Here a capitalised name read by its kind word whose first word completes a broken capitalised word shortly before
it (the two halves make one word the dictionary knows: "terveyden" + "huollon", "vesien" + "suojelun"), and whose
broken word is no elided compound ("SOSIAALI- JA TERVEYS..."), takes the joined name with the genitives written
before the broken word ("Keski-Satakunnan terveydenhuollon kuntayhtymä"); every mention written as that second line
takes the same name. Found in development in the letterheads of two kuntayhtymät of two regions (three documents).
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import OPENING_CHARS, insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint

RULE = "split-letterhead"
_DOCUMENT_KINDS = frozenset({"ESITYSLISTA", "PÖYTÄKIRJA", "KOKOUSKUTSU", "PÄÄTÖSLUETTELO", "OTE", "KALLELSE",
                             "PROTOKOLL", "FÖREDRAGNINGSLISTA"})
_TYPES = frozenset({"JointAuthority", "Body", "Association"})
# how far before the second line the first one may stand (the title and page fields between: "PÖYTÄKIRJA Nro Sivu")
_REACH = 80
# up to two capitalised genitives ("KESKI-SATAKUNNAN"), then a capitalised word broken with a hyphen and a space,
# not an elided compound's first part ("SOSIAALI- JA TERVEYS-", "SOCIAL- OCH HÄLSO-")
_BROKEN = re.compile(r"(?P<lead>(?:[A-ZÅÄÖ]+(?:-[A-ZÅÄÖ]+)*N[ \t]+){0,2})(?P<first>[A-ZÅÄÖ]{3,})-[ \t]+"
                     r"(?!(?:JA|TAI|SEKÄ|OCH|ELLER)\b)")


def _capitalised(word: str) -> str:
    """"KESKI-SATAKUNNAN" -> "Keski-Satakunnan": each hyphened part of a place name with its capital."""
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))


def _joined_label(text: str, m: Mention, morph: Morphology) -> str | None:
    """The whole name when the mention is a letterhead's second line and its first line stands shortly before."""
    words = m.surface.split()
    if len(words) < 2 or m.surface.upper() != m.surface or not words[0].isalpha():
        return None
    window = text[max(0, m.start - _REACH):m.start]
    # the nearest broken word before the second line that is not the document's own title broken too
    # ("ESITYSLISTA- PÖYTÄKIRJA": the kind of the document, whose second half is no name's)
    broken = next((b for b in reversed(list(_BROKEN.finditer(window)))
                   if b.group("first") not in _DOCUMENT_KINDS), None)
    if broken is None:
        return None
    joined = (broken.group("first") + words[0]).lower()
    if not any(a.base for a in morph.analyse(joined)):
        return None  # the halves make no word: two separate words, not one broken at a line's end
    lead = [_capitalised(w) for w in broken.group("lead").split()]
    rest = [w.lower() for w in words[1:]]
    name = " ".join([*lead, joined, *rest])
    return name[:1].upper() + name[1:]


def split_letterhead_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                              morph: Morphology) -> list[list[Mention]]:
    """per_sentence with a letterhead's second line, read alone as a name, given the whole name of its two lines."""
    if "- " not in text[:OPENING_CHARS]:
        return per_sentence
    mentions = [m for ms in per_sentence for m in ms]
    named: dict[str, str] = {}
    for m in mentions:
        if m.type in _TYPES and m.start < OPENING_CHARS and m.surface not in named \
                and (label := _joined_label(text, m, morph)) is not None:
            named[m.surface] = label
    if not named:
        return per_sentence
    added: list[Mention] = []
    drop: set[int] = set()
    for m in mentions:
        label = named.get(m.surface) if m.type in _TYPES else None
        if label is None:
            continue
        added.append(Mention(start=m.start, end=m.end, surface=m.surface, label=label, type=m.type, case=m.case,
                             rule=RULE, iri=mint(m.type, fold(label)), key=fold(label) or None))
        drop.add(id(m))
    return insert_mentions(per_sentence, starts, added, drop)
