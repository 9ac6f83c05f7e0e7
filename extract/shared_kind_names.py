"""Two organisations named by their towns' genitives that share one plural kind word: "Ikaalisten ja Luopioisten
säästöpankkisäätiöt", "Kuopion ja Oulun kesäyliopistot", "Lapuan ja Kauhavan nuorisoseurat".

Finnish leaves the head out of the first conjunct and puts the shared one in the plural, so each organisation's name
("Ikaalisten säästöpankkisäätiö") stands nowhere whole, and the recogniser, which reads a town's genitive before a
kind compound in the singular, left both towns as places (a plural kind alone speaks of a kind: "Suomen
kyläyhdistykset"). Here two place genitives joined by "ja" right before a plural compound whose last part is a kind
of association name one association each, in the base form "<genitive> <kind>", as a town-named kind is written.
A kind word read already (inside a known name) or a genitive that is no place leaves the text as it was.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology, place_genitive_reading
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text_scans import matches

RULE = "shared-kind-name"
# last parts of a compound kind that only an organisation bears, in the base form Voikko gives the plural
_KINDS = ("säätiö", "yhdistys", "seura", "kesäyliopisto", "setlementti", "kauppakamari", "kilta", "opisto")
_GENITIVE = r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?n"
_PAIR = re.compile(rf"(?<![\w-])(?P<a>{_GENITIVE})[ \t]+ja[ \t]+(?P<b>{_GENITIVE})[ \t]+"
                   r"(?P<kind>[a-zåäö][a-zåäö-]{3,}t)(?![\w-])")
_PLACES = {"Municipality", "Region", "CooperationArea"}


def _plural_kind(word: str, morph: Morphology) -> str | None:
    """The singular base of a plural nominative compound kind ("säästöpankkisäätiöt" -> "säästöpankkisäätiö")."""
    readings = [a for a in morph.analyse(word) if a.number == "plural" and a.case == "nimento"]
    bases = {a.base.lower() for a in readings if a.cls == "nimisana"}
    if len(bases) != 1:
        return None
    base = bases.pop()
    return base if base.endswith(_KINDS) else None


def shared_kind_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                         morph: Morphology) -> list[list[Mention]]:
    """per_sentence with an association for each of two towns' or regions' genitives before one plural kind
    word; the place mentions the genitives were read as give way to them."""
    if " ja " not in text:
        return per_sentence
    have: SpanIndex[Mention] | None = None
    added: list[Mention] = []
    drop: set[int] = set()
    for m in matches(_PAIR, text):
        base = _plural_kind(m.group("kind"), morph)
        if base is None or not (place_genitive_reading(m.group("a"), morph)
                                 and place_genitive_reading(m.group("b"), morph)):
            continue
        if have is None:
            have = SpanIndex([x for ms in per_sentence for x in ms])
        if have.overlapping(m.start("kind"), m.end("kind")):
            continue  # the kind word is read already, inside a name of its own
        places = []
        for part in ("a", "b"):
            at = have.overlapping(m.start(part), m.end(part))
            if not at or any(x.type not in _PLACES for x in at):
                # a genitive inside another name, or a place no list holds as a town or region ("Suomen ja Ruotsin
                # kyläyhdistykset" speaks of the kind in two countries)
                break
            places += at
        else:
            for part, end in (("a", m.end("a")), ("b", m.end("kind"))):
                label = f"{m.group(part)} {base}"
                added.append(Mention(start=m.start(part), end=end, surface=text[m.start(part):end], label=label,
                                     type="Association", case="nimento", rule=RULE,
                                     iri=mint("Association", fold(label)), key=fold(label) or None))
            drop.update(id(x) for x in places)
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence
