"""People named right after their title whose given name no dictionary knows.

The recogniser reads "Firstname Surname" when Voikko knows the given name, or the surname as one.
A title right before the pair ("hallintojohtaja Petja Harakka", "prof. Ilkka Niiniluodon kanssa",
"projektipäällikkö Velmo Kaarnatie") is cue enough where neither is known: a given name Voikko
lacks, and a surname that is a common noun ("Harakka", "Niiniluodon") or no word at all.

Kept narrow, since a title is as often followed by an organisation or a place ("toiminnanjohtaja
Helsingin kaupungilta", "puheenjohtaja Suomen Punainen Risti", "johtaja Kela"):
- the first word is Voikko's given name or a word it does not know (no place, common noun, verb, street);
- the second is a surname, a singular common noun or an unknown word, no post, body or place word;
- exactly two capitalised words (a third one makes a longer name: an organisation, a heading);
- no mention read already touches the pair (a gazetteer name, an organisation, a person read);
- no word of a minutes page's layout ("Paragrafer", "Protokollet"), not in a heading written in capitals.
"""

from __future__ import annotations

import re

from welfare_kg.extract.entities import CONTACT_WORDS, is_post, readings_known
from welfare_kg.extract.first_names import listed_first_name
from welfare_kg.extract.layout import insert_untouched
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.people import LAYOUT_WORDS, MEETING_ROLES
from welfare_kg.extract.posts import office_title
from welfare_kg.extract.recognition_words import STREET_ENDINGS
from welfare_kg.extract.surnames import listed_surname, surname_base
from welfare_kg.extract.text_scans import matches

_NAME = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
# (the title's letters possessive, `++`: a shorter run would leave a letter where "." or a blank must follow, so
# giving letters back never matches; without it each word of a scanned page was tried once per letter)
_TITLED = re.compile(r"(?<![\w.-])(?P<title>[A-Za-zÅÄÖåäö]++\.?)[ \t]+(?P<first>" + _NAME + r")[ \t](?P<sur>"
                     + _NAME + r")(?![\w-])(?![ \t]+[A-ZÅÄÖ])")
# academic ranks: no office of an organisation (extract/posts.py leaves them out), but a person follows them
_RANKS = {"prof.", "professori", "dosentti", "tohtori", "dr.", "emeritusprofessori", "akateemikko"}
# words that end an organisation's or a place's name, or a title, never a surname
_NOT_SURNAME_ENDS = ("kunta", "kaupunki", "yhtymä", "lautakunta", "hallitus", "valtuusto", "toimisto", "virasto",
                     "keskus", "laitos", "yhdistys", "liitto", "säätiö", "seura", "ryhmä", "hanke", "projekti",
                     "ohjelma", "alue", "jaosto", "toimikunta", "palvelut", "osasto", "yksikkö", "koulu",
                     "sairaala", "opisto")
_NOUNS = {"nimisana", "nimisana_laatusana"}
_LOCAL_ENDINGS = ("lle", "lla", "llä", "lta", "ltä", "ssa", "ssä", "sta", "stä", "n")


def _title(word: str, morph: Morphology) -> bool:
    low = word.lower()
    if low in _RANKS:
        return True
    if word.endswith(".") or word.isupper():
        return False
    return bool(is_post(word, morph) or office_title(word, morph))


def capitalised_words(text: str) -> frozenset[str]:
    """The capitalised words of a document: surname_reading cuts an unknown word's ending only where the
    document writes its stem alone too. Read once per document, and only once a name needs it."""
    return frozenset(re.findall(r"[A-ZÅÄÖ][\w-]+", text))


def given_word(word: str, morph: Morphology) -> bool:
    """Voikko's given name, or a word it does not know: no place, common noun or verb, nor a street in an
    address ("... päällikkö Kiljavantie Kiljava puh")."""
    if len(word) > 6 and word.lower().endswith(STREET_ENDINGS):
        return False
    readings = morph.analyse(word)
    if any(r.cls == "etunimi" for r in readings) or listed_first_name(word):
        return True  # DVV's first names too: "koordinaattori Tina Strandberg" (Voikko reads "Tina" as tin)
    return not readings_known(readings) and not is_post(word, morph)


