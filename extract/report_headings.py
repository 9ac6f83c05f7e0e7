"""A report's heading word read as a word of a project's name: "Loppuraportti Metsänomistajan
Verkkopalvelut -hanke", "Yhteenveto hankkeesta", "Slutrapport Projekt X", and after it on a report's cover or
title line: "Kolman Koto esiselvityshanke Loppuraportti", "X LOPPURAPORTTI Etelä-Karjalan Omaishoitajat ry".

Final reports and applications put the part of the report before the project's name on one line ("Loppuraportti
X-hanke") or as a form's field ("Yhteenveto hankkeesta"). The recogniser of extract/entities.py takes a capitalised
word right before a name or a head as the name's own; a word for a part of a report never is. The word leaves the
name; a name that was only the word and its head ("Yhteenveto hanke") names nothing and goes. After the name the
word for the report (final or interim) ends it: what follows is the report's publisher, authors or date.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold, identity_key

# words for a part of a report or an application, never a project's first word
_PART = re.compile(r"(?:Loppuraportti|Väliraportti|Yhteenveto|Tiivistelmä|Slutrapport|Mellanrapport|Sammanfattning)"
                   r"[ \t]+(?=\S)")
# the report itself after the name, in any case ("X Loppuraportti", "X LOPPURAPORTTI"): the name ends before it
_REPORT_AFTER = re.compile(r"[ \t]+(?i:loppuraportti|väliraportti|slutrapport|mellanrapport)(?![\w-])")
# what is left when the heading word only qualified the project's head ("Yhteenveto hankkeesta")
_HEAD_ONLY = re.compile(r"(?i)(?:hanke|hank\w*|projekt\w*)")
_TYPES = {"Project", "Programme"}


def _cut_after(m: Mention, morph: Morphology) -> Mention | None:
    """`m` ended before the report word that follows its name, or None when nothing of a name is left."""
    cut = _REPORT_AFTER.search(m.surface)
    label_cut = _REPORT_AFTER.search(m.label)
    if cut is None or label_cut is None:
        return m
    label = m.label[:label_cut.start()].strip()
    if not label or _HEAD_ONLY.fullmatch(label):
        return None
    return Mention(start=m.start, end=m.start + cut.start(), surface=m.surface[:cut.start()], label=label,
                   type=m.type, iri=m.iri, case=m.case, rule=m.rule, acronym=m.acronym,
                   key=(identity_key(label, morph) or fold(label)) if m.key else None,
                   parts=tuple(p for p in m.parts if not _REPORT_AFTER.search(p)), generic=m.generic)


def _trimmed(m: Mention, morph: Morphology) -> Mention | None:
    """`m` without its heading word, or None when nothing of a name is left."""
    after = _cut_after(m, morph)
    if after is None:
        return None
    m = after
    cut = _PART.match(m.surface)
    label_cut = _PART.match(m.label)
    if cut is None or label_cut is None:
        return m
    label = m.label[label_cut.end():].strip()
    if not label or _HEAD_ONLY.fullmatch(label) or _HEAD_ONLY.fullmatch(m.surface[cut.end():].strip()):
        return None
    label = label[:1].upper() + label[1:]
    return Mention(start=m.start + cut.end(), end=m.end, surface=m.surface[cut.end():], label=label, type=m.type,
                   iri=m.iri, case=m.case, rule=m.rule, acronym=m.acronym,
                   key=(identity_key(label, morph) or fold(label)) if m.key else None, parts=m.parts,
                   generic=m.generic)


def trim_report_headings(per_sentence: list[list[Mention]], morph: Morphology) -> list[list[Mention]]:
    """per_sentence with the heading words taken off the projects' and programmes' names they open."""
    out: list[list[Mention]] = []
    for ms in per_sentence:
        kept: list[Mention] = []
        for m in ms:
            t = _trimmed(m, morph) if m.type in _TYPES and not m.iri else m
            if t is not None:
                kept.append(t)
        out.append(kept)
    return out
