"""Sweden's regions and state agencies by name: "Region Västmanland", "Region Skånes", "Kulturrådet",
"Arbetsförmedlingen", "Linnéuniversitetet" (data/swedish_public_bodies.csv).

Nordic projects (Interreg, a Swedish ESF project, a touring art project) name their Swedish funders and partners
by their own names. The gazetteer holds Finland's organisations, and the recogniser reads a Swedish region's name
as nothing or as a town ("Uppsala" in "Region Uppsala"), an agency's definite noun ("Skolverket") as a common
word. A region is a Region (it is the county's self-governing authority, like Finland's regions), the rest are
Agencies, one association of municipalities an Association. The names are read as written, in the nominative or
the genitive -s; a place read inside a name leaves the sentence's mentions.
"""

from __future__ import annotations

import csv
import io
import re
from bisect import bisect_right
from functools import lru_cache
from importlib.resources import files

from welfare_kg.extract.model import Mention
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint

_INSIDE = {"Municipality", "Region", "Agency", "Association", "CooperationArea"}
RULE = "swedish-public-body"


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One pattern of every name (longest first) and each name's (type, label)."""
    text = files("welfare_kg.data").joinpath("swedish_public_bodies.csv").read_text(encoding="utf-8")
    rows = {r["name"]: (r["type"], r["name"]) for r in csv.DictReader(io.StringIO(text))}
    names = sorted(rows, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?P<name>" + "|".join(re.escape(n) for n in names) + r")s?(?![\w-])")
    return pattern, rows


def swedish_public_body_mentions(text: str, per_sentence: list[list[Mention]],
                                 starts: list[int]) -> list[list[Mention]]:
    """per_sentence with a mention of each named Swedish region or agency no longer name covers; a place or an
    organisation read inside it goes."""
    if not any(w in text for w in ("Region", "region", "verket", "rådet", "myndighet", "universitet", "högskol",
                                   "Högskol", "förmedling", "kassan", "inspektion", "vården", "institut",
                                   "Vinnova", "Sveriges")):
        return per_sentence
    pattern, rows = _table()
    out = [list(ms) for ms in per_sentence]
    for m in pattern.finditer(text):
        typ, label = rows[m.group("name")]
        a, b = m.start(), m.end()
        si = max(bisect_right(starts, a) - 1, 0)
        ms = out[si]
        inside = [x for x in ms if x.start < b and a < x.end]
        if any(x.start < a or x.end > b or x.type not in _INSIDE for x in inside):
            continue  # a longer name across it, or a person's or a body's
        if any(x.rule == RULE for x in inside):
            continue
        found = Mention(start=a, end=b, surface=text[a:b], label=label, type=typ, rule=RULE,
                        iri=mint(typ, fold(label)), key=fold(label) or None)
        out[si] = sorted([x for x in ms if not any(x is y for y in inside)] + [found], key=lambda x: x.start)
    return out
