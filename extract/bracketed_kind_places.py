"""Place names in brackets after a kind word take that kind: "kolmen hyvinvointialueen (Pohjois-Savo, Kainuu sekä
Lappi)", "hyvinvointialueet (Satakunta ja Pirkanmaa)", "två välfärdsområden (Österbotten och Vasa)", "maakuntaliitot
(Satakunta ja Pirkanmaa)", "sairaanhoitopiirit (Satakunta ja Pirkanmaa)".

A text that counts wellbeing services counties often names them by their places only: the kind word stands once
before the brackets, and each name inside stands in apposition to it. The gazetteer reads "Kainuu" as the region,
but here it is short for "Kainuun hyvinvointialue", the county the kind word names. Each place mention in such
brackets whose name is the place part of a known county's name ("Kainuun" of "Kainuun hyvinvointialue", in its base
form) is retyped to that county; a town or any other name in the brackets keeps its reading (a county's towns are
listed the same way: "Kainuun hyvinvointialueen (Kajaani, Sotkamo ja Kuhmo)"). The same holds for the other kinds
named after their region (KINDS): regional councils ("Pirkanmaan liitto") and hospital districts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology

RULE = "bracketed-kind-place"
# kind word stem (inflected forms start with it: "hyvinvointialueen", "hyvinvointialuetta", "maakuntaliittojen",
# "välfärdsområdena") -> the type of the things it names and the heads of their names after the place's genitive
KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    # a region mention carries the Finnish label whatever the text's language: both heads for both words
    "hyvinvointialue": ("WellbeingCounty", (" hyvinvointialue", " välfärdsområde")),
    "välfärdsområde": ("WellbeingCounty", (" hyvinvointialue", " välfärdsområde")),
    "sairaanhoitopiir": ("JointAuthority", (" sairaanhoitopiiri",)),
    "maakuntaliit": ("JointAuthority", (" liitto", " maakuntaliitto")),
}
_KIND_BRACKET = re.compile(r"(?<![\w-])(?P<kind>" + "|".join(KINDS) + r")[a-zåäö]*[ \t]*\(", re.IGNORECASE)
_PLACES = {"Region", "Municipality"}
_MAX_BRACKET = 200


@lru_cache(maxsize=32)
def _kind_index(gaz: Gazetteer, morph: Morphology, kind: str) -> dict[str, tuple[str, str]]:
    """Lower-cased base form of a place part -> (IRI, label) of the entity of the kind named so: "pohjois-savo" for
    "Pohjois-Savon hyvinvointialue", "österbotten" for "Österbottens välfärdsområde", "pirkanmaa" for "Pirkanmaan
    liitto"."""
    typ, heads = KINDS[kind]
    out: dict[str, tuple[str, str]] = {}
    for e in sorted(gaz.entities.values(), key=lambda x: x.iri):
        if e.type != typ:
            continue
        for name in sorted(e.labels):
            for head in heads:
                if not name.endswith(head) or " " in name.removesuffix(head):
                    continue
                part = name.removesuffix(head)
                if head.endswith("område"):  # Swedish: the genitive adds -s
                    bases = {part.lower().removesuffix("s")}
                else:
                    bases = {a.base.lower() for a in morph.analyse(part) if a.case == "omanto"}
                for base in bases:
                    out.setdefault(base, (e.iri, e.label))
    return out


def bracketed_kind_mentions(text: str, per_sentence: list[list[Mention]], gaz: Gazetteer,
                            morph: Morphology) -> list[list[Mention]]:
    """per_sentence with each region or town mention in brackets after a kind word retyped to the entity of that
    kind whose name it is the place part of."""
    spans = []
    for m in _KIND_BRACKET.finditer(text):
        close = text.find(")", m.end())
        kind = next(k for k in KINDS if m.group("kind").lower().startswith(k))
        if 0 <= close - m.end() <= _MAX_BRACKET:
            spans.append((m.end(), close, _kind_index(gaz, morph, kind)))
    if not spans:
        return per_sentence
    out: list[list[Mention]] = []
    for ms in per_sentence:
        row = []
        for x in ms:
            index = next((ix for a, b, ix in spans if a <= x.start and x.end <= b), None) \
                if x.type in _PLACES else None
            hit = index.get(x.label.lower()) if index is not None else None
            if hit is not None:
                x = replace(x, type=gaz.entities[hit[0]].type, iri=hit[0],
                            label=hit[1], rule=RULE, key=None, parts=(*x.parts, x.label))
            row.append(x)
        out.append(row)
    return out
