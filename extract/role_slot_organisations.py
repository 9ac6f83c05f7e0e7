"""Organisations no rule knows, read from the place a sentence gives them: the one who runs or pays a project.

Pages and minutes name a project's administrator, implementers and partners by names no list holds and no legal
form marks ("Hanketta hallinnoi Ikäinstituutti", "Hankkeen osatoteuttajat ovat Kirkkopalvelut ja Seurakuntaopisto").
Recognition read nothing there, and the relation rules then gave the verb to another organisation of the sentence
(the funder: "STEA coordinates X"). The slot itself says what stands in it:

- after a cue verb whose object the project already is ("Hanketta hallinnoi", "Hankkeen toteuttavat", "jota
  koordinoi"): the verb's subject, the one acting on the project;
- after a role noun of a project ("hallinnoija on", "osatoteuttajat ovat", "yhteistyökumppaneina ovat",
  "Hallinnoija:");
- Swedish: the agent of a passive of running or funding ("drivs av X", "finansieras av X") and a role noun
  ("Projektägare: X", "samarbetspartners är A och B").

The slot holds a list: capitalised names of up to four words joined by commas, "ja" or "sekä", each ending where
the list or the clause goes on. A name overlapping a mention recognition read is left to it; a first name opening
a name is a person's (a project's coordinator may be one); a place alone is an area. Only names in the nominative
are read, so the label is the name as written. The type is the head's where it says one (a university, a company
form), else Association: what such a slot holds when no legal form is written (FACTS.md's kinds of organisation
the recognisers miss are associations, foundations and church organisations).
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex

RULE = "role-slot-organisation"
_PLACES = {"Municipality", "Region"}
MAX_WORDS = 4

_PROJECT_OBJECT = (r"(?:[\w-]*(?:hanketta|hankkeen|hankkeita|hankkeet|projektia|projektin|projekteja|projektit)"
                   r"|jota|joita|jonka|joiden|sitä|niitä)")
_ACT = (r"(?:hallinnoi|hallinnoivat|hallinnoivat|koordinoi|koordinoivat|toteuttaa|toteuttavat|toteutti|toteuttivat|"
        r"rahoittaa|rahoittavat|rahoitti|rahoittivat)")
_ROLE = (r"(?:hallinnoija|hallinnoijana|päähallinnoija|päähallinnoijana|toteuttaja|toteuttajana|toteuttajat|"
         r"toteuttajina|päätoteuttaja|päätoteuttajana|osatoteuttaja|osatoteuttajana|osatoteuttajat|osatoteuttajina|"
         r"koordinaattori|koordinaattorina|yhteistyökumppani|yhteistyökumppanina|yhteistyökumppanit|"
         r"yhteistyökumppaneina|yhteistyökumppaneita|kumppanit|kumppaneina|kumppaneita|rahoittaja|rahoittajana|"
         r"rahoittajat|rahoittajina)")
# Swedish: a passive of running or funding and its agent ("drivs av X", "finansieras av X"), a role noun
_SV_AGENT = r"(?:drivs|leds|genomförs|koordineras|förvaltas|administreras|finansieras|ägs)[ \t]+av"
_SV_ROLE = (r"(?:projektägare|projektägaren|huvudman|huvudmannen|samarbetspartner|samarbetspartners|"
            r"samarbetspartnerna|samarbetsparter|partner|partners|partnerna|finansiär|finansiärer|finansiärerna)")
_SLOT = re.compile(
    r"(?i:(?<![\w-])" + _PROJECT_OBJECT + r"[ \t]+" + _ACT + r"(?:[ \t]+(?:yhdessä|myös|lisäksi))?"
    r"|(?<![\w-])" + _ROLE + r"(?:[ \t]+(?:on|ovat|oli|olivat|toimii|toimivat|toimi|toimivat))?[ \t]*:?"
    r"|(?<![\w-])" + _SV_AGENT +
    r"|(?<![\w-])" + _SV_ROLE + r"(?:[ \t]+(?:är|var|blir))?[ \t]*:?)"
    r"[ \t]+(?=[A-ZÅÄÖ])")
# one word of a name: capitalised (a hyphen inside), or an acronym
_WORD = re.compile(r"[A-ZÅÄÖ][\wÅÄÖåäö]*(?:-[\wÅÄÖåäö]+)*")
_JOIN = re.compile(r",[ \t]+|[ \t]+(?:ja|sekä|och|samt)[ \t]+")
_GAP = re.compile(r"[ \t]+")
# where a name may end: punctuation, a line end, a joining word, or a word going on with the clause
_END = re.compile(r"[ \t]*(?:[.,;:)(\n]|$)|[ \t]+(?:ja|sekä|yhdessä|ovat|on|oli|olivat|vuosina|vuonna|"
                  r"kanssa|och|samt|med|i[ \t]+samarbete|[a-zåäö]+[ \t]*[,.\n])")
_COMPANY_FORM = re.compile(r"(?i)(?:^|[ \t])(?:oy|oyj|ab|ky|osuuskunta)$")
_UNIVERSITY = re.compile(r"(?i)yliopisto$")


def _name_at(text: str, pos: int, morph: Morphology) -> tuple[int, int] | None:
    """The span of a name of up to MAX_WORDS capitalised words at `pos`, if one ends where a name may end."""
    end, words = pos, 0
    while words < MAX_WORDS:
        w = _WORD.match(text, end)
        if w is None:
            break
        end, words = w.end(), words + 1
        gap = _GAP.match(text, end)
        if gap is None or _WORD.match(text, gap.end()) is None:
            break
        end = gap.end()
    end = len(text[:end].rstrip(" \t"))  # a gap read ahead of a word that did not come
    if words == 0 or _END.match(text, end) is None:
        return None
    return pos, end


def _plausible(name: str, morph: Morphology) -> bool:
    """Not a person (a first name opening it), not a place alone, no verb or number, not a sentence's word."""
    words = name.split()
    first = morph.analyse(words[0])
    if any(a.cls == "etunimi" for a in first) and (len(words) > 1 or all(a.cls == "etunimi" for a in first)):
        return False
    if len(words) == 1 and any(a.cls == "paikannimi" for a in first):
        return False
    return not any(any(a.cls == "teonsana" for a in morph.analyse(w)) and not any(
        a.cls in {"nimisana", "nimi", "laatusana"} for a in morph.analyse(w)) for w in words) and len(name) > 2


