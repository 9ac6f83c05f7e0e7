"""Public institutions named by the place they serve: "Keski-Pohjanmaan maakuntamuseo", "Turun tiepiiri",
"Pohjois-Karjalan keskussairaalassa", "Helsingin kaupungin tietokeskus", "Jakobstads museum".

A place's genitive right before an institution's head word (data/institution_heads.csv: a museum, a hospital, a
library, a prison, a road district, a university centre ...) is the first word of that institution's name, not a
place the text speaks of: the annotation conventions (eval/ANNOTATION.md) give the institution as a Body and no
entity to the place. Unseen documents named such institutions in lists of partners and in item titles, where the
bare place was read as a municipality or region that the gold does not hold, and the institution was missed. The
heads are words of the acts that set up such institutions, so the rule reads the shape "<place genitive> <head>",
never one document's names. A municipality written with its own head ("Helsingin kaupungin tietokeskus") stays a
mention of its own: the town owns the unit and is named as the owner.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left
from functools import lru_cache
from importlib.resources import files

from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.text import Token

TABLE = "institution_heads.csv"
PLACES = {"Municipality", "Region", "CooperationArea"}
# the word after a town's genitive that makes it the town as owner ("Helsingin kaupungin") or its area ("seudun")
_OWNER_HEADS = {"kaupungin", "kunnan", "stads", "kommuns"}
_AREA_WORDS = {"seudun"}
# Swedish heads take a definite ending in running text ("Jakobstads museet" is rare, "sjukhuset" common)
_SWEDISH_ENDINGS = ("", "et", "en", "n", "s", "ets", "ens")


@lru_cache(maxsize=1)
def _heads() -> tuple[tuple[str, bool, str], ...]:
    """(head, any determinant may stand before it, language) for each row of the table."""
    text = files("welfare_kg.data").joinpath(TABLE).read_text(encoding="utf-8")
    rows = []
    for row in csv.DictReader(text.splitlines()):
        if row["determinant"] not in {"any", "none"}:
            raise ValueError(f"{TABLE}: unknown determinant {row['determinant']!r} for {row['head']!r}")
        if row["place"] not in {"name", "keep"}:
            raise ValueError(f"{TABLE}: unknown place {row['place']!r} for {row['head']!r}")
        rows.append((row["head"], row["determinant"] == "any", row["language"]))
    return tuple(rows)


@lru_cache(maxsize=1)
def _owned_heads() -> frozenset[str]:
    """Heads of a town's own service sectors ("Tuusulan sosiaali- ja terveystoimi"): the town is their owner and
    stays a mention of its own (`place` = keep); the other institutions' place is a word of their name."""
    text = files("welfare_kg.data").joinpath(TABLE).read_text(encoding="utf-8")
    return frozenset(row["head"] for row in csv.DictReader(text.splitlines()) if row["place"] == "keep")


@lru_cache(maxsize=1)
def _swedish_pattern() -> re.Pattern[str]:
    alts = [("[a-zåäö]*" if any_det else "") + re.escape(h) for h, any_det, lang in _heads() if lang == "sv"]
    return re.compile(f"^((?:{'|'.join(alts)}))(?:{'|'.join(e for e in _SWEDISH_ENDINGS if e)})?$")


def _is_head(base: str) -> bool:
    return any(base == h or (any_det and base.endswith(h) and len(base) > len(h) + 2)
               for h, any_det, lang in _heads() if lang == "fi")


def institution_head(tok: Token, morph: Morphology) -> tuple[str, str | None] | None:
    """(the head word's base form, its case) when `tok` is an institution's head in the singular."""
    word = tok.text
    if not word[:1].isalpha() or ":" in word:
        return None
    sv = _swedish_pattern().match(word.lower())
    if sv is not None:  # "museum", "centralsjukhuset": Swedish heads, which the Finnish lexicon misreads or lacks
        base = sv.group(1)
        return (base[:1].upper() + base[1:] if word[:1].isupper() else base), None
    readings = morph.analyse(word)
    if readings:
        hits = [a for a in readings if a.number != "plural" and _is_head(a.base.lower())]
        if hits and not any(a.number == "plural" for a in readings):
            base = hits[0].base.lower()
            return (base[:1].upper() + base[1:] if word[:1].isupper() else base), hits[0].case
    return None


def institution_mentions(toks: list[Token], text: str, mentions: list[Mention],
                         morph: Morphology) -> tuple[list[Mention], set[int]]:
    """Body mentions of institutions named by a place's genitive, and the ids of the place mentions that were only
    the first word of such a name (to be dropped). A head already inside another mention is that mention's."""
    from welfare_kg.extract.document import meeting_place  # document.py imports this module's user

    out: list[Mention] = []
    dropped: set[int] = set()
    places = [m for m in mentions if m.type in PLACES and m.rule == "gazetteer"]
    if not places:
        return out, dropped
    starts = [t.start for t in toks]
    for m in places:
        last = m.surface.split()[-1] if m.surface.split() else ""
        if not last.endswith(("n", "s")):
            continue  # a genitive: Finnish -n, Swedish -s
        e = bisect_left(starts, m.end) - 1
        if e < 0 or toks[e].end != m.end:
            continue
        k = e + 1
        owner_written = last in _OWNER_HEADS  # "Helsingin kaupungin": the place mention ends in its own head
        if k < len(toks) and toks[k].text in _AREA_WORDS and toks[k].start - toks[k - 1].end == 1:
            k += 1  # "Jämsän seudun koulutuskeskus": the area around the town names the institution
        elif k < len(toks) and toks[k].text in _OWNER_HEADS and toks[k].start - toks[k - 1].end == 1:
            k += 1
            owner_written = True
        if k >= len(toks) or toks[k].start - toks[k - 1].end != 1:
            continue
        if toks[k].text.endswith("-") and k + 2 < len(toks) and toks[k + 1].text in {"ja", "sekä", "och"}:
            k += 2  # "Mikkelin seudun sosiaali- ja terveystoimelle": an elided compound, its last word the head
        head = toks[k]
        if any(x is not m and x.start < head.end and head.start < x.end for x in mentions):
            continue  # the word is another name's ("Keski-Suomen sairaanhoitopiiri" read whole)
        found = institution_head(head, morph)
        if found is None:
            continue
        if head.is_cap and k + 1 < len(toks) and toks[k + 1].is_cap and toks[k + 1].is_word \
                and toks[k + 1].start - head.end == 1:
            continue  # "Kouvolan kaupungin Nuorisokeskus Anjala": the name goes on after the head
        if meeting_place(text, m.start, head.end):
            continue  # "Paikka: Iisalmen terveyskeskus, kokoustila Virta": where a meeting is held, a building
        base, case = found
        label = f"{text[m.start:toks[k - 1].end]} {base}"
        label = " ".join(label.split())
        out.append(Mention(start=m.start, end=head.end, surface=text[m.start:head.end], label=label, type="Body",
                           rule="institution", case=case))
        if not owner_written and base.lower() not in _owned_heads():
            dropped.add(id(m))
    return out, dropped
