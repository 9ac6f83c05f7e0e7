"""People written surname first at the end of an item or list entry: "Eroanomus luottamustehtävästä; Silvala
Suvi", "Valtuutetun eron myöntäminen / Aho Jaana".

Minutes name the person an item concerns after its title, surname first as the municipality's registers
write them, and outside an attendance block (extract/people.py) nothing reads such a pair: the sentence rule
wants the first name first. The pair is read where both words leave no doubt about their order:
- it follows a separator of a title or list (";", ":", "/", a dash, a comma, a bullet) or opens a line, and ends the
  line, the sentence or the list entry (a comma, ";", "ja", a bracket);
- the second word is a first name (DVV's statistics or Voikko's) and the first is none, and Voikko reads the
  first only as a surname or not at all (no place, no common word, no post, no Swedish noun's definite form);
- no mention read already touches the pair.
The person is named "Firstname Surname", as the annotation and the other rules name people.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from welfare_kg.extract.entities import is_post, readings_known
from welfare_kg.extract.layout import insert_mentions, insert_untouched
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.name_order import given_name
from welfare_kg.extract.people import LAYOUT_WORDS
from welfare_kg.extract.surnames import listed_surname
from welfare_kg.extract.text_scans import matches
from welfare_kg.extract.town_names import town_names

_WORD = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
# (each opens with the test that a capital follows the spaces: tried first, it saves the five look-behinds at
# nearly every place of a page, with the same matches; issue 13)
_ITEM_PAIR = re.compile(r"(?=[ \t]*[A-ZÅÄÖ])"
                        r"(?:(?<=[;:/–—-])|(?<=[;:/–—,•▪·*-][ \t])|(?<=^)|(?<=\n)|(?<=\d[ \t]))[ \t]*(?P<sur>" + _WORD
                        + r")[ \t](?P<first>" + _WORD + r")(?=[ \t]*(?:$|\n|[,;)(•▪·]|[ \t]ja[ \t]|/[ \t])"
                        r"|[ \t]+(?P<next>[A-ZÅÄÖ][a-zåäö]{3,})\b)", re.MULTILINE)
# (a bullet closes an entry as a line end does: a PDF transcript runs a bulleted list into one line,
# "• Ahola Lotta, Pippuri Linda • Garedew Kaisa, ...")
# the same opening, a surname and two given names that close the entry: "• Aula Maria Kaisa, pj., Flink Piia"
_ITEM_TRIPLE = re.compile(r"(?=[ \t]*[A-ZÅÄÖ])"
                          r"(?:(?<=[;:/–—-])|(?<=[;:/–—,•▪·*-][ \t])|(?<=^)|(?<=\n)|(?<=\d[ \t]))[ \t]*(?P<sur>"
                          + _WORD + r")[ \t](?P<first>" + _WORD + r")[ \t](?P<first2>" + _WORD
                          + r")(?=[ \t]*(?:$|\n|[,;)(•▪·]|[ \t]ja[ \t]))", re.MULTILINE)
# "Lukkari, Tarja, erityisasiantuntija", "yhteyshenkilö Korhonen, Liisa, puh. ...", "Virtanen, Matti (KAMK)": a
# surname, a comma and a first name, in running text as in lists; the comma marks the order, so no separator need
# open it, but the first name must close the name: a comma, ";", a bracket, the line's end, or a lower-case word
# that is a post title or a phone's abbreviation (`_COMMA_CLOSERS`) -- "Laine, Anna ja Pekka" is no such name
_COMMA_PAIR = re.compile(r"(?<![\w-])(?P<sur>" + _WORD + r"),[ \t]+(?P<first>" + _WORD
                         + r")(?=[ \t]*(?:$|\n|[,;)(])|[ \t]+(?P<next>[a-zåäö][\w-]*))", re.MULTILINE)
_COMMA_CLOSERS = {"puh", "p", "tel", "gsm", "email", "sähköposti", "s-posti", "e-post"}
# a capitalised word and a comma right before the surname: the pair continues an enumeration ("Virtanen,
# Laine, Anna")
_LISTED_BEFORE = re.compile(r"(?P<prev>[A-ZÅÄÖ][\w-]*),[ \t]*$")
# what the next item's title may open with after a pair run into it ("; Silvala Suvi Kehitysvammaisten autetun
# asumisen yksikön perustaminen"): a common word, no name of any kind
_COMMON = {"nimisana", "laatusana", "nimisana_laatusana", "teonsana", "seikkasana", "asemosana", "lukusana"}

# definite endings of Swedish nouns that no Finnish or Swedish surname has ("hotellet", "gården", "skolan")
_SWEDISH_DEFINITE = ("et", "gården", "huset", "skolan", "salen", "torget", "vägen")


def _surname_only(word: str, morph: Morphology, *, towns: bool = False) -> bool:
    """Whether `word` reads only as a surname; with `towns`, a town's name DVV lists as a surname too ("Lahti",
    "Viitasaari"), for a row whose other pairs are surname first."""
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
        word.endswith("nen") and all(r.cls == "paikannimi" and r.case == "nimento" for r in known)) \
        or (listed_surname(word) and (towns or word not in town_names()))
    # DVV's surname Voikko reads as a common word or a place ("Kuuluvainen"); a town ("Kuopio") is as often the town


# the other readings a surname may have beside Voikko's surname one: a common noun, an adjective, a place, a verb
# form read into it ("Lehtinen"); a given name or a function word makes the order doubtful
_SURNAME_TOO = {"sukunimi", "nimisana", "laatusana", "nimisana_laatusana", "paikannimi", "teonsana"}


def surname_first_item_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                                morph: Morphology) -> list[list[Mention]]:
    """per_sentence with the surname-first people of item titles and list entries that nothing read there."""
    found: list[Mention] = []
    towns: list[re.Match[str]] = []  # pairs whose first word is a town DVV lists as a surname too
    for m in matches(_ITEM_PAIR, text):
        sur, first = m.group("sur"), m.group("first")
        if not given_name(first, morph):
            continue
        if not _surname_only(sur, morph):
            if m.group("next") is None and _surname_only(sur, morph, towns=True):
                towns.append(m)
            continue
        if m.group("next") is not None:
            # a run-in list: the next item opens with a capitalised common word ("Kehitysvammaisten"), only after
            # a title separator (";", "/", ":", a dash), not after an item's number or a comma
            readings = morph.analyse(m.group("next"))
            opener = text[max(0, m.start("sur") - 2):m.start("sur")].strip()[-1:]
            if opener not in {";", "/", ":", "–", "—", "-"} or not readings \
                    or any(r.cls not in _COMMON for r in readings) or given_name(m.group("next"), morph):
                continue
        found.append(Mention(start=m.start("sur"), end=m.end("first"), surface=text[m.start("sur"):m.end("first")],
                             label=f"{first} {sur}", type="Person", rule="person-surname-first"))
    # "• Savolainen Katri, Viitasaari Vilma": a town's name that is a surname too ("Viitasaari", "Lahti") is the
    # surname where a pair on its own line, or on the line before or after, was read surname first
    breaks = [b.start() for b in re.finditer("\n", text)] if towns else []
    rows = {bisect_left(breaks, p.start) for p in found}
    for m in towns:
        line = bisect_left(breaks, m.start("sur"))
        if {line - 1, line, line + 1} & rows:
            found.append(Mention(start=m.start("sur"), end=m.end("first"),
                                 surface=text[m.start("sur"):m.end("first")],
                                 label=f"{m.group('first')} {m.group('sur')}", type="Person",
                                 rule="person-surname-first"))
    commas = _comma_pairs(text, morph)
    if commas:
        # "Korhonen, Liisa": the sentence rule may have read the surname alone as a person; the pair replaces it
        # (a person read over the whole pair, as a block of minutes reads its rows, stays with its role)
        have = [x for ms in per_sentence for x in ms if x.type == "Person"]
        spans = [(c.start, c.end) for c in commas]
        drop = {id(x) for x in have if any(a <= x.start and x.end <= z and (x.start, x.end) != (a, z)
                                            for a, z in spans)}
        if drop:
            per_sentence = insert_mentions(per_sentence, starts, [], drop)
        found = [f for f in found if not any(a < f.end and f.start < z for a, z in spans)] + commas
        found.sort(key=lambda f: f.start)
    triples = _triples(text, morph)
    if triples:
        # the sentence rule read the two given names as a name and a surname ("Maria Kaisa"): the entry's reading
        # replaces a person inside it
        have = [x for ms in per_sentence for x in ms if x.type == "Person"]
        spans = [(t.start, t.end) for t in triples]
        drop = {id(x) for x in have if any(a <= x.start and x.end <= z for a, z in spans)}
        per_sentence = insert_mentions(per_sentence, starts, [], drop)
        found = [f for f in found if not any(a <= f.start < z for a, z in spans)] + triples
    return insert_untouched(per_sentence, starts, found) if found else per_sentence


def _triples(text: str, morph: Morphology) -> list[Mention]:
    """"Aula Maria Kaisa, pj.": a surname and two given names closing a list entry (`_ITEM_TRIPLE`), where both
    given names are first names and the first word reads only as a surname."""
    out = []
    for m in matches(_ITEM_TRIPLE, text):
        sur, first, first2 = m.group("sur"), m.group("first"), m.group("first2")
        if not (given_name(first, morph) and given_name(first2, morph)) or not _surname_only(sur, morph):
            continue
        out.append(Mention(start=m.start("sur"), end=m.end("first2"), surface=text[m.start("sur"):m.end("first2")],
                           label=f"{first} {first2} {sur}", type="Person", rule="person-surname-first"))
    return out



def _comma_pairs(text: str, morph: Morphology) -> list[Mention]:
    """"Korhonen, Liisa, puh.": a surname, a comma and a first name (`_COMMA_PAIR`), where the first word reads only
    as a surname (no town, no given name: "Kajaani, Kuhmo" are places), the second is a first name, and the pair
    does not continue an enumeration of capitalised words; the person is labelled "Firstname Surname" as written
    the other way round, and the surface keeps "Surname, Firstname"."""
    out = []
    for m in matches(_COMMA_PAIR, text):
        sur, first, nxt = m.group("sur"), m.group("first"), m.group("next")
        if nxt is not None and nxt.lower().rstrip(".") not in _COMMA_CLOSERS and not is_post(nxt, morph):
            continue
        if not given_name(first, morph) or not _surname_only(sur, morph):
            continue
        before = _LISTED_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is not None and (_surname_only(before.group("prev"), morph)
                                   or not given_name(before.group("prev"), morph)):
            # "Virtanen, Laine, Anna": an enumeration of surnames; "Nieminen, Kalle, Moilanen, Pirjo" keeps its
            # pairs, the word before being a first name
            continue
        prev = re.search(r"([A-ZÅÄÖ][\w-]*)[ \t]+$", text[max(0, m.start() - 40):m.start()])
        if prev is not None and given_name(prev.group(1), morph) and not _surname_only(prev.group(1), morph):
            continue  # "Matti Virtanen, Anna Laine": the surname closes a name written first name first
        out.append(Mention(start=m.start("sur"), end=m.end("first"), surface=text[m.start("sur"):m.end("first")],
                           label=f"{first} {sur}", type="Person", rule="person-surname-comma"))
    return out
