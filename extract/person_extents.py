"""A person's whole name where the sentence rule reads too little of it.

The sentence rule (extract/entities.py `_people`) reads a given name and one surname written one space apart.
Two layouts give it less than the name, and the annotation (and a researcher searching the graph) names the
person in full:

- a double surname without a hyphen, common in Sweden and among Finland's Swedish speakers ("Rose-Marie Jansson
  Hedberg, facklig representant"): the rule keeps "Rose-Marie Jansson", and the rule that reads an employer
  right after a name may even take the second surname for a company. The third word joins the name when both
  surnames read as surnames -- every reading Voikko has is a surname, or Voikko knows no reading and the word
  ends the way Swedish surnames do ("-berg", "-sson", "-qvist") -- and the name ends right after it (a comma,
  a party's bracket, the line's or the sentence's end, "och"/"ja"). A place, a common word or a first name never
  joins ("Anna Holm Närpes", "Per Berg Kommunal");
- a name broken over two lines of a table ("Björn" on one row, "Celind (C)" on the next): a line holding
  nothing but a first name, then a line opening with one surname-like word that ends the line or is followed by a
  party's bracket or a comma. Attendance lists in minutes write surname first rows ("Virtanen Matti") two words
  a line, which is why the first line must hold the first name alone; a surname alone on the line above it says
  the table's rows are "Surname Firstname" cells a line, and the first name is no one's with the next row's
  surname ("Virtanen" / "Matti" / "Laine").
"""

from __future__ import annotations

import re

from welfare_kg.extract.cell_runs import cross_row, name_like
from welfare_kg.extract.first_names import listed_first_name
from welfare_kg.extract.layout import insert_mentions, insert_untouched
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.name_order import given_name
from welfare_kg.extract.people import LAYOUT_WORDS, MEETING_ROLES
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.surnames import compound_hyphen, listed_surname, surname_base
from welfare_kg.extract.text_scans import matches

# endings of Swedish surnames (the commonest in Sweden and Finland: -son/-sson patronymics, and the ornamental
# compounds of nature words); a word Voikko does not know that ends so is a surname, never an organisation
SWEDISH_SURNAME_ENDS = ("sson", "son", "berg", "ström", "strom", "qvist", "kvist", "quist", "lund", "gren", "holm",
                        "dahl", "blad", "stedt", "lind", "borg", "fors", "bäck", "sjö", "vall", "wall", "stam",
                        "stål", "löf", "mark", "näs", "ros", "rot", "hed", "feldt", "felt", "man", "ell", "lin", "malm",
                        "ius", "ander", "åker", "hjelm", "skog", "back", "gård", "by")
_WORD = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
# the word after a person's two-word name, and what closes the name after it
# (the conjunction after a blank: "Puheenjohtaja" is no "Puheenjohta" before "ja")
# (a Swedish protocol's row may close the name with the paragraphs the person attended: "Elin X Y 172, ekonom")
_NEXT_WORD = re.compile(r"[ \t](" + _WORD + r")(?=[ \t]*(?:[,;(\n]|\.(?:\s|$)|$)|[ \t]+(?:och|ja|samt|sekä)\b"
                        r"|[ \t]+\d{1,3}(?:[-–]\d{1,3})?(?:[ \t]*[,;\n]|[ \t]+och\b|$))")
# a line with a first name alone, then a line opening with the surname that closes the row
# (a lookahead, so that the surname's line may hold the next first name alone: rows overlap)
_SPLIT_ROW = re.compile(r"(?m)^[ \t]*(?=(" + _WORD + r")[ \t]*\n[ \t]*(" + _WORD + r")(?:[ \t]*[(,]|[ \t]*$))")
RULE_DOUBLE = "person-double-surname"
RULE_SPLIT = "person-split-row"


