"""An association's one-word name that opens a sentence: "Muistiliitto koordinoi ...", "Tukiliitto saa ...",
"Raha-automaattiyhdistys (RAY) esittää ...".

Inside a sentence a capitalised compound ending in a kind of association ("Kehitysvammaliitto") is read as a name,
since prose does not capitalise a common noun there (extract/organisation_names.py). A sentence's first word is
capitalised anyway, so the same word opening a sentence was left unread unless a list knew the name; news pages
open their first sentence with the acting organisation more often than anywhere else, and a name the lists lack
was lost there with every fact of that sentence (who funds, who coordinates).

Two shapes say the capital is a name's and not the sentence's:

- the compound of a federation, association or foundation is its sentence's subject: a nominative in the singular
  (no possessive suffix: "Omistajasäätiömme") right before a finite verb in the singular other than "olla"
  ("Muistiliitto koordinoi", "Tukiliitto saa"; "Puutarhayhdistys on tärkeä asia" says what a kind is, and a club
  or choir meeting, "Perhekerho kokoontuu", is a kind as often);
- an acronym in brackets follows it ("Raha-automaattiyhdistys (RAY) esittää"): a common noun is given no acronym.

A compound whose first part names a local kind of club ("Kyläyhdistys", "Kotiseutuyhdistys", "Asukasyhdistys")
speaks of the village's or the housing area's club by its kind, the way "Yhdistys" alone does, and stays unread.
On the development corpus 23 of 28 sentence-opening singular kind compounds were annotated names, and the five
that were not were all of those local kinds or carried a possessive suffix.
"""

from __future__ import annotations

from collections.abc import Sequence

from welfare_kg.extract.morphology import FINITE_MOODS, Morphology
from welfare_kg.extract.text import Token

# first parts of a kind compound that say what kind of local club it is, not which one
LOCAL_KINDS = ("kylä", "kotiseutu", "asukas", "omakoti", "vanhempain", "kannatus", "jäsen", "paikallis", "osakas")
# the kinds whose compound opening a sentence as its subject is a name
_SUBJECT_KINDS = ("liitto", "yhdistys", "säätiö")
# tokens that end a sentence or open an item: what stands right after one is capitalised whatever it is
OPENERS = frozenset({".", "!", "?", ":", "§", "-", "–", "•", "*"})


def sentence_opener(toks: Sequence[Token], i: int) -> bool:
    """Whether token i opens a sentence, an item or a list line (its capital says nothing)."""
    return i == 0 or toks[i - 1].text in OPENERS or toks[i - 1].text.isdigit()


def _acronym_in_brackets(toks: Sequence[Token], i: int) -> bool:
    """ "X (ABC)": two to eight capitals in brackets right after token i."""
    if i + 3 >= len(toks) or toks[i + 1].text != "(" or toks[i + 3].text != ")":
        return False
    acr = toks[i + 2].text
    return 2 <= len(acr) <= 8 and acr.isalpha() and acr.isupper()


def _finite_singular(tok: Token, morph: Morphology) -> bool:
    """A verb in the singular in a finite mood, in lower case ("koordinoi", "saa", "esittää"); not "olla", whose
    sentence says what a kind is ("Puutarhayhdistys on tärkeä asia")."""
    readings = morph.analyse(tok.text)
    return tok.text.islower() and tok.text.isalpha() and not any(a.base == "olla" for a in readings) and any(
        a.cls == "teonsana" and a.mood in FINITE_MOODS and a.number == "singular" for a in readings)


def named_opener(toks: Sequence[Token], i: int, morph: Morphology, base: str) -> bool:
    """Whether the kind compound at token i (`base` its base form, checked as a kind compound by the caller), which
    opens its sentence, is a name: its sentence's singular subject or given an acronym in brackets; not a local
    club's kind."""
    t = toks[i]
    low = base.lower()
    if t.text.lower() != low or low.startswith(LOCAL_KINDS):
        return False  # an inflected form or a possessive suffix ("Omistajasäätiömme"); a village's club by its kind
    if not any(a.case == "nimento" and a.number != "plural" for a in morph.analyse(t.text)):
        return False
    if _acronym_in_brackets(toks, i):
        return True
    # a club, choir or society meeting ("Perhekerho kokoontuu", "Urheiluseura harjoittelee") is a kind as often:
    # only a federation's, association's or foundation's compound counts as the subject
    return low.endswith(_SUBJECT_KINDS) and i + 1 < len(toks) and _finite_singular(toks[i + 1], morph)
