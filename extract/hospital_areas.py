"""A university hospital's name before an area word names the cooperation area, not the hospital.

The five university hospitals (data/hospitals.csv: HYKS, TYKS, TAYS, KYS, OYS) gave their names to the specialised
medical care responsibility areas (erityisvastuualue, ERVA) that the cooperation areas of 2022 continue, and documents
name an area by its hospital: "KYS-erva", "TYKS:n erityisvastuualue", "OYS:n erva-alueella", "HYKS-alueen",
"KYS:n yhteistoiminta-alueen kunnat". The reference data lists the commonest of these forms as the cooperation
areas' labels, so the gazetteer reads them whole; the others are the hospital's name, glued or followed by an area
noun in any case, and would be read as the hospital. The hospital is a Body and the area a CooperationArea, and a
document naming the area speaks of the municipalities and counties in it, not of the hospital's work.

The rule reads the shape "<hospital> <area noun>" (or "<acronym>-<area noun>" written as one word) and finds the area
through the reference data's own labels: the cooperation area labelled "<acronym>-erva" is the hospital's area, so
no table of pairs is kept here. The area nouns are the words of the acts and decrees that set the areas up
(erikoissairaanhoitolaki 1062/1989: erityisvastuualue; Government Decree 91/2022: yhteistyöalue) and their usual
short forms (erva, erva-alue, yta, yta-alue, alue, yhteistoiminta-alue).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.text import Token

if TYPE_CHECKING:
    from welfare_kg.extract.gazetteer import Gazetteer, KnownEntity, Match

# the area nouns (base forms) that make a hospital's name the name of its area
# (not a bare "alue": "KYS:n alueella" is as often the hospital's grounds, and "HYKS-alue" was one of HUS's hospital
# areas, a unit of the hospital district)
AREA_NOUNS = frozenset({"erva", "erva-alue", "erityisvastuualue", "yhteistoiminta-alue", "yhteistyöalue", "yta",
                        "yta-alue"})
# the short nouns the lexicon does not know, in their case forms ("ervan", "ERVA:lla", "YTA-alueella" is compounded)
_SHORT_NOUN = re.compile(r"(?i)^(erva|yta)(?::?(?:n|a|lla|llä|lle|lta|ltä|ssa|sta|an|ksi|na|in|ssä|stä))?$")
# an acronym glued to its area noun: "KYS-yhteistyöalueella", "HYKS-erva-alueen", "Tays-ervan"
_GLUED = re.compile(r"^([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{2,4})-(\S+)$")


def area_noun(word: str, morph: Morphology) -> bool:
    """Whether a word is an area noun of AREA_NOUNS in any case ("ervan", "erva-alueella", "yhteistyöalueen")."""
    if _SHORT_NOUN.match(word):
        return True
    first, dash, last = word.lower().rpartition("-")
    if dash and (_SHORT_NOUN.match(first) or first in AREA_NOUNS):
        return any(f"{first}-{base}" in AREA_NOUNS for base in morph.bases(last))
    return bool(morph.bases(word) & AREA_NOUNS)


def hospital_areas(gazetteer: Gazetteer) -> tuple[dict[str, KnownEntity], dict[str, KnownEntity]]:
    """(hospital IRI -> its cooperation area, acronym in upper case -> its cooperation area), read from the
    labels: a Body whose acronym X names a cooperation area labelled "X-erva" is that area's university hospital."""
    by_label = {label.lower(): ent for ent in gazetteer.entities.values() if ent.type == "CooperationArea"
                for label in ent.labels}
    of_hospital: dict[str, KnownEntity] = {}
    of_acronym: dict[str, KnownEntity] = {}
    for ent in gazetteer.entities.values():
        if ent.type != "Body":
            continue
        for label in sorted(ent.labels):  # sorted: the same answer whatever the hash seed
            area = by_label.get(f"{label.lower()}-erva") if len(label) <= 5 and " " not in label else None
            if area is not None:
                of_hospital[ent.iri] = area
                of_acronym[label.upper()] = area
    return of_hospital, of_acronym


