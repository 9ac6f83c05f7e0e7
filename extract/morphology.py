"""Finnish morphology: base forms and grammatical case of single words.

Voikko (Debian `libvoikko1` + `voikko-fi`, Python binding `libvoikko`) is used
when present: it knows place names, first names and surnames, analyses compounds
and reports the case. Without it a suffix-stripping fallback proposes candidate
base forms; matching against known names then filters the candidates, so the
pipeline still works with lower recall.
"""

from __future__ import annotations

import os
import re
from functools import cached_property, lru_cache
from typing import NamedTuple


class Analysis(NamedTuple):
    base: str
    cls: str | None  # voikko CLASS: nimisana, paikannimi, etunimi, sukunimi, teonsana, ...
    case: str | None  # voikko SIJAMUOTO: nimento, omanto, ulkotulento, ...
    mood: str | None = None  # voikko MOOD or PARTICIPLE ("MINEN-infinitive", "present_active", ...)
    number: str | None = None  # "singular" / "plural"


# case endings after an acronym and colon ("STM:n", "THL:lle", "Ab:lle")
_COLON_CASES = {
    "n": "omanto", "lle": "ulkotulento", "lla": "ulkoolento", "llä": "ulkoolento", "lta": "ulkoeronto",
    "ltä": "ulkoeronto", "ssa": "sisaolento", "ssä": "sisaolento", "sta": "sisaeronto", "stä": "sisaeronto",
    "ksi": "tulento", "na": "olento", "nä": "olento", "ta": "osanto", "tä": "osanto", "a": "osanto",
    "ä": "osanto", "iin": "sisatulento", "ään": "sisatulento", "aan": "sisatulento",
    # ":in" is the genitive of acronyms read with a final consonant ("JAMK:in", "HUS:in"); ":iin" their illative
    "in": "omanto", "ta:": "osanto", "s": "nimento",
}

# fallback: endings, longest first, with the case they mark
_ENDINGS: list[tuple[str, str]] = sorted(
    [
        ("seen", "sisatulento"), ("hen", "sisatulento"), ("lle", "ulkotulento"), ("lla", "ulkoolento"),
        ("llä", "ulkoolento"), ("lta", "ulkoeronto"), ("ltä", "ulkoeronto"), ("ssa", "sisaolento"),
        ("ssä", "sisaolento"), ("sta", "sisaeronto"), ("stä", "sisaeronto"), ("ksi", "tulento"),
        ("na", "olento"), ("nä", "olento"), ("n", "omanto"), ("ta", "osanto"), ("tä", "osanto"),
        ("an", "sisatulento"), ("en", "sisatulento"), ("on", "sisatulento"), ("in", "omanto"),
        ("a", "osanto"), ("ä", "osanto"), ("iden", "omanto"), ("jen", "omanto"), ("ien", "omanto"),
    ],
    key=lambda e: -len(e[0]),
)


class Morphology:
    """Base class: a cached `analyse(word)` giving all readings of a word.

    Every token of a document is analysed many times over (recognisers, relation cues,
    name base forms), so the cache is a plain dict on the instance: a module-level
    lru_cache keyed by (self, word) spent more time hashing than Voikko spent analysing.
    The cache is emptied when it reaches CACHE_LIMIT words, which bounds memory on
    hostile input of millions of distinct "words".
    """

    name = "none"
    CACHE_LIMIT = 200_000

    @cached_property
    def _analyses(self) -> dict[str, tuple[Analysis, ...]]:
        return {}

    @cached_property
    def _bases(self) -> dict[str, frozenset[str]]:
        return {}

    @cached_property
    def _first_lemmas(self) -> dict[str, str]:  # `lemma` by policy: called half a million times for a 2 MB page
        return {}

    @cached_property
    def _nominal_lemmas(self) -> dict[str, str]:
        return {}

    def analyse(self, word: str) -> tuple[Analysis, ...]:
        cache = self._analyses
        hit = cache.get(word)
        if hit is None:
            if len(cache) >= self.CACHE_LIMIT:
                cache.clear()
            hit = cache[word] = self._analyse(word)
        return hit

    def _raw(self, word: str) -> list[Analysis]:
        raise NotImplementedError

    def bases(self, word: str) -> set[str]:
        """Lower-cased candidate base forms, the word itself included (a new set: callers may change it)."""
        cache = self._bases
        hit = cache.get(word)
        if hit is None:
            if len(cache) >= self.CACHE_LIMIT:
                cache.clear()
            hit = cache[word] = frozenset({a.base.lower() for a in self.analyse(word)} | {word.lower()})
        return set(hit)

    def _analyse(self, word: str) -> tuple[Analysis, ...]:
        if ":" in word:
            stem, _, suffix = word.partition(":")
            if stem and suffix.lower() in _COLON_CASES:
                return (Analysis(stem, "lyhenne", _COLON_CASES[suffix.lower()]),)
        readings = self._raw(word)
        if not readings and "-" in word.strip("-"):  # "VIP-verkoston", "OYS-ervalle": inflect the last part
            head, _, last = word.rpartition("-")
            readings = [Analysis(f"{head}-{a.base}", a.cls, a.case, a.mood) for a in self._raw(last)]
        if not readings and self.name != "fallback":
            readings = self._headed_compound(word) + FallbackMorphology()._raw(word)
        return tuple(dict.fromkeys(readings))


    def _headed_compound(self, word: str) -> list[Analysis]:
        """An unknown compound ending in an organisation's head noun inflects as that noun: "Repeliiton" ->
        "Repeliitto", "Lämekunnan" -> "Lämekunta". A coined or rare name ("Icehearts-", "Kontu-") glued to a head
        is how new organisations are named; without this the inflected form stayed the name's base."""
        low = word.lower()
        for i in range(3, len(low) - 3):
            tail = low[i:]
            if not tail.startswith(_HEAD_STARTS):
                continue
            found = [Analysis(word[:i] + a.base, a.cls, a.case, a.mood, a.number) for a in self._raw(tail)
                     if a.cls == "nimisana" and a.base in _ORGANISATION_HEADS]
            if found:
                return found
        return []