def surname_reading(word: str, morph: Morphology, doc_words: frozenset[str]) -> tuple[str, str | None] | None:
    """(base form, case) of a word that may be a surname, else None."""
    low = word.lower()
    if is_post(word, morph) or low.endswith(_NOT_SURNAME_ENDS) or (len(word) > 6 and low.endswith(STREET_ENDINGS)) \
            or low.rstrip(".:") in CONTACT_WORDS:
        return None  # "projektipäällikkö Hanna Sähköposti hanna@...": the next line's label
    readings = morph.analyse(word)
    if any(r.cls == "sukunimi" and r.case == "nimento" and r.base.lower() == low for r in readings):
        return word, "nimento"  # "Eränkö" as written, not an inflected "Erä"
    for r in readings:
        if r.cls == "sukunimi":
            return r.base[:1].upper() + r.base[1:], r.case
    if readings_known(readings):
        if any(r.cls in {"paikannimi", "etunimi"} for r in readings):
            return None  # "Petja Kuopiosta": a place; a second given name is no surname either
        # a common noun's nominative as written, or its genitive in -n ("Niiniluodon"); not "Eränkö" read as the
        # genitive "erän" with a question clitic
        nouns = [r for r in readings if r.cls in _NOUNS and r.number != "plural" and "-" not in r.base and (
            (r.case == "nimento" and r.base.lower() == low) or (r.case == "omanto" and low.endswith("n")))]
        if not nouns or any(r.cls not in _NOUNS for r in readings):
            return None  # a verb, an adverb, an adjective or a plural
        base = nouns[0].base[:1].upper() + nouns[0].base[1:]
        if nouns[0].case == "omanto" and not listed_surname(base) and (table := surname_base(word)) is not None:
            return table, "omanto"  # "Wilho Teerisalon": DVV's Teerisalo, not Voikko's compound noun "teerisalko"
        return base, nouns[0].case
    # unknown: an ending is cut only where the document writes the stem alone too ("Siukolan" after "Siukola")
    for end in _LOCAL_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            stem = word[:-len(end)]
            if stem in doc_words:
                return stem, None
            return (word, None) if end == "n" else None
    return word, "nimento"


def _caps_line(text: str, start: int, end: int) -> bool:
    a = text.rfind("\n", 0, start) + 1
    z = text.find("\n", end)
    line = text[a:z if z >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > len(letters) / 2


def _layout(word: str) -> bool:
    """A minutes page's heading or role word ("kommundirektör Paragrafer Protokollet undertecknat")."""
    low = word.lower()
    return low in LAYOUT_WORDS or low in MEETING_ROLES


def titled_people(text: str, morph: Morphology) -> list[Mention]:
    """The titled pairs of `text` read as people, before any check against what else was read."""
    out: list[Mention] = []
    doc_words: frozenset[str] | None = None
    for m in matches(_TITLED, text):
        if _layout(m.group("first")) or _layout(m.group("sur")) or not _title(m.group("title"), morph) \
                or not given_word(m.group("first"), morph):
            continue
        if doc_words is None:
            doc_words = capitalised_words(text)
        sur = surname_reading(m.group("sur"), morph, doc_words)
        if sur is None or _caps_line(text, m.start(), m.end()):
            continue
        a, z = m.start("first"), m.end("sur")
        out.append(Mention(start=a, end=z, surface=text[a:z], label=f"{m.group('first')} {sur[0]}", type="Person",
                           rule="person-titled", case=sur[1], key=None))
    return out


def titled_people_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                           morph: Morphology) -> list[list[Mention]]:
    """per_sentence with the titled people no other mention touches; a pair across sentences is left out."""
    return insert_untouched(per_sentence, starts, titled_people(text, morph))
