"""Small businesses named by their trade first and their own name after it: "Kirjapaino Hyvätuuli", "Tilitoimisto
Kivikko", "Tilipalvelu Elina Virtanen".

A small business's registered or trading name often opens with its trade, capitalised as the name's first word, and
goes on with a coined word, a place or its owner's name; minutes and project reports name them as suppliers and
partners without "Oy" or "Tmi". The recogniser reads a company by its legal form, so these were lost, or the
owner's name after the trade was read as a person. The shape is the evidence: a trade word (data-free: a closed
list of trades below) capitalised inside a sentence, right before one to three capitalised words. A trade word
opening a sentence is capitalised anyway and is left alone, and so is one with a legal form after the name (the
recogniser reads that whole).
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import FINITE_MOODS, Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text import opens_phrase

RULE = "trade-first-company"
# trades that open a small business's name, as written in the nominative (the name's own words take the case)
_TRADES = ("Kirjapaino", "Tilitoimisto", "Tilipalvelu", "Insinööritoimisto", "Arkkitehtitoimisto", "Mainostoimisto",
           "Asianajotoimisto", "Konsulttitoimisto", "Suunnittelutoimisto", "Rakennusliike", "Kuljetusliike",
           "Sähköliike", "Konepaja", "Leipomo", "Kampaamo", "Parturi-kampaamo", "Kukkakauppa", "Siivouspalvelu",
           "Kiinteistöhuolto", "Catering", "Pitopalvelu")
# not the venues ("Hotelli X", "Ravintola X", "Kahvila X"): minutes name them as where a meeting was held, a place
_WORD = r"[A-ZÅÄÖ][\wåäöé-]*"
_NAME = re.compile(rf"(?<![\w-])(?P<trade>{'|'.join(_TRADES)})[ \t]+(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}})"
                   r"(?P<form>[ \t]+(?:Oy|Ky|Ay|Tmi|Ab|OY|KY|Oy:n|Ky:n)\b)?")
_GIVE_WAY = frozenset({"Person", "Municipality", "Region", "Association", "Company"})


def _governed(text: str, end: int, morph: Morphology) -> bool:
    """Whether a lower-case noun or postposition follows `end`: what a genitive before it goes with ("kanssa")."""
    m = re.match(r"[ \t]+([a-zåäö]+)", text[end:end + 40])
    if m is None:
        return False
    readings = morph.analyse(m.group(1))
    return any(a.cls in {"nimisana", "suhdesana"} for a in readings) and not any(
        a.mood in FINITE_MOODS for a in readings)


def _nominative(word: str, end: int, text: str, morph: Morphology) -> str | None:
    """The name's last word in the nominative: as written, or its genitive's "-n" undone (a word the lexicon lacks
    reads as either: the genitive when a noun or postposition follows); None for other cases."""
    readings = morph.analyse(word)
    cases = {a.case for a in readings}
    genitive = any(a.case == "omanto" and a.base.lower() == word[:-1].lower() for a in readings)
    if genitive and ("nimento" not in cases or _governed(text, end, morph)):
        return word[:-1]
    if not readings or "nimento" in cases or None in cases:
        return word
    return None


def trade_first_company_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                                 morph: Morphology) -> list[list[Mention]]:
    """per_sentence with each "<Trade> <Name>" inside a sentence read as a company."""
    if not any(t in text for t in _TRADES):
        return per_sentence
    have: SpanIndex[Mention] | None = None
    added: list[Mention] = []
    drop: set[int] = set()
    for m in _NAME.finditer(text):
        if m.group("form") or opens_phrase(text, m.start()):
            continue
        words = m.group("name").split()
        last = _nominative(words[-1], m.end("name"), text, morph)
        if last is None:
            continue
        if have is None:
            have = SpanIndex([x for ms in per_sentence for x in ms])
        end = m.end("name")
        inside = have.overlapping(m.start(), end)
        if any(x.type not in _GIVE_WAY or x.start < m.start() or x.end > end for x in inside):
            continue
        if any(x.type == "Company" and x.start == m.start() for x in inside):
            continue
        label = " ".join([m.group("trade"), *words[:-1], last])
        added.append(Mention(start=m.start(), end=end, surface=text[m.start():end], label=label, type="Company",
                             case="nimento", rule=RULE, iri=mint("Company", fold(label)), key=fold(label) or None))
        drop.update(id(x) for x in inside)
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence
