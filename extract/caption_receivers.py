"""Receivers a donation's photo caption names after the people who took the money on their behalf.

Local news of a bank's or a club's donations often names the receivers only in the caption of the hand-over photo:
"Lahjoitukset ottivat vastaan Ilona Mattila ja Teppo Koskinen Lammin Lukion Musikaali, Anja Vitie Lammin
Evonkävijät, Päivi Hasila MLL Lammi, Jaakko Kartano ja Rolle Fryckman, Turvantalo. Kuva: ...". The layout says what
each part is: after a verb of taking something over ("ottivat vastaan", "vastaanottivat", "tog emot") and a word for
the money, the caption runs people's names, each group of them followed by the organisation they stand for. What
follows the last person of a comma-parted group (or a group of no person at all, after people) is a receiver's name:
a few capitalised words, no verb.

- `caption_receiver_mentions`: each such name recognition did not read whole becomes a mention (rule
  caption-receiver): a Project where its words say so, a Company by its form, else an Association;
- `caption_receiver_facts`: the giver is the one giving-kind organisation the text names before the caption
  (named_giver.py); with none, no fact (FACTS.md: no invented funder). Every receiver is funded without a sum (a
  caption gives none). A reading of layout: its own rule name and a confidence below 0.5.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.listed_receivers import kind_of_name, what_the_sum_is_for
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.named_giver import giver_before
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text import Sentence
from welfare_kg.extract.text_scans import matches

RULE = "funds:caption-receivers"
CONFIDENCE = 0.4
MENTION_RULE = "caption-receiver"
CAPTION_CHARS = 700  # a longer run is prose, not a caption
MAX_NAME_WORDS = 5
# a word for the money handed over, then the verb of taking it over (or the verb first): the caption's lead
_TAKE = re.compile(r"(?i)\b(?:otti(?:vat)?\s+vastaan|vastaanotti(?:vat)?|tog\s+emot|mottog)\s+")
_MONEY = re.compile(r"(?i)lahjoitu|avustu|apura|stipend|shekin|shekit|\btuen\b|\btuet\b|donation|bidrag|gåva")
_END = re.compile(r"\.(?:\s|$)|\n|\s(?:Kuva|Foto|Bild)\s*:")
_PARTS = re.compile(r",\s+")
_NAME = re.compile(rf"[A-ZÅÄÖ0-9][\w&.'-]*(?:\s+[\w&.'-]+){{0,{MAX_NAME_WORDS - 1}}}")
_PEOPLE = {"Person"}
_PLACES = {"Municipality", "Region", "CooperationArea"}


def _captions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each caption's run of names: after a take-over verb whose clause names money."""
    out: list[tuple[int, int]] = []
    for take in matches(_TAKE, text):
        lead_start = max(text.rfind(". ", 0, take.start()), text.rfind("\n", 0, take.start())) + 1
        if not _MONEY.search(text, lead_start, take.start()):
            continue  # "Lahjoitukset ottivat vastaan": the money is the object, named before the verb
        end = _END.search(text, take.end(), take.end() + CAPTION_CHARS)
        if end is not None:
            out.append((take.end(), end.start()))
    return out


def _receivers(text: str, a: int, b: int, index: SpanIndex[Mention]) -> list[tuple[int, int]]:
    """The (start, end) of each receiver's name in a caption run [a, b): the rest of a comma-parted group after
    its last person, or a group of no person after people. None unless the run names people."""
    people = [m for m in index.overlapping(a, b) if m.type in _PEOPLE]
    if len(people) < 2:
        return []
    out: list[tuple[int, int]] = []
    at = a
    seen_person = False
    for sep in [*_PARTS.finditer(text, a, b), None]:
        end = sep.start() if sep else b
        in_part = [m for m in people if at <= m.start and m.end <= end]
        rest_start = max((m.end for m in in_part), default=at)
        rest = text[rest_start:end]
        lead_ws = len(rest) - len(rest.lstrip())
        name = rest.strip()
        if in_part:
            seen_person = True
        if name and (in_part or seen_person) and _NAME.fullmatch(name) and not re.search(r"\s(?:ja|och)\s", name):
            out.append((rest_start + lead_ws, rest_start + lead_ws + len(name)))
        at = sep.end() if sep else b
    return out if len(out) >= 2 else []  # one is no list of receivers


def caption_receiver_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                              morph: Morphology) -> list[list[Mention]]:
    """A mention for each caption receiver recognition did not read whole."""
    caps = _captions(text)
    if not caps:
        return per_sentence
    index = SpanIndex([m for ms in per_sentence for m in ms])
    added: list[Mention] = []
    drop: set[int] = set()
    for a, b in caps:
        for x, y in _receivers(text, a, b, index):
            inner = index.overlapping(x, y)
            if any(m.start == x and m.end == y and m.type not in {"Municipality", "Region"} for m in inner):
                continue  # read whole already
            if any(m.start < x or m.end > y or m.type in _PEOPLE for m in inner):
                continue  # a name running past the field, or a person: leave it
            if any(m.start == x and m.end == y for m in inner):
                continue  # "Anna Virtanen Kuopio": a person's home town, not whom she stands for
            name = text[x:y]
            if what_the_sum_is_for(name, morph):
                continue  # "Kuopion Martoista": an inflected name (its base unsure), or a place phrase
            added.append(Mention(start=x, end=y, surface=name, label=name, type=kind_of_name(name),
                                 rule=MENTION_RULE, case="nimento", key=identity_key(name, morph) or None))
            drop |= {id(m) for m in inner}
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence


def caption_receiver_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                           facts: Sequence[Fact], text: str) -> list[Fact]:
    """The giver named before the caption funds each receiver the caption names after its people."""
    caps = _captions(text)
    if not caps:
        return []
    index = SpanIndex([m for ms in per_sentence for m in ms if m.iri and not m.generic])
    funded = {(f.subject, f.object) for f in facts if f.predicate == "funds"}
    out: list[Fact] = []
    for a, b in caps:
        spans = _receivers(text, a, b, index)
        names = [next((m for m in index.overlapping(x, y) if m.start == x and m.end == y
                       and m.type not in _PEOPLE | _PLACES), None) for x, y in spans]
        receivers = {m.iri or "" for m in names if m is not None}
        lead = max(text.rfind(". ", 0, a), text.rfind("\n", 0, a)) + 1
        giver = giver_before(per_sentence, lead, receivers)
        if giver is None:
            continue
        for m in names:
            if m is None or not m.iri or (giver, m.iri) in funded or m.iri == giver:
                continue
            funded.add((giver, m.iri))
            out.append(Fact(giver, "funds", m.iri, Evidence(text[lead:b], lead, b), RULE, CONFIDENCE))
    return out
