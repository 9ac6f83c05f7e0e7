"""Dioceses and parishes the recogniser of extract/entities.py leaves as a bare town: "Tampereen hiippakunta",
"Oulun ortodoksinen seurakunta", "Vasa svenska församling", "Borgå stift", "Esbo kyrkliga samfällighet".

A parish written "X:n seurakunta" is read there (the town's genitive, then the head); a diocese's head
("hiippakunta", Swedish "stift") is not, nor an adjective between the town and the head ("ortodoksinen",
"ruotsalainen", "svenska"), nor the Swedish "församling". Without this only the town is read, and the town is then
credited with the church's projects. The whole is one Parish (the ontology's class for a church's units); the town
inside leaves the mention lists, as in extract/branch_associations.py.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import replace_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.text_scans import matches

# the adjective in its nominative and in the other case forms a name's head takes ("ortodoksisen seurakunnan")
_ADJECTIVES = ("ortodoksi", "ruotsalai", "suomalai", "evankelis-luterilai")
_FI_ADJ = r"(?:" + "|".join(_ADJECTIVES) + r")(?:nen|sen|selle|sessa|sesta|selta|sella|seen|sena)"
_FI_HEAD_END = r"(?:ta|nan|nalle|nassa|nasta|nalta|nalla|taan|tana|naksi)"
_FINNISH = re.compile(
    r"(?<![\w-])(?P<owner>[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?n)[ \t]+"
    r"(?:(?P<adj>" + _FI_ADJ + r")[ \t]+(?P<parish>seurakun)|(?P<diocese>(?:arkki)?hiippakun))" + _FI_HEAD_END
    + r"(?![\w-])")
_SWEDISH = re.compile(
    r"(?<![\w-])(?P<owner>[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)[ \t]+(?:(?P<adj>svenska|finska|ortodoxa)[ \t]+)?"
    # a parish union: "Helsingfors kyrkliga samfällighet", "Borgå kyrkliga samfällighets" (kyrkolagen's "kyrklig
    # samfällighet", Finnish "seurakuntayhtymä")
    r"(?P<head>församling|ärkestift|stift|kyrkliga[ \t]+samfällighet)(?:s|en|ens)?(?![\w-])")
# what may stand inside: the town or region the church unit is named by
_PLACES = {"Municipality", "Region"}
# capitalised words that open a clause rather than name a place ("Svenska församling", "Varje stift")
_NOT_OWNERS = {"Svenska", "Finska", "Varje", "Den", "Det", "En", "Ett", "Vår", "Alla"}


def _finnish_label(m: re.Match[str]) -> str:
    if m.group("diocese"):
        return f"{m.group('owner')} {m.group('diocese')}ta"
    adj = next(a for a in _ADJECTIVES if m.group("adj").startswith(a))
    return f"{m.group('owner')} {adj}nen seurakunta"


def _swedish_label(m: re.Match[str]) -> str:
    return " ".join(x for x in (m.group("owner"), m.group("adj"), " ".join(m.group("head").split())) if x)


def church_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                    text: str) -> None:
    """Add a Parish mention for each diocese or adjective-qualified parish no other name covers (in place)."""
    if "kun" not in text and "stift" not in text and "församling" not in text and "samfällighet" not in text:
        return
    found_any = [(m, _finnish_label) for m in matches(_FINNISH, text)]
    found_any += [(m, _swedish_label) for m in matches(_SWEDISH, text) if m.group("owner") not in _NOT_OWNERS]
    for m, labeller in found_any:
        a, b = m.start(), m.end()
        inside = [x for x in mentions if x.start < b and a < x.end]
        if any(x.start < a or x.end > b or x.type not in _PLACES for x in inside):
            continue  # a longer name ("Tampereen hiippakunnan tuomiokapituli"), or the parish read already
        if not inside:
            continue  # the word before the head is no known place: a person's name or a clause's word
        label = labeller(m)
        found = Mention(start=a, end=b, surface=text[a:b], label=label, type="Parish", rule="parish-church-name",
                        iri=mint("Parish", fold(label)), key=fold(label) or None)
        replace_mentions(per_sentence, starts, mentions, inside, found)
