"""A person's name in the genitive, told by the word that governs it ("Laura Saraman (Turun kaupunki) vastuulla").

Finnish inflects only a name's last word, so "Laura Saraman" is Laura Sarama in the genitive when a postposition or a
noun that takes a genitive follows: "X:n mukaan", "X:n vastuulla", "X:n johdolla", "X:n kanssa". A surname Voikko
does not know keeps its "-n" otherwise (extract/person_forms.py: many surnames end in "-n" in the nominative, Nordin,
Kallin), and the person became a second one, "Laura Saraman", holding the post the text gives Laura Sarama. The
governing word settles the case: the name before it (an organisation in brackets may stand between, "Saija Stenbackan
(Varsinais-Suomen sairaanhoitopiiri) vastuulla"), and every name coordinated with that one by "ja" or "sekä" ("A:n
(X) sekä B:n (Y) yhteisvastuulla"), is a genitive.

The same context reads a pair the recogniser passed over because Voikko knows the surname as a common noun's genitive
("Jenni Kiviluodon (Turun kaupunki) ja ...", "Johannes Holvitien (...) vastuulla"): a known given name and a
capitalised genitive before a governing word are a person, named by the noun's base form (Kiviluoto, Holvitie).

Only the "-n" after a short vowel is taken off an unknown surname. A long vowel before it ("Kauniskankaan") or a
consonant that may be the weak grade of another ("Rannan" of Ranta, "Kiviluodon" of Kiviluoto) leaves more than one
nominative possible; there the surname is read as a compound whose last part is a noun Voikko inflects (Kaunis +
kangas, Kivi + luoto), and otherwise left as written.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_untouched
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.surnames import surnames
from welfare_kg.extract.text_scans import matches
from welfare_kg.extract.titled_people import capitalised_words, given_word, surname_reading

# postpositions and nouns that take a genitive before them and follow a person's name in news and minutes
GOVERNORS = {"mukaan", "vastuulla", "yhteisvastuulla", "johdolla", "johtama", "johtamana", "vetämä", "vetämänä",
             "kanssa", "luona", "puolesta", "toimesta", "tilalle", "tilalla", "seuraajaksi", "esityksestä",
             "ehdotuksesta", "aloitteesta", "kautta", "lisäksi", "ohella", "avulla", "sijaan", "sijasta"}
# an adjective that may stand between the name and its governing noun: "yhteisellä vastuulla"
_ATTRIBUTES = {"yhteisellä", "yhteisessä", "koko"}
_BRACKET = re.compile(r"[ \t]*\([^()\n]{1,80}\)")
_WORD = re.compile(r"[ \t]+([^\W\d_][\w-]*)")
_JOINER = re.compile(r"[ \t]*,?[ \t]+(?:ja|sekä)[ \t]+")
_VOWELS = "aeiouyäö"
# consonants before the last vowel that may be a weak grade (k/p/t alone after a vowel, d, v, j and the doubled
# ng, mm, ll, nn, rr): the nominative may have another consonant there
_WEAK = re.compile(r"(?:[aeiouyäö][kptdvj]|ng|mm|ll|nn|rr)[aeiouyäö]n$")
_RULES_LEFT = {"person-row", "person-titled-row", "person-listed"}  # rows write names in the nominative


def _base(last: str) -> str | None:
    """The nominative of a surname written with the genitive's "-n", when only one is possible."""
    if len(last) < 5 or not last.endswith("n") or last[-2] not in _VOWELS or last[-3] == last[-2] \
            or _WEAK.search(last.lower()) or last.endswith("sen"):  # "-sen" is the -nen paradigm's: person_forms
        return None
    return last[:-1]


def _listed_genitive(last: str) -> str | None:
    """The nominative of a genitive DVV's surname statistics decide: "Hagelin kanssa" is Hagel's (the table's
    "Hagelin" is a nominative, which the word governing a genitive rules out), "Kurulan" Kurula's."""
    if len(last) < 5 or not last.endswith("n"):
        return None
    table = surnames()
    cands = [last[:-1]] if last[-2] in _VOWELS else []
    if last.endswith("in") and last[-3] not in _VOWELS:
        cands.append(last[:-2])  # a consonant-final name's "-in": "Hagel-in"
    if last.endswith("sen") and last[-4] in _VOWELS:
        cands.append(last[:-3] + "nen")
    found = [c for c in cands if c in table]
    return max(found, key=lambda c: table[c]) if found else None


def _past_bracket(m: Mention, text: str) -> int:
    """Where the words after a name start: past an organisation in brackets right after it ("X (Org) vastuulla")."""
    bracket = _BRACKET.match(text, m.end)
    return bracket.end() if bracket is not None else m.end


def _governed(m: Mention, text: str) -> bool:
    """Whether a word that takes a genitive follows the name, past a bracketed organisation."""
    word = _WORD.match(text, _past_bracket(m, text))
    if word is not None and word.group(1) in _ATTRIBUTES:
        word = _WORD.match(text, word.end())
    return word is not None and word.group(1) in GOVERNORS


def _next_in_coordination(m: Mention, people: dict[int, Mention], text: str) -> Mention | None:
    """The person a "ja"/"sekä" after this one's name (and its bracket) joins to it."""
    joiner = _JOINER.match(text, _past_bracket(m, text))
    return people.get(joiner.end()) if joiner is not None else None


