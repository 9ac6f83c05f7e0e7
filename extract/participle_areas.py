"""Where an organisation or a project works, said by a participle attribute that opens with places.

Finnish puts where an actor works into the participle phrase before its name: "Kajaanissa ja Sotkamossa
toimiva X ry", "Oulussa, Kemissä ja Torniossa hyviä kokemuksia kerännyt Y-hanke", "Kuopion seudulla
(Kuopio+Siilinjärvi) käynnistynyt Z-projekti". area_cues.py reads the one verb "toimiva" with a kind
word; the structure is the same for any participle, so this reads the structure and not the verb:

- a run of places in the inessive or adessive, or a genitive place before a locative area noun
  ("Iisalmen seudulla", "Raahen ympäristössä"), joined by commas and conjunctions; an unrecognised
  "X:n seudulla" may stand in the run, and a bracketed list after a member adds its places;
- then at most a few words of the attribute with no punctuation and no finite verb;
- then a participle (Voikko: present or past, active or passive) right before the actor's name
  (or before a capitalised kind word that opens the name).

Participles of sitting, meeting, founding and being born say where the actor is or began, not the
area it serves, and are left alone. Each place of the run is a coversArea of the actor.
Registered in the relation rule registry (relations.py).
"""

from __future__ import annotations

import re
from itertools import pairwise

from welfare_kg.extract.area_phrases import free_places
from welfare_kg.extract.lists import JOINER
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.relations import Clause, rule

RULE = "coversArea:place-participle"
CONFIDENCE = 0.55
_ACTORS = {"Association", "Company", "CompetenceCentre", "JointAuthority", "Project", "Agency"}
_LOCATIVE = {"sisaolento", "ulkoolento"}  # inessive, adessive
_PARTICIPLES = {"present_active", "past_active", "present_passive", "past_passive"}
# where the actor sits, met, was founded or registered, or lives: a seat, not the area it serves
_SEAT_LEMMAS = re.compile(r"^(?:sijaits|sijoittu|sijoitet|kokoont|kokoonnu|pide|pidet|pitä|perust|rekister|asu|"
                          r"syntyn|synty|majoittu|vieraill|kokoustan|valit|palkit|esitel|esittäyty)", re.IGNORECASE)
# a genitive place before a locative area noun: the place itself ("Raahen seudulla", "Kainuun alueella")
_AREA_NOUN_AT = re.compile(r"\s+(?:seudulla|seuduilla|alueella|alueilla|ympäristössä|lähialueilla|lähiseudulla|"
                           r"kunnissa|seutukunnassa|seutukunnissa|maakunnassa|kylissä)\b", re.IGNORECASE)
# an area the recognition did not link, standing in the run: "Loimaan seudulla"
_UNLINKED_AREA = re.compile(r"\b[A-ZÅÄÖ][A-Za-zÅÄÖåäö-]*n" + _AREA_NOUN_AT.pattern)
_BRACKET = re.compile(r"\s*\(([^()]{1,80})\)")
_BRACKET_JOINER = re.compile(r"\s*(?:[+/,&]|ja|sekä|och)\s*")
_KIND_IN_NAME = re.compile(r"[A-ZÅÄÖ][a-zåäö-]*(?:yhdistys|ryhmä|järjestö|säätiö|yhtiö|osuuskunta|keskus|"
                           r"kuntayhtymä|liitto|hanke|projekti)\s+$")
_WORD = re.compile(r"[A-Za-zÅÄÖåäö0-9][A-Za-zÅÄÖåäö0-9-]*")
_MAX_WORDS = 6  # words of the attribute between the places and the participle, the participle included


class _Unit:
    """One member of a run: where it stands and the linked places it names (none for an unlinked area)."""

    def __init__(self, start: int, end: int, places: list[Mention]) -> None:
        self.start, self.end, self.places = start, end, places


def _units(text: str, base: int, places: list[Mention]) -> list[_Unit]:
    units: list[_Unit] = []
    for p in places:
        if p.case in _LOCATIVE:
            units.append(_Unit(p.start, p.end, [p]))
            continue
        noun = _AREA_NOUN_AT.match(text, p.end - base)
        if noun is not None and (p.case == "omanto" or (p.case is None and p.surface.endswith("n"))):
            units.append(_Unit(p.start, base + noun.end(), [p]))
    covered = [(u.start, u.end) for u in units]
    for m in _UNLINKED_AREA.finditer(text):
        s, e = base + m.start(), base + m.end()
        if not any(a < e and s < b for a, b in covered):
            units.append(_Unit(s, e, []))
    units.sort(key=lambda u: u.start)
    return units


def _bracketed(text: str, base: int, at: int, places: list[Mention]) -> tuple[int, list[Mention]] | None:
    """A bracketed list of places right after offset `at` (absolute): where it ends and its places."""
    m = _BRACKET.match(text, at - base)
    if m is None:
        return None
    s, e = base + m.start(1), base + m.end(1)
    inside = sorted((p for p in places if s <= p.start and p.end <= e), key=lambda p: p.start)
    if not inside:
        return None
    pos = s
    for p in inside:
        gap = text[pos - base:p.start - base]
        if gap.strip() and (pos == s or _BRACKET_JOINER.fullmatch(gap) is None):
            return None
        pos = p.end
    if text[pos - base:e - base].strip():
        return None
    return base + m.end(), inside


