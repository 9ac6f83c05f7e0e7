"""Towns named beside the sub-region or cooperation area the reference data puts them in: partOf it.

A text about a sub-region ("Kaustisen seutukunta hallinnoi ... Halsuan, Kaustisen, Lestijärven, Toholammin ja Vetelin
kuntien puolesta") or a joint project area names its towns in every wording, and no phrase rule follows them all.
When one sentence names a cooperation area whose member towns the reference data lists (data/subregions.csv:
Statistics Finland's seutukunnat; data/cooperation_areas.csv) and towns of that list, the text speaks of those towns
as the area's: each is partOf it. A town the data does not put in the area is left alone (a neighbour, a
partner). A document whose head names one such area in the nominative (the sub-region's own page, a project report
"Åboland ...") speaks of it throughout: a sentence naming no area reads its member towns as that one's
(partOf:header-subregion-member).

The fact carries its own rule name and a confidence below 0.5: the membership is the reference data's, its being
said is read from the sentence naming both. Measured on dev (265 documents): +6 right, +1 wrong (Parainen partOf
Åboland, true but not annotated); with the head's area, the writing half +2 right (optional facts), no wrong; the
held-back half unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from welfare_kg.extract.layout import OPENING_CHARS
from welfare_kg.extract.model import Evidence, Fact, Mention, related_pairs
from welfare_kg.extract.text import Sentence


@lru_cache(maxsize=1)
def area_members() -> dict[str, frozenset[str]]:
    """Cooperation area IRI -> the municipalities the reference data makes partOf it (wkg:partOf)."""
    from rdflib import URIRef

    from welfare_kg.data import load_reference
    from welfare_kg.ontology.namespace import PREFIXES

    part_of = URIRef(PREFIXES["wkg"] + "partOf")
    out: dict[str, set[str]] = {}
    for s, _, o in load_reference().triples((None, part_of, None)):
        if "/municipality/" in str(s) and "/cooperation-area/" in str(o):
            out.setdefault(str(o), set()).add(str(s))
    return {k: frozenset(v) for k, v in out.items()}


RULE = "partOf:subregion-member"
HEAD_RULE = "partOf:header-subregion-member"
CONFIDENCE = 0.45
MAX_CHARS = 600  # a longer "sentence" is a run of list lines or a table


def subregion_member_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                           facts: Sequence[Fact]) -> list[Fact]:
    """partOf from each member town to the cooperation area one sentence names with it."""
    areas = area_members()
    related = related_pairs(facts)
    out: list[Fact] = []
    # the sub-region the document's head names (in the nominative: its own page or report), the whole of a sentence
    # that names none
    first = sents[0].start if sents else 0
    heads = {m.iri for ms in per_sentence for m in ms if m.type == "CooperationArea" and m.iri and areas.get(m.iri)
             and m.start - first < OPENING_CHARS and m.case in {None, "nimento"}}
    head = heads if len(heads) == 1 else set()
    for s, ms in zip(sents, per_sentence, strict=False):
        if len(s.text) > MAX_CHARS:
            continue
        named = {m.iri for m in ms if m.type == "CooperationArea" and m.iri and areas.get(m.iri)}
        wholes = named or head
        rule = RULE if named else HEAD_RULE
        if len(wholes) != 1:
            continue
        (whole,) = wholes
        members = areas[whole]
        for m in ms:
            if m.type == "Municipality" and m.iri in members and (m.iri, whole) not in related \
                    and not any(x is not m and x.start <= m.start and m.end <= x.end and x.iri == whole for x in ms):
                related.update({(m.iri, whole), (whole, m.iri)})
                out.append(Fact(m.iri, "partOf", whole, Evidence(s.text, s.start, s.end), rule, CONFIDENCE))
    return out
