"""Which project a page is about, and how sure: one answer per document for every rule that falls back on it.

Many rules attach what a sentence says to the page's own project when the sentence names none ("Hanketta
hallinnoi X", "Hankkeen kumppanit: A, B", a card's rows, a contact block): the sentence fallback
(cooccurrence.py), the document layer (document_roles.py and the passes that ask its `main_project`), the list
rules (lists.py) and the contact and title rules (relations.document_project). Each counted the page's project
mentions with rules of its own: one left out sub-projects, another pilots, one counted a name read twice at one
place twice, one took the first of equals on a tie and another none. So one page could have two "own" projects,
one per rule family, and a project written in two spellings the resolver kept apart ("Dynamo, nuorten
seudullinen työllisyyshanke" and "Nuorten seudullinen työllisyyshanke"; "Miä ite" and a misprinted "Mitä ite")
made a tie of one project and left the page with none.

The one rule (`page_project`):
- counted are the named project mentions (not a bare "hanke"), except a project named in passing (`Mention.aside`,
  extract/passing_projects.py), a sub-project ("X -osahanke": part of the page's project, `is_sub_project`) and a
  pilot ("pilotti X": a piece of work inside it); a name read twice at one place ("Arjen apu" inside "Arjen apu
  -hanke") counts once;
- the IRIs the page writes as spellings of one undertaking (`_spelling_pairs`) count together, answered by the
  one written most (the first written of equals);
- the undertaking named strictly most often is the page's project; of two or more named equally often, the one the
  opening (layout.OPENING_CHARS: the heading, the lead) names and the others not; else none: a page listing
  several projects is about none of them in particular.
How sure: `PageProject.iri` is the rule above (document_roles.main_project, relations.document_project, lists);
`strict` the project only when no other is named as often, the opening not asked (the sentence fallback of
cooccurrence.py, funder_sections.py, coordinated_funders.py and priority_axes.py: on the project-swapped copies
the opening's choice, an organisation in a heading misread as a project, made wrong facts there); `tied` says
another undertaking was named as often; `leader` the first named of the most named, whatever the tie.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from welfare_kg.extract.layout import OPENING_CHARS
from welfare_kg.extract.model import Mention
from welfare_kg.extract.names import fold
from welfare_kg.extract.spans import outermost

# a sub-project's name as written: the label may drop the kind word ("Kotona kotona -osahanke" -> "Kotona kotona")
_SUB_PROJECT_WORD = re.compile(r"(?i)osahank|osaprojekt|alahank|delprojekt")
# the short name before a descriptive name, closed by a comma or a dash: "Dynamo, nuorten seudullinen ..."
_SHORT_NAME_LEAD = re.compile(r"^[^,–—-]{2,40}?(?:,|\s[-–—])\s+")
# numbers and roman numerals, which tell a sequel from its predecessor ("Kylille I", "Kylille II", "X 2", "X2")
_NUMBERS = re.compile(r"(?i)\d+|\b[ivx]{1,4}\b")  # digits even glued on: "Tuu mukaan2"
MIN_SPELLING_CHARS = 10  # shorter names one letter apart are as often two names as one misspelt


def is_sub_project(m: Mention) -> bool:
    """A sub-project by its label or by the words it is written with: a label that lost the kind word of a name
    written "X -osahanke" made the sub-project the project in focus (or the document's topic) instead of a part."""
    return "osahanke" in m.label.lower() or _SUB_PROJECT_WORD.search(m.surface) is not None


def counts_for_page(m: Mention) -> bool:
    """Whether a mention counts towards the page's own project (see the module docstring)."""
    return m.type == "Project" and bool(m.iri) and not m.generic and not m.aside and m.rule != "pilot" \
        and not is_sub_project(m)


@dataclass(frozen=True)
class PageProject:
    """The page's project and how sure: `iri` the decided one (None: no project, or a tie the opening leaves
    open), `leader` the first named of the most named, `named` how often it is named, `tied` whether another
    undertaking is named as often."""

    iri: str | None
    leader: str | None = None
    named: int = 0
    tied: bool = False

    @property
    def strict(self) -> str | None:
        """The project only when no other is named as often, the opening not asked: for the sentence fallback
        (cooccurrence.py), which pairs a bare "hanke" with the page's project with no wording to go on; there an
        organisation in a heading the recogniser misread as a project name won ties and took wrong funders."""
        return None if self.tied else self.iri


NONE = PageProject(None)


def page_project(mentions: Iterable[Mention], counted: Callable[[Mention], bool] | None = None) -> PageProject:
    """The project the page is about (the module docstring gives the rule). `counted`: a caller's further
    condition on the mentions that count."""
    ms = [m for m in mentions if counts_for_page(m) and (counted is None or counted(m))]
    if not ms:
        return NONE
    ms = outermost(ms)
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    opening: set[str] = set()
    for m in ms:
        iri = m.iri or ""
        counts[iri] = counts.get(iri, 0) + 1
        first[iri] = min(first.get(iri, m.start), m.start)
        if m.start < OPENING_CHARS:
            opening.add(iri)
    labels: dict[str, set[str]] = {}
    for m in ms:
        labels.setdefault(m.iri or "", set()).add(m.label)
    groups = _undertakings(frozenset((iri, frozenset(names)) for iri, names in labels.items()))
    group_count: dict[str, int] = {}
    group_first: dict[str, int] = {}
    members: dict[str, list[str]] = {}
    for iri, n in counts.items():
        g = groups[iri]
        group_count[g] = group_count.get(g, 0) + n
        group_first[g] = min(group_first.get(g, first[iri]), first[iri])
        members.setdefault(g, []).append(iri)
    best = max(group_count.values())
    top = sorted((g for g, n in group_count.items() if n == best), key=lambda g: group_first[g])

    def answer(g: str) -> str:  # the group's spelling written most, the first written of equals
        return min(members[g], key=lambda iri: (-counts[iri], first[iri]))

    leader = answer(top[0])
    if len(top) == 1:
        return PageProject(leader, leader, best, False)
    in_opening = [g for g in top if any(iri in opening for iri in members[g])]
    decided = answer(in_opening[0]) if len(in_opening) == 1 else None
    return PageProject(decided, leader, best, True)


@lru_cache(maxsize=8)
def _undertakings(named: frozenset[tuple[str, frozenset[str]]]) -> dict[str, str]:
    """Each IRI mapped to one IRI of its undertaking: IRIs whose labels (`named`: each IRI with its labels) the page
    writes as spellings of one name (`_spelling_pairs`) are one. Kept for the few latest pages: each document asks
    several times of the same mentions (~0.1 CPU-s a time for a page naming 700 projects)."""
    labels = {iri: set(names) for iri, names in named}
    parent = {iri: iri for iri in labels}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in _spelling_pairs(labels):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {iri: find(iri) for iri in labels}


def _spelling_pairs(labels: dict[str, set[str]]) -> list[tuple[str, str]]:
    """Pairs of IRIs one of whose labels are one name in two spellings, found by index (never every pair):
    - the same slug (case, dashes and diacritics aside);
    - a short name before a descriptive one, closed by a comma or a dash ("Dynamo, nuorten seudullinen
      työllisyyshanke"), beside the descriptive name alone (of two words or more);
    - a name of `MIN_SPELLING_CHARS` or more one letter from the other (a letter left out, added, changed or two
      swapped: "Miä ite - myö yhessä", "Mitä ite - myö yhessä"), with the same numbers ("Kylille I" and "Kylille
      II" are two projects)."""
    pairs: list[tuple[str, str]] = []
    by_slug: dict[str, str] = {}
    for iri, names in labels.items():
        for label in names:
            slug = fold(label)
            if by_slug.setdefault(slug, iri) != iri:
                pairs.append((iri, by_slug[slug]))
    deletions: dict[str, list[tuple[str, str]]] = {}
    for iri, names in labels.items():
        for label in names:
            lead = _SHORT_NAME_LEAD.match(label)
            if lead is not None and len(label[lead.end():].split()) >= 2:
                rest = by_slug.get(fold(label[lead.end():]))
                if rest is not None and rest != iri:
                    pairs.append((iri, rest))
            slug = fold(label)
            if len(slug) < MIN_SPELLING_CHARS:
                continue
            for variant in {slug} | {slug[:k] + slug[k + 1:] for k in range(len(slug))}:
                pairs += [(iri, other) for other, other_label in deletions.get(variant, [])
                          if other != iri and _same_numbers(other_label, label)]
                deletions.setdefault(variant, []).append((iri, label))
    return pairs


def _same_numbers(a: str, b: str) -> bool:
    """Whether two names carry the same numbers: "Kylille I" and "Kylille II" are a project and its sequel."""
    return sorted(x.lower() for x in _NUMBERS.findall(a)) == sorted(x.lower() for x in _NUMBERS.findall(b))