def surname_like(word: str, morph: Morphology) -> bool:
    """Every reading Voikko has is a surname, or it has none and the word ends like a Swedish surname."""
    if "-" in word:
        return all(surname_like(p, morph) for p in word.split("-"))
    low = word.lower()
    if low in LAYOUT_WORDS or low in MEETING_ROLES:
        return False
    readings = [r for r in morph.analyse(word) if r.cls is not None]  # a reading of no class is Voikko's guess
    if readings:
        return all(r.cls == "sukunimi" for r in readings)
    return len(word) > 3 and low.endswith(SWEDISH_SURNAME_ENDS) and not listed_first_name(word)


def double_surnames(text: str, per_sentence: list[list[Mention]], morph: Morphology) -> list[list[Mention]]:
    """Grow "Rose-Marie Jansson" to "Rose-Marie Jansson Hedberg" where a second surname follows (module doc)."""
    everyone = SpanIndex([m for ms in per_sentence for m in ms])
    out = []
    for ms in per_sentence:
        grown = list(ms)
        for k, p in enumerate(ms):
            if p.type != "Person" or len(p.label.split()) != 2 or "\n" in p.surface:
                continue
            hit = _NEXT_WORD.match(text, p.end)
            if hit is None:
                continue
            word = hit.group(1)
            last = p.surface.split()[-1]
            if p.label.split()[-1] != last:
                continue  # an inflected surname ("Janssons") was read to its base form: the name ended there
            if not (_second_surname(word, morph) and (surname_like(last, morph) or _second_surname(last, morph)
                                                         or _unknown(last, morph))) \
                    and not _second_given_name(p.surface.split()[0], last, word, morph) \
                    and not _party_closed_surname(text, hit.end(1), last, word, morph):
                continue
            if listed_first_name(word) or given_name(word, morph):
                continue  # "Anna Holm Per Berg": the next person's first name
            others = [x for x in everyone.overlapping(hit.start(1), hit.end(1)) if x is not p]
            if any(x.rule != "person-org" for x in others):
                continue  # a place, an organisation or a person read there stays
            end = hit.end(1)
            grown[k] = Mention(start=p.start, end=end, surface=text[p.start:end], label=f"{p.label} {word}",
                               type="Person", rule=RULE_DOUBLE, case=p.case, key=None)
            drop = {id(x) for x in others}
            grown = [x for x in grown if id(x) not in drop]
        out.append(grown)
    # an employer read from the second surname may sit in another sentence's list: drop it there too
    taken = {(m.start, m.end) for ms in out for m in ms if m.rule == RULE_DOUBLE}
    if not taken:
        return per_sentence
    spans = [(s, e) for s, e in taken]
    return [[m for m in ms if not (m.rule == "person-org" and any(s <= m.start and m.end <= e for s, e in spans))]
            for ms in out]


def _second_surname(word: str, morph: Morphology) -> bool:
    """A word that may close a double surname: surname-like (above), or a surname of DVV's statistics that Voikko
    reads as nothing else ("Ylinenpää", "Madsen": no place, no common word, no first name, no town)."""
    if surname_like(word, morph):
        return True
    return listed_surname(word) and not given_name(word, morph) and not listed_first_name(word) \
        and all(r.cls in {None, "sukunimi"} for r in morph.analyse(word)) and word.lower() not in LAYOUT_WORDS


# a party's bracket right after a name in a Swedish protocol's row ("(S)", "(MP)", "(fv)"): not the "(x)" or "(-)"
# of a Finnish attendance column
_PARTY_AFTER = re.compile(r"[ \t]*\((?![xX]\))[A-ZÅÄÖa-zåäö]{1,4}\)")


def _party_closed_surname(text: str, end: int, last: str, word: str, morph: Morphology) -> bool:
    """"Gunnel Nyman Gräff (S)", "Anna Kelemen Ejstes (MP)": a word no dictionary knows between a person's surname
    and the party's bracket that closes a Swedish protocol's row is the second half of a double surname, whatever
    its ending ("-ff", "-es" are no Swedish surname's typical ending, so `surname_like` leaves it out). The surname
    before it must be no given name ("Anna Lena Berg (S)" is two given names and a surname, read apart)."""
    return _PARTY_AFTER.match(text, end) is not None and _unknown(word, morph) and not given_name(last, morph) \
        and not listed_first_name(last)


