"""Finnish surnames as reference data (data/surnames.csv, DVV's surname statistics).

Voikko knows the commonest surnames; the long tail it reads as common words ("Kuuluvainen" an adjective, "Pyöriä" a
verb, "Siiriä" a first name's partitive) or not at all, and then an inflected form ("Salmenkankaalta",
"Pöntyksen", "Mondolta") cannot be brought back to its base form by cutting a case ending: the surname's stem
changes (consonant gradation, the -nen, -as and -e paradigms). Which words are surnames in Finland is a fact about
Finland, so the recogniser consults DVV's statistics: a word the table holds is a surname as written, and an
inflected word is the form of the table's surname that the regular paradigms lead back to. The table only says
which surname; the callers still decide from context that there is a person at all (a first name before it, a
title, a list row).
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib.resources import files

TABLE = "surnames.csv"
# shorter table entries are as often function words or abbreviations of other languages ("And", "En", "Osa", "To")
MIN_LENGTH = 4
_VOWELS = "aeiouyäöå"
# case endings, longest first; the -i- after a consonant stem and the illative's vowel are handled by the stems
_ENDINGS = ("lleen", "seen", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "ina", "inä",
            "ine", "na", "nä", "ta", "tä", "in", "n", "a", "ä", "t")
# consonant gradation, both ways: an inflected stem is weak where the base form is strong ("Monto" -> "Mondon")
# and strong where it is weak ("Wanne" -> "Wanteen", "Kangas" -> "Kankaan")
_GRADES = (("nd", "nt"), ("ng", "nk"), ("mm", "mp"), ("ll", "lt"), ("rr", "rt"), ("kk", "k"), ("pp", "p"),
           ("tt", "t"), ("nn", "nt"), ("lj", "lk"), ("rj", "rk"), ("d", "t"), ("v", "p"))


@lru_cache(maxsize=1)
def surnames() -> dict[str, int]:
    """The table's surnames as written ("Virtanen", "Salmenkangas") with the number of their bearers."""
    text = files("welfare_kg.data").joinpath(TABLE).read_text(encoding="utf-8")
    return {row["name"]: int(row["count"]) for row in csv.DictReader(io.StringIO(text))
            if len(row["name"]) >= MIN_LENGTH}


def listed_surname(word: str) -> bool:
    """Whether DVV's statistics hold `word` as a surname, written with its capital ("kangas" the noun is none)."""
    return word[:1].isupper() and not word.isupper() and word in surnames()


def compound_hyphen(word: str) -> bool:
    """Whether the hyphen of a word with a lower-case part after it is the word's own: Finnish spelling writes a
    hyphen between the parts of a compound where the same vowel ends the first and opens the second ("Luoma-aho",
    "Aitto-oja", "Halla-aho"), a place no line-end hyphenation breaks (a long vowel is one syllable's); DVV's
    table holds such surnames as written."""
    head, dash, rest = word.partition("-")
    if not dash or not head or not rest:
        return False
    return (head[-1].lower() == rest[0] and rest[0] in _VOWELS) or listed_surname(word)


# the gradations of the old e-stem words ("Lahti"/"Lahden", "Lampi"/"Lammen", "Kärki"/"Kärjen")
_OLD_GRADES = (("hd", "ht"), ("mm", "mp"), ("nn", "nt"), ("ll", "lt"), ("rr", "rt"), ("lj", "lk"), ("rj", "rk"),
               ("d", "t"), ("v", "p"))
# the weak grades of the old -i words' consonants before their e-stem ("Korven", "Lahden", "Lammen", "Kannen")
_OLD_WEAK = {"rv", "hd", "mm", "nn", "ll", "rr", "lj", "rj"}
_DIPHTHONGS = {"ai", "ei", "oi", "ui", "yi", "äi", "öi", "au", "eu", "ou", "iu", "ey", "äy", "öy", "ie", "uo", "yö"}


