"""Co-operation areas named by the places they join: "Kuusamon ja Posion yhteistoiminta-alue".

Municipalities organise services together in areas that no reference list holds: a host town's
area for primary care or environmental health ("Kalajoen kaupungin ympäristöterveydenhuollon
yhteistoiminta-alue"), a pair of towns ("Kuusamon ja Posion yhteistoiminta-alue"), a sub-region's
area ("Järvi-Pohjanmaan perusturvan yhteistoiminta-alue") and, from 2025, an employment area
("Eteläisen Keski-Suomen työllisyysalue"), a sub-region ("Ylä-Pirkanmaan seutukunta", "Helsingin
metropolialue") and the towns of a "seutu" named with them ("Hämeenlinnan seudun kunnat Hattula ja
Janakkala"; a town's "seutu" alone, "Heinolan seutua kohdannut rakennemuutos", "Turun seudun edustaja",
"Loimaan seudulla toimiva", names the sub-region too, as the annotation holds it, unless an organisation of the area
follows: "Oulun seudun ammattikorkeakoulu"). Finnish names such an area by the genitives before its
head word; the name starts at the first capitalised genitive of the chain. A head without a
capitalised genitive ("yhteistoiminta-alueeseen kuuluvat ...") is the kind of area, not a name.

The towns in the name are the area's members (`partOf:towns-naming-area`, registered in the relation
rule registry). The reference areas (the five cooperation areas of Decree 91/2022) are matched by
the gazetteer and are left to it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.relations import Clause, rule
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.text import Token, tokenize

# the base forms an area's head word ends with; a sub-region ("Ylä-Pirkanmaan seutukunta"; one named after its
# town is the recogniser's), the capital's metropolitan area ("Helsingin metropolialue") and the economic and
# commuting areas regional programmes are run in ("Hyvinkään-Riihimäen talousalue", "X:n työssäkäyntialue") are
# co-operation areas
AREA_HEADS = ("yhteistoiminta-alue", "yhteistyöalue", "työllisyysalue", "sote-alue", "seutukunta", "metropolialue",
              "talousalue", "työssäkäyntialue")
# "seutu" names an area only with its towns right after it ("Hämeenlinnan seudun kunnat Hattula ja Janakkala");
# alone it is the surroundings of a place ("Oulun seudulla"), no area of co-operation
_TOWNS_OF_AREA = re.compile(r"\s+(?:kunnat|kuntien|kuntia|kunnista|kunnissa|kunnille|kunnilla|kuntiin)\b")
_COORDINATORS = {"ja", ",", "sekä"}
_MAX_CHAIN = 8  # tokens of genitives before the head


def area_name_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention], text: str,
                       morph: Morphology) -> None:
    """Add a CooperationArea mention for each named area (in place: the sentence lists and the flat list)."""
    for si, ms in enumerate(per_sentence):
        lo = starts[si]
        hi = starts[si + 1] if si + 1 < len(starts) else len(text)
        found = _areas(text, lo, hi, ms, morph)
        ms.extend(found)
        mentions.extend(found)


def _areas(text: str, lo: int, hi: int, ms: list[Mention], morph: Morphology) -> list[Mention]:
    """The named areas of one stretch of text that no mention there covers already."""
    if not any(h in text[lo:hi].lower() for h in ("alue", "seutu", "seud")):
        return []  # the head words' common parts: most sentences end here
    toks = tokenize(text[lo:hi])
    out: list[Mention] = []
    for k, tok in enumerate(toks):
        if not tok.is_word or tok.is_cap:
            continue
        readings = morph.analyse(tok.text)
        head = next((a for a in readings if a.base.lower().endswith(AREA_HEADS)
                     or (a.base.lower() == "seutu" and _TOWNS_OF_AREA.match(text, lo + tok.end))), None)
        town_seutu = None
        if head is None and (town_seutu := next((a for a in readings if a.base.lower() == "seutu"), None)):
            head = town_seutu if _town_area(toks, k, text, lo, morph) else None
        if head is None or head.number == "plural":
            continue
        first = _chain_start(toks, k, morph) if town_seutu is None else _town_start(toks, k)
        if first is None:
            continue
        a, b = lo + toks[first].start, lo + tok.end
        if any(m.start <= a and b <= m.end for m in ms) or any(x.start < b and a < x.end for x in out):
            continue  # inside a known name ("Etelä-Suomen yhteistoiminta-alue") or a project's
        words = [t.text for t in toks[first:k]] + [_base(tok.text, head.base)]
        label = _join(text, lo, toks[first:k + 1], words)
        known = _known_area(toks[first:k], morph)  # "Itä-Suomen yhteistoiminta-alue": the decree's area
        # "Kaustisen seudun kunnat" and "Kaustisen seutukunta": one sub-region, written either way
        other = {"seutu": "seutukunta", "seutukunta": "seutu"}.get(label.rsplit(" ", 1)[-1].lower())
        # (the label first: a mention's first part of two words is what the document calls the thing)
        parts = (label, f"{label.rsplit(' ', 1)[0]} {other}") if other and first < k else ()
        out.append(Mention(start=a, end=b, surface=text[a:b], label=label, type="CooperationArea",
                           iri=known or mint("CooperationArea", fold(label)), case=head.case,
                           rule="area-name" if town_seutu is None else "town-seutu",
                           key=None if known else fold(label) or None, parts=parts))
    return out


# what a town's "seudun" may describe that is an organisation of its own, not the area: "Oulun seudun
# ammattikorkeakoulu", "Tampereen seudun kuntayhtymä", "Kuopion seudun senioriyhdistys", "Helsingin seudun liikenne"
_ORGANISATION_AFTER = ("yhdistys", "yhtymä", "korkeakoulu", "keskus", "palvelu", "liikenne", "säätiö", "seura", "toimi",
                       "opisto", "yhtiö", "osuuskunta", "kuntajakoselvitys", "klusteri", "perinne")


def _town_area(toks: list[Token], k: int, text: str, lo: int, morph: Morphology) -> bool:
    """"Heinolan seutua kohdannut rakennemuutos", "Turun seudun edustaja", "Forssan seudun työttömyys": a town's
    surroundings named by the town alone are the sub-region the annotation holds (eval/ANNOTATION.md), unless
    the words after it name an organisation of the area ("Oulun seudun ammattikorkeakoulu") or a name goes on
    ("Nivala-Haapajärven seutu Nihak ry")."""
    first = _town_start(toks, k)
    if first is None:
        return False
    if k + 1 < len(toks):
        nxt = toks[k + 1]
        if nxt.is_word and nxt.is_cap and nxt.start - toks[k].end == 1 and nxt.text[:1].isalpha():
            return False  # (a movement's mark after it, "Xn seudun 4H", is read with the area: local_associations)
        if nxt.text.endswith("-") and k + 3 < len(toks) and toks[k + 2].text in {"ja", "sekä"}:
            nxt = toks[k + 3]  # "Mikkelin seudun sosiaali- ja terveystoimi": the elided compound's last word
        if nxt.is_word and any(a.base.lower().endswith(_ORGANISATION_AFTER) for a in morph.analyse(nxt.text)):
            return False
    return True


def _town_start(toks: list[Token], k: int) -> int | None:
    """The capitalised genitive right before "seutu" (one town, or two joined by a dash: "Kotkan-Haminan",
    "Kotkan - Haminan"), inside a sentence; None for anything else."""
    j = k - 1
    if j < 0 or not toks[j].is_word or not toks[j].is_cap or toks[j].text.isupper() \
            or not toks[j].text.endswith("n") or not _town(toks[j]):
        return None
    if j >= 2 and toks[j - 1].text in {"-", "–"} and _town(toks[j - 2]):
        return j - 2
    if j >= 1 and toks[j - 1].is_word and toks[j - 1].is_cap and not toks[j - 1].text.isupper():
        return None  # "Riihimäen Hyvinkään seudun", a title in capitals: no one town's area
    return j


def _town(tok: Token) -> bool:
    """A municipality of the reference data in the genitive ("Heinolan", "Kotkan-Haminan" is two)."""
    from welfare_kg.extract.gazetteer import reference_gazetteer
    from welfare_kg.extract.morphology import get_morphology

    parts = tok.text.split("-")
    if not all(p[:1].isupper() and p.endswith("n") for p in parts):
        return False
    gaz, morph = reference_gazetteer(), get_morphology()
    for p in parts:
        # inside a sentence ("ja" before it), where a capital tells a town from a common noun ("Kotkan", "Turun")
        hits = gaz.match([Token("ja", 0, 2), Token(p, 3, 3 + len(p))], morph)
        if not (len(hits) == 1 and hits[0].start == 1 and hits[0].entity.type == "Municipality"):
            return False
    return True


def _chain_start(toks: list[Token], k: int, morph: Morphology) -> int | None:
    """Where the genitives before the head start, if a proper name is among them: "Kuusamon ja Posion",
    "Kalajoen kaupungin ympäristöterveydenhuollon", "Eteläisen Keski-Suomen", "Järviseudun" (a capital inside
    a sentence). A capitalised common noun opening a sentence ("Ympäristöterveydenhuollon
    yhteistoiminta-alueeseen kuuluvat") names no area."""
    j, first = k - 1, None
    while j >= 0 and k - j <= _MAX_CHAIN:
        t = toks[j]
        if t.text.lower() in _COORDINATORS and j > 0 and toks[j - 1].is_cap and first is not None:
            j -= 1  # "Kuusamon ja Posion": coordinated towns
            continue
        if t.text.lower() in _COORDINATORS and j > 0 and toks[j - 1].text.endswith("-") and not toks[j - 1].is_cap:
            j -= 2  # "sosiaali- ja terveydenhuollon": an elided compound of the area's task, one genitive
            continue
        if not t.is_word or not _genitive(t.text, morph):
            break
        if t.is_cap and (_proper(t.text, morph) or j > 0):  # capitalised inside a sentence: a name
            first = j  # "Eteläisen Keski-Suomen": a capitalised adjective before a name is the name's
        j -= 1
    return first


def _proper(word: str, morph: Morphology) -> bool:
    readings = morph.analyse(word)
    return not readings or re.search(r"-[A-ZÅÄÖ]", word) is not None or any(
        a.base[:1].isupper() or a.cls in {"paikannimi", "sukunimi", "etunimi", "nimi"} for a in readings)


def _known_area(chain: list[Token], morph: Morphology) -> str | None:
    """The reference cooperation area the whole chain names ("Itä-Suomen" is the KYS area), if any."""
    from welfare_kg.extract.gazetteer import reference_gazetteer

    hits = reference_gazetteer().match(chain, morph)
    whole = len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(chain)
    return hits[0].entity.iri if whole and hits[0].entity.type == "CooperationArea" else None


def _genitive(word: str, morph: Morphology) -> bool:
    """A genitive: Voikko's reading, or a capitalised name in -n it does not know ("Järvi-Pohjanmaan")."""
    readings = morph.analyse(word)
    if any(a.case == "omanto" for a in readings):
        return True
    return not readings and word[:1].isupper() and word.endswith("n")


def _base(word: str, base: str) -> str:
    """The head word in its base form, keeping the writer's hyphens ("yhteistoiminta-alueella" -> "...-alue")."""
    return base[:1].lower() + base[1:] if word[:1].islower() else base[:1].upper() + base[1:]


def _join(text: str, lo: int, toks: list[Token], words: list[str]) -> str:
    out = []
    for i, (tok, word) in enumerate(zip(toks, words, strict=True)):
        if i:
            gap = text[lo + toks[i - 1].end:lo + tok.start]
            out.append("" if gap == "" else " ")
        out.append(word)
    return re.sub(r"\s+", " ", "".join(out)).strip()


@rule("partOf:towns-naming-area", "partOf",
      "'Kuusamon ja Posion yhteistoiminta-alue': the towns that name an area are its members")
def _towns_naming_area(c: Clause) -> list[Fact]:
    out: list[Fact] = []
    areas = [m for m in c.named if m.type == "CooperationArea" and m.rule == "area-name" and m.iri]
    if not areas:
        return out
    towns = sorted((m for m in c.named if m.type == "Municipality" and m.iri), key=lambda m: m.start)
    begins = [m.start for m in towns]
    for area in areas:
        for town in towns[bisect_left(begins, area.start):bisect_right(begins, area.end)]:
            if town.end <= area.end:
                out.append(Fact(town.iri, "partOf", area.iri, c.ev, "partOf:towns-naming-area", 0.7))
    return out
