"""Place names in brackets after a kind word take that kind: "kolmen hyvinvointialueen (Pohjois-Savo, Kainuu sekä
Lappi)", "hyvinvointialueet (Satakunta ja Pirkanmaa)", "två välfärdsområden (Österbotten och Vasa)".

A text that counts wellbeing services counties often names them by their places only: the kind word stands once
before the brackets, and each name inside stands in apposition to it. The gazetteer reads "Kainuu" as the region,
but here it is short for "Kainuun hyvinvointialue", the county the kind word names. Each place mention in such
brackets whose name is the place part of a known county's name ("Kainuun" of "Kainuun hyvinvointialue", in its base
form) is retyped to that county; a town or any other name in the brackets keeps its reading (a county's towns are
listed the same way: "Kainuun hyvinvointialueen (Kajaani, Sotkamo ja Kuhmo)").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology

RULE = "bracketed-kind-place"
# a form of the kind word right before the opening bracket; Finnish inflects the head ("hyvinvointialueen",
# "hyvinvointialuetta", "hyvinvointialueilla"), Swedish adds the article or plural ("välfärdsområdena")
_KIND_BRACKET = re.compile(r"(?<![\w-])(?:hyvinvointialue|välfärdsområde)[a-zåäö]*[ \t]*\(", re.IGNORECASE)
_HEADS = {" hyvinvointialue": "fi", " välfärdsområde": "sv"}
_PLACES = {"Region", "Municipality"}
_MAX_BRACKET = 200


@lru_cache(maxsize=8)
def _county_index(gaz: Gazetteer, morph: Morphology) -> dict[str, tuple[str, str]]:
    """Lower-cased base form of a county's place part -> (IRI, label): "pohjois-savo" for "Pohjois-Savon
    hyvinvointialue", "österbotten" for "Österbottens välfärdsområde"."""
    out: dict[str, tuple[str, str]] = {}
    for e in sorted(gaz.entities.values(), key=lambda x: x.iri):
        if e.type != "WellbeingCounty":
            continue
        for name in e.labels:
            for head, lang in _HEADS.items():
                if not name.endswith(head) or " " in name.removesuffix(head):
                    continue
                part = name.removesuffix(head)
                if lang == "sv":
                    bases = {part.lower().removesuffix("s")}
                else:
                    bases = {a.base.lower() for a in morph.analyse(part) if a.case == "omanto"}
                for base in bases:
                    out.setdefault(base, (e.iri, e.label))
    return out


def bracketed_county_mentions(text: str, per_sentence: list[list[Mention]], gaz: Gazetteer,
                              morph: Morphology) -> list[list[Mention]]:
    """per_sentence with each region or town mention in brackets after a wellbeing county kind word retyped to the
    county whose name it is the place part of."""
    spans = []
    for m in _KIND_BRACKET.finditer(text):
        close = text.find(")", m.end())
        if 0 <= close - m.end() <= _MAX_BRACKET:
            spans.append((m.end(), close))
    if not spans:
        return per_sentence
    index = _county_index(gaz, morph)
    out: list[list[Mention]] = []
    for ms in per_sentence:
        row = []
        for x in ms:
            hit = index.get(x.label.lower()) if x.type in _PLACES else None
            if hit is not None and any(a <= x.start and x.end <= b for a, b in spans):
                x = replace(x, type="WellbeingCounty", iri=hit[0], label=hit[1], rule=RULE, key=None,
                            parts=(*x.parts, x.label))
            row.append(x)
        out.append(row)
    return out
