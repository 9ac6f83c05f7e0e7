"""Where a Swedish organisation's name that opens with its kind ends: "Stiftelsen Blomsterfonden i Helsingfors",
"Föreningen Sveriges socialchefer".

The recogniser reads a Swedish name that opens with its kind in the definite form ("Stiftelsen X", "Föreningen X")
as the kind and the capitalised words after it, and stops there. Swedish grammar says more:

- a genitive cannot end a name, it is followed by what it owns: "Föreningen Sveriges" goes on to the lower-case
  noun after it ("socialchefer");
- "i <town>" right after such a name is the seat its registered name carries ("Stiftelsen X i Helsingfors",
  as the recogniser already reads it after a compound kind, "Aktiastiftelsen i Vasa"); the town read there is a
  word of the name, not a place the text speaks of. A village there ("Stiftelsen Y Hembygdsgård i Sideby") is
  where the thing the foundation keeps stands, and stays out.

Only names read by the Swedish organisation rule that open with a definite kind word are extended.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex

_KIND_FIRST = re.compile(r"(?:Stiftelsen|Föreningen|Förbundet|Sällskapet|Fonden|Samfundet|Gillet|Klubben)\b")
_SEAT = re.compile(r"[ \t]+i[ \t]+(?P<place>[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?(?:[ \t]+län)?)(?![\w-])")
_FORM = re.compile(r"[ \t]+(?P<form>rf|r\.f\.|sr|r\.f)(?=[:\s.,;)]|$)")
_OWNED = re.compile(r"[ \t]+(?P<noun>[a-zåäö]{4,})(?![\w-])")
# lower-case words after a genitive that are no noun it owns
_NOT_NOUNS = frozenset({"och", "eller", "samt", "som", "för", "från", "till", "med", "under", "efter", "inom",
                        "genom", "mellan", "har", "hade", "är", "var", "blir", "blev", "ska", "skall", "kan",
                        "fick", "får", "ger", "gav", "beviljade", "beviljar", "delar", "delade", "vill", "också",
                        "även", "redan", "inte", "ingen", "detta", "denna", "dessa", "sina", "sitt", "sin"})
_PLACES = frozenset({"Municipality", "Region", "CooperationArea"})


def swedish_name_end_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int]) -> list[list[Mention]]:
    """per_sentence with kind-first Swedish names run on to the noun their last genitive owns and to their seat."""
    if not any(k in text for k in ("Stiftelsen", "Föreningen", "Förbundet", "Sällskapet", "Fonden", "Samfundet",
                                   "Gillet", "Klubben")):
        return per_sentence
    spans = SpanIndex([x for ms in per_sentence for x in ms])
    added: list[Mention] = []
    drop: set[int] = set()
    for ms in per_sentence:
        for x in ms:
            if x.rule != "swedish-organisation" or x.type != "Association" or not _KIND_FIRST.match(x.surface):
                continue
            end, label = x.end, x.label
            last = x.surface.split()[-1]
            owned = _OWNED.match(text, end)
            if len(x.surface.split()) >= 2 and last.endswith("s") and last[:1].isupper() and owned is not None \
                    and owned.group("noun") not in _NOT_NOUNS:
                end, label = owned.end(), f"{label} {owned.group('noun')}"
            seat = _SEAT.match(text, end)
            gone: list[Mention] = []
            if seat is not None:
                at = spans.overlapping(seat.start("place"), seat.end("place"))
                if at and all(y.type in _PLACES for y in at):  # a town or region read there, not a village
                    gone = at
                    end, label = seat.end(), f"{label} i {' '.join(seat.group('place').split())}"
            if " i " in text[x.start:end] and (form := _FORM.match(text, end)) is not None:
                # "Stiftelsen X i Helsingfors sr", "Föreningen X i Vasa rf:lle": the legal form after the seat closes
                # the registered name (without it the name was one word short and a "Vasa rf" of its own)
                gone = [*gone, *(y for y in spans.overlapping(end - 1, form.end()) if y is not x
                                 and y.type in {"Association", *_PLACES} and y.start >= x.start)]
                end, label = form.end("form"), f"{label} {form.group('form')}"
            if end == x.end:
                continue
            if any(y is not x and y not in gone for y in spans.overlapping(x.end, end)):
                continue  # another name read after it
            added.append(Mention(start=x.start, end=end, surface=text[x.start:end], label=label, type=x.type,
                                 case=x.case, rule=x.rule, iri=mint(x.type, fold(label)), key=fold(label) or None))
            drop.update(id(y) for y in [x, *gone])
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence
