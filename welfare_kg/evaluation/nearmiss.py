"""Why an entity was missed: a near miss of the extractor, or a name the text hardly gives.

Counts of missed entities say how much is lost, not what kind of work would win it back. Three
questions separate the kinds, and each points at another part of the extractor:

* boundary: a spurious entity of the same class whose name contains the missed one's, lies inside
  it, or overlaps its start or end ("Ranuan kunta" for "Ranua", "Matti" for "Matti Virtanen"):
  the thing was seen and its span cut wrong.
* form: a spurious entity of the same class with the same words in another form ("Virtasen" for
  "Virtanen"): seen, but not labelled by its base form.
* type: the same name (or a form of it) found with another class, a JointAuthority "Yhtymähallituksen"
  where the gold has a Body "Yhtymähallitus": seen, classed wrong. (A label in base form and of another
  class aligns with the gold entity, which then counts as found and as a "wrong type" error; here it
  was aligned with another gold entity of the same name, or missed by its form.)

And, given the document's text, whether the missed name occurs there in its base form as written,
only inflected (or inside a compound), or not as written at all (an abbreviation, a name the
annotator wrote out): a gazetteer lookup can find the first, only morphology the second.

Words are compared by a crude common-stem test rather than a Finnish analyser: the scorer has to run
without the extraction's language tools, and a diagnosis may be rough where a score may not.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from welfare_kg.evaluation.gold import GoldEntity
from welfare_kg.evaluation.scoring import normalise_name
from welfare_kg.extract.text import shared_prefix


class Mentioned(Protocol):
    """An extracted entity as the scorer sees it: its normalised labels and its classes."""

    labels: set[str]
    types: set[str]


@dataclass
class Diagnosis:
    """Per-document classes (kind, detail) of the misses, and the same as lines for people."""

    classes: list[tuple[str, str, str]] = field(default_factory=list)  # kind, detail, item
    shown: list[str] = field(default_factory=list)


def same_stem(a: str, b: str) -> bool:
    """Whether two normalised words may be forms of one word (Finnish endings, consonant gradation).

    One word a prefix of the other ("oulu", "oulun"; "ranua", "ranuantie"), or both long enough and
    sharing all but their last three letters ("lappi", "lapin"; "virtanen", "virtasen") with a short ending
    after the common stem. Short words must be prefixes, so "anna" and "anne" stay apart, and a short common
    stem takes a short ending only ("helga" is no form of "helsinki", at the cost of "kunta" and "kunnassa").
    """
    if a == b:
        return True
    shorter = min(len(a), len(b))
    if shorter < 3:
        return False
    common = shared_prefix(a, b)
    if common == shorter:
        return True
    # after a short common stem only a short ending: "lapin" is Lappi's, "helsinki" is no form of "helga"
    rest = max(len(a), len(b)) - common
    return shorter >= 5 and common >= max(3, shorter - 3) and rest <= (3 if common < 5 else 6)


def _contains(outer: Sequence[str], inner: Sequence[str]) -> bool:
    """`inner` is a run of `outer`'s words (each of the same stem), and shorter."""
    n = len(inner)
    return n < len(outer) and any(all(same_stem(outer[i + j], inner[j]) for j in range(n))
                                  for i in range(len(outer) - n + 1))


def _overlaps(a: Sequence[str], b: Sequence[str]) -> bool:
    """The end of one name is the start of the other (a span shifted by some words)."""
    for x, y in ((a, b), (b, a)):
        for k in range(1, min(len(x), len(y))):
            if list(x[-k:]) == list(y[:k]):
                return True
    return False


def relation(missed: str, found: str) -> str | None:
    """How a spurious name relates to a missed one: 'form', 'boundary' or None (two normalised names)."""
    a, b = missed.split(), found.split()
    if not a or not b or a == b:
        return None
    if len(a) == len(b) and all(same_stem(x, y) for x, y in zip(a, b, strict=True)):
        return "form"
    if _contains(a, b) or _contains(b, a) or _overlaps(a, b):
        return "boundary"
    return None