# head nouns of organisations' names (a kind, not a name): the last part of "Sininauhaliitto", "Kalliolan
# kannatusyhdistys"; read in `_headed_compound` only for words Voikko does not know
_ORGANISATION_HEADS = frozenset({
    "yhdistys", "liitto", "säätiö", "seura", "keskus", "yhtiö", "opisto", "instituutti", "rahasto", "verkosto",
    "yhteisö", "kunta", "korkeakoulu", "yliopisto", "kerho", "kilta", "laitos", "virasto", "toimisto", "osuuskunta",
    "setlementti", "kamari", "klubi", "piiri", "koulu", "talo", "koti", "palvelu", "palvelut", "tuki", "apu"})
_HEAD_STARTS = tuple(sorted({h[:3] for h in _ORGANISATION_HEADS}))


class VoikkoMorphology(Morphology):
    name = "voikko"

    def __init__(self) -> None:
        from libvoikko import Voikko

        self._voikko = Voikko("fi")

    def _raw(self, word: str) -> list[Analysis]:
        out = []
        for a in self._voikko.analyze(word):
            base = a.get("BASEFORM")
            if base:
                out.append(Analysis(base, a.get("CLASS"), a.get("SIJAMUOTO"), a.get("PARTICIPLE") or a.get("MOOD"),
                                    a.get("NUMBER")))
        return out

    def __hash__(self) -> int:
        return hash(self.name)


class FallbackMorphology(Morphology):
    """Suffix stripping with consonant-gradation guesses: over-generates on purpose."""

    name = "fallback"

    def _raw(self, word: str) -> list[Analysis]:
        out = [Analysis(word, None, "nimento")]
        low = word.lower()
        for ending, case in _ENDINGS:
            if low.endswith(ending) and len(low) - len(ending) >= 3:
                stem = word[: len(word) - len(ending)]
                out.append(Analysis(stem, None, case))
                if stem.lower().endswith("kse"):  # Pikassoksen -> Pikassos, Kaukasuksen -> Kaukasus
                    out.append(Analysis(stem[:-3] + "s", None, case))
                if ending in ("seen", "hen") and len(stem) > 3 and stem[-1] == stem[-2]:
                    out.append(Analysis(stem[:-1], None, case))  # Hämeeseen -> Häme
                if stem[-1:].lower() in "aeiouyäö" and len(stem) > 3:
                    # weak grade back to strong: Lapi -> Lappi, Kemi(n) stays
                    m = re.match(r"^(.*?)([kpt])([aeiouyäö])$", stem)
                    if m:
                        out.append(Analysis(m.group(1) + m.group(2) * 2 + m.group(3), None, case))
                    if stem.lower().endswith("e"):
                        out.append(Analysis(stem[:-1] + "i", None, case))  # Kemin? Kempeleen -> Kempele
                else:
                    out.append(Analysis(stem + "a", None, case))
                    out.append(Analysis(stem + "ä", None, case))
        return out

    def __hash__(self) -> int:
        return hash(self.name)


# Voikko's moods of a finite verb form (a form that can carry a clause), as opposed to infinitives and participles
FINITE_MOODS = frozenset({"indicative", "conditional", "imperative", "potential"})

# Swedish finite verbs that Voikko cannot read: a heading or list line holding one says something, names nothing
SWEDISH_FINITE = frozenset({"är", "blir", "blev", "har", "hade", "ska", "skall", "kan", "får", "fick", "ger", "gav",
                            "var", "startar", "startade", "beviljas", "beviljar", "beviljade", "söker", "vill",
                            "syftar", "utvecklar", "stöder", "arbetar", "finansieras", "genomförs", "leds", "drivs",
                            # short verbs of being and doing after a name ("Bakom projektet X står Y")
                            "står", "stod", "går", "gick", "gör", "gjorde", "finns", "fanns", "kommer", "tar", "tog",
                            # belonging ("Projekten A och B ingår i programmet Y")
                            "ingår", "ingick",
                            # believing and saying: a speaker's quotation line ("– Vi tror på de här projekten,
                            # säger X"), never a name
                            "tror", "trodde", "tycker", "tyckte", "säger", "sade", "menar", "anser", "hoppas"})