def _unknown(word: str, morph: Morphology) -> bool:
    """A word no dictionary knows ("Bjerregård"): beside a second surname it is the first of two."""
    return len(word) > 3 and all(r.cls is None for r in morph.analyse(word)) and not listed_first_name(word) \
        and word.lower() not in LAYOUT_WORDS and word.lower() not in MEETING_ROLES


def _second_given_name(first: str, second: str, word: str, morph: Morphology) -> bool:
    """"Jan Erik Sandvik, Pietarsaari": two given names written apart, then the surname that closes the name. The
    sentence rule reads the second given name as the surname and leaves the real one out; the third word joins
    when the second is a given name and not a surname, and the third is a surname or a word Voikko does not know
    (not a place alone: "Anna Liisa Kokkola" may be a name and a town, and stays two words where the recogniser read
    the town; a register's surname that is also a village, "Anna Kaarina Mattila", joins)."""
    if not (given_name(first, morph) and given_name(second, morph)) or surname_like(second, morph):
        return False
    readings = morph.analyse(word)
    # a surname the register and Voikko both know, though also a place or a word ("Mattila", "Niemi"): a town's
    # name stays the town's where the recogniser read it as one (`double_surnames` keeps what was read there)
    registered = listed_surname(word) and any(r.cls == "sukunimi" for r in readings)
    if (any(r.cls == "paikannimi" for r in readings) and not registered) or given_name(word, morph) \
            or listed_first_name(word):
        return False
    return registered or surname_like(word, morph) or (len(word) > 3 and all(r.cls is None for r in readings))


def split_row_people(text: str, per_sentence: list[list[Mention]], starts: list[int],
                     morph: Morphology) -> list[list[Mention]]:
    """"Björn" on one row and "Celind (C)" on the next: one person (module doc)."""
    if "\n" not in text:
        return per_sentence
    have = SpanIndex([m for ms in per_sentence for m in ms])
    found = []
    for hit in matches(_SPLIT_ROW, text):
        first, last = hit.group(1), hit.group(2)
        if not given_name(first, morph) or given_name(last, morph) or not _row_surname(last, morph):
            continue
        a, z = hit.start(1), hit.end(2)  # the groups of a lookahead keep their places
        if have.overlapping(a, z) or _surname_cell_above(text, hit.start(), morph):
            continue
        found.append(Mention(start=a, end=z, surface=text[a:z], label=f"{first} {last}", type="Person",
                             rule=RULE_SPLIT, case="nimento", key=None))
    found += _surname_first_cells(text, have, morph)
    return insert_mentions(per_sentence, starts, found) if found else per_sentence


# a surname alone on its line, then a first name alone on the next: a "Surname Firstname" row one cell a line
_CELL_PAIR = re.compile(r"(?m)^[ \t]*(?=(" + _WORD + r")[ \t]*\n[ \t]*(" + _WORD + r")[ \t]*$)")
RULE_SURNAME_CELLS = "person-surname-cells"


def _surname_first_cells(text: str, have: SpanIndex[Mention], morph: Morphology) -> list[Mention]:
    """"Virtanen" / "Matti" in a run of one-word lines that opens surname first: the row's person, read in the
    table's order (extract/cell_runs.py says which pairs of lines are rows)."""
    out = []
    for hit in matches(_CELL_PAIR, text):
        last, first = hit.group(1), hit.group(2)
        if given_name(last, morph) or not given_name(first, morph) or not (
                _row_surname(last, morph) or any(r.cls == "sukunimi" for r in morph.analyse(last))):
            continue
        a, z = hit.start(1), hit.end(2)
        line = text.rfind("\n", 0, hit.start(2)) + 1  # the first name's line
        if have.overlapping(a, z) or not cross_row(text, line, lambda w: given_name(w, morph),
                                                   lambda w: name_like(w, morph)):
            continue
        out.append(Mention(start=a, end=z, surface=text[a:z], label=f"{first} {last}", type="Person",
                           rule=RULE_SURNAME_CELLS, case="nimento", key=None))
    return out


