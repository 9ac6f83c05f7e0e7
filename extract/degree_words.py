"""Finnish and international degree abbreviations as printed beside a person's name ("tutkija, FT Anna Virta",
"Tutkija PhD Anna Virta"): the degree registers' short forms.

degree_titles.py steps over them between a title and the name; the name recogniser never takes one for a part of
the name ("Tutkija PhD Phil." is no person "PhD Phil", "MSc Anna Koski" no "Anna MSc")."""

from __future__ import annotations

# as a regular-expression alternation, longest forms need no order: each is matched as a whole word
DEGREE_ABBREVIATIONS = (
    "KTM|KTT|KTK|KTL|YTM|YTT|YTK|YTL|VTM|VTT|VTK|VTL|HTM|HTT|HTK|TtM|TtT|TtK|TtL|FM|FT|FK|FL|KM|KT|KK|KL|OTM|OTK|OTT"
    "|LL|LT|HLL|ETM|ETT|DI|TkT|TkL|PsM|PsT|TaM|TaT|TaK|MuM|MuT|TeM|TeT|MMM|MMT|LitM|LitT|AmO|eMBA|EMBA|MBA|MSc|PhD"
)
DEGREE_WORDS = frozenset(DEGREE_ABBREVIATIONS.split("|"))


def is_degree(word: str) -> bool:
    """Whether a written word is a degree abbreviation (a full stop after it allowed: "PhD.")."""
    return word.rstrip(".,") in DEGREE_WORDS
