"""Names listed after their kind in the plural: "kehittämisyhtiöt Josek ja Keti", "yhdistykset Leppärengas,
Viri ja Ukonhattu", "säätiöt Alfa ja Beeta".

A plural kind word in the nominative followed by capitalised names joined by commas and "ja"/"sekä" says what
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
          "järjestöt": "Association", "seurat": "Association", "liitot": "Association"}
_NAME = r"[A-ZÅÄÖ][\wåäöÅÄÖ-]*[a-zåäö0-9](?:[ \t]+[A-ZÅÄÖ][\wåäöÅÄÖ-]*[a-zåäö0-9]){0,3}"
_LIST = re.compile(
    r"(?<![\w-])(?P<kind>[a-zåäö-]*(?:" + "|".join(_KINDS) + r"))[ \t]+"
    r"(?P<names>" + _NAME + r"(?:,[ \t]+" + _NAME + r")*[ \t]+(?:ja|sekä)[ \t]+" + _NAME + r")(?![\w:-])")
_ONE = re.compile(_NAME)
RULE = "kind-list-name"


def kind_list_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                       morph: Morphology) -> list[list[Mention]]:
    """per_sentence with a mention of each unread name of a list after a plural kind word; a one-word name Voikko
    knows as a person's or a place's is left alone (a list may run on to people: "yhdistykset X ja Anna")."""
    if not any(k in text for k in _KINDS):
        return per_sentence
    found: list[Mention] = []
    for m in matches(_LIST, text):
        typ = next(t for k, t in _KINDS.items() if m.group("kind").endswith(k))
        base = m.start("names")
        for one in _ONE.finditer(m.group("names")):
            part, a = one.group(), base + one.start()
            if " " not in part and any(r.cls in {"etunimi", "sukunimi", "paikannimi"} for r in morph.analyse(part)):
                continue
            found.append(Mention(start=a, end=a + len(part), surface=part, label=part, type=typ, rule=RULE,
                                 iri=mint(typ, fold(part)), key=fold(part) or None))
    return insert_untouched(per_sentence, starts, found)
