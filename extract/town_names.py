"""The names of Finland's municipalities, present and former, in Finnish and Swedish, as one set.

Rules that tell a town from a surname ask it: many surnames are towns' names ("Kuopio", "Salo") and many more are
villages' or farms' names that Voikko knows only as places ("Mäkelä", "Leskelä"); a word of the second kind that
the population register holds as a surname is a surname, a municipality's name may be either.
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def town_names() -> frozenset[str]:
    """The names of Finland's municipalities, present and former, Finnish and Swedish (data/municipalities.csv,
    data/former_municipalities.csv)."""
    out: set[str] = set()
    for table in ("municipalities.csv", "former_municipalities.csv"):
        text = files("welfare_kg.data").joinpath(table).read_text(encoding="utf-8")
        for row in csv.DictReader(io.StringIO(text)):
            out |= {v for k, v in row.items() if k in {"name", "name_fi", "name_sv"} and v}
    return frozenset(out)
