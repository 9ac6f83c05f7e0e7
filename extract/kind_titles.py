"""A title that says the kind of its organisation, held in the one organisation of that kind the page names.

News of a company's donation, a parish's aid or an association's project quote their people by title alone: "kertoo
toimitusjohtaja X", "Toimitusjohtaja X:n mukaan", "kirkkoherra X kertoo", "sanoo toiminnanjohtaja X", "iloitsee rehtori
X", "kommentoi säätiön asiamies X". The prose post rule looks for an organisation in the sentence and the one before
and finds none in such a quote. The title itself says what kind of organisation employs the person (a managing
director a company, a vicar a parish, an executive director an association, a rector a university or school, an
"asiamies" a foundation); where the page names exactly one organisation of that kind, the post is held there
(holdsPost:title-kind). A page naming two of the kind says nothing of which; a person another rule gave a post keeps
it. The titles and their kinds are data with the laws that name the posts: data/kind_titles.csv (data/SOURCES.md).

A kind is an organisation type ("Company", "Parish", "Association") or, where the reference data types the
organisation by its owner rather than its work (a university of applied sciences is a company, a foundation an
association), the head word its name ends in: "School" ("Karelia-ammattikorkeakoulu", "Tampereen yliopisto",
"Kylämäen lukio") and "Foundation" ("X:n säätiö", "Y stiftelse").
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib.resources import files
from typing import NamedTuple

from welfare_kg.extract.model import Evidence, Fact, Mention

RULE = "holdsPost:title-kind"
CONFIDENCE = 0.5
TABLE = "kind_titles.csv"
TITLE_REACH = 40  # characters before the name the title is read in

# kinds told by the last word of the organisation's name, not by its type
_NAME_HEADS = {
    "School": ("korkeakoulu", "yliopisto", "opisto", "koulu", "lukio", "högskola", "högskolan", "universitet",
               "universitetet", "skola", "skolan", "gymnasium", "gymnasiet", "institutet"),
    "Foundation": ("säätiö", "stiftelse", "stiftelsen"),
}
_TYPES = {"Company", "Parish", "Association"}
_NOT_ORGANISATIONS = {"Person", "Region", "CooperationArea", "Municipality", "Project", "Programme", "Agreement",
                      "Body"}


def _forms(written: str, language: str) -> str:
    """The title as written right before a name: nominative, essive ("toimitusjohtajana", "kappalaisena") or
    Swedish definite ("kyrkoherden", "direktören")."""
    stem = re.escape(written).replace(r"\ ", r"[ \t]+")
    if language == "sv":
        return stem + r"(?:en|n)?"
    if written.endswith("nen"):
        return stem + "|" + re.escape(written[:-3] + "sena")
    return stem + "(?:na|nä)?"


# what may follow a title written after the name in a row of its own: the row's end, or its phone or e-mail
_ROW_END = r"(?=[ \t]*(?:\n|$|[.;]|,[ \t]*(?:puh|tel|p\.|gsm|mob|\+?\d|[\w.-]+@)))"


class KindTitle(NamedTuple):
    before: re.Pattern[str]  # the title at the end of the text before a name ("kertoo toiminnanjohtaja X")
    after: re.Pattern[str]  # the title after the name's comma, ending its row ("X, toiminnanjohtaja, puh. ...")
    kind: str
    post: str


@lru_cache(maxsize=1)
def kind_titles() -> tuple[KindTitle, ...]:
    """The table's titles, read once; an unknown kind is an error, so a typo cannot silently drop a row."""
    text = files("welfare_kg.data").joinpath(TABLE).read_text(encoding="utf-8")
    out = []
    for row in csv.DictReader(text.splitlines()):
        kind = row["kind"].strip()
        if kind not in _TYPES and kind not in _NAME_HEADS:
            raise ValueError(f"{TABLE}: unknown kind {kind!r} for {row['written']!r}")
        forms = _forms(row["written"].strip(), row["language"].strip())
        out.append(KindTitle(re.compile(r"(?i)(?<![\w-])(?:" + forms + ")$"),
                             re.compile(r"(?i)[ \t]*,[ \t]*(?:" + forms + r")(?![\w-])" + _ROW_END), kind,
                             row["post"].strip()))
    return tuple(out)



@lru_cache(maxsize=1)
def _law_kinds() -> dict[str, str]:
    return {t.post: t.kind for t in kind_titles()}


def law_kind(post: str) -> str | None:
    """The kind of employer the law names for a post (toimitusjohtaja: a company), or None for any other post."""
    return _law_kinds().get(post)

def _kind(text: str, person: Mention) -> tuple[str, str] | None:
    """(title, kind) when a kind-telling title stands right before the name, not owned by a genitive before it
    ("Yhdistyksen toiminnanjohtaja" names its organisation: the prose rules read that), or after the name's comma
    at its row's end ("Liisa X, toiminnanjohtaja" in a page's staff list: a row naming an organisation after the
    title is read by the row rules)."""
    before = text[max(0, person.start - TITLE_REACH):person.start].rstrip(" \t")
    for title in kind_titles():
        m = title.before.search(before)
        if m is None:
            continue
        owner = before[:m.start()].rstrip(" \t").rsplit(None, 1)
        if owner and owner[-1][:1].isupper() and owner[-1].endswith(("n", "s")):
            return None
        return title.post, title.kind
    for title in kind_titles():
        if title.after.match(text, person.end):
            return title.post, title.kind
    return None


def organisation_kinds(m: Mention) -> set[str]:
    """The kinds an organisation's mention is of: its type, and the kind its name's last word tells (none for a
    person, a place, an undertaking or a body)."""
    if m.type in _NOT_ORGANISATIONS:
        return set()
    last = (m.label or m.surface).split()[-1].lower() if (m.label or m.surface).split() else ""
    return {m.type} | {kind for kind, heads in _NAME_HEADS.items() if last.endswith(heads)}


def title_kind_facts(mentions: list[Mention], text: str, facts: list[Fact]) -> list[Fact]:
    """holdsPost facts of titled people with no post, in the page's one organisation of the title's kind."""
    posted = {f.subject for f in facts if f.predicate == "holdsPost"}
    by_kind: dict[str, set[str]] = {}
    for m in mentions:
        if m.iri:
            for kind in organisation_kinds(m):
                by_kind.setdefault(kind, set()).add(m.iri)
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
