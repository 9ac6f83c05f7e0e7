"""People written surname first at the end of an item or list entry: "Eroanomus luottamustehtävästä; Silvala
Suvi", "Valtuutetun eron myöntäminen / Aho Jaana".

Minutes name the person an item concerns after its title, surname first as the municipality's registers
write them, and outside an attendance block (extract/people.py) nothing reads such a pair: the sentence rule
wants the first name first. The pair is read where both words leave no doubt about their order:
- it follows a separator of a title or list (";", ":", "/", a dash, a comma) or opens a line, and ends the
  line, the sentence or the list entry (a comma, ";", "ja", a bracket);
- the second word is a first name (DVV's statistics or Voikko's) and the first is none, and Voikko reads the
  first only as a surname or not at all (no place, no common word, no post, no Swedish noun's definite form);
- no mention read already touches the pair.
The person is named "Firstname Surname", as the annotation and the other rules name people.
"""

from __future__ import annotations

import re

from welfare_kg.extract.entities import is_post, readings_known
from welfare_kg.extract.layout import insert_untouched
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.name_order import given_name
from welfare_kg.extract.people import LAYOUT_WORDS
from welfare_kg.extract.text_scans import matches

_WORD = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
_ITEM_PAIR = re.compile(r"(?:(?<=[;:/–—-])|(?<=[;:/–—,-][ \t])|(?<=^)|(?<=\n))[ \t]*(?P<sur>" + _WORD + r")[ \t]"
                        r"(?P<first>" + _WORD + r")(?=[ \t]*(?:$|\n|[,;)(]|[ \t]ja[ \t]))", re.MULTILINE)

# definite endings of Swedish nouns that no Finnish or Swedish surname has ("hotellet", "gården", "skolan")
_SWEDISH_DEFINITE = ("et", "gården", "huset", "skolan", "salen", "torget", "vägen")


def _surname_only(word: str, morph: Morphology) -> bool:
    if given_name(word, morph) or word.lower() in LAYOUT_WORDS or is_post(word, morph):
        return False
    readings = morph.analyse(word)
    if not readings_known(readings):
        return not word.endswith(_SWEDISH_DEFINITE)  # "Badhotellet Sani": a Swedish noun in its definite form
    known = [r for r in readings if r.cls is not None]
    if any(r.cls not in _SURNAME_TOO for r in known):
        return False
    # "Mäkinen Jari, THL": a surname Voikko also reads as an adjective or a common noun in the nominative
    # ("mäkinen", "kangas"); "Nieminen Anna": a surname in -nen Voikko knows only as a place
    return any(r.cls == "sukunimi" and r.case == "nimento" for r in known) or (
        word.endswith("nen") and all(r.cls == "paikannimi" and r.case == "nimento" for r in known))


# the other readings a surname may have beside Voikko's surname one: a common noun, an adjective, a place, a verb
# form read into it ("Lehtinen"); a given name or a function word makes the order doubtful
_SURNAME_TOO = {"sukunimi", "nimisana", "laatusana", "nimisana_laatusana", "paikannimi", "teonsana"}


def surname_first_item_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                                morph: Morphology) -> list[list[Mention]]:
    """per_sentence with the surname-first people of item titles and list entries that nothing read there."""
    found: list[Mention] = []
    for m in matches(_ITEM_PAIR, text):
        sur, first = m.group("sur"), m.group("first")
        if not given_name(first, morph) or not _surname_only(sur, morph):
            continue
        found.append(Mention(start=m.start("sur"), end=m.end("first"), surface=text[m.start("sur"):m.end("first")],
                             label=f"{first} {sur}", type="Person", rule="person-surname-first"))
    return insert_untouched(per_sentence, starts, found) if found else per_sentence
