"""A title that says the kind of its organisation, held in the one organisation of that kind the page names.

News of a company's donation, a parish's aid or an association's project quote their people by title alone: "kertoo
toimitusjohtaja X", "Toimitusjohtaja X:n mukaan", "kirkkoherra X kertoo", "sanoo toiminnanjohtaja X". The prose post
rule looks for an organisation in the sentence and the one before and finds none in such a quote. The title itself
says what kind of organisation employs the person (a managing director a company, a vicar a parish, an executive
director an association); where the page names exactly one organisation of that kind, the post is held there
(holdsPost:title-kind). A page naming two of the kind says nothing of which; a person another rule gave a post keeps it.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Evidence, Fact, Mention

RULE = "holdsPost:title-kind"
CONFIDENCE = 0.5

# the title right before the name (nominative, essive or Swedish definite form), its kind of organisation, its base
_KINDS = (
    (re.compile(r"(?i)(?<![\w-])toimitusjohtaja(?:na)?$"), "Company", "toimitusjohtaja"),
    (re.compile(r"(?i)(?<![\w-])verkställande[ \t]+direktör(?:en)?$"), "Company", "verkställande direktör"),
    (re.compile(r"(?i)(?<![\w-])kirkkoherra(?:na)?$"), "Parish", "kirkkoherra"),
    (re.compile(r"(?i)(?<![\w-])kyrkoherde(?:n)?$"), "Parish", "kyrkoherde"),
    # the parish's other offices: only a parish employs a deacon, a chaplain or a cantor under these titles
    (re.compile(r"(?i)(?<![\w-])(?:diakoni|diakonissa|diakoniatyöntekijä)(?:na)?$"), "Parish", "diakoni"),
    (re.compile(r"(?i)(?<![\w-])(?:kappalainen|kappalaisena|seurakuntapastori(?:na)?)$"), "Parish", "kappalainen"),
    (re.compile(r"(?i)(?<![\w-])kanttori(?:na)?$"), "Parish", "kanttori"),
    (re.compile(r"(?i)(?<![\w-])(?:diakon|diakonissa|kaplan|kantor)(?:en)?$"), "Parish", "diakon"),
    (re.compile(r"(?i)(?<![\w-])toiminnanjohtaja(?:na)?$"), "Association", "toiminnanjohtaja"),
    (re.compile(r"(?i)(?<![\w-])verksamhetsledare(?:n)?$"), "Association", "verksamhetsledare"),
)
TITLE_REACH = 40  # characters before the name the title is read in


def _kind(text: str, person: Mention) -> tuple[str, str] | None:
    """(title, kind) when a kind-telling title stands right before the name, not owned by a genitive before it
    ("Yhdistyksen toiminnanjohtaja" names its organisation: the prose rules read that)."""
    before = text[max(0, person.start - TITLE_REACH):person.start].rstrip(" \t")
    for pattern, kind, base in _KINDS:
        m = pattern.search(before)
        if m is None:
            continue
        owner = before[:m.start()].rstrip(" \t").rsplit(None, 1)
        if owner and owner[-1][:1].isupper() and owner[-1].endswith(("n", "s")):
            return None
        return base, kind
    return None


def title_kind_facts(mentions: list[Mention], text: str, facts: list[Fact]) -> list[Fact]:
    """holdsPost facts of titled people with no post, in the page's one organisation of the title's kind."""
    posted = {f.subject for f in facts if f.predicate == "holdsPost"}
    by_kind: dict[str, set[str]] = {}
    for m in mentions:
        if m.iri and m.type in {"Company", "Parish", "Association"}:
            by_kind.setdefault(m.type, set()).add(m.iri)
    out: list[Fact] = []
    for person in mentions:
        if person.type != "Person" or not person.iri or person.iri in posted:
            continue
        found = _kind(text, person)
        if found is None:
            continue
        title, kind = found
        orgs = by_kind.get(kind, set())
        if len(orgs) != 1:
            continue
        a = max(0, person.start - TITLE_REACH)
        out.append(Fact(person.iri, "holdsPost", next(iter(orgs)), Evidence(text[a:person.end], a, person.end),
                        RULE, CONFIDENCE, post=title))
        posted.add(person.iri)
    return out
