"""Swedish registered names in sentence case: "Närpes svenska pensionärsförening rf", "Vörå ungdomsförening rf",
"Föreningen för utvecklingsstörda i Vasa rf", "Österbottens förbund för utvecklingsstörda rf".

Finland-Swedish associations write their registered names in lower case after the town or region that opens them,
with their kind ("förening", "förbund", "sällskap", ...) somewhere inside and "rf" or "sr" after. The recogniser
walks back from the legal form over words Voikko knows (Finnish ones); Swedish words it does not know stop it, so
such a name was no mention at all, or a wrong short one ("Vasa rf"), or the region's council ("Österbottens
förbund"). Here the name runs from a recognised town or region (or "Föreningen", "Stiftelsen", "Svenska",
"Finlands") over lower-case words, "för ..." and "i <Place>", to the legal form, and must hold a Swedish kind word;
the mentions read inside it leave the lists. The label is the name as written with its legal form (a Swedish
registered name does not inflect; a genitive ending after "rf:s" is left off).
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import replace_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.name_openers import opener_word
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.text import Token

_OPENERS = {"Föreningen", "Stiftelsen", "Svenska", "Finlands", "Samfundet", "Sällskapet"}
_NAME = re.compile(
    r"(?<![\w-])(?P<head>[A-ZÅÄÖ][\w-]*)(?P<body>(?:[ \t]+(?:[a-zåäö][\w-]*|(?<=\bi )[A-ZÅÄÖ][\w-]*)){1,6})"
    r"[ \t]+(?P<form>rf|r\.f\.|sr)(?::s)?(?![\w-])")
_KIND = re.compile(r"(?:förening|förbund|sällskap|klubb|kår|gille|stiftelse|fond|råd|församling|akademi|institut|"
                   r"samfund|lag|kommitté|union)(?:en|et|s|ar|arna)?$")
# Swedish words of a sentence that may stand before a name, never inside one
_NOT_INSIDE = {"och", "eller", "samt", "som", "till", "från", "av", "med", "har", "hade", "får", "fick", "blir",
               "var", "är", "att", "beviljades", "beviljas", "ges", "gavs", "vid", "hos", "enligt", "även", "också",
               "ja", "sekä", "tai", "on", "oli", "saa", "sai"}
_PLACES = {"Municipality", "Region"}
_INSIDE = _PLACES | {"Association", "JointAuthority", "Company"}
RULE = "swedish-registered-name"


_CAPITAL_BEFORE = re.compile(r"(?<![\w-])[A-ZÅÄÖ][\w-]*[ \t]+$")
_LOCAL_WORDS = 2  # capitalised words a "Word i Place rf" name may open with before its word


def _name_words_before(text: str, a: int, mentions: list[Mention]) -> int:
    """Where a "Word i Place rf" name begins when capitalised words stand right before its word inside a
    sentence ("gick till Kotiranta Hantverk i Vasa rf"): Swedish capitalises no other word there, so they are the
    name's. A word opening a line or a sentence is capitalised anyway and stays out, as does a name read already."""
    for _ in range(_LOCAL_WORDS):
        m = _CAPITAL_BEFORE.search(text, max(0, a - 40), a)
        if m is None:
            break
        before = text[:m.start()].rstrip(" \t")
        word = m.group(0).split()[0]
        if not before or before[-1] in ".!?\n•" or word.lower() in _NOT_INSIDE \
                or any(x.start < m.start() + len(word) and m.start() < x.end for x in mentions) \
                or opener_word(Token(word, m.start(), m.start() + len(word)), get_morphology()):
            break  # (nor a row's label: "Bidrag: Stödmottagare X i Vasa rf", name_openers.py)
        a = m.start()
    return a


def swedish_registered_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                                text: str) -> None:
    """Add an Association mention for each Swedish registered name in sentence case (in place)."""
    if " rf" not in text and " sr" not in text and "r.f." not in text:
        return
    for m in _NAME.finditer(text):
        body = m.group("body").split()
        a, b = m.start(), m.end()
        # "Dans i Österbotten rf", "Företagarna i Vasa rf": a word, "i" and a recognised place right before the legal
        # form; the form itself says it is a registered association, whatever the word
        place_at = m.start("body") + m.group("body").index(body[1]) if len(body) == 2 else -1
        local = len(body) == 2 and body[0] == "i" and m.group("head").lower() not in _NOT_INSIDE and any(
            x.start == place_at and ((x.type in _PLACES and x.end == m.end("body"))
                                     or (x.type == "Association" and x.end >= m.end("form"))) for x in mentions)
        if any(w in _NOT_INSIDE for w in body) or not (local or any(_KIND.search(w.lower())
                                                                    for w in [m.group("head"), *body])):
            continue
        if local:
            a = _name_words_before(text, a, mentions)
        head_end = m.end("head")
        # a town or region opens it, or a region's council read from "Österbottens förbund" ahead of "för ..."
        opens = local or m.group("head") in _OPENERS or any(
            x.start == a and ((x.type in _PLACES and x.end == head_end) or x.type == "JointAuthority")
            for x in mentions)
        if not opens:
            continue
        inside = [x for x in mentions if x.start < b and a < x.end]
        if any(x.start < a or x.end > b or x.type not in _INSIDE for x in inside):
            continue  # a longer name across it, or a person's or a body's name inside
        if any(x.start == a and x.end >= m.end("form") and x.type == "Association" for x in inside):
            continue  # read already
        label = text[a:m.end("form")]
        found = Mention(start=a, end=b, surface=text[a:b], label=label, type="Association", rule=RULE,
                        iri=mint("Association", fold(label)), key=fold(label) or None)
        replace_mentions(per_sentence, starts, mentions, inside, found)
