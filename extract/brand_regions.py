"""A coined brand followed by a region's name is one organisation: the brand's branch in that region (issue 12).

Nationwide advisory and producer organisations name their regional branches by the brand and the region: "ProAgria
Kainuu", "ProAgria Etelä-Savo". The recogniser reads the brand (a word with a capital inside) as a coined project
name and the region as a place of its own, so the branch became a project covering the region. Where a camel-case
name is followed, one space apart on its line, by a region's name, the two words are one Association named in the
base form of the region (the branch's name inflects on its last word: "ProAgria Kainuun kanssa"). A project word
after the region ("ProAgria Kainuu -hanke") leaves both readings alone.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import identity_key

RULE = "brand-region"
_CASES = {None, "nimento", "omanto"}
# a dash or project word right after the region makes the pair a project's name
_NAME_GOES_ON = re.compile(r"[ \t]*[-–][ \t]*\w|-\w")


def brand_region_names(coined: list[Mention], mentions: list[Mention], text: str,
                       morph: Morphology) -> tuple[list[Mention], list[Mention]]:
    """(coined, mentions) with each camel-case name and the region right after it made one Association, the
    region's own mention dropped."""
    regions = {m.start: m for m in mentions if m.type == "Region" and m.rule == "gazetteer"}
    absorbed: set[int] = set()
    out: list[Mention] = []
    for c in coined:
        region = regions.get(c.end + 1)
        if region is None or text[c.end] != " " or region.case not in _CASES \
                or region.surface[:3].lower() != region.label[:3].lower() \
                or _NAME_GOES_ON.match(text, region.end):
            out.append(c)
            continue
        label = f"{c.label} {region.label}"
        out.append(Mention(start=c.start, end=region.end, surface=text[c.start:region.end], label=label,
                           type="Association", rule=RULE, case=region.case, key=identity_key(label, morph) or None))
        absorbed.add(id(region))
    return out, [m for m in mentions if id(m) not in absorbed]
