"""Posts of researchers and teachers at universities: "Lapin yliopiston professori Antti X", "Turun yliopiston
edustajana ... professori Maunu X", "Lapin yliopistossa hanketta johtava professori X", "dosentti Y Turun
yliopistosta".

Academic ranks are left out of the office titles (extract/office_titles.py, extract/posts.py): a rank is held
at a university, never at a town, a board or the page's publisher that the prose-post rules would fall back
on, and "emeritusprofessori" is no post at all. Yet a professor, docent or researcher named in a sentence that
names a university holds that post at it, and a research project's pages name such people at every turn.
So a rank written right before the name (or right after it, behind a comma) makes a post at the university
the sentence names: the one whose genitive stands before the rank (a few lowercase words may come between,
"Turun yliopiston edustajana kulttuurituotannon professori"), else the sentence's only university.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib.resources import files

from welfare_kg.extract.comma_employers import comma_employer
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.text import Sentence

RULE = "holdsPost:academic-rank"
# ranks by their last part, Finnish and Swedish ("arbetslivsprofessorn", "specialforskaren": definite forms)
_RANK_ENDS = ("professori", "professor", "professorn", "dosentti", "docent", "docenten", "tutkijatohtori",
              "forskare", "forskaren", "tutkija")
_SWEDISH_DEFINITE = re.compile(r"(?<=professor)n$|(?<=forskare)n$|(?<=docent)en$")
_NO_POST = ("emeritus", "emerita")  # a retired professor's rank names no post
# words in a university's name, in any case
_UNIVERSITY_WORD = re.compile(r"(?i)yliopisto|korkeakoulu|universitet|högskola|university")
_RANK_BEFORE = re.compile(r"([\w-]+\.?)[ \t]+$")
_RANK_AFTER = re.compile(r"[ \t]*,[ \t]*([\w-]+)")
_LOWER_WORDS = 5  # lowercase words between a university's genitive and the rank


@lru_cache(maxsize=1)
def _university_slugs() -> frozenset[str]:
    """The reference data's universities and universities of applied sciences (data/higher_education.csv)."""
    text = files("welfare_kg.data").joinpath("higher_education.csv").read_text(encoding="utf-8")
    return frozenset(row["slug"] for row in csv.DictReader(io.StringIO(text)) if row.get("slug"))


@lru_cache(maxsize=1)
def _research_institute_slugs() -> frozenset[str]:
    """State research institutes whose researchers hold academic ranks (data/research_institutes.csv)."""
    text = files("welfare_kg.data").joinpath("research_institutes.csv").read_text(encoding="utf-8")
    return frozenset(row["slug"] for row in csv.DictReader(io.StringIO(text)) if row.get("slug"))


def is_research_institute(m: Mention) -> bool:
    """A state research institute ("Terveyden ja hyvinvoinnin laitos", "Työterveyslaitos"): its researchers hold
    ranks there, said by its genitive before the rank; unlike a university it is no default employer of a rank the
    sentence writes elsewhere ("professori X kommentoi THL:n tilastoja" is no researcher of THL)."""
    return bool(m.iri) and m.type == "Agency" and m.iri.rsplit("/", 1)[-1] in _research_institute_slugs()


def is_university(m: Mention) -> bool:
    if not m.iri or m.type not in {"Agency", "Company", "CompetenceCentre", "Association"}:
        return False
    return m.iri.rsplit("/", 1)[-1] in _university_slugs() or bool(_UNIVERSITY_WORD.search(m.label))


def rank(word: str, morph: Morphology) -> str | None:
    """The rank's base form ("professori", "arbetslivsprofessor"), or None for any other word."""
    low = word.lower().rstrip(".")
    if low == "prof":
        return "professori"
    bases = [low] + [r.base.lower() for r in morph.analyse(word) if r.cls in {"nimisana", None}]
    for b in bases:
        if b.endswith(_RANK_ENDS) and not b.startswith(_NO_POST) and len(b) < 40:
            return _SWEDISH_DEFINITE.sub("", b)
    return None


def _rank_of(person: Mention, text: str, morph: Morphology) -> tuple[str, int] | None:
    """(rank, where the rank word starts) written right before the name, or right after it behind a comma."""
    before = _RANK_BEFORE.search(text, max(0, person.start - 60), person.start)
    if before is not None and (r := rank(before.group(1), morph)):
        return r, before.start(1)
    after = _RANK_AFTER.match(text, person.end)
    if after is not None and after.group(1)[:1].islower() and (r := rank(after.group(1), morph)):
        return r, person.start
    return None


def _owner_before(at: int, universities: list[Mention], text: str) -> Mention | None:
    """The university whose genitive ends a few lowercase words before `at`."""
    for u in universities:
        if u.end > at or u.case not in {"omanto", None}:
            continue
        between = text[u.end:at].split()
        if len(between) <= _LOWER_WORDS and all(w[:1].islower() for w in between) and "." not in text[u.end:at]:
            return u
    return None


def academic_posts(sents: list[Sentence], per_sentence: list[list[Mention]], facts: list[Fact], text: str,
                   morph: Morphology) -> list[Fact]:
    """Posts at universities of the people a rank names (module doc); none the document has already."""
    have = {(f.subject, f.object) for f in facts if f.predicate == "holdsPost"}
    out: list[Fact] = []
    for s, ms in zip(sents, per_sentence, strict=True):
        people = [m for m in ms if m.type == "Person" and m.iri]
        if not people:
            continue
        universities = [m for m in ms if is_university(m)]
        institutes = [m for m in ms if not is_university(m) and is_research_institute(m)]
        if not universities and not institutes:
            continue
        for p in people:
            found = _rank_of(p, text, morph)
            if found is None:
                continue
            post, at = found
            owner = _owner_before(at, universities + institutes, text)
            if owner is None:  # "professori A, Oulun yliopisto, ja tutkija B, ...": extract/comma_employers.py
                owner = comma_employer(p, universities + institutes, text)
            if owner is None and not universities:
                continue  # an institute's researcher is said by its genitive before the rank only
            if owner is None:
                if len({u.iri for u in universities}) != 1:
                    continue  # two universities and no genitive to choose by
                owner = universities[0]
                if any(q is not p and _owner_before(q.start, [owner], text) is owner for q in people):
                    # "professori A:n ja TAMKin yliopettaja B:n hankkeet": the one university's genitive is the
                    # other person's employer, said of that person alone
                    continue
            if (p.iri, owner.iri) in have:
                continue
            have.add((p.iri, owner.iri))  # type: ignore[arg-type]
            out.append(Fact(p.iri, "holdsPost", owner.iri, Evidence(s.text, s.start, s.end), RULE,  # type: ignore[arg-type]
                            0.7, post=post))
    return out
