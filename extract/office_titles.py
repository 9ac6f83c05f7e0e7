"""Office and job titles as one table: data/office_titles.csv.

A title is recognised by its head word, alone or at the end of a compound ("palveluohjaaja",
"hallintoassistentti", "kehittämiskoordinaattori", "äldreomsorgschef", "socialhandledare"). Rules written
from particular pages did not carry over to new documents; the vocabulary of occupations did, so the heads
are kept as data with their source (data/SOURCES.md: Statistics Finland's classification of occupations,
Ammattiluokitus 2010, and kunta job titles) rather than as lists in the recogniser.

Columns: `head`; `kind` (`head`: any compound ending in it is a title; `word`: only the whole word;
`not`: a compound that ends in a head yet names no post, "palveluntuottaja" is an organisation; `office`: a head
that makes an office title in the rows of people lists and contact lines, read by extract/posts.py `office_title`
after `is_post` has not taken the word: "lehtori", "opettaja", "arkkitehti", "ingenjör" and "projektledare" name
an office there ("Centrian lehtori X", "projektledare X, ...") though the recogniser's other callers do not take
them, and a head may have both a `head` and an `office` row); `bare` (`no`: the head alone is a common word in
another sense, "neuvoja" advice, "avustaja", "arbetare", "sakkunnig", so only its compounds are titles; for an
`office` row, `no` says the word alone is no office in those rows, "tarkastaja" and "asiamies" alone are
meeting tasks: "Pöytäkirjan tarkastajiksi valittiin"); `language`; `source`. The `not` rows hold for `office`
heads as well: whoever checks the minutes or audits the accounts holds no office of the organisation.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib.resources import files
from typing import NamedTuple

TABLE = "office_titles.csv"
_KINDS = {"head", "word", "not", "office"}


class OfficeTitles(NamedTuple):
    heads: tuple[str, ...]  # endings that make a title
    words: frozenset[str]  # whole words that are titles
    not_titles: tuple[str, ...]  # endings that make no title though a head ends them
    not_bare: frozenset[str]  # heads that are no title written alone
    offices: tuple[str, ...]  # endings that make an office title in posts' rows (extract/posts.py office_title)
    offices_not_bare: frozenset[str]  # office endings that are no office written alone


@lru_cache(maxsize=1)
def office_titles() -> OfficeTitles:
    """The table read once (an unknown kind is an error, so a typo cannot silently drop a row)."""
    text = files("welfare_kg.data").joinpath(TABLE).read_text(encoding="utf-8")
    heads: list[str] = []
    words: set[str] = set()
    nots: list[str] = []
    not_bare: set[str] = set()
    offices: list[str] = []
    offices_not_bare: set[str] = set()
    for row in csv.DictReader(text.splitlines()):
        head, kind = row["head"].strip().lower(), row["kind"].strip()
        if kind not in _KINDS:
            raise ValueError(f"{TABLE}: unknown kind {kind!r} for {head!r}")
        if kind == "head":
            heads.append(head)
            if row["bare"].strip() == "no":
                not_bare.add(head)
        elif kind == "word":
            words.add(head)
        elif kind == "office":
            offices.append(head)
            if row["bare"].strip() == "no":
                offices_not_bare.add(head)
        else:
            nots.append(head)
    return OfficeTitles(tuple(dict.fromkeys(heads)), frozenset(words), tuple(nots), frozenset(not_bare),
                        tuple(dict.fromkeys(offices)), frozenset(offices_not_bare))


def title_base(base: str) -> bool:
    """Whether a lower-case base form is an office title by the table.

    Asked for every capitalised word the recogniser looks at, so the table is bound once and the test that turns
    most words away (no head ends them) comes first."""
    t = _TABLE
    if not base.endswith(t.heads):
        return base in t.words
    return base not in t.not_bare and not base.endswith(t.not_titles)


_TABLE = office_titles()
