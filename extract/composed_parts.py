"""The parts of an organisation listed after a verb of consisting and a counted word for its parts.

Issue 12: a whole and its parts named in one sentence, both ends read, the fact not made. A parish union, an
association or a joint authority states what it is made of in one fixed shape: the whole in the nominative, a verb
of consisting ("koostuu", "muodostuu", "består av"), a count and the plural word for its parts, then the parts'
names after "jotka ovat" or a colon:

- "Mikkelin tuomiokirkkoseurakunta koostuu kuudesta alueseurakunnasta, jotka ovat Anttola, Haukivuori ja Ristiina"
- "Liitto koostuu kolmesta jäsenyhdistyksestä: A ry, B ry ja C ry"
- "Församlingen består av tre områdesförsamlingar: A, B och C"

The word for the parts says what each listed name is, whatever the recogniser took it for: an area parish is
named after its village or former town ("Anttola"), which the recogniser reads as a municipality or not at all.
Each name becomes a mention of the part word's kind (`composed_part_mentions`, before resolution), and the
sentence rule `partOf:composed-of-counted-parts` relates each listed part of that kind to the whole. Towns that make
up a joint authority or a region are extract/membership.py's (the word "kunnasta" is not one of these part words).
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.org_memberships import listed_after
from welfare_kg.extract.relations import Clause, rule
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text_scans import matches

RULE = "composed-part"
FACT_RULE = "partOf:composed-of-counted-parts"
_WEIGHT = 0.6
MAX_ITEMS = 12
ITEM_WORDS = 4

# the word for the parts (plural elative after a Finnish count, plural nominative after a Swedish one) -> the
# parts' kind
_PART_WORDS = {
    "Parish": r"(?:alue|kappeli|pai(?:kallis)?)?seurakunn(?:asta|ista)|(?:områdes|kapell)?församlingar",
    "Association": r"(?:jäsen|paikallis)?yhdistyksestä|(?:jäsen|paikallis)?yhdistyksistä|jäsenjärjestö(?:stä|istä)|"
                   r"(?:medlems|lokal)?föreningar",
}
_NUMBER = (r"(?:\d{1,3}|yhdestä|kahdesta|kolmesta|neljästä|viidestä|kuudesta|seitsemästä|kahdeksasta|yhdeksästä|"
           r"kymmenestä|\w+toista|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)")
_CONSISTS = re.compile(
    r"[ \t]+(?:koostuu|koostui|muodostuu|muodostui|består[ \t]+av|bestod[ \t]+av)[ \t]+(?:nykyään[ \t]+|numera[ \t]+)?"
    + _NUMBER + r"[ \t]+(?P<word>" + "|".join(f"(?P<{k}>{v})" for k, v in _PART_WORDS.items()) + r")"
    r"(?P<intro>[ \t]*,[ \t]*(?:jotka[ \t]+(?:ovat|olivat)|nimittäin|som[ \t]+är)[ \t]+|[ \t]*:[ \t]*)",
    re.IGNORECASE)
_ITEM = re.compile(r"[A-ZÅÄÖ][\w-]*(?:[ \t]+[\w-]+){0,3}")  # ITEM_WORDS words at most
_JOINER = re.compile(r"[ \t]*,[ \t]*(?:(?:ja|sekä|och|samt)[ \t]+)?|[ \t]+(?:ja|sekä|och|samt)[ \t]+")
_END = re.compile(r"[ \t]*(?:[.;]|\n|$)")
_PLACES = {"Municipality", "Region", "CooperationArea"}  # what an area parish's place name is read as alone


def _items(text: str, pos: int) -> list[tuple[int, int]] | None:
    """The spans of "A, B ja C" from pos to the sentence's end, or None when what follows is no such list."""
    out: list[tuple[int, int]] = []
    while len(out) < MAX_ITEMS:
        item = _ITEM.match(text, pos)
        if item is None:
            return None
        a, b = item.start(), item.end()
        inner = re.search(r"[ \t]+(?:ja|sekä|och|samt)[ \t]+", text[a:b])  # "Savilahti ja Ristimäki" read as one
        if inner is not None:
            b = a + inner.start()
        out.append((a, b))
        joiner = _JOINER.match(text, b)
        if joiner is not None:
            pos = joiner.end()
            continue
        return out if _END.match(text, b) is not None and len(out) >= 2 else None
    return None


def composed_part_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                           morph: Morphology) -> list[list[Mention]]:
    """per_sentence with each part a counted list names made a mention of the part word's kind: a place name's
    town or region reading gives way; a name read as an organisation of the same kind stays as it is."""
    found: list[Mention] = []
    drop: set[int] = set()
    have: SpanIndex[Mention] | None = None
    for m in matches(_CONSISTS, text):
        items = _items(text, m.end())
        if items is None:
            continue
        kind = next(k for k in _PART_WORDS if m.group(k))
        if have is None:
            have = SpanIndex([x for ms in per_sentence for x in ms])
        spans = [(a, b, have.overlapping(a, b)) for a, b in items]
        if any(x.type not in _PLACES | {kind} or x.start < a or x.end > b for a, b, xs in spans for x in xs):
            continue  # a person, a project or a name running past the item: not a plain list of parts
        for a, b, xs in spans:
            if any(x.type == kind for x in xs):
                continue
            drop |= {id(x) for x in xs}
            label = text[a:b]
            found.append(Mention(start=a, end=b, surface=label, label=label, type=kind, rule=RULE,
                                 key=identity_key(label, morph) or None))
    return insert_mentions(per_sentence, starts, found, drop) if found or drop else per_sentence


@rule(FACT_RULE, "partOf", "'X koostuu kuudesta alueseurakunnasta, jotka ovat A, B ja C', 'X består av tre "
      "församlingar: A, B och C'", needs="named")
def _composed_of_counted_parts(c: Clause) -> list[Fact]:
    """The whole is the organisation named right before the verb of consisting; the parts are the run of names of
    the part word's kind right after the lead-in."""
    base, text = c.sent.start, c.sent.text
    if not _CONSISTS.search(text):
        return []
    named = sorted((m for m in c.named if m.iri and id(m) not in c.inside), key=lambda m: m.start)
    out: list[Fact] = []
    for cue in _CONSISTS.finditer(text):
        kind = next(k for k in _PART_WORDS if cue.group(k))
        whole = next((m for m in named if m.end - base <= cue.start()
                      and not text[m.end - base:cue.start()].strip()), None)
        if whole is None or whole.type != kind or whole.case not in {"nimento", None}:
            continue
        first = next((i for i, m in enumerate(named) if m.start - base == cue.end()), None)
        if first is None or named[first].type != kind:
            continue
        out += [Fact(p.iri, "partOf", whole.iri, c.ev, FACT_RULE, _WEIGHT)  # type: ignore[arg-type]
                for p in listed_after(named[first:], text, base) if p.type == kind and p.iri != whole.iri]
    return out