def _surname_cell_above(text: str, line_start: int, morph: Morphology) -> bool:
    """The first name's line is a "Surname Firstname" table's cell a line: it goes with the surname above, not
    the next row's (extract/cell_runs.py)."""
    return cross_row(text, line_start, lambda w: given_name(w, morph), lambda w: name_like(w, morph))


def _row_surname(word: str, morph: Morphology) -> bool:
    """A surname, or a word Voikko does not know; no layout word, role, place or common word."""
    low = word.lower()
    if low in LAYOUT_WORDS or low in MEETING_ROLES:
        return False
    return all(r.cls in {"sukunimi", None} for r in morph.analyse(word))


# a known first name, then a capitalised word no dictionary knows, then what closes a name written as it is: a
# comma, a full stop, a bracket, a semicolon, the line's end, "ja"/"och"
_UNKNOWN_PAIR = re.compile(r"(?<![\w-])(" + _WORD + r")[ \t](" + _WORD + r")(?=[ \t]*(?:[,;()\n]|\.(?:\s|$)|$|"
                           r"(?:ja|och)[ \t]))")
RULE_UNKNOWN = "person-unknown-surname"


def unknown_surname_people(text: str, per_sentence: list[list[Mention]], starts: list[int],
                           morph: Morphology) -> list[list[Mention]]:
    """"Olav Jern.", "Ulrika Thelin, ...": a first name of DVV's statistics or Voikko's, then a surname no
    dictionary knows that closes the name.

    The sentence rule leaves such a pair alone when Voikko guesses the unknown word to be a genitive ("Jern" of
    "Jer", "Thelin" of "Thel"), as an inflected surname would make a wrong base form. A name followed by a
    comma, a full stop, a bracket, the line's end or "ja"/"och" is no genitive (a genitive stands before its
    head noun), so the pair is read as written. The first word must be a first name as written, and neither
    word may touch a mention read already (an organisation's or a place's name)."""
    have = SpanIndex([m for ms in per_sentence for m in ms])
    found = []
    for hit in matches(_UNKNOWN_PAIR, text):
        first, last = hit.group(1), hit.group(2)
        if not given_name(first, morph) or given_name(last, morph) or len(last) < 3:
            continue
        if any(r.cls is not None for r in morph.analyse(last)) or last.lower() in LAYOUT_WORDS:
            continue  # a word Voikko knows is read by the sentence rule, or is no surname
        a, z = hit.start(1), hit.end(2)
        if have.overlapping(a, z):
            continue
        found.append(Mention(start=a, end=z, surface=text[a:z], label=f"{first} {last}", type="Person",
                             rule=RULE_UNKNOWN, case="nimento", key=None))
    nicknamed = _nicknamed(text, have, morph) if any(q in text for q in "”\"“") else []
    if nicknamed:
        drop = {id(x) for _, inside in nicknamed for x in inside}
        per_sentence = insert_mentions(per_sentence, starts, [m for m, _ in nicknamed], drop)
    return insert_untouched(per_sentence, starts, found)


# a first name, a nickname in quotes, then the surname: "Juhani ”Jussi” Aartima", "Anna "Annu" Virtanen"
_NICKNAMED = re.compile(r"(?<![\w-])(" + _WORD + r")[ \t]+[”\"“„'’]([A-ZÅÄÖ][a-zåäöéü]+)[”\"“'’][ \t]+(" + _WORD
                        + r")(?![\w-])")