def verbless(name: str, morph: Morphology) -> bool:
    """No finite verb in `name`: a line that says something happened is a news title or a sentence, not a name."""
    for w in re.findall(r"[^\W\d_]+", name):
        if w.lower() in SWEDISH_FINITE:
            return False
        readings = morph.analyse(w)
        if readings and all(r.cls == "teonsana" for r in readings) and any(r.mood in FINITE_MOODS for r in readings):
            return False
    return True

def place_genitive_reading(word: str, morph: Morphology) -> bool:
    """Whether one of Voikko's readings of `word` is a place name's genitive ("Porin", also "pora"'s instructive):
    the owner or area a following kind word is named by."""
    return any(a.cls == "paikannimi" and a.case == "omanto" for a in morph.analyse(word))


# word classes whose genitive opens no name: verbs' forms read as genitives, pronouns, numerals ("Kolmen")
NOT_NAME_GENITIVES = frozenset({"teonsana", "asemosana", "lukusana"})


def genitive_reading(word: str, morph: Morphology, *, not_of: frozenset[str] = NOT_NAME_GENITIVES) -> bool:
    """Whether `word` reads as a genitive and no reading puts it in one of the word classes `not_of`.

    The readers of names opened by a genitive ("Suomen Mielenterveysseuran", "Kansaneläkelaitoksen") share
    this test and differ only in which classes they refuse: a name of an institution refuses places and
    persons too, since "Porin laitos" is a town's, not a name.
    """
    readings = morph.analyse(word)
    return any(a.case == "omanto" for a in readings) and not any(a.cls in not_of for a in readings)


def given_name_as_written(word: str, morph: Morphology) -> bool:
    """Whether Voikko reads `word` as a first name in its base form ("Mikko", not "Mikon"): a name written as a
    person's name is, an inflected one is part of some other phrase."""
    low = word.lower()
    return any(r.cls == "etunimi" and r.base.lower() == low for r in morph.analyse(word))


def unknown_nominative(word: str, morph: Morphology) -> bool:
    """Whether no lexicon knows `word` and it may stand in the nominative as written: every reading is a guess of
    the suffix stripper (no word class) and the guesses are the word itself or a partitive's vowel ("Näkösä").

    A new organisation's own word ("Kotikylä" is known, a coined "Näkösä" is not) gets only guesses; rules that ask
    for "all readings nominative" then refused it for the partitive guessed from its last vowel, though a name
    after its kind is written in the nominative. A guessed genitive or local case ending ("-n", "-lle") still
    counts against it. Without Voikko every word is a guess, so nothing is "unknown" there (the rules stay as they
    were rather than reading every capitalised word as a name)."""
    if morph.name == "fallback":
        return False
    readings = morph.analyse(word)
    return bool(readings) and all(a.cls is None for a in readings) \
        and any(a.case == "nimento" and a.base == word for a in readings) \
        and all(a.case in {"nimento", "osanto"} for a in readings)


LEMMA_POLICIES = ("first", "nominal")


def lemma(word: str, morph: Morphology, policy: str = "first") -> str:
    """The one lemma of a word, lower-cased, chosen by an explicit policy.

    - "first": Voikko's first reading. Relation cues want it: a finite verb stays a
      verb ("myönsi" -> "myöntää", "hallinnoi" -> "hallinnoida").
    - "nominal": the first reading that is not a verb. Names want it: a word inside a
      name is a noun or adjective even when it could also be read as a verb form.
    Words no reading covers are their own lemma.
    """
    cache = morph._first_lemmas if policy == "first" else morph._nominal_lemmas if policy == "nominal" else None
    if cache is None:
        raise ValueError(f"unknown lemma policy {policy!r} (use one of {', '.join(LEMMA_POLICIES)})")
    hit = cache.get(word)
    if hit is None:
        readings = morph.analyse(word)
        if policy == "nominal":
            readings = tuple(a for a in readings if a.cls != "teonsana") or readings
        if len(cache) >= morph.CACHE_LIMIT:
            cache.clear()
        hit = cache[word] = (readings[0].base if readings else word).lower()
    return hit


def get_morphology(prefer: str | None = None) -> Morphology:
    """Voikko if it loads, else the fallback.

    `prefer` (or the WELFARE_KG_MORPHOLOGY environment variable) may force "voikko" or
    "fallback", which is how the tests show the pipeline still works without Voikko.
    """
    return _morphology(prefer or os.environ.get("WELFARE_KG_MORPHOLOGY", "auto"))


@lru_cache(maxsize=3)
def _morphology(prefer: str) -> Morphology:
    if prefer != "fallback":
        try:
            return VoikkoMorphology()
        except Exception:  # OSError when libvoikko.so or the dictionary is missing
            if prefer == "voikko":
                raise
    return FallbackMorphology()
