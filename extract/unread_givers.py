"""A grant sentence whose giver is a name nobody recognised: the giver is unknown, not some other organisation.

Grant news opens with its giver as the subject of a verb of granting ("STEA jakoi alueellemme avustuksia",
"Stiftelsen X beviljade ..."). Where recognition knows the giver, header_granter.py pairs it with the receivers
listed below. Where it does not (a new foundation, an acronym no list holds), the opening's only organisation the
rules can see is some other one the lead mentions in passing ("... on sosiaali- ja terveysministeriön yhteydessä
toimiva viranomainen"), and every receiver's row became a grant from that one: a dozen wrong facts from one unknown
name. On unseen pages an unknown giver is common, so the structure decides: a sentence of the opening that opens with
capitalised words no rule read, followed by a finite verb of granting in the active voice, says that an unread name
gives; so does one saying money was sought or got from such a name ("sökt bidrag från Xyz", "avustusta Xyz:ltä").
Such a page has no opening granter (no fact is better than a wrong one).

A capitalised word counts as unread only where the morphology knows it as no common word ("Kaupunki", "Säätiö",
"Hallitus" name their own kind and are read by the kind-subject rule): an acronym or a name it only guesses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.text import Sentence

# one to four capitalised words (an acronym, a name) opening the sentence, then an active finite verb of granting
# ("RDHJ jakoi", "Xyz-säätiö on myöntänyt", "HVPV (ent. HLH) myönsi", "Stiftelsen Abc beviljade"); a passive
# ("myönnettiin") names no giver
_UNREAD_SUBJECT = re.compile(
    r"[\s\"'”“–-]*(?P<name>[A-ZÅÄÖ][\w&.:-]*(?:[ \t]+[A-ZÅÄÖ0-9][\w&.:-]*){0,3})[ \t]+(?:\([^()\n]{1,40}\)[ \t]+)?"
    r"(?:(?:on|ovat|oli|olivat|har|hade)[ \t]+)?(?:(?:myös|nyt|jälleen|också|nu)[ \t]+)?"
    r"(?:myönsi|myönsivät|myöntää|myöntävät|myöntänyt|myöntäneet|jakoi|jakoivat|jakaa|jakavat|jakanut|jakaneet|"
    r"lahjoitti|lahjoittivat|lahjoittaa|lahjoittavat|lahjoittanut|lahjoittaneet|rahoittaa|rahoittavat|rahoitti|"
    r"rahoittivat|rahoittanut|rahoittaneet|beviljade|beviljar|beviljat|delade|delar|donerade|donerar|skänkte|"
    r"skänker)\b")
# money sought or got from an unread source: "sökt bidrag från Xyz", "avustusta Xyz:ltä", "Xyzilta saatu tuki"
_GRANT_NOUN = (r"(?:\w*(?:bidrag|stöd|anslag|finansiering|medel|avustu|apura|rahoitu|tuki|tuke|tuen)\w*)")
_SV_SOURCE = re.compile(r"(?i:\b" + _GRANT_NOUN + r")[ \t]+från[ \t]+"
                        r"(?P<name>[A-ZÅÄÖ][\w&-]*(?:[ \t]+[A-ZÅÄÖ][\w&-]*){0,3})")
_FI_SOURCE = re.compile(r"(?:(?i:\b" + _GRANT_NOUN + r")[ \t]+(?:\w+[ \t]+)?(?P<after>[A-ZÅÄÖ][\w&-]*(?::)?lt[aä])\b"
                        r"|\b(?P<before>[A-ZÅÄÖ][\w&-]*(?::)?lt[aä])[ \t]+(?:\w+[ \t]+)?(?:saa\w*|sai\w*|"
                        r"haettu\w*|haki\w*|anottu\w*|" + _GRANT_NOUN + r"))")
# word classes of common words: a capitalised one of these opens the sentence as any word does
_COMMON = {"nimisana", "laatusana", "nimisana_laatusana", "teonsana", "seikkasana", "asemosana", "suhdesana",
           "huudahdussana", "sidesana", "etuliite", "lukusana", "kieltosana"}


def _unread_word(word: str, morph: Morphology) -> bool:
    """A word the morphology reads as no common word: an acronym, a name it knows as one, or a guess."""
    word = word.rstrip(".:")
    if not word:
        return False
    return not any(a.cls in _COMMON for a in morph.analyse(word))


def unread_giver(s: Sentence, ms: Sequence[Mention], morph: Morphology) -> bool:
    """The sentence opens with a giver no rule read: capitalised words, none inside a recognised name and all unknown
    as common words, as the subject of an active verb of granting."""
    found = _UNREAD_SUBJECT.match(s.text)
    if found is None:
        return False
    a, b = s.start + found.start("name"), s.start + found.end("name")
    if any(m.start < b and a < m.end for m in ms):
        return False  # a recognised name (or a part of one) gives: the granter rules read it
    words = found.group("name").split()
    return all(_unread_word(w, morph) for w in words)


def unread_source(s: Sentence, ms: Sequence[Mention], morph: Morphology) -> bool:
    """The sentence says money is sought or got from a name no rule read ("sökt bidrag från Xyz", "avustusta
    Xyz:ltä"): the giver is that unread name."""
    spans = [(found.start("name"), found.end("name")) for found in _SV_SOURCE.finditer(s.text)]
    spans += [found.span("after") if found.group("after") else found.span("before")
              for found in _FI_SOURCE.finditer(s.text)]
    for a, b in spans:
        if any(m.start < s.start + b and s.start + a < m.end for m in ms):
            continue
        if all(_unread_word(w, morph) for w in s.text[a:b].split()):
            return True
    return False


def unread_giver_before(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]], until: int,
                        morph: Morphology) -> bool:
    """Some sentence starting before `until` (the granter's first mention) names an unread giver."""
    for s, ms in zip(sents, per_sentence, strict=False):
        if s.start >= until:
            return False
        if unread_giver(s, ms, morph) or unread_source(s, ms, morph):
            return True
    return False
