"""Associations named by a capitalised genitive phrase and a lower-case kind word: "Vanhus- ja lähimmäispalvelun
liitto", "Sosiaali- ja terveysturvan keskusliitto", "Omaishoitajien yhdistys", "Kirjallisuuden seura".

National federations and societies are registered under a name whose first word alone is capitalised: what they
work for in the genitive, then the kind in lower case. The recogniser reads the kind glued into one capitalised
compound ("Kehitysvammaliitto"), a legal form after the name, or a known place's genitive before the kind; a
federation whose first word is a common noun, with no "ry" in running text, was left unread unless a list knew it.
Inside a sentence the capital is the evidence: prose does not capitalise a common noun there. So a capitalised
genitive that opens no sentence, optionally joined to an elided first half ("Vanhus- ja"), then up to two lower-case
genitives and a kind word in lower case, names an association. Left out:

- a place's genitive first ("Pohjois-Savon liitto" is a regional council, "Helsingin yhdistys" a branch; other
  rules and the reference list read those) and a surname's ("Virtasen seura");
- a sentence's or list item's first word, whose capital says nothing.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology, genitive_reading
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text import opens_phrase

RULE = "genitive-kind-name"
# the kind word's base forms and the stems its inflected forms start with
_KINDS = {"keskusliitto": ("keskusliit",), "liitto": ("liit",), "yhdistys": ("yhdisty",), "seura": ("seur",)}
_NAME = re.compile(r"(?<![\w-])(?P<first>[A-ZÅÄÖ][a-zåäö]{2,}(?:-[a-zåäö]+)?(?:-[ \t]+ja[ \t]+[a-zåäö]+)?)"
                   r"(?P<rest>(?:[ \t]+[a-zåäö]{3,}){0,2})[ \t]+"
                   r"(?P<kind>(?:keskus)?liit(?:to|on|toon|ossa|osta|olle|olta|toa|tona)|"
                   r"yhdisty(?:s|ksen|kseen|ksessä|ksestä|kselle|kseltä|stä|ksenä)|"
                   r"seura(?:n|an|ssa|sta|lle|lta|a|na)?)(?![\w-])")


def _first_word(first: str, morph: Morphology) -> bool:
    """A name's first word: a genitive that is not a place's or a surname's; after an elided first half ("Vanhus- ja
    lähimmäispalvelun") the genitive is the last word."""
    if " " in first or "\t" in first:
        return genitive_reading(first.split()[-1], morph)
    if any(a.cls in {"paikannimi", "sukunimi"} for a in morph.analyse(first)):
        return False
    return genitive_reading(first, morph)


def genitive_kind_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                           morph: Morphology) -> list[list[Mention]]:
    """per_sentence with each "<Capitalised genitive> <lower-case genitives> <kind>" inside a sentence read as an
    association."""
    if not any(k in text for k in ("liit", "yhdisty", "seura")):
        return per_sentence
    have: SpanIndex[Mention] | None = None
    added: list[Mention] = []
    for m in _NAME.finditer(text):
        if opens_phrase(text, m.start()) or not _first_word(m.group("first"), morph):
            continue
        rest = m.group("rest").split()
        if not all(genitive_reading(w, morph) for w in rest):
            continue
        kind = m.group("kind")
        base = next((b for b, stems in _KINDS.items() if kind.startswith(stems)), None)
        if base is None:
            continue
        if have is None:
            have = SpanIndex([x for ms in per_sentence for x in ms])
        if have.overlapping(m.start(), m.end()):
            continue  # read already, whole or in part (a place, a person, a known name)
        label = " ".join(text[m.start():m.start("kind")].split()) + " " + base
        case = next((a.case for a in morph.analyse(kind) if a.case), "nimento")
        added.append(Mention(start=m.start(), end=m.end(), surface=m.group(), label=label, type="Association",
                             case=case, rule=RULE, iri=mint("Association", fold(label)), key=fold(label) or None))
    return insert_mentions(per_sentence, starts, added) if added else per_sentence