RULE_NICKNAME = "person-nickname"


def _nicknamed(text: str, have: SpanIndex[Mention], morph: Morphology) -> list[tuple[Mention, list[Mention]]]:
    """"Kerhon jäsen Juhani ”Jussi” Aartima": a nickname in quotes between the first name and the surname. The
    quotes say the word between them is what the person is called, so the three words are one person, named as
    the annotation names people, first name and surname ("Juhani Aartima"). The first name must be one (DVV's or
    Voikko's) and the surname a surname (Voikko's reading, DVV's table, or a word no dictionary knows), no
    common word ("Anna ”Apu” Kunta"). A mention read inside the span (the nickname and the surname taken for a
    pair) gives way."""
    out = []
    for hit in matches(_NICKNAMED, text):
        first, nick, last = hit.group(1), hit.group(2), hit.group(3)
        if not given_name(first, morph) or given_name(last, morph) or last.lower() in LAYOUT_WORDS:
            continue
        readings = [r for r in morph.analyse(last) if r.cls is not None]
        sur = next((r.base for r in readings if r.cls == "sukunimi"), None)
        if sur is None:
            sur = last if (listed_surname(last) or not readings) else surname_base(last)
        if not sur or not nick:
            continue
        a, z = hit.start(1), hit.end(3)
        inside = [x for x in have.overlapping(a, z) if a <= x.start and x.end <= z]
        if len(inside) != len(have.overlapping(a, z)) or any(x.type != "Person" for x in inside):
            continue  # something read across the span's edge, or an organisation's name, stays
        out.append((Mention(start=a, end=z, surface=text[a:z], label=f"{first} {sur}", type="Person",
                            rule=RULE_NICKNAME, case="nimento", key=None), inside))
    return out


# a known first name, then a surname a transcript broke at a line's end and rejoined with its hyphen ("Viro-kannas":
# the part after the hyphen in lower case, which no double surname has), then what closes a name
_BROKEN_PAIR = re.compile(r"(?<![\w-])(" + _WORD + r")[ \t]([A-ZÅÄÖ][a-zåäöéü]+-[a-zåäöéü]{2,})(?=[ \t]*(?:[,;()\n]|"
                          r"\.(?:\s|$)|$|(?:ja|och)[ \t]))")
RULE_BROKEN = "person-broken-surname"


def broken_surname_people(text: str, per_sentence: list[list[Mention]], starts: list[int],
                          morph: Morphology) -> list[list[Mention]]:
    """"Elina Viro-kannas, 358 879 euroa": a surname a PDF's line break hyphenated, the hyphen kept when the lines
    were joined. A double surname capitalises both parts ("Kivelä-Laaksonen"), so a lower-case part after the
    hyphen is the same word's rest: the person is named by the word rejoined ("Elina Virokannas"), when it reads as
    a nominative (or not at all) and the name closes as in `unknown_surname_people`. Found where nothing else was
    read; a person read there already is relabelled by person_forms.join_broken_hyphens."""
    found = []
    for hit in matches(_BROKEN_PAIR, text):
        first, broken = hit.group(1), hit.group(2)
        whole = broken if compound_hyphen(broken) else broken.replace("-", "")
        if not given_name(first, morph) or whole.lower() in LAYOUT_WORDS:
            continue
        readings = [r for r in morph.analyse(whole) if r.cls is not None]
        if readings and not all(r.case == "nimento" and r.number != "plural" and r.cls in {
                "sukunimi", "paikannimi", "nimisana", "nimisana_laatusana", "laatusana"} for r in readings):
            continue  # "Anna Sosiaali-palvelut": a plural, a verb or a case form is no surname
        a, z = hit.start(1), hit.end(2)
        found.append(Mention(start=a, end=z, surface=text[a:z], label=f"{first} {whole}", type="Person",
                             rule=RULE_BROKEN, case="nimento", key=None))
    return insert_untouched(per_sentence, starts, found)
