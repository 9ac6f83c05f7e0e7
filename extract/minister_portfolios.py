"""The ministries of a Finnish minister's portfolio title. Most titles are not a ministry's name less its last
letter ("kulttuuri- ja asuntoministeri", "peruspalveluministeri", "hallinto- ja kuntaministeri"): each part of
the title is a portfolio that one ministry runs (data/minister_portfolios.csv, from the Finnish Government's
lists of ministers and their portfolios), so a title whose parts all belong to one ministry names it, and a title
spanning two ministries names the one the document itself names."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib.resources import files

TABLE = "minister_portfolios.csv"
# "kulttuuri- ja asuntoministeri": the coordinated first part, and the compound's own modifier
_PARTS = re.compile(r"(?i)^(?:([a-zåäö]+)-\s+ja\s+)?([a-zåäö]+?)ministeri$")


@lru_cache(maxsize=1)
def portfolios() -> dict[str, str]:
    """Portfolio word -> the Finnish name of the ministry that runs it."""
    text = files("welfare_kg.data").joinpath(TABLE).read_text(encoding="utf-8")
    return {row["portfolio"]: row["ministry"] for row in csv.DictReader(text.splitlines())}


def portfolio_ministries(title: str) -> list[str]:
    """The ministries (Finnish names, in the title's order, once each) of the parts of a minister's title; none
    when a part is no known portfolio (an unknown word says nothing of whose minister it is)."""
    parts = _PARTS.match(" ".join(title.split()))
    if parts is None:
        return []
    table = portfolios()
    words = [w.lower() for w in parts.groups() if w]
    if not words or any(w not in table for w in words):
        return []
    return list(dict.fromkeys(table[w] for w in words))