def boundary_shape(missed: str, found: str) -> str:
    """Where a span cut wrong went wrong, in words and without the words themselves: whether the extracted
    name runs on before or after the gold one, stops short of it, or is shifted. Blind sets report classes
    only, and this tells a name that swallowed its title or the next word from one that lost a part."""
    a, b = missed.split(), found.split()
    for outer, inner, how in ((b, a, "wider"), (a, b, "narrower")):
        n = len(inner)
        for i in range(len(outer) - n + 1):
            if n < len(outer) and all(same_stem(outer[i + j], inner[j]) for j in range(n)):
                before, after = i, len(outer) - n - i
                side = "both sides" if before and after else "before" if before else "after"
                return f"ours {how}, {before + after} word(s) {'more' if how == 'wider' else 'fewer'} {side}"
    return "shifted"


def _same_name(names: set[str], labels: set[str]) -> bool:
    """A label that is one of the names or a form of one (a wrong class is often found with a wrong form too)."""
    return bool(names & labels) or any(relation(n, label) == "form" for n in names for label in labels)


def in_text(names: Iterable[str], words: Sequence[str], text: str) -> str:
    """'base form' when a name occurs as written, 'inflected only' when only forms of its words do
    (in order, compounds included), else 'not as written'. `text` is the normalised text, `words` its words."""
    names = [n for n in names if n]
    padded = f" {text} "
    if any(f" {n} " in padded for n in names):
        return "base form"
    for name in names:
        parts = name.split()
        first = parts[0]
        # (a name longer than the passage fits nowhere: the slice would count from the end and run past it)
        for i, w in enumerate(words[: max(0, len(words) - len(parts) + 1)]):
            if w[:3] == first[:3] and all(same_stem(words[i + j], p) for j, p in enumerate(parts)):
                return "inflected only"
    return "not as written"


def diagnose(missed: Sequence[GoldEntity], spurious: Sequence[tuple[Mentioned, str]],
             mentioned: Sequence[tuple[Mentioned, str]], text: str | None) -> Diagnosis:
    """Classes of the missed entities of one document (and of the spurious ones beside a missed one).

    `spurious` and `mentioned` are extracted entities with a label to show (`mentioned` all the
    document's); `text` is the document's text, or None when only query rows were scored.
    """
    out = Diagnosis()
    norm_text = normalise_name(text) if text is not None else ""
    words = norm_text.split()
    partners: set[int] = set()
    for g in missed:
        names = {normalise_name(n) for n in g.names} - {""}
        types = set(g.types)
        cls = "/".join(g.types)
        found_near: dict[str, str] = {}
        for i, (e, shown) in enumerate(spurious):
            if not e.types & types:
                continue
            for kind in ("form", "boundary"):
                if any(relation(n, label) == kind for n in names for label in e.labels):
                    found_near.setdefault(kind, shown)
                    partners.add(i)
                    break
        for kind, shown in found_near.items():
            out.classes.append(("near miss", f"{kind} (missed {cls})", f"{g.names[0]} ~ {shown}"))
            if kind == "boundary":
                shape = min((boundary_shape(n, label) for n in names for i, (e, sh) in enumerate(spurious)
                             if sh == shown for label in e.labels if relation(n, label) == "boundary"), default="")
                if shape:
                    out.classes.append(("boundary shape", f"{shape} ({cls})", f"{g.names[0]} ~ {shown}"))
            out.shown.append(f"{kind}: {g.names[0]} ({cls}) ~ {shown}")
        retyped = [(e, shown) for e, shown in mentioned if not e.types & types and _same_name(names, e.labels)]
        if retyped:
            other = "/".join(sorted({t for e, _ in retyped for t in e.types}))
            out.classes.append(("near miss", f"type ({cls} found as {other})", retyped[0][1]))
            out.shown.append(f"type: {g.names[0]} ({cls}) found as {retyped[0][1]}")
        if text is not None:
            where = in_text(sorted(names, key=len, reverse=True), words, norm_text)
            out.classes.append(("missed entity in text", f"{where} ({cls})", g.names[0]))
            out.shown.append(f"{where} in text: {g.names[0]} ({cls})")
    for i in sorted(partners):
        e, shown = spurious[i]
        out.classes.append(("near miss", f"boundary or form (spurious {'/'.join(sorted(e.types))})", shown))
    return out