def _regraded(stem: str, *, geminates: bool = True) -> list[str]:
    """`stem` with the consonants before its last vowel in the other grade (one change at a time); a lost "k"
    between two vowels comes back ("Mäe-" <- "Mäke-")."""
    k = len(stem) - 1
    while k >= 0 and stem[k] not in _VOWELS:
        k -= 1  # past the final consonants ("Kankas")
    while k >= 0 and stem[k] in _VOWELS:
        k -= 1  # past the last vowels
    j = k
    while j >= 0 and stem[j] not in _VOWELS:
        j -= 1
    cluster = stem[j + 1:k + 1]
    out = []
    if len(stem) >= 3 and stem[-1] in _VOWELS and stem[-2] in _VOWELS and stem[-2] != stem[-1] \
            and stem[-2:] not in _DIPHTHONGS:
        out.append(stem[:-1] + "k" + stem[-1])  # "Mäe-" <- "Mäke-": a "k" lost between two vowels
    if not cluster:
        return out
    for a, b in _GRADES if geminates else _OLD_GRADES:
        for x, y in ((a, b), (b, a)):
            if cluster.endswith(x):
                out.append(stem[:k + 1 - len(x)] + y + stem[k + 1:])
    return out


def _stems(word: str) -> list[str]:
    """Base forms `word` may be an inflected form of, by the regular surname paradigms (not yet looked up)."""
    out: list[str] = []
    for ending in _ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < 2:
            continue
        stem = word[: -len(ending)]
        if ending == "n" and len(stem) >= 2 and stem[-1] == "e" and stem[-2] not in _VOWELS \
                and not stem.endswith("se"):
            # "Kempen", "Madsen", "Holmen": -en after a consonant ends Nordic surnames as often as it makes an old
            # -i word's genitive ("Lahden"), which Voikko knows; a compound Voikko does not know ("Viiankorven")
            # leads back only by the weak grade of an old -i word's consonants ("rv" <- "rp", "hd" <- "ht")
            out += [g[:-1] + "i" for g in _regraded(stem, geminates=False)
                    if len(g) >= MIN_LENGTH and stem[-3:-1] in _OLD_WEAK]
            continue
        cands = [stem]
        if ending in {"en", "n", "seen"} and stem[-1:] in _VOWELS and stem[-2:-1] == stem[-1:]:
            cands.append(stem[:-1])  # the illative's vowel: "Salmeen" <- "Salme-" <- "Salmi"
        if stem.endswith("se") and stem[-3:-2] in tuple(_VOWELS):
            cands.append(stem[:-2] + "nen")  # "Virtasen", "Virtaselle" <- Virtanen
        if stem.endswith("s") and ending in {"ta", "tä"}:
            cands.append(stem[:-1] + "nen")  # "Virtasta" <- Virtanen
        if stem.endswith("kse"):
            cands.append(stem[:-3] + "s")  # "Pöntyksen" <- Pöntys
        if len(stem) >= 4 and stem[-1:] in _VOWELS and stem[-2:-1] == stem[-1:]:
            cands.append(stem[:-1] + "s")  # "Salmenkankaa-" <- Salmenkangas (then regraded), "Rikkaa-" <- Rikas
            cands.append(stem[:-1])  # "Wantee-" <- Wanne (regraded)
        old_stems = [c for c in cands if c[-1:] == "e"]
        for c in list(cands):
            cands += _regraded(c)
        for c in old_stems:
            # "Kiesille", "Järven", "Lahden", "Mäen" <- Kiesi, Järvi, Lahti, Mäki: the old -i words' e-stem, with
            # their gradations; a geminate's ("Kempen" -> "Kemppi") is the newer words', which keep their -i-
            cands += [c[:-1] + "i"] + [g[:-1] + "i" for g in _regraded(c, geminates=False)]
        out += [c for c in cands if len(c) >= MIN_LENGTH]
    return out


@lru_cache(maxsize=1 << 16)
def surname_base(word: str) -> str | None:
    """The table's surname that `word`, which the table does not hold as written, is an inflected form of: the one
    with the most bearers where the paradigms allow several ("Lahden" is Lahti's, not a "Lahde"'s)."""
    if not word[:1].isupper() or word.isupper() or "-" in word:
        return None
    table = surnames()
    if word in table:
        return None
    found = [c for c in _stems(word) if c != word and c in table]
    return max(found, key=lambda c: table[c]) if found else None
