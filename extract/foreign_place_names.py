"""Organisations with an English name that a town's name opens or closes: "Helsinki Business College", "Tampere
Music Academy", "Oulu Game Lab", "Demos Helsinki", "Business Joensuu".

Finnish pages write such names as they are registered, in English, beside Finnish text. Recognition read the town
in them and nothing else, so the organisation was missed and the town took its place in the sentence: "Hanketta
hallinnoi Helsinki Business College" made Helsinki the project's runner. The shape is the evidence: a known place
in the nominative (the mention's surface is its name as written) right beside one to three capitalised words no
Finnish dictionary holds (the analyser reads none of them, "Academy", "Demos", or only as a loan noun written with
letters no Finnish word has, "Business", "College"), in one line, the run
ending where a name may end (not before another capitalised word the analyser knows: a table's next cell or a
person's first name). An English word of area closing the run ("Helsinki Region", "Tampere City") keeps it a place;
a Swedish generic head ("Vasa Stad", "Korsholms Kommun") is the town itself, and a Swedish text, whose every
word the analyser leaves unread, is left alone.

The mention replaces the place mention inside it. The type follows a legal form ("Oy", "Ltd", "Ab": a Company);
otherwise Association, FACTS.md's kind for an organisation whose legal form the text does not show. A name ending in
"University" is left to the reference data of universities.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text_scans import matches

RULE = "foreign-place-name"
_PLACES = {"Municipality", "Region"}
MAX_WORDS = 3
_WORD = re.compile(r"[ \t]([A-Z][a-z]+)(?![\w-])")
_WORD_BACK = re.compile(r"(?<![\w-])([A-Z][a-z]+)[ \t]\Z")
_COMPANY = re.compile(r"[ \t](?:Oy|Oyj|Ltd|Ab|Inc)(?![\w-])")
# English words of area: "Helsinki Region" is the place by another name
_AREA = {"Region", "Area", "City", "Metropolitan", "County", "District", "Province", "Capital", "Municipality",
         "Town", "Village", "Lake", "River", "Airport", "Center", "Centre", "Station", "Harbour", "Port"}
_SV_GENERIC = re.compile(r"(?i)(?:stad|staden|kommun|kommunen|region|regionen|landskap|län|socken|by|byn)$")
# where a name may end: punctuation, a line end, or a lower-case word
_END = re.compile(r"[ \t]*(?:[.,;:)(\n\"”']|$)|[ \t]+[a-zåäö0-9–-]")


_LOAN_LETTERS = re.compile(r"[bcfqwxz]")
_MID_SENTENCE = re.compile(r"(?:[a-zåäö]|,)[ \t]+\Z")


def _unknown(word: str, morph: Morphology) -> bool:
    """A word of another language: no reading of the analyser ("Academy", "Demos"), or a loan the dictionary holds
    only as a common noun and written with letters no Finnish word has ("Business", "College"); not a Finnish
    word, a name or a place."""
    if word in _AREA or _SV_GENERIC.fullmatch(word) or word.endswith("nen"):
        return False  # ... or a Finnish surname's ending the dictionary lacks the stem of ("Majanen")
    readings = morph.analyse(word)
    return all(a.cls is None for a in readings) or (
        _LOAN_LETTERS.search(word.lower()) is not None and all(a.cls == "nimisana" for a in readings))


_SV_WORDS = re.compile(r"(?<![\w-])(?:och|att|för|som|med|av|är|den|det|till)(?![\w-])")
_FI_WORDS = re.compile(r"(?<![\w-])(?:ja|on|että|sekä|kanssa|ovat|oli|myös|tai)(?![\w-])")


def _swedish(text: str) -> bool:
    """A Swedish text, every word of which the Finnish analyser reads as unknown ("Protokolljustering Saltvik"):
    more of Swedish's common short words than of Finnish's."""
    return sum(1 for _ in matches(_SV_WORDS, text)) > sum(1 for _ in matches(_FI_WORDS, text))


def foreign_place_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                           morph: Morphology) -> list[list[Mention]]:
    """An organisation mention for each place that capitalised foreign words open (the place in any case: "Demos
    Helsingin") or close (the place in the nominative)."""
    # a town written with its kind word ("Järvenpään kaupungista") is the town, no word of a foreign name
    places = [m for ms in per_sentence for m in ms if m.type in _PLACES and " " not in m.surface.strip()]
    if not places or _swedish(text):
        return per_sentence
    have = SpanIndex([m for ms in per_sentence for m in ms])
    added: list[Mention] = []
    drop: set[int] = set()
    taken: list[tuple[int, int]] = []
    for place in places:
        a, b, words = place.start, place.end, 0
        inflected = place.surface != place.label  # "Demos Helsingin": the place's ending is the name's
        while not inflected and words < MAX_WORDS:  # English words after the place: "Helsinki Business College"
            w = _WORD.match(text, b)
            if w is None or not _unknown(w.group(1), morph):
                break
            b, words = w.end(), words + 1
        after = words
        while words < MAX_WORDS:  # ... or before it: "Demos Helsinki", "Business Joensuu"
            w = _WORD_BACK.search(text, max(0, a - 40), a)
            if w is None or not _unknown(w.group(1), morph):
                break
            a, words = w.start(1), words + 1
        if not words or (words > after and _WORD_BACK.search(text, max(0, a - 40), a) is not None):
            continue  # no foreign word; a capitalised word the analyser knows before them (a first name, a heading)
        if words > after and not _LOAN_LETTERS.search(text[a:place.start].lower()) and not (
                place.case == "omanto" and _MID_SENTENCE.search(text, max(0, a - 12), a)):
            # a word before a town that only the dictionary lacks may be a surname ("Tavasti Siilinjärvi sai"):
            # English spelling says a foreign name, or the town's genitive ending carried for both words
            # inside a sentence ("... sekä Demos Helsingin yhteisen hankkeen")
            continue
        company = _COMPANY.match(text, b)
        if company is not None:
            b = company.end()
        if after and _END.match(text, b) is None:
            continue  # "Helsinki Business Matti ...": a capitalised word the analyser knows goes on (a cell, a name)
        if a > 1 and text[a - 1] in " \t" and _WORD_BACK.search(text, max(0, a - 40), a) is not None \
                and after == words:
            continue  # a capitalised word before the place as well: a longer name or a heading's words
        if re.match(r"[ \t]+[-–][a-zåäö]", text[b:b + 4]):
            continue  # "Helsinki Pride -viikolla": the title of an event a spaced dash head follows
        name = text[a:b] if not inflected else text[a:place.start] + place.label
        if name.endswith("University") or any(x < b and a < y for x, y in taken):
            continue
        inside = have.overlapping(a, b)
        if any(m is not place and m.type not in _PLACES for m in inside):
            continue  # a word of the run read as something else already
        typ = "Company" if company is not None else "Association"
        added.append(Mention(start=a, end=b, surface=text[a:b], label=name, type=typ, rule=RULE,
                             iri=mint(typ, fold(name)), key=fold(name) or None,
                             case=place.case if inflected else "nimento"))
        drop.update(id(m) for m in inside)
        taken.append((a, b))
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence
