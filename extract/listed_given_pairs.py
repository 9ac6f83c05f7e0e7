"""A DVV first name Voikko does not know as one, before a word that reads as a surname.

The sentence rule (extract/entities.py `_people`) takes a pair of capitalised words for a person when the first is
a given name. Voikko's lexicon lacks about half of the first names given in Finland ("Clas", "Yngve", "Maari"), and
reads others only as common words ("Arvo", "Usko", "Kirsikka"); DVV's statistics (data/first_names.csv) have them.
The rule already trusts such a name before a word Voikko reads *only* as a surname, but most Finnish surnames
have another reading too: "Kunnas" and "Lehto" are also common nouns, "Tuominen" a participle, "Nieminen" and
"Mattila" places, "Kytösaari" a compound noun of a landform. So "Clas Kunnas, Auran kunta" or "Arvo Lehto,
emeritusprofessori" was nobody.

Here the pair is a person when the second word has the shape of a surname: capitalised, every reading a
nominative singular, and a surname's or a place's reading (most Finnish surnames are places too), a surname's
ending ("-nen", a landform word, a Swedish ending), or no reading at all. A first name that is also a common word
("Arvo" = value, "Usko" = faith) at a sentence's or a line's opening, where every word is capitalised, needs a
surname Voikko knows as one or one in "-nen"; a name that is also a function word ("Eli", "Ken", "Ali") is left
to the rules that see a title or a list around it.
"""

from __future__ import annotations

import re

from welfare_kg.extract.first_names import listed_first_name
from welfare_kg.extract.morphology import Morphology, given_name_as_written
from welfare_kg.extract.text import Token

_CAPITALISED = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?")
# word classes that make a capitalised word a common word rather than a name
_COMMON = {"nimisana", "laatusana", "nimisana_laatusana", "teonsana"}
# function words: a name that is also one ("Eli" = that is, "Ken", "Ali" = under) is too often the word
_FUNCTION = {"asemosana", "sidesana", "suhdesana", "seikkasana", "kieltosana", "huudahdussana", "lyhenne", "lukusana"}
# the last parts of Finnish surnames made of landform and nature words ("Kytösaari", "Hirviniemi", "Lehtimäki")
SURNAME_PARTS = ("saari", "niemi", "mäki", "lahti", "järvi", "joki", "koski", "salo", "harju", "vaara", "aho",
                 "kangas", "lampi", "ranta", "suo", "korpi", "oja", "kallio", "nummi", "pelto", "vuori", "metsä",
                 "laakso", "kivi", "lehto", "luoto")
# Swedish surname endings (a word Voikko does not read): "-berg", "-ström", "-qvist"
_SWEDISH_ENDS = ("sson", "berg", "ström", "qvist", "kvist", "lund", "gren", "holm", "dahl", "blad", "lind", "borg")
# what opens a sentence, a line or a list item: there every word is capitalised
_OPENERS = {".", "!", "?", ":", ";", "•", "*", "-", "–", "—", "|", "(", '"', "”"}


def surname_shaped(word: str, morph: Morphology) -> tuple[bool, bool]:
    """(shaped, strong): whether `word` may be a surname in its base form, and whether it is plainly one (Voikko
    reads it as a surname, or it ends in "-nen" or a Swedish surname's ending)."""
    if _CAPITALISED.fullmatch(word) is None:
        return False, False
    readings = morph.analyse(word)
    known = [r for r in readings if r.cls is not None]
    low = word.lower()
    if not known:  # an unknown word: Voikko's guesses at its endings say nothing
        return True, low.endswith("nen") or low.endswith(_SWEDISH_ENDS)
    if any(r.cls == "sukunimi" and r.case == "nimento" for r in known) and not any(
            r.cls in _FUNCTION or r.cls == "etunimi" for r in known):
        return True, True  # "Lehtinen": a surname as written, whatever verb form Voikko also reads in it
    if not all(r.case == "nimento" and r.number != "plural" for r in known):
        return False, False  # "Kuopiossa", "Salosen": an inflected form is another rule's
    if any(r.cls in _FUNCTION or r.cls == "etunimi" for r in known):
        return False, False  # "Anna Maria": a second given name is the three-word rule's
    strong = any(r.cls == "sukunimi" for r in known) or low.endswith("nen")
    shaped = strong or any(r.cls == "paikannimi" for r in known) or (
        all(r.cls in _COMMON for r in known) and low.endswith(SURNAME_PARTS) and "-" not in low)
    return shaped, strong


def _plain_noun(word: str, morph: Morphology) -> bool:
    """A capitalised common noun in the nominative singular that names no kind of organisation or event
    ("Tölli", "Harrikari", "Arola-Järvi"; not "Hanke", "Keskus", "Päivä")."""
    if _CAPITALISED.fullmatch(word) is None:
        return False
    known = [r for r in morph.analyse(word) if r.cls is not None]
    return bool(known) and all(r.cls in {"nimisana", "nimisana_laatusana"} and r.case == "nimento"
                               and r.number != "plural" for r in known) \
        and not word.lower().endswith(_NOT_SURNAME_HEADS)


# heads of organisations' and events' names: after a foreign first name such a word starts a name, not a surname
_NOT_SURNAME_HEADS = ("hanke", "ohjelma", "keskus", "palvelu", "yhdistys", "liitto", "kunta", "kaupunki", "ryhmä",
                      "verkosto", "toimisto", "säätiö", "seura", "yhtiö", "koulu", "päivä", "viikko", "talo",
                      "sairaala", "asema", "osasto", "neuvosto", "hallitus", "lautakunta", "valtuusto")


def listed_given_pair(first: Token, second: Token, before: Token | None, morph: Morphology) -> bool:
    """Whether `first` `second` is a DVV first name Voikko does not read as one, then a surname."""
    if not (listed_first_name(first.text) and second.is_cap and second.is_word) or second.is_acronym:
        return False
    if given_name_as_written(first.text, morph):
        return False  # the sentence rule's own case
    readings = {r.cls for r in morph.analyse(first.text) if r.cls is not None}
    if readings & _FUNCTION:
        return False
    shaped, strong = surname_shaped(second.text, morph)
    if not shaped:
        # "Kristine Tölli", "Viggo Arola-Järvi": after a first name no Finnish word reads as ("Kristine" is nothing
        # to Voikko), a plain noun is the surname
        return not readings and len(first.text) > 2 and _plain_noun(second.text, morph)
    opens = before is None or before.text in _OPENERS
    return strong or not (opens and readings & _COMMON)
