"""Agreements named by the title of a minutes item: "Sopimus sosiaalipäivystyksen järjestämisestä".

An item titled "Sopimus <what it is about>" is about that agreement, and the title is its
name: the head word comes first and the rest is its complement in the genitive or
elative, so the compound-name rule (modifiers before the head) reads only "Sopimus". The
item's decision is then about this agreement (`decides`), which is why the title is
read as one name here.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.spans import UNDERTAKING_KINDS, replace_in_sentences
from welfare_kg.records import DocumentRecord

_TITLE = re.compile(r"(?P<head>Sopimus|Yhteistyösopimus|Palvelusopimus|Puitesopimus|Avtal)\s+(?P<rest>\S.*)")


def title_agreements(record: DocumentRecord, morph: Morphology) -> list[Mention]:
    """An Agreement mention over each item title of the form "Sopimus X Y ...", where the title stands."""
    out = []
    for item in record.items:
        m = _TITLE.fullmatch(item.title.strip())
        if m is None:
            continue
        words = [w for w in m.group("rest").split() if not w.isdigit()]
        if not 2 <= len(words) <= 12:
            continue
        at = record.text.find(item.title.split()[0], item.start, item.end)
        if at < 0:
            continue
        # the title as written may run over a page number ("... kehitysvammaisten 146 perhehoitoyksikön ...")
        span = record.text[at:item.end] if record.text[at:item.end].split()[:2] == item.title.split()[:2] \
            else record.text[at:at + len(item.title)]
        written = span.rstrip(" .,;:-\n")
        if len(written) > len(item.title) + 12:  # the item runs on past its title: keep to the title
            written = record.text[at:at + len(item.title)]
        label = " ".join([m.group("head"), *words])
        out.append(Mention(start=at, end=at + len(written), surface=written, label=label, type="Agreement",
                           rule="item-title-agreement", key=identity_key(label, morph) or None))
    return out


def add_title_agreements(sents: list, per_sentence: list[list[Mention]], found: list[Mention]) -> list[list[Mention]]:
    """Put the title agreements in their sentences, in place of the undertakings read inside the title."""
    if not found:
        return per_sentence
    return replace_in_sentences(sents, per_sentence, found, lambda m: m.type in UNDERTAKING_KINDS and any(
        f.start <= m.start < f.end for f in found))
