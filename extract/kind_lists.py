"""Names listed after their kind in the plural: "kehittämisyhtiöt Josek ja Keti", "yhdistykset Leppärengas,
Viri ja Ukonhattu", "säätiöt Alfa ja Beeta", "Leader-ryhmät Aisa, Vesi-ryhmä ja Tuuli", or in the partitive after a
numeral: "kolme partiolippukuntaa Erä-Pirkot, Kanavan Vartijat ja Kyynärön Kiertäjät" (local news on donations to
scout troops, clubs and choirs).

A plural kind word in the nominative (a sentence's subject too: "Osuuskunnat ovat: A, B ja C", a row's label:
"Osuuskunnat: A, B ja C") followed by capitalised names joined by commas and "ja"/"sekä" says what
each of them is: the names stand in apposition to the kind, so they are in the nominative too and their base form
is as written. The recogniser reads such a name only when a legal form ("ry", "Oy") or a list knows it; here the
kind gives the type (a company for "-yhtiöt" and "osuuskunnat", an association for the rest). A name read already
(a town, a person, a known organisation) keeps its reading.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_untouched
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.text_scans import matches

_KINDS = {"yhtiöt": "Company", "osuuskunnat": "Company", "yhdistykset": "Association", "säätiöt": "Association",
          "järjestöt": "Association", "seurat": "Association", "liitot": "Association",
          "lippukunnat": "Association", "kerhot": "Association", "kuorot": "Association",
          # the local action groups of the rural programme are registered associations: "Leader-ryhmät A, B ja C"
          "leader-ryhmät": "Association", "toimintaryhmät": "Association",
          # the partitive after a numeral: "kolme partiolippukuntaa A, B ja C", "kaksi yhdistystä A ja B"
          "yhtiötä": "Company", "osuuskuntaa": "Company", "yhdistystä": "Association", "säätiötä": "Association",
          "järjestöä": "Association", "lippukuntaa": "Association", "kerhoa": "Association", "kuoroa": "Association"}
_KIND_TYPES = frozenset(_KINDS.values())
_NAME = r"[A-ZÅÄÖ][\wåäöÅÄÖ-]*[a-zåäö0-9](?:[ \t]+[A-ZÅÄÖ][\wåäöÅÄÖ-]*[a-zåäö0-9]){0,3}"
_LIST = re.compile(
    r"(?<![\w-])(?P<kind>(?:[A-ZÅÄÖa-zåäö][a-zåäö-]*)?(?:" + "|".join([*_KINDS, *(k.capitalize() for k in _KINDS)])
    + r"))"
    r"(?:[ \t]+(?:ovat|olivat))?[ \t]*:?[ \t]+"
    r"(?P<names>" + _NAME + r"(?:,[ \t]+" + _NAME + r")*[ \t]+(?:ja|sekä)[ \t]+" + _NAME + r")(?![\w:-])")
_ONE = re.compile(_NAME)
# a hyphened compound in the plural: a club's name made of a word and a name ("Erä-Pirkot", "Kylä-Veikot")
_PLURAL_COMPOUND = re.compile(r"[A-ZÅÄÖ][a-zåäö]+-[A-ZÅÄÖ][a-zåäö]+t")
RULE = "kind-list-name"


def kind_list_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                       morph: Morphology) -> list[list[Mention]]:
    """per_sentence with a mention of each unread name of a list after a plural kind word; a one-word name Voikko
    knows as a person's or a place's is left alone (a list may run on to people: "yhdistykset X ja Anna")."""
    if not any(k in text or k.capitalize() in text for k in _KINDS):
        return per_sentence
    found: list[Mention] = []
    known: list[Mention] | None = None
    for m in matches(_LIST, text):
        typ = next(t for k, t in _KINDS.items() if m.group("kind").lower().endswith(k))
        base = m.start("names")
        if (m.group("kind")[:1].isupper() or m.end("kind") + 1 != base) and not any(
                all(r.cls is None for r in morph.analyse(w)) for w in re.findall(r"[\wåäöÅÄÖ-]+", m.group("names"))
                if w not in {"ja", "sekä"}):
            # a subject or a row's label before the list ("Osuuskunnat ovat: A, B ja C"): a heading's or a sentence's
            # capitalised common nouns are no names, so some word of the list must be one no dictionary knows, or
            # some item a known organisation of the kind ("Leader-ryhmät JyväsRiihi, Maaseutukehitys ja Viisari")
            if known is None:
                known = [x for ms in per_sentence for x in ms if x.type in _KIND_TYPES and x.iri]
            if not any(x.type == typ and base <= x.start and x.end <= m.end("names") for x in known):
                continue
        for one in _ONE.finditer(m.group("names")):
            part, a = one.group(), base + one.start()
            if " " not in part and any(r.cls in {"etunimi", "sukunimi", "paikannimi"} for r in morph.analyse(part)) \
                    and not _PLURAL_COMPOUND.fullmatch(part):
                continue  # a person or a place; a hyphened plural ("Erä-Pirkot") is a club, no one person
            found.append(Mention(start=a, end=a + len(part), surface=part, label=part, type=typ, rule=RULE,
                                 iri=mint(typ, fold(part)), key=fold(part) or None))
    return insert_untouched(per_sentence, starts, found)