def _unknown(word: str, morph: Morphology) -> bool:
    return not any(a.cls in {"sukunimi", "etunimi", "paikannimi", "nimi"} for a in morph.analyse(word))


def _first_names(words: list[str], morph: Morphology) -> bool:
    return bool(words) and all(any(a.cls == "etunimi" for a in morph.analyse(w)) for w in words)


def genitive_people(mentions: list[Mention], text: str, morph: Morphology) -> None:
    """Relabel, in place, person mentions whose unknown surname is a genitive by the word that governs it."""
    people = {m.start: m for m in mentions if m.type == "Person" and m.rule not in _RULES_LEFT}
    for m in people.values():
        chain = [m]
        while (nxt := _next_in_coordination(chain[-1], people, text)) is not None and nxt not in chain:
            chain.append(nxt)
        if not _governed(chain[-1], text):
            continue
        words = m.label.split()
        written = m.surface.split()
        if len(words) < 2 or not written or words[-1] != written[-1] or not _first_names(words[:-1], morph):
            continue
        if not _unknown(words[-1], morph):
            continue
        base = _listed_genitive(words[-1]) or _base(words[-1]) or compound_base(words[-1], morph)
        if base is not None:
            m.label = " ".join([*words[:-1], base])


def compound_base(last: str, morph: Morphology) -> str | None:
    """The nominative of an unknown compound surname in the genitive by its last part, a noun Voikko inflects:
    "Kauniskankaan" is Kaunis + kangas, "Kiviluodon" Kivi + luoto. The longest such part wins (its grade and
    stem are the noun's, which the "-n" alone cannot tell); a first part under three letters is no compound."""
    for i in range(3, len(last) - 3):
        tail = last[i:].lower()
        # the tail one noun's genitive as a whole (Voikko reads "niskankaan" as a compound it names "niska")
        nouns = {a.base.lower() for a in morph.analyse(tail)
                 if a.cls in {"nimisana", "nimisana_laatusana"} and a.case == "omanto" and a.number != "plural"
                 and a.base[:2].lower() == tail[:2] and len(tail) - len(a.base) <= 3}
        if len(nouns) == 1:
            head = last[:i]
            if not any(a.cls for a in morph.analyse(head)) and (e_stem := _e_stem(last)):
                return e_stem  # "Kajanteen": no "Kajan" + "tee" (a word Voikko does not know as the first part)
            return head + nouns.pop()
    return None


_compound_base = compound_base  # the name tests/test_identity_variants.py imports


# an e-stem noun's genitive has the strong grade before "-een", its nominative the weak one before "-e":
# "Kajanne : Kajanteen" (like "ranne : ranteen"); only the grade pairs whose weak form is certain
_E_STEM_GRADES = {"nt": "nn", "lt": "ll", "rt": "rr", "mp": "mm", "tt": "t", "kk": "k", "pp": "p"}


def _e_stem(last: str) -> str | None:
    """The nominative of a surname in an e-stem genitive ("Kajanteen" -> "Kajanne"), or None."""
    if len(last) < 7 or not last.endswith("een"):
        return None
    strong = last[-5:-3].lower()
    weak = _E_STEM_GRADES.get(strong)
    return f"{last[:-5]}{weak}e" if weak else None


_NAME = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
# (the given name atomic, `(?>...)`: a shorter reading of it leaves a letter or a hyphen where the blank must
# follow, so trying one never matches; without it each capitalised word of a scanned page was tried once per letter)
_PAIR = re.compile(r"(?<![\w.-])(?P<first>(?>" + _NAME + r"))[ \t](?P<sur>" + _NAME + r")(?![\w-])")


def governed_pairs(text: str, morph: Morphology) -> list[Mention]:
    """Person mentions for "Given Noun-genitive" pairs that a governing word (or a coordination ending in one)
    makes a genitive, named by the noun's base form; nothing is checked against other mentions here."""
    pairs = [m for m in matches(_PAIR, text) if m.group("sur").endswith("n")]
    if not pairs:
        return []
    at = {m.start(): m for m in pairs}
    spans = {m.start(): Mention(m.start(), m.end(), m.group(0), m.group(0), "Person") for m in pairs}
    governed: dict[int, bool] = {}
    for m in reversed(pairs):  # a pair is governed when the word after it is, or the pair its "ja" joins is
        span = spans[m.start()]
        nxt = _next_in_coordination(span, spans, text)
        governed[m.start()] = _governed(span, text) or (nxt is not None and governed.get(nxt.start, False))
    out: list[Mention] = []
    doc_words: frozenset[str] | None = None
    for start, yes in governed.items():
        m = at[start]
        if not yes or not given_word(m.group("first"), morph) or not _first_names([m.group("first")], morph):
            continue
        if doc_words is None:
            doc_words = capitalised_words(text)
        sur = surname_reading(m.group("sur"), morph, doc_words)
        if sur is None or sur[1] != "omanto":
            continue
        out.append(Mention(start=m.start(), end=m.end(), surface=m.group(0), label=f"{m.group('first')} {sur[0]}",
                           type="Person", rule="person-governed", case="omanto", key=None))
    return sorted(out, key=lambda x: x.start)


def governed_people_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                             morph: Morphology) -> list[list[Mention]]:
    """per_sentence with the governed pairs no other mention touches, each within one sentence."""
    return insert_untouched(per_sentence, starts, governed_pairs(text, morph))