def area_matches(tokens: list[Token], matches: list[Match], gazetteer: Gazetteer, morph: Morphology) -> list[Match]:
    """The matches with each university hospital followed by an area noun read as its cooperation area (the noun
    joins the match), and with "<acronym>-<area noun>" words that matched nothing added as the area."""
    from welfare_kg.extract.gazetteer import Match

    of_hospital, of_acronym = gazetteer.hospital_areas
    if not of_hospital:
        return matches
    out: list[Match] = []
    started = {m.start for m in matches}
    for m in matches:
        if m.entity.type == "Body" and _opens_unit_name(tokens, m.end, morph):
            continue  # "OYS psykiatria -toimialue": a unit of the county named after the hospital
        area = of_hospital.get(m.entity.iri)
        if area is not None and m.end < len(tokens) and tokens[m.end].start - tokens[m.end - 1].end == 1 \
                and area_noun(tokens[m.end].text, morph):
            m = Match(m.start, m.end + 1, area, _area_name(area))
        out.append(m)
    for i, tok in enumerate(tokens):
        # the dash first: this runs on every token of every sentence, and few tokens have one
        glued = _GLUED.match(tok.text) if "-" in tok.text and i not in started else None
        if glued is None or not (glued.group(1).isupper() or glued.group(1)[1:].islower()):
            continue
        area = of_acronym.get(glued.group(1).upper())
        if area is not None and area_noun(glued.group(2), morph):
            out.append(Match(i, i + 1, area, _area_name(area)))
    return sorted(out, key=lambda x: x.start) if len(out) != len(matches) else out


# the heads of a unit's name written after it with a spaced dash ("OYS psykiatria -toimialue", "KYS sydänkeskus
# -vastuualue"): a service area or unit of the organisation that runs the hospital, named after it
UNIT_HEADS = frozenset({"toimialue", "vastuualue", "palvelualue", "tulosalue", "tulosyksikkö", "yksikkö"})
_UNIT_WORDS = 3  # lower-case words between the hospital and the dash


def _opens_unit_name(tokens: list[Token], end: int, morph: Morphology) -> bool:
    """Whether a hospital's name is the first word of a unit's name: lower-case words after it and then a spaced
    dash before a unit head ("OYS psykiatria -toimialueelle"), as Finnish writes a name of several words joined to
    its head."""
    k = end
    while k < len(tokens) and k - end < _UNIT_WORDS and tokens[k].text.isalpha() and tokens[k].text.islower():
        k += 1
    if k == end or k >= len(tokens):
        return False
    dash = tokens[k].text
    if dash == "-" and k + 1 < len(tokens) and tokens[k + 1].start == tokens[k].end:
        head = tokens[k + 1].text
    elif dash.startswith("-") and len(dash) > 1:
        head = dash[1:]
    else:
        return False
    return bool(morph.bases(head) & UNIT_HEADS)


def _area_name(area: KnownEntity) -> str:
    """The area's label that the match stands for: its "<acronym>-erva" label (written as documents write it)."""
    return min((label for label in area.labels if label.lower().endswith("-erva")), default=area.label)


def reference_body(m: Mention) -> bool:
    """A hospital or cancer centre of the reference data (data/hospitals.csv), the only bodies it holds.

    Documents name them among a project's partner organisations ("Muut osallistuvat tahot: THL, Oulun
    yliopistollinen sairaala (OYS) ja ..."), where a partner field takes organisations only and would leave a body
    out; and as the place a board meets ("Paikka Kuopion yliopistollinen sairaala, hallituksen kokoushuone"), where
    it is no body that meets."""
    return m.type == "Body" and m.iri is not None and m.iri in _reference_bodies()


@lru_cache(maxsize=1)
def _reference_bodies() -> frozenset[str]:
    from welfare_kg.extract.gazetteer import reference_gazetteer

    return frozenset(iri for iri, ent in reference_gazetteer().entities.items() if ent.type == "Body")
