"""Sub-regions named "X:n seutu" in the nominative: "Turun seutu", "Vakka-Suomen seutu", "Porin seutu".

A sub-region or a town-led cooperation area is commonly named by its centre's (or its old province's) genitive and
"seutu". area_names.py leaves a bare "Oulun seudulla" alone: in a locative case it is a place's surroundings, not a
named area. In the nominative, as a list item ("toimialueen muodostaa neljä seutukuntaa: Turun seutu, Loimaan seutu
sekä Turunmaan seutu") or a row's organisation ("X, vs. seutujohtaja, Porin seutu"), it names the area. Read here:
one or two capitalised genitives, then "seutu" not followed by a capitalised word (then it is inside a longer name,
"Nivala-Haapajärven Seutu Nihak"; a person's first name and surname after it open the next row of a list) nor by a
noun that makes it an inflected compound's modifier; a span an existing name covers is left to that name. The name as
written is its label, typed CooperationArea.
"""

from __future__ import annotations

import re

from welfare_kg.extract.first_names import listed_first_name
from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint

_SEUTU = re.compile(r"\b(?P<name>(?:[A-ZÅÄÖ][\wåäö]*(?:-[A-ZÅÄÖ][\wåäö]*)*n[ \t]+)?"
                    r"[A-ZÅÄÖ][\wåäö]*(?:-[A-ZÅÄÖ][\wåäö]*)*n[ \t]+seutu)\b(?![ \t]*-\w)")
# what follows the name: a capitalised word or a number after it makes it part of a longer name, unless the words
# are a person's first name and surname, the next row of a member list run into one line ("..., vs. seutujohtaja,
# Porin seutu Jere Penttilä, suunnittelujohtaja, ...")
_AFTER = re.compile(r"[ \t]+(?P<first>[A-ZÅÄÖ][\wåäö]*(?:-[A-ZÅÄÖ][\wåäö]*)?)(?:[ \t]+(?P<last>[A-ZÅÄÖ][\wåäö-]+))?"
                    r"|[ \t]+[0-9]")
# a hyphen after "seutu" makes it the modifier of an appositive compound: "Kuopion seutu -lehti" is a newspaper
# genitives that open a sentence or qualify rather than name a place
_NOT_PLACES = frozenset({"Koko", "Tämän", "Sen", "Meidän", "Oman", "Alueen", "Koko maan"})


def seutu_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention], text: str) -> None:
    """Add a CooperationArea mention for each nominative "X:n seutu" no known name covers (in place)."""
    if "seutu" not in text:
        return
    added: list[Mention] = []
    for m in _SEUTU.finditer(text):
        a, b = m.start("name"), m.end("name")
        if text[a:b].split()[0] in _NOT_PLACES:
            continue
        after = _AFTER.match(text, b)
        if after is not None and not (after.group("last") and listed_first_name(after.group("first"))):
            continue  # "Nivala-Haapajärven Seutu Nihak", "Kuopion seutu 2030": inside a longer name
        if any(x.start < b and a < x.end and (x.start < a or x.end > b or x.type != "Municipality")
               for x in mentions):
            continue  # inside a longer name, or read already
        inside = [x for x in mentions if a <= x.start and x.end <= b]
        label = " ".join(text[a:b].split())
        found = Mention(start=a, end=b, surface=text[a:b], label=label, type="CooperationArea", case="nimento",
                        iri=mint("CooperationArea", fold(label)), rule="cooperationarea-seutu", key=fold(label) or None)
        if inside:
            gone = {id(x) for x in inside}
            mentions[:] = [x for x in mentions if id(x) not in gone]
            per_sentence[:] = insert_mentions(per_sentence, starts, [], gone)
        added.append(found)
    if added:
        mentions += added
        per_sentence[:] = insert_mentions(per_sentence, starts, added)
