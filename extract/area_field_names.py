"""Places named in a project card's area field that no reference list holds: "Toteuttamisalue: Ylä-Kainuu ja X".

A card's area field ("Toteutusalue", "Kohdealue", "Maakunta", fields.py) holds only places, so a
capitalised name there that recognition left alone is a place as well: an old sub-region
("Ylä-Kainuu"), an area across the border ("Vienan Karjala") or a district the gazetteer does not
list. A name with a part-of-a-region prefix ("Ylä-", "Keski-", "Itä-"...) is taken for a sub-region
(a CooperationArea), any other for a Region. The field's coversArea:field fact then reaches it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from welfare_kg.extract.gazetteer import KnownEntity
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold, identity_key
from welfare_kg.extract.resolve import mint

# one place of the value: capitalised words, a hyphen inside allowed ("Ylä-Kainuu", "Vienan Karjala")
_PLACE = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ]?[a-zåäö]+)?(?:\s+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ]?[a-zåäö]+)?){0,2}")
_SPLIT = re.compile(r"\s*(?:,|;|/|\bja\b|\bsekä\b|\boch\b|\bsamt\b)\s*")
_SUB_REGION = re.compile(r"(?:Ylä|Ala|Keski|Sisä|Etelä|Pohjois|Itä|Länsi|Kehys|Järvi|Koillis|Luoteis|Kaakkois|"
                         r"Lounais|Rannikko|Saaristo)-[A-ZÅÄÖ]")
# whole countries and unions, and words a field says instead of places
_NOT_PLACES = {"suomi", "finland", "ruotsi", "sverige", "venäjä", "ryssland", "eu", "eurooppa", "europa", "koko",
               "valtakunnallinen", "kansainvälinen", "hela", "muu", "muut", "övriga", "useita", "kaikki"}
MAX_VALUE = 120
_KNOWN_PLACES = {"Municipality", "Region", "CooperationArea", "WellbeingCounty"}
_KIND_WORD = re.compile(r"\s+(?:kaupunki|kunta|maakunta|stad|kommun)$", re.IGNORECASE)


def area_field_places(text: str, start: int, end: int, known: list[Mention], morph: Morphology) -> list[Mention]:
    """New place mentions for the names in text[start:end] (an area field's value) that overlap no known mention."""
    if end - start > MAX_VALUE or "\n" in text[start:end].strip():
        return []
    out: list[Mention] = []
    pos = start
    places: dict[str, Mention] | None = None  # the document's known places by key, built when first needed
    seen: set[str] = set()
    for chunk in _SPLIT.split(text[start:end]):
        if not chunk:
            continue
        a = text.index(chunk, pos)
        pos = a + len(chunk)
        b = a + len(chunk.rstrip(" .:"))
        m = _PLACE.fullmatch(text, a, b)
        if m is None or text[a:b].lower() in _NOT_PLACES or any(k.start < b and a < k.end for k in known):
            continue
        key = identity_key(text[a:b], morph) or None
        if places is None:
            places = {}
            for m in known:
                if m.iri and m.type in _KNOWN_PLACES and m.iri not in seen:
                    seen.add(m.iri)  # one reading a place: the keys of its label without the kind word
                    bare = _KIND_WORD.sub("", m.label).strip()
                    for k in {m.key, identity_key(m.label, morph), identity_key(bare, morph) if bare else None}:
                        if k:
                            places.setdefault(k, m)
        same = places.get(key) if key else None
        if same is not None:  # a place the document names elsewhere, unread here ("Toiminta-alueMikkeli" glued)
            out.append(Mention(start=a, end=b, surface=text[a:b], label=same.label, type=same.type,
                               rule="area-field-name", iri=same.iri, key=key))
            continue
        ref = _reference_place(text[a:b], morph)
        if ref is not None:  # "Maakunnat: Uusimaa" where recognition left the field alone: the reference region
            out.append(Mention(start=a, end=b, surface=text[a:b], label=ref.label, type=ref.type,
                               rule="area-field-name", iri=ref.iri, key=key))
            continue
        typ = "CooperationArea" if _SUB_REGION.match(text[a:b]) else "Region"
        out.append(Mention(start=a, end=b, surface=text[a:b], label=text[a:b], type=typ, rule="area-field-name",
                           iri=mint(typ, fold(text[a:b])), key=key))
    return out


def _reference_place(name: str, morph: Morphology) -> KnownEntity | None:
    """The reference place whose name this is as written ("Uusimaa" the region), if one: one IRI in every
    document, where a minted one would stand for the same place under another IRI."""
    return _places_by_name().get(name.lower())


@lru_cache(maxsize=1)
def _places_by_name() -> dict[str, KnownEntity]:
    """The reference places by their names, lower-cased; a name two places share is none's."""
    from welfare_kg.extract.gazetteer import reference_gazetteer

    out: dict[str, KnownEntity | None] = {}
    for e in reference_gazetteer().entities.values():
        if e.type in _KNOWN_PLACES and e.ceased is None:
            for label in {e.label, *e.labels}:
                k = label.lower()
                out[k] = e if out.get(k, e) is e else None
    return {k: e for k, e in out.items() if e is not None}
