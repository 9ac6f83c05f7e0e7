"""People whose names a signature block prints in capitals: "MATTI VIRTANEN" over "puheenjohtaja".

Minutes and agreements print the signers' names in capitals on a line of their own, one name or two side by side
("JARKKO KIVI SANNA LAINE"), often with no name in ordinary case nearby. The sentence rules want capitalised
words, not capitals, so such a signer was nobody. A line that holds nothing but two or four words in capitals is
read as one or two names when each pair is a first name (Voikko's or DVV's, read with its ordinary capitals)
and a word shaped like a surname (extract/listed_given_pairs.py); a heading in capitals ("KUNNANHALLITUS",
"ASIALISTA SIVU") has no such pair. The person is labelled in ordinary case ("Matti Virtanen").
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_untouched
from welfare_kg.extract.listed_given_pairs import surname_shaped
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.name_order import given_name
from welfare_kg.extract.surnames import listed_surname, surname_base

RULE_CAPS = "person-caps-line"
RULE_CAPS_TITLE = "person-caps-title"
_CAPS = r"[A-ZÅÄÖÉ]{2,}(?:-[A-ZÅÄÖÉ]{2,})?"
# a line of two or four words in capitals, nothing else on it
_CAPS_LINE = re.compile(rf"(?m)^[ \t]*({_CAPS}(?:[ \t]+{_CAPS}){{1}}|{_CAPS}(?:[ \t]+{_CAPS}){{3}})[ \t]*$")
_WORD = re.compile(_CAPS)


def ordinary_case(word: str) -> str:
    """"JAN-ERIK" -> "Jan-Erik": each hyphen's part capitalised, the rest in lower case."""
    return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))


def caps_people(text: str, per_sentence: list[list[Mention]], starts: list[int],
                morph: Morphology) -> list[list[Mention]]:
    """per_sentence with the people of the lines in capitals that nothing read there."""
    found: list[Mention] = []
    for line in _CAPS_LINE.finditer(text):
        words = list(_WORD.finditer(text, line.start(1), line.end(1)))
        pairs = [(words[k], words[k + 1]) for k in range(0, len(words), 2)]
        people = []
        for a, b in pairs:
            first, last = ordinary_case(a.group(0)), ordinary_case(b.group(0))
            if not given_name(first, morph) or given_name(last, morph) or not surname_shaped(last, morph)[0]:
                break
            people.append(Mention(start=a.start(), end=b.end(), surface=text[a.start():b.end()],
                                  label=f"{first} {last}", type="Person", rule=RULE_CAPS, case="nimento", key=None))
        else:  # every pair of the line is a person, or none is read
            found += people
    return insert_untouched(per_sentence, starts, found)


# a run of three or more words in capitals inside a line: a minutes item's title ("SEPPO SEKIN EROANOMUS",
# "VALTUUSTOALOITE / LIISA LAINEEN PUOLESTA")
_CAPS_RUN = re.compile(rf"{_CAPS}(?:[ \t]+(?:/[ \t]+)?{_CAPS}){{2,}}")
_COMMON_CLASSES = {"nimisana", "laatusana", "nimisana_laatusana", "teonsana", "seikkasana", "asemosana", "sidesana"}


def caps_title_people(text: str, per_sentence: list[list[Mention]], starts: list[int],
                      morph: Morphology) -> list[list[Mention]]:
    """per_sentence with the people named in capitals inside a title ("SEPPO SEKIN EROANOMUS" is Seppo Seki's
    resignation). A pair is read where the first word, in ordinary case, is a given name and nothing else to Voikko
    ("SEPPO", not "TOIVO" the hope nor "ANNA" the verb) and the second a surname: Voikko's (in any case), DVV's
    as written or inflected, or an unknown word whose genitive "-n" stands before the next word of the title."""
    found: list[Mention] = []
    for run in _CAPS_RUN.finditer(text):
        words = list(_WORD.finditer(text, run.start(), run.end()))
        for k in range(len(words) - 1):
            a, b = words[k], words[k + 1]
            if text[a.end():b.start()].strip():
                continue  # a slash between them
            rest = [w.group(0) for w in words[k + 2:]]
            if not rest or rest in (["JA"], ["SEKÄ"], ["OCH"]):
                continue  # a name closing the run: a signature line's (caps_people), or cut ("MATTI VIRTANEN JA")
            first, written = ordinary_case(a.group(0)), ordinary_case(b.group(0))
            readings = morph.analyse(first)
            if not given_name(first, morph) or given_name(written, morph) or not (
                    any(r.cls == "etunimi" for r in readings) or _known_surname(written, morph)):
                continue  # a DVV first name Voikko does not know ("JENNIINA") before a known surname only
            last = _caps_surname(written, k + 2 < len(words), morph)
            if last is None or (any(r.cls in _COMMON_CLASSES for r in readings) and not _known_surname(written, morph)):
                continue  # "MATTI VIRTASEN": a first name that is also a word ("matti") before a known surname only
            found.append(Mention(start=a.start(), end=b.end(), surface=text[a.start():b.end()],
                                 label=f"{first} {last}", type="Person", rule=RULE_CAPS_TITLE, case="nimento",
                                 key=None))
    return insert_untouched(per_sentence, starts, found) if found else per_sentence


def caps_title_posts_dropped(facts: list[Fact], mentions: list[Mention]) -> list[Fact]:
    """`facts` without the posts of people named only in a title in capitals ("KUNNANJOHTAJA MATTI VIRTASEN
    VIRKAVAPAUS"): the prose post rules read a title in such a run, but the whole run is one heading, whose words
    the rules cannot part into a post and its holder's organisation; on the held-back documents the one such post
    read was wrong. The person stays."""
    caps = {m.iri for m in mentions if m.rule == RULE_CAPS_TITLE and m.iri}
    if not caps:
        return facts
    caps -= {m.iri for m in mentions if m.rule != RULE_CAPS_TITLE and m.type == "Person"}
    return [f for f in facts if not (f.predicate == "holdsPost" and f.subject in caps)]


def _known_surname(word: str, morph: Morphology) -> bool:
    return any(r.cls == "sukunimi" for r in morph.analyse(word)) or listed_surname(word) \
        or surname_base(word) is not None


def _caps_surname(word: str, more: bool, morph: Morphology) -> str | None:
    """The base form of a surname written in capitals (`word` in ordinary case), `more` when a word of the title
    follows it."""
    readings = morph.analyse(word)
    surname = next((r.base for r in readings if r.cls == "sukunimi"), None)
    if surname is not None:
        return surname[:1].upper() + surname[1:]
    if listed_surname(word):
        return word
    if (base := surname_base(word)) is not None:
        return base
    if any(r.cls is not None for r in readings):
        return None  # a common word or a place: no surname
    if more and len(word) >= 5 and word.endswith("n") and word[-2] in "aeiouyäö" and word[-3] not in "aeiouyäö":
        return word[:-1]  # "SEKIN EROANOMUS": an unknown surname's genitive before its head
    return word if not more or not word.endswith("n") else None