def _runs(text: str, base: int, places: list[Mention]) -> list[tuple[int, list[Mention]]]:
    """Coordinated runs of units: where each run ends and the places it names."""
    runs: list[tuple[int, list[Mention]]] = []
    end, run = -1, []  # type: int, list[Mention]
    started = False
    for u in _units(text, base, places):
        if u.start < end:
            continue
        if started and JOINER.fullmatch(text[end - base:u.start - base]) is not None:
            run = run + u.places
        else:
            if started:
                runs.append((end, run))
            run, started = list(u.places), True
        end = u.end
        more = _bracketed(text, base, end, places)
        if more is not None:
            end, run = more[0], run + more[1]
    if started:
        runs.append((end, run))
    return [(e, r) for e, r in runs if r]


def _participle(word: str, c: Clause) -> bool:
    readings = c.morph.analyse(word)
    return any(a.mood in _PARTICIPLES for a in readings) and not any(_SEAT_LEMMAS.match(a.base) for a in readings)


def _finite(word: str, c: Clause) -> bool:
    readings = c.morph.analyse(word)
    return bool(readings) and all(a.cls == "teonsana" and a.mood not in _PARTICIPLES for a in readings)


def _heads_unread_name(words: list[str], c: Clause) -> bool:
    """An earlier participle of the attribute right before a capitalised word ("Salon seudulla toimiva Penolueli
    sekä Turun seudulla toimiva Y"): that participle heads a name no rule read, whose area the run of places is;
    the later actor has places of its own, so none of the run's are its."""
    return any(_participle(w, c) and nxt[:1].isupper() for w, nxt in pairwise(words[:-1]))


# "kolmelle Laitilassa toimivalle yhdistykselle: A, B sekä C": the participle heads a bare kind noun that a colon's
# list then names; the noun's lemma must be a word for an actor, the list a run of names joined by commas or "ja"
_LISTED_KIND = re.compile(r"^[ \t]+(?P<part>[A-Za-zÅÄÖåäö-]+)[ \t]+(?P<kind>[a-zåäö-]+)[ \t]*:[ \t\n]*$")
_ACTOR_NOUNS = frozenset({"yhdistys", "järjestö", "seura", "toimija", "taho", "kerho", "säätiö", "yritys", "hanke",
                          "projekti", "yhteisö", "organisaatio", "kyläyhdistys", "urheiluseura",
                          "nuorisoseura"})


def _colon_listed(c: Clause, between: str, first: Mention, actors: list[Mention]) -> list[Mention]:
    """The actors of a colon's list after "<participle> <kind noun>:", the first right after the colon (see
    _LISTED_KIND); none unless the whole gap is that shape."""
    shape = _LISTED_KIND.match(between)
    if shape is None or not _participle(shape.group("part"), c):
        return []
    if not any(a.base in _ACTOR_NOUNS for a in c.morph.analyse(shape.group("kind"))):
        return []
    text, base = c.sent.text, c.sent.start
    listed, end = [first], first.end
    for a in actors:
        if a.start <= first.start or a.start < end:
            continue
        if JOINER.fullmatch(text[end - base:a.start - base]) is None:
            break
        listed.append(a)
        end = a.end
    return listed if len(listed) >= 2 else []


@rule(RULE, "coversArea",
      "'Kajaanissa ja Sotkamossa toimiva X ry', 'Oulussa ja Kemissä hyviä kokemuksia kerännyt Y-hanke'", needs="named")
def _place_participle(c: Clause) -> list[Fact]:
    base, text = c.sent.start, c.sent.text
    places = free_places(c)
    if not places:
        return []
    actors = sorted((m for m in c.named if m.type in _ACTORS and m.iri and id(m) not in c.inside),
                    key=lambda m: m.start)
    if not actors:
        return []
    out: list[Fact] = []
    for end, run in _runs(text, base, places):
        actor = next((a for a in actors if a.start >= end), None)
        if actor is None:
            continue
        between = text[end - base:actor.start - base]
        listed = _colon_listed(c, between, actor, actors)
        if listed:
            iris = dict.fromkeys(p.iri for p in run if p.iri)
            out += [Fact(a.iri or "", "coversArea", iri, c.ev, RULE, CONFIDENCE) for a in listed for iri in iris
                    if iri != a.iri]
            continue
        kind = _KIND_IN_NAME.search(between)
        if kind is not None:
            between = between[:kind.start()]
        if re.search(r"[^\sA-Za-zÅÄÖåäö0-9-]", between) or not between.endswith((" ", "\t")):
            continue
        words = _WORD.findall(between)
        if not 1 <= len(words) <= _MAX_WORDS or not _participle(words[-1], c):
            continue
        if any(_finite(w, c) for w in words[:-1]):
            continue
        if _heads_unread_name(words, c):
            continue  # "Salossa toimiva Xyz sekä Turussa toimiva Y": the places are the unread Xyz's, not Y's
        iris = dict.fromkeys(p.iri for p in run if p.iri and p.iri != actor.iri)
        out += [Fact(actor.iri or "", "coversArea", iri, c.ev, RULE, CONFIDENCE) for iri in iris]
    return out