def _kind(name: str) -> str:
    if _COMPANY_FORM.search(name):
        return "Company"
    if _UNIVERSITY.search(name):
        return "Agency"
    return "Association"


def role_slot_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                       morph: Morphology) -> list[list[Mention]]:
    """A mention for each name no rule read in the slot of a project's administrator, implementer or partner."""
    if not _SLOT.search(text):
        return per_sentence
    have = SpanIndex([m for ms in per_sentence for m in ms])
    added: list[Mention] = []
    drop: set[int] = set()
    for slot in _SLOT.finditer(text):
        pos = slot.end()
        for _ in range(8):  # a list of at most eight names
            found = _name_at(text, pos, morph)
            if found is None:
                break
            a, b = found
            name = text[a:b]
            inside = have.overlapping(a, b)
            # "drivs av Emmaus Åland", "partners är Ålands Natur": a place is a word of a longer name
            places = len(name.split()) > 1 and all(m.type in _PLACES and a <= m.start and m.end <= b
                                                   and (m.start, m.end) != (a, b) for m in inside)
            if (not inside or places) and _plausible(name, morph):
                typ = _kind(name)
                added.append(Mention(start=a, end=b, surface=name, label=name, type=typ, rule=RULE,
                                     iri=mint(typ, fold(name)), key=fold(name) or None))
                drop.update(id(m) for m in inside)
            join = _JOIN.match(text, b)
            if join is None or _WORD.match(text, join.end()) is None:
                break
            pos = join.end()
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence
