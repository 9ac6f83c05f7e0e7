"""A town's grant whose sum the text gives as the town's share: "Muonion kunnan osuus on 145 600 euroa".

A board's decision to co-fund a Leader group or a project names the grant in one sentence ("Kunnanhallitus
päättää osallistua Leader-ryhmän rahoitukseen") and its sum in another, as the town's share of the whole
("Tuusulan kunnan rahoitusosuus koko ohjelmakaudelle olisi yhteensä 90 000 euroa", "josta kunnan osuus on
18 400 euroa"). The sum rules read a sum only in the grant's own sentence, and they read an "osuus" as no grant
(money.NOT_GRANT_WORDS): the town's share is someone else's budget line in most texts. Here the funder IS the town
whose share it is, so its share is what it grants (ANNOTATION.md: municipal co-funding keeps its stated sum).

Filled only where it is safe: the funder is a municipality or one of its bodies; the town's share names that
town (its genitive mention) or, as a bare "kunnan osuus", no other town funds anything in the document; the
document states one such sum for the town, exact (no "noin"), and the town's grants without a sum go to one
receiver. The first sum after the share word is the share; a yearly split after it ("eli 20 800 euroa vuodessa")
is the same money again.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal

from welfare_kg.extract.model import Entity, Fact, Mention
from welfare_kg.extract.money import find_amounts
from welfare_kg.extract.text import Sentence

SUFFIX = "+amount:municipal-share"
# "[Muonion] kunnan osuus ... on", "kaupungin rahoitusosuus ... olisi yhteensä": a town's own share (singular:
# "kuntien osuus" is all the towns' together), its verb, and the sum right after it
_SHARE = re.compile(r"(?i)\b(?P<kind>kunnan|kaupungin)[ \t]+(?:rahoitus|kunta|maksu)?osuus\b"
                    r"(?P<gap>[^.;:%\n]{0,60}?)\b(?:on|olisi|oli|tulee\s+olemaan)[ \t]+(?:yhteensä[ \t]+)?(?=\d)")
_TOWN_KINDS = {"Municipality"}


def _town_of(iri: str, facts: Sequence[Fact], entities: Mapping[str, Entity], home: str | None) -> str | None:
    """The municipality a funder is, or the one its body is part of (by a partOf fact, else the document's own
    town: a board in a town's minutes is that town's)."""
    kind = entities[iri].type if iri in entities else None
    if kind in _TOWN_KINDS:
        return iri
    if kind != "Body":
        return None
    parents = {f.object for f in facts if f.predicate == "partOf" and f.subject == iri
               and f.object in entities and entities[f.object].type in _TOWN_KINDS}
    if not parents:
        return home
    return next(iter(parents)) if len(parents) == 1 else None


def _share_sums(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]], town: str,
                only_town: bool) -> set[Decimal] | None:
    """The exact sums stated as this town's share; None where one of them is hedged."""
    out: set[Decimal] = set()
    for s, ms in zip(sents, per_sentence, strict=False):
        for m in _SHARE.finditer(s.text):
            # the town's name before the kind word, or a mention of "Muonion kunta" that takes the kind word in
            owner = [x for x in ms if m.start() - 40 <= x.start - s.start < m.start()
                     and x.end - s.start >= m.start() - 2 and x.type in _TOWN_KINDS]
            if owner:
                if owner[-1].iri != town:
                    continue  # another town's share
            elif not only_town:
                continue  # a bare "kunnan osuus" with several towns funding: whose is it?
            sums = [a for a in find_amounts(s.text) if a.start == m.end() and not a.share]
            if not sums:
                continue
            if sums[0].approximate:
                return None
            out.add(sums[0].value)
    return out


def municipal_share_amounts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                            facts: Sequence[Fact], entities: Mapping[str, Entity], home: str | None) -> None:
    """Give a town's (or its body's) grant without a sum the town's one stated share."""
    bare = [f for f in facts if f.predicate == "funds" and f.amount is None and f.share is None]
    if not bare:
        return
    towns = {f.subject: _town_of(f.subject, facts, entities, home) for f in facts if f.predicate == "funds"}
    funding_towns = {t for t in towns.values() if t}
    for town in funding_towns:
        grants = [f for f in bare if towns.get(f.subject) == town]
        if not grants or len({f.object for f in grants}) != 1:
            continue
        if any(f.predicate == "funds" and towns.get(f.subject) == town and f.amount is not None for f in facts):
            continue  # the town's grant already has a sum of its own sentence
        sums = _share_sums(sents, per_sentence, town, len(funding_towns) == 1)
        if not sums or len(sums) != 1:
            continue
        value = next(iter(sums))
        for f in grants:
            f.amount = value
            f.rule += SUFFIX
