"""One key for a sub-region however a document writes it: "Turun seutu", "Turun seutukunta", "Åbotrakten".

A town's sub-region is written in many ways: Finnish "Turun seutu" and "Turun seutukunta" (eval/ANNOTATION.md
holds both to be the sub-region), Swedish "Åbotrakten", "Nystadsområdet", "Jakobstadsregionen", and the Finnish
name of a Swedish one ("Pietarsaaren seutukunta"). The area rules (area_names, the recogniser's town-area rule)
mint an IRI from the words written, so one sub-region got a different IRI in each document that wrote it
differently, and the reference entity of Statistics Finland's seutukunta (data/subregions.csv) in none of them:
across documents the thing did not meet itself (issue 12's cross-document resolution).

`cooperation_area_key` maps such a minted key to the reference sub-region's key when the words name it: its
slug or one of its labels (Finnish, Swedish, alternative) folded, with "seutu" for "seutukunta"; a Swedish town
name (the sub-region's Swedish name "X ekonomiska region" / "Xregionen") followed by -regionen, -området,
-trakten or -nejden. Other keys stay as they are (an area no reference sub-region is named by).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib.resources import files

from welfare_kg.extract.names import fold

_SV_TOWN_AREA = re.compile(r"^([a-z-]+?)s?(?:regionen|omradet|trakten|nejden)$")
_SV_ECONOMIC = re.compile(r"^(.+?)\s+ekonomiska\s+region$")
_SV_REGIONEN = re.compile(r"^([A-ZÅÄÖ][a-zåäö]+?)s?regionen$")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(folded name -> slug, folded Swedish town -> slug) of the reference sub-regions."""
    by_name: dict[str, str] = {}
    by_town: dict[str, str] = {}
    path = files("welfare_kg.data").joinpath("subregions.csv")
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            slug = row["slug"]
            names = [row["slug"], row["name_fi"], row["name_sv"], *(row["alt_labels"] or "").split("|")]
            for name in names:
                key = fold(name)
                if not key or key.startswith("seutukunta-"):
                    continue  # "Seutukunta Turku": Statistics Finland's form, the town's name
                by_name.setdefault(key, slug)
                if key.endswith("-seutukunta"):
                    by_name.setdefault(key[: -len("kunta")], slug)  # "Turun seutu"
            sv = (row["name_sv"] or "").strip()
            town = _SV_ECONOMIC.match(sv) or _SV_REGIONEN.match(sv)
            if town:
                by_town.setdefault(fold(town.group(1)), slug)
    return by_name, by_town


def cooperation_area_key(key: str) -> str:
    """The reference sub-region's key for a minted one that names it ("turun-seutu", "abotrakten" ->
    "turun-seutukunta"); any other key as it is."""
    by_name, by_town = _tables()
    if key in by_name:
        return by_name[key]
    m = _SV_TOWN_AREA.match(key)
    if m:
        return by_town.get(m.group(1)) or by_town.get(m.group(1) + "s") or key
    return key
