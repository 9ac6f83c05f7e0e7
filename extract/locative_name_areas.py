"""A place standing in the locative inside any project's name is where that project works: coversArea.

Projects are named for the place they work in with the place in the inessive or adessive ("Liiku Keuruulla 2.0",
"Hyvä teko tarttuu - ... Mikkelissä", "Palvelurakenneuudistus Päijät-Hämeessä", "Aktiivisesti ikääntyen
Pirkanmaalla") or, in Swedish, after "i" / "på" ("Förädlingsmackapären i Hälsingland", "ett dansprojekt i
Österbotten"). extract/project_name_areas.py reads a place in the name of the document's one main project, in any
case but the genitive, and only when exactly one place matches; a page or a grant list naming several projects, each
for its own town, gets nothing from it. The locative is the stronger cue: it says where, not whose (a genitive
place owns: "Jyväskylän varhaiskasvatus"), so it is read for every project the document names.

Over the development annotation, a gold project whose name holds a place of the document in the inessive or
adessive covers that place in 21 of 23 names (15 required, 6 optional; about twenty publishers), and a Swedish
"i X" in 6 of 7; of the places written in the locative inside a gold project's name, 16 of 18 are entities of
the annotation (the other two: "Hämeessä", "Euroopassa"). So the place is the one the recogniser read inside the
name itself (it is an entity of the document already), else one the document names on its own with the same words;
two places of one key (a town and its namesake sub-region) give nothing, since which one is meant is a guess.

The fact carries its own rule name and a confidence below 0.5: it is read from a name, not stated.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.project_name_areas import PLACES, _key
from welfare_kg.extract.spans import Cover
from welfare_kg.extract.text import Sentence

RULE = "coversArea:locative-in-project-name"
CONFIDENCE = 0.45
LOCATIVES = {"sisaolento", "ulkoolento"}  # inessive "Keuruulla" is adessive; "Mikkelissä" inessive
# Swedish: "i Hälsingland", "på Åland", then one or two capitalised words ("i Södra Österbotten")
_SWEDISH_IN = re.compile(r"\b(?:i|på)\s+([A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+)?)")
_STRIP = ",.:;()[]\"'”“«»!?"
_NESTING = 4  # project spans opening before a place that are looked at for holding it


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def locative_keys(surface: str, morph: Morphology) -> Iterator[list[tuple[str, ...]]]:
    """For each place word a project's name holds in a locative, its keys (project_name_areas._key), longest
    first: a capitalised Finnish word read as inessive or adessive, and the capitalised words after a Swedish "i" /
    "på" ("i Södra Österbotten" is Södra Österbotten before it is Södra)."""
    for raw in surface.split():
        word = raw.strip(_STRIP)
        if not _capitalised(word) or word.endswith("-"):
            continue
        readings = morph.analyse(word)
        if readings and readings[0].case in LOCATIVES:
            key = _key(word, morph)
            if key:
                yield [key]
    for m in _SWEDISH_IN.finditer(surface):
        words = m.group(1).split()
        keys = [_key(" ".join(words[:n]), morph) for n in range(len(words), 0, -1)]
        if any(keys):
            yield [k for k in keys if k]


def locative_name_area_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                             facts: Sequence[Fact], morph: Morphology) -> list[Fact]:
    """coversArea from each project to the place its name holds in a locative, when the document names that place
    on its own and no relation of place joins the two yet."""
    projects = [(s, m) for s, ms in zip(sents, per_sentence, strict=False) for m in ms
                if m.type == "Project" and m.iri]
    if not projects:
        return []
    in_project = Cover((m.start, m.end) for _, m in projects)
    places: dict[tuple[str, ...], set[str]] = {}
    keys: dict[str, tuple[str, ...]] = {}  # surface -> key: a place is named many times alike
    spans = sorted({(m.start, m.end) for _, m in projects})
    span_starts = [a for a, _ in spans]
    nested: dict[tuple[int, int], list[Mention]] = {}  # a project's span -> the places read inside it
    for ms in per_sentence:
        for m in ms:
            if m.type not in PLACES or not m.iri or m.surface.endswith("-"):
                continue
            if in_project.holds(m.start, m.end):
                # the few project spans opening just before the place (not every span: a long page names many)
                for i in range(bisect_right(span_starts, m.start) - 1, max(-1, bisect_right(span_starts, m.start)
                                                                            - 1 - _NESTING), -1):
                    if m.end <= spans[i][1]:
                        nested.setdefault(spans[i], []).append(m)
                continue
            k = keys.get(m.surface)
            if k is None:
                k = keys[m.surface] = _key(m.surface, morph)
            if k:
                places.setdefault(k, set()).add(m.iri)
    if not places and not nested:
        return []
    done = {(f.subject, f.object) for f in facts if f.predicate in {"coversArea", "partOf"}}
    done |= {(o, s) for s, o in done}
    read: dict[str, list[list[tuple[str, ...]]]] = {}  # surface -> its locative words' keys
    out: list[Fact] = []
    for s, m in projects:
        found = read.get(m.surface)
        if found is None:
            found = read[m.surface] = list(locative_keys(m.surface, morph))
        if not found:
            continue
        # the place the recogniser read inside the name itself ("Kannuksessa" in "Liikkuen Kannuksessa"), else
        # the one the document names alone
        inner: dict[tuple[str, ...], set[str]] = {}
        for x in nested.get((m.start, m.end), ()):
            k = keys.get(x.surface)
            if k is None:
                k = keys[x.surface] = _key(x.surface, morph)
            inner.setdefault(k, set()).add(x.iri)  # type: ignore[arg-type]
        for alternatives in found:  # "Etelä-Pohjanmaalla ja Pohjanmaalla": each place the name holds
            iris = next((inner[k] for k in alternatives if k in inner), None) \
                or next((places[k] for k in alternatives if k in places), None)
            if not iris or len(iris) != 1:
                continue
            (area,) = iris
            if area == m.iri or (m.iri, area) in done:
                continue
            done.add((m.iri, area))
            out.append(Fact(m.iri, "coversArea", area, Evidence(s.text, s.start, s.end), RULE, CONFIDENCE))
    return out
