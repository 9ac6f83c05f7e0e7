"""Known names made only of common words count only where they are written as names.

The gazetteer matches reference names through base forms in any case, and it accepts a name of several words in
lower case when its last word is a common noun, because Finnish writes names headed by an institution's kind in lower
case in running text ("sosiaali- ja terveysministeriölle", "maakunnan kehittämisrahaa", "valtioneuvoston kanslia").
That reading is right for heads that say what kind of actor, fund, programme or area the name is. It is wrong for a
name whose words are all ordinary Finnish words and none of which says such a kind: a programme or an association
called "Toimintakyky kuntoon", "Eloisa ikä", "Kestävää kasvua ja työtä" or "Kirkon ulkomaanapu" is, in lower case
inside a sentence ("... tavoitteena on toimintakyky kuntoon ja ..."), the phrase of the language, not the name.

A check over all the bundled reference data (every label of data/*.csv as built into reference.ttl, 2026-12-07):
of 3,830 labels, 24 are made only of words Voikko reads as common words (nouns, adjectives, verbs, pronouns,
numerals, adverbs; no place, first name, surname or other proper reading; no abbreviation or coined word) with no kind
among their words (a kind in the genitive modifies, one in the plural names a class); 11 of them the gazetteer
accepted in lower case: programmes named by slogans, "Kirkon ulkomaanapu", "Kuntien eläkevakuutus" (data/SOURCES.md
lists them). Such a name counts only when its first word is capitalised as written (a heading, title case, or the
name at a sentence's start, which no rule can tell apart) or when it stands in quotes; an association's name of
common words left without its legal form ("Säätiöt ja rahastot" of "Säätiöt ja rahastot ry") does not count at a
sentence's start either, where its capital is the sentence's (extract/gazetteer.py calls both checks).
Acronyms, names with a proper noun, names in Swedish (which Voikko does not read) and labels the data writes in
lower case themselves keep matching as before.
"""

from __future__ import annotations

import re

from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.text import Token

# what Voikko calls the classes of common words; anything else (paikannimi, etunimi, sukunimi, nimi, lyhenne, None)
# is a reading as a name or no reading at all, and the word may be the name's own
_COMMON = frozenset({"nimisana", "laatusana", "nimisana_laatusana", "teonsana", "asemosana", "lukusana",
                     "seikkasana", "suhdesana", "sidesana", "kieltosana", "huudahdussana", "etuliite"})
# heads that say what kind of actor, fund, programme or area a name is: with one of them among its words a name is
# written in lower case in running text as often as not ("opetus- ja kulttuuriministeriön", "valtioneuvoston kanslia",
# "maaseuturahasto", "kansallinen muistiohjelma"), Finnish and the Swedish the reference data holds
_KIND_HEAD = re.compile(
    r"(?:ministeriö|ministeriet|laitos|virasto|keskus|liitto|yhdistys|säätiö|järjestö|yhtymä|kunta|seutu|alue|lääni|"
    r"ohjelma|strategia|suunnitelma|hanke|rahasto|raha|rahoitus|väline|instituutti|oikeus|käräjät|neuvosto|hallitus|"
    r"hallinto|konttori|toimisto|kanslia|kansli|osasto|yhteisö|kamari|seura|verkosto|yliopisto|korkeakoulu|opisto|"
    r"lautakunta|valtuusto|piiri|sote|program|programmet|region|regionen|förbund|stiftelse|rådet|regeringen|verket|"
    r"ry|rf|sr|oy|oyj|ab)$")
_QUOTES = frozenset("\"'”“„«»’‘")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_GLUED_DIGIT = re.compile(r"\d[^\W\d_]|[^\W\d_]\d")  # "6Aika", "M2-Kodit": a coined name, not words

_cache: dict[tuple[str, str], bool] = {}


def _common_word(word: str, morph: Morphology) -> bool:
    readings = morph.analyse(word)
    return bool(readings) and all(a.cls in _COMMON and not a.base[:1].isupper() for a in readings)


def _kind_word(word: str, morph: Morphology, last: bool) -> bool:
    """A kind's head as the name's head: its last word, or a word not in the genitive ("Paikka auki
    -avustusohjelma nuorten ..."); a kind in the genitive modifies the head ("Kuntien eläkevakuutus"), and one in
    the plural is the class of all such ("Säätiöt ja rahastot")."""
    readings = morph.analyse(word)
    if not last and any(a.case == "omanto" for a in readings):
        return False
    # a kind in the plural names the whole class ("säätiöt ja rahastot", "kunnat ja kaupungit"), not one actor
    return bool(_KIND_HEAD.search(word.lower())) or any(
        _KIND_HEAD.search(a.base.lower()) and a.number != "plural" for a in readings)


def common_word_name(name: str, morph: Morphology) -> bool:
    """Whether a known name of two or more words is made only of common words, none of them a kind's head."""
    key = (name, morph.name)
    hit = _cache.get(key)
    if hit is None:
        words = _WORD.findall(name)
        hit = _cache[key] = len(words) >= 2 and not _GLUED_DIGIT.search(name) and not any(
            w.isupper() or any(c.isupper() for c in w[1:]) for w in words) and all(
            _common_word(w, morph) for w in words) and not any(
            _kind_word(w, morph, k == len(words) - 1) for k, w in enumerate(words))
    return hit


def quoted(tokens: list[Token], i: int) -> bool:
    """A name between quotes ("”toimintakyky kuntoon” -ohjelma"): the writer marked the words as a name."""
    return i > 0 and tokens[i - 1].text[-1:] in _QUOTES


def unwritten_common_name(tokens: list[Token], i: int, name: str, morph: Morphology) -> bool:
    """A name of common words only, matched from token i with its first word in lower case and no quotes: the
    words of the language, not the name (the caller has seen the first word in lower case)."""
    return common_word_name(name, morph) and not quoted(tokens, i)
