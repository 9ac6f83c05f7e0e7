"""Institutions named by a capitalised genitive phrase and a lower-case institution compound: "Taiteen
edistämiskeskus", "Asumisen rahoitus- ja kehittämiskeskus", "Diakonian tutkimuslaitos", "Terveyden ja hyvinvoinnin
laitos".

State agencies, research institutes and national competence centres are registered under a name whose first word
alone is capitalised: what they work for in the genitive, then a compound of "keskus", "laitos" or "instituutti" in
lower case that says what kind of institution it is (an advancing, developing, research or expertise centre). The
reference lists know the national ones; an institution they lack was left unread, with every fact of its sentence
(who grants, who coordinates: "Hanke on Xn edistämiskeskuksen koordinoima", "Xn tutkimuslaitokselta saatu
rahoitus"). extract/genitive_kind_names.py reads the same shape for associations (liitto, yhdistys, seura); this
module reads it for institutions, by the same evidence: inside a sentence a capitalised genitive before a lower-case
kind is a name's first word, since prose does not capitalise a common noun there. Read:

- inside a sentence: a capitalised genitive that is neither a place's nor a surname's (a place's institution is a
  municipal or regional unit, read by extract/institutions.py), up to two lower-case genitives or "ja" and one
  ("Terveyden ja hyvinvoinnin"), an elided first half ("rahoitus- ja"), then an institution compound in any case,
  the label its base form ("Taiteen edistämiskeskuksen" -> "Taiteen edistämiskeskus"); a bare "laitos" or
  "instituutti" only after two genitives joined by "ja" (one genitive and "laitos" is any institution's word:
  "Yliopiston laitos");
- opening a sentence, only a first word no lexicon knows (a coined or foreign name) before a compound in the
  nominative: the sentence's capital says nothing, but a common word cannot be a name's unknown word.

Only the institution compounds whose first part says what a named institution does count (edistämiskeskus,
kehittämiskeskus, tutkimuskeskus, tutkimuslaitos, osaamiskeskus, asiantuntijakeskus...); a centre that is a
building or a town's service unit ("palvelukeskus", "terveyskeskus", "nuorisokeskus", "kauppakeskus") is not one.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import NOT_NAME_GENITIVES, Morphology, genitive_reading
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text import opens_phrase

RULE = "genitive-institution-name"
# institution compounds (base forms' last parts) that name what a state agency, research institute or national
# centre does, and the type each names: a state's advancing, developing or research centre is an agency more often
# than not; a research institute ("Elinkeinoelämän tutkimuslaitos"), an expertise or a study centre is mostly a
# foundation's, a registered association's or its company's
_HEADS: dict[str, str] = {
    "edistämiskeskus": "Agency", "kehittämiskeskus": "Agency", "tutkimuskeskus": "Agency",
    "tietokeskus": "Agency", "tutkimuslaitos": "Association", "tutkimusinstituutti": "Association",
    "osaamiskeskus": "Association", "asiantuntijakeskus": "Association", "opintokeskus": "Association",
    "neuvontakeskus": "Association", "tukikeskus": "Association", "yhteistyökeskus": "Association",
    "koulutuskeskus": "Association", "kompetenssikeskus": "Association",
}
# a bare head, only after two genitives joined by "ja" ("Terveyden ja hyvinvoinnin laitos")
_BARE = {"laitos": "Agency", "instituutti": "Agency"}
_STEMS = ("keskuk", "keskus", "laito", "laitok", "instituut")
_NAME = re.compile(
    r"(?<![\w-])(?P<first>[A-ZÅÄÖ][a-zåäö]{2,}(?:-[A-ZÅÄÖa-zåäö][a-zåäö]+)?)"
    r"(?P<rest>(?:[ \t]+(?:ja[ \t]+)?[a-zåäö]{3,}(?=[ \t]))?(?:[ \t]+[a-zåäö]{3,}-[ \t]+ja(?=[ \t]))?)[ \t]+"
    r"(?P<kind>[a-zåäö]*(?:keskuk|keskus|laito|laitok|instituut)[a-zåäö]*)(?![\w-])")


# a name of an institution opens with no place or person ("Porin laitos" is a town's)
_NOT_OPENERS = NOT_NAME_GENITIVES | {"paikannimi", "sukunimi", "etunimi"}


def _genitive(word: str, morph: Morphology) -> bool:
    return genitive_reading(word, morph, not_of=_NOT_OPENERS)


def _unknown(word: str, morph: Morphology) -> bool:
    """A word no lexicon knows (Voikko's readings are only the guesser's): a coined or foreign name."""
    readings = morph.analyse(word)
    return bool(readings) and all(a.cls is None for a in readings)


def _kind(word: str, morph: Morphology, *, bare: bool) -> tuple[str, str, str] | None:
    """(base form, type, case) of an institution compound in the singular, else None."""
    for a in morph.analyse(word):
        if a.cls != "nimisana" or a.number == "plural":
            continue
        base = a.base.lower()
        for head, typ in (_BARE if bare else _HEADS).items():
            if base == head if bare else base.endswith(head):
                return base, typ, a.case or "nimento"
    return None


def _rest_ok(rest: str, morph: Morphology) -> tuple[bool, bool]:
    """Whether the words between the first genitive and the kind are lower-case genitives, "ja" and an elided first
    half; and whether they join two genitives with "ja" (which a bare head needs)."""
    words = rest.split()
    for w in words:
        if w != "ja" and not w.endswith("-") and not _genitive(w, morph):
            return False, False  # ("rahoitus- ja": the elided first half of the kind compound)
    return True, any(w == "ja" and (k == 0 or not words[k - 1].endswith("-")) for k, w in enumerate(words))


def _owner_before(text: str, at: int, ends: set[int]) -> bool:
    """Whether a name read already ends right before `at` ("Jyväskylän yliopiston" before "Koulutuksen
    tutkimuslaitos"): the institution is that organisation's unit, read by extract/organisation_units.py."""
    k = at
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k < at and k in ends


def genitive_institution_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                                  morph: Morphology) -> list[list[Mention]]:
    """per_sentence with each "<Capitalised genitive> <genitives> <institution compound>" read as an institution."""
    if not any(s in text for s in _STEMS):
        return per_sentence
    have: SpanIndex[Mention] | None = None
    ends: set[int] = set()
    added: list[Mention] = []
    for m in _NAME.finditer(text):
        first, rest, kind = m.group("first"), m.group("rest"), m.group("kind")
        ok, joined = _rest_ok(rest, morph)
        if not ok:
            continue
        read = _kind(kind, morph, bare=False) or (_kind(kind, morph, bare=True) if joined else None)
        if read is None:
            continue
        base, typ, case = read
        opener = opens_phrase(text, m.start())
        if opener and not (case == "nimento" and _unknown(first, morph) and not rest.strip()):
            continue  # a sentence's capital says nothing; only a word no lexicon knows is a name's there
        if not opener and not (_genitive(first, morph) or (_unknown(first, morph) and first.endswith("n"))):
            continue
        if have is None:
            have = SpanIndex([x for ms in per_sentence for x in ms])
            ends = {x.end for ms in per_sentence for x in ms}
        if have.overlapping(m.start(), m.end()):
            continue  # read already, whole or in part (a place, a person, a known name)
        if not opener and _owner_before(text, m.start(), ends):
            continue  # "Xn yliopiston Koulutuksen tutkimuslaitos": a unit of the organisation before it
        label = " ".join(text[m.start():m.start("kind")].split()) + " " + base
        added.append(Mention(start=m.start(), end=m.end(), surface=m.group(), label=label, type=typ, case=case,
                             rule=RULE, iri=mint(typ, fold(label)), key=fold(label) or None))
    return insert_mentions(per_sentence, starts, added) if added else per_sentence
