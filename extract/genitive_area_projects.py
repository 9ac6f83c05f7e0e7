"""A region's genitive right before a project's name: the project's area (coversArea:area-genitive-before-project).

"Pohjois-Savon Ikäpolku-hanke", "Kainuun Arjen tuki -hanke", "Raahen seudun Seutuvoima-hanke": the recogniser keeps
the genitive out of the project's name when the name has a kind word or a capitalised head of its own, so the
project's name holds no area (document.py's coversArea:area-in-name reads a region inside the name) and no
sentence rule joins the two, which stand side by side with no verb. A region or a sub-region owns nothing: before
a project it says where the project works. A town's genitive is left alone ("Kuopion kaupungin hanke", "Oulun
Hyvinvointi-hanke" is as often the town's own project, which it runs), as is a wellbeing county's (its project).

Only the two mentions side by side count, whitespace between, in the sentence's own mentions: a local read.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.text import Sentence

RULE = "coversArea:area-genitive-before-project"
CONFIDENCE = 0.5
AREAS = {"Region", "CooperationArea"}


def genitive_area_project_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                                facts: Sequence[Fact]) -> list[Fact]:
    """coversArea from a project to the region whose genitive stands right before its name."""
    have = {(f.subject, f.object) for f in facts if f.predicate == "coversArea"}
    out: list[Fact] = []
    for s, ms in zip(sents, per_sentence, strict=False):
        ordered = sorted((m for m in ms if m.iri), key=lambda m: (m.start, -m.end))
        for a, b in pairwise(ordered):
            if a.type not in AREAS or a.case != "omanto" or b.type != "Project" or b.generic or a.end > b.start:
                continue
            if s.text[a.end - s.start:b.start - s.start].strip():
                continue
            pair = (b.iri or "", a.iri or "")
            if pair not in have:
                have.add(pair)
                out.append(Fact(pair[0], "coversArea", pair[1], Evidence(s.text, s.start, s.end), RULE, CONFIDENCE))
    return out
