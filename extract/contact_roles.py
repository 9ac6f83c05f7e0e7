"""A person's post written on a line of its own above or below the name, as project pages write their contacts.

Project pages and cards close with a contact block whose layout, not a sentence, says who the person is:

- the post as a heading line, the name on the next one: "Projektledare" / "Ann Lind" / "070-...", "Projektipäällikkö"
  / "Matti Virtanen";
- the name, then a line with the post and whose post it is: "Anna Lind" / "Utvecklingsledare: Kylväjät",
  "Lisätiedot: Anna Lind" / "Kylväjät-hankkeen projektikoordinaattori".

The prose post rules read a title written beside the name, and the contact-block rule (extract/posts.py
`next_line_title`) a title line whose organisation is an employer; neither reads a post held in a project, the usual
post of a project page's contact. Here the project is the one the title line names; else, for a project's staff title
("projektipäällikkö", "hankekoordinaattori", "projektledare"), the project the page is about; else the one employer
written on the title line or the line after it; with no employer written at all, on a page about a project, the
page's project more loosely (holdsPost:role-line-page-project, 0.45: eval/ANNOTATION.md annotates contact lines that
give only a title as a post toward the project). A person whose post another rule has read keeps that one.

In running text the project's own title says the same without naming the project: "Hankkeen projektipäällikkönä
aloittaa 1.9. VTM X", "Projektin koordinaattori X"; the prose post rule looks for the organisation in the sentence and
the one before, and finds none when the project was named two sentences back. The title (nominative or essive) after
"Hankkeen"/"Projektin" is held in the page's project by the first person named after it in the sentence
(holdsPost:project-anaphor-title).

A card's contact row puts label, name and title on one line: "KONTAKTPERSON Åsa X, Projektledare Arbetsmarknad",
"Yhteyshenkilö: Anna X, projektipäällikkö"; the post goes where the title line rules above say
(holdsPost:contact-label-row).
"""

from __future__ import annotations

import re

from welfare_kg.extract.entities import is_post
from welfare_kg.extract.layout import line_above
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.posts import can_employ, is_meeting_role
from welfare_kg.extract.relations import document_project
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.steering_groups import own_steering_group
from welfare_kg.extract.text_scans import matches

ABOVE = "holdsPost:role-line-above"
# a title with no employer written, on a project's page: the post is read as the project's, more loosely
PAGE_PROJECT_RULE = "holdsPost:role-line-page-project"
PAGE_PROJECT = "page-project"  # what `_target` returns for it
PAGE_PROJECT_CONFIDENCE = 0.45
# an organisation's head or a parish's priest, never a project's staff ("toimitusjohtaja", "verksamhetsledare" too)
_HEADS_OF_ORGANISATIONS = ("johtaja", "direktör", "chef", "ordförande", "herra", "herde", "verksamhetsledare")
BELOW = "holdsPost:role-line-below"
ANAPHOR = "holdsPost:project-anaphor-title"
INLINE = "holdsPost:contact-label-row"
CONFIDENCE = 0.6

# the staff of a project by title: its post is held in the project ("projektipäällikkö", "hankekoordinaattori",
# "projektledare", "projektsamordnare"); "projektiassistentti" too
_PROJECT_STAFF = re.compile(r"(?i)^(?:hanke|projekti|projekt)")
# what may stand before the name on its line: nothing, a bullet, or one label word with a colon ("Lisätiedot:",
# "Kontakt:", "Yhteyshenkilö:")
_NAME_PREFIX = re.compile(r"[ \t]*(?:[•·▪◦*–-][ \t]*)?(?:[A-ZÅÄÖ][a-zåäö]+[ \t]*:[ \t]*)?")
# a role heading line: one to three words, the last a post title, an optional colon
_ROLE_LINE = re.compile(r"[ \t]*(?P<words>[A-ZÅÄÖa-zåäö][\w-]*(?:[ \t]+[\w-]+){0,2})[ \t]*:?[ \t]*")
# a title line under the name: the post first ("Utvecklingsledare: Kylväjät", "projektipäällikkö, Org"), or a
# genitive phrase and the post last ("Kylväjät -hankkeen projektikoordinaattori")
_TITLE_FIRST = re.compile(r"[ \t]*(?P<post>[A-ZÅÄÖa-zåäö][\w-]+)[ \t]*(?:[:,][ \t]*(?P<rest>[^\n]*))?$")
_TITLE_LAST = re.compile(r"[^\n]*?[\w-](?:n|s)[ \t]+(?P<post>[a-zåäö][\w-]+)[ \t]*$")
# a phone number or an address: a contact line, no title line
_CONTACT = re.compile(r"\d[\d \t-]{4}|@|\(at\)")
# a contact label opening the name's line: "KONTAKTPERSON Åsa X, Projektledare ...", "Yhteyshenkilö: Anna X, ..."
_CONTACT_LABEL = re.compile(r"(?i)[ \t]*(?:kontaktperson(?:er)?|kontakt|yhteyshenkilö(?:t)?|lisätietoja|lisätiedot)"
                            r"[ \t]*:?[ \t]*")
# the title after the name and its comma
_COMMA_TITLE = re.compile(r"[ \t]*,[ \t]*(?P<post>[A-ZÅÄÖa-zåäö][\w-]+)")
GAP_LINES = 2  # blank lines allowed between the name and its role line
# "Hankkeen projektipäällikkönä aloittaa ... X", "Projektin koordinaattorina toimii X": the project's own title,
# the project unnamed (the page's)
_ANAPHOR_TITLE = re.compile(r"(?<![\w-])(?:[Hh]ankkeen|[Pp]rojektin)[ \t]+(?P<title>[a-zåäö][\w-]+)")
# "Projektipäällikkö X, puh. ...", "Hankkeessa työskentelee projektisuunnittelija X", "Projektledare X, tfn": a
# project's staff title right before the name, on a page about one project
STAFF_TITLE = "holdsPost:staff-title-page-project"
STAFF_TITLE_CONFIDENCE = 0.5
_TITLE_BEFORE_NAME = re.compile(r"(?:^|(?<=[\s(:•–-]))(?P<title>[A-ZÅÄÖa-zåäö][\w-]+)[ \t]+$")
_WORD_BEFORE_TITLE = re.compile(r"(?P<word>[\w-]+)[ \t]*$")
# the genitive of a project's own group before a title: its steering group, its project team ("styrgruppens")
_PROJECT_GROUP = re.compile(r"(?i)(?:ohjaus|projekti|hanke)ryhmän|styrgruppens")
TITLE_REACH = 40  # characters before the name the title is read in
# a report's author line: "Raportin laatija: Anna X Kyläkoordinaattori", "... -hankkeen loppuraportti Anna X
# paikkatietoasiantuntija", "Rapportens författare: Anna X projektledare": the author's label (or the report's own
# word) right before the name, and only the author's title after it to the line's end
AUTHOR = "holdsPost:report-author-page-project"
_AUTHOR_LABEL = re.compile(r"(?i)(?:(?:(?:raportin|selvityksen|rapportens)[ \t]+)?(?:laatija|laatijat|kirjoittaja|"
                           r"kirjoittajat|tekijä|tekijät|författare|sammanställd[ \t]+av)[ \t]*:|"
                           r"(?<![\w-])(?:loppu|väli|slut)?rap(?:ortti|port))[ \t]+$")
_AUTHOR_TITLE = re.compile(r"[ \t]*,?[ \t]*(?P<title>[A-ZÅÄÖa-zåäö][\w-]+)[ \t]*[\"”]?[ \t]*(?:\n|$)")
ANAPHOR_REACH = 60  # characters from the title to the name (a verb, a date, a degree between)
# the present tense of serving right after an essive title: an office held, not one meeting's chair or secretary
_SERVES = re.compile(r"[ \t]+(?:toimii|toimivat)\b")
SHORT_NAME = 8  # characters a project's name cut short on a title line runs to at least


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line holding pos, without its newline."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def next_line(text: str, line_end: int, gap: int = GAP_LINES) -> tuple[int, int] | None:
    """The nearest line below with text, over at most `gap` blank ones (extract/contact_org_lines.py allows fewer)."""
    start = line_end + 1
    for _ in range(gap + 1):
        if start >= len(text):
            return None
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            return start, end
        start = end + 1
    return None


def _names_person(line: tuple[int, int] | None, index: SpanIndex[Mention]) -> bool:
    return line is not None and any(x.type == "Person" for x in index.starting_in(*line))


def _post(word: str, morph: Morphology) -> str | None:
    post = is_post(word, morph)
    return None if post is None or is_meeting_role(post) else post


def _alone(person: Mention, text: str) -> tuple[int, int] | None:
    """The name's line when nothing but a label or a bullet stands before the name and nothing after it."""
    a, b = line_bounds(text, person.start)
    prefix = _NAME_PREFIX.match(text, a, person.start)
    if prefix is None or prefix.end() != person.start or text[person.end:b].strip(" \t,."):
        return None
    return a, b


def _target(post: str, span: tuple[int, int], after: tuple[int, int] | None, index: SpanIndex[Mention],
            doc_project: str | None, rest: str = "", project_names: dict[str, str] | None = None) -> str | None:
    """Whose post it is: a project the title line names, a project's staff's title the page's project, else the
    one employer on the title line or the line after it. `rest`: what follows the post on its line, folded."""
    project_names = project_names or {}
    on_line = [x for x in index.starting_in(*span) if x.end <= span[1]]
    projects = {x.iri for x in on_line if x.type == "Project" and x.iri and not x.generic}
    if not projects and rest:  # "Utvecklingsledare: Kulturella kraftfält": the page's project, its name cut short
        projects = {iri for name, iri in project_names.items() if len(rest) >= SHORT_NAME and name.startswith(rest)}
    if len(projects) == 1:
        return projects.pop()
    if projects:
        return None
    if _PROJECT_STAFF.match(post):
        return doc_project
    for a, b in (span, after) if after else (span,):
        found = {x.iri for x in index.starting_in(a, b) if x.iri and x.end <= b and can_employ(x)}
        if any(x.type == "Person" for x in index.starting_in(a, b)):
            return None
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    # no employer written: the page's project (the caller's to mark), never for an organisation's head
    return PAGE_PROJECT if doc_project and not post.endswith(_HEADS_OF_ORGANISATIONS) else None


def contact_role_facts(mentions: list[Mention], text: str, facts: list[Fact], morph: Morphology) -> list[Fact]:
    """holdsPost facts of people whose post a line of its own next to the name gives (see the module docstring)."""
    posted = {f.subject for f in facts if f.predicate == "holdsPost"}
    people = [m for m in mentions if m.type == "Person" and m.iri and m.iri not in posted]
    if not people:
        return []
    index = SpanIndex([m for m in mentions if m.iri])
    doc_project = document_project(mentions)
    project_names = {fold(m.surface): m.iri for m in mentions if m.type == "Project" and m.iri and not m.generic}
    out: list[Fact] = []
    done: set[str] = set()
    if doc_project is not None:
        for fact in _anaphor_titles(people, text, doc_project, morph):
            if fact.subject not in done:
                out.append(fact)
                done.add(fact.subject)
    if doc_project is not None:
        for fact in _author_titles(people, text, doc_project, morph):
            if fact.subject not in done:
                out.append(fact)
                done.add(fact.subject)
    if doc_project is not None and _one_project(mentions):
        for fact in _staff_titles(people, text, doc_project, morph, own_steering_group(mentions)):
            if fact.subject not in done:
                out.append(fact)
                done.add(fact.subject)
    for person in people:
        if person.iri in done:
            continue
        if (fact := _labelled_row(person, text, index, doc_project, morph)) is not None:
            out.append(fact)
            done.add(fact.subject)
            continue
        if (line := _alone(person, text)) is None:
            continue
        fact = _above(person, line, text, index, doc_project, morph) or _below(
            person, line, text, index, doc_project, morph, project_names)
        if fact is not None:
            out.append(fact)
            done.add(fact.subject)
    return out


def _above(person: Mention, line: tuple[int, int], text: str, index: SpanIndex[Mention], doc_project: str | None,
           morph: Morphology) -> Fact | None:
    """"Projektledare" / "Ann Lind": the post as a heading over the name."""
    prev = line_above(text, line[0], blanks=GAP_LINES)
    if prev is None:
        return None
    role = _ROLE_LINE.fullmatch(text, *prev)
    if role is None or index.starting_in(*prev):
        return None
    words = role.group("words").split()
    if any(w[:1].isupper() for w in words[1:]) or (post := _post(words[-1], morph)) is None:
        return None
    if _names_person(line_above(text, prev[0], blanks=GAP_LINES), index):
        return None  # "A" / title / "B": a title between two names is either one's, so no one's here
    below = next_line(text, line[1])
    target = _target(post, (line[1], line[1]), below, index, doc_project) if not _PROJECT_STAFF.match(post) \
        else doc_project
    obj = doc_project if target == PAGE_PROJECT else target
    if obj is None or person.iri is None:
        return None
    a = prev[0]
    rule, conf = (PAGE_PROJECT_RULE, PAGE_PROJECT_CONFIDENCE) if target == PAGE_PROJECT else (ABOVE, CONFIDENCE)
    return Fact(person.iri, "holdsPost", obj, Evidence(text[a:line[1]], a, line[1]), rule, conf,
                post=" ".join([*(w.lower() for w in words[:-1]), post]))


def _below(person: Mention, line: tuple[int, int], text: str, index: SpanIndex[Mention], doc_project: str | None,
           morph: Morphology, project_names: dict[str, str]) -> Fact | None:
    """"Anna Lind" / "Utvecklingsledare: Kylväjät" or "Kylväjät-hankkeen projektikoordinaattori"."""
    nxt = next_line(text, line[1])
    if nxt is None or _CONTACT.search(text, *nxt):
        return None
    first = _TITLE_FIRST.match(text, *nxt)
    post = _post(first.group("post"), morph) if first is not None else None
    if post is None:
        last = _TITLE_LAST.fullmatch(text, *nxt)
        post = _post(last.group("post"), morph) if last is not None else None
        if post is None:
            return None
    if any(x.type == "Person" for x in index.starting_in(*nxt)) or _names_person(next_line(text, nxt[1]), index):
        return None  # "A" / title / "B": a title between two names is either one's, so no one's here
    rest = fold(first.group("rest") or "") if first is not None and post == _post(first.group("post"), morph) else ""
    target = _target(post, nxt, next_line(text, nxt[1]), index, doc_project, rest, project_names)
    obj = doc_project if target == PAGE_PROJECT else target
    if obj is None or person.iri is None:
        return None
    a, b = line[0], nxt[1]
    rule, conf = (PAGE_PROJECT_RULE, PAGE_PROJECT_CONFIDENCE) if target == PAGE_PROJECT else (BELOW, CONFIDENCE)
    return Fact(person.iri, "holdsPost", obj, Evidence(text[a:b], a, b), rule, conf, post=post)


def _anaphor_titles(people: list[Mention], text: str, doc_project: str, morph: Morphology) -> list[Fact]:
    """"Hankkeen projektipäällikkönä aloittaa 1.9. VTM X": a title the text says is the project's, held by the
    first person named after it in the same sentence, in the page's project (an office, not a meeting's role)."""
    index = SpanIndex(people)
    out: list[Fact] = []
    for m in matches(_ANAPHOR_TITLE, text):  # scanned ahead beside the mention steps: text_scans.LATER_RULES
        post = _post(m.group("title"), morph)
        word = m.group("title").lower()
        if post is None and _SERVES.match(text, m.end()):
            # "Hankkeen sihteerinä toimii X": an office the project holds, though a meeting's role by its word
            post = is_post(m.group("title"), morph)
        if post is None or not (word == post or word.endswith(("na", "nä"))):
            continue  # the title itself ("projektipäällikkö X") or the essive ("projektipäällikkönä toimii X")
        person = next(iter(index.starting_in(m.end(), m.end() + ANAPHOR_REACH)), None)
        if person is None or person.iri is None or re.search(r"[.!?;]\s", text[m.end():person.start]):
            continue
        ev = Evidence(text[m.start():person.end], m.start(), person.end)
        out.append(Fact(person.iri, "holdsPost", doc_project, ev, ANAPHOR, CONFIDENCE, post=post))
    return out


def _labelled_row(person: Mention, text: str, index: SpanIndex[Mention], doc_project: str | None,
                  morph: Morphology) -> Fact | None:
    """"KONTAKTPERSON Åsa X, Projektledare Arbetsmarknad": a contact label, the name, a comma and the title on one
    line; the post is held where `_target` says, reading the rest of the line after the title."""
    a, b = line_bounds(text, person.start)
    label = _CONTACT_LABEL.fullmatch(text, a, person.start)
    title = _COMMA_TITLE.match(text, person.end, b)
    if label is None or title is None or person.iri is None:
        return None
    post = _post(title.group("post"), morph)
    if post is None or any(x.type == "Person" and x is not person for x in index.starting_in(person.end, b)):
        return None
    target = _target(post, (title.end(), b), None, index, doc_project)
    if target is None or target == PAGE_PROJECT:
        return None
    return Fact(person.iri, "holdsPost", target, Evidence(text[a:b], a, b), INLINE, CONFIDENCE, post=post)


def _genitive_owner(word: str, morph: Morphology) -> bool:
    """A genitive that owns the title after it ("kaupungin", "Kuopion", Swedish "Vasas"), not the page's project's
    own "Hankkeen"/"Projektin" (the title is then the page's project's)."""
    if word.lower() in {"hankkeen", "projektin", "projektets"}:
        return False
    if word[:1].isupper() and word.endswith("s"):
        return True
    return any(r.case == "omanto" for r in morph.analyse(word))


def _one_project(mentions: list[Mention]) -> bool:
    """The page names one project by name (a page naming several says not whose staff a title is)."""
    return len({m.iri for m in mentions if m.type == "Project" and m.iri and not m.generic}) == 1


def _staff_titles(people: list[Mention], text: str, doc_project: str, morph: Morphology,
                  group: str | None = None) -> list[Fact]:
    """"Projektipäällikkö X, puh. ...", "Projektledare X": a project's staff title ("projekti-", "hanke-",
    "projekt-") right before the name on its line, held in the page's one project. A title that a genitive owns
    ("Kuopion kaupungin projektipäällikkö X", "toisen hankkeen projektipäällikkö X") is another's: skipped, save the
    steering group's ("ohjausryhmän puheenjohtaja X"), held in `group`, the one steering group the page names."""
    out: list[Fact] = []
    for person in people:
        a = max(0, person.start - TITLE_REACH, text.rfind("\n", 0, person.start) + 1)
        hit = _TITLE_BEFORE_NAME.search(text, a, person.start)
        if hit is None or person.iri is None:
            continue
        staff = _PROJECT_STAFF.match(hit.group("title")) is not None
        if not staff and group is None:
            continue
        owner = _WORD_BEFORE_TITLE.search(text, a, hit.start())
        # "ohjausryhmän puheenjohtaja X": a post in the project's own steering group, held in the group the page names
        in_group = group is not None and owner is not None and _PROJECT_GROUP.fullmatch(owner.group("word")) is not None
        if not (in_group or staff):
            continue
        post = is_post(hit.group("title"), morph) if in_group else _post(hit.group("title"), morph)
        if post is None:
            continue
        if owner is not None and not in_group and _genitive_owner(owner.group("word"), morph):
            continue
        ev = Evidence(text[hit.start():person.end], hit.start(), person.end)
        holder = group if in_group and group is not None else doc_project
        out.append(Fact(person.iri, "holdsPost", holder, ev, STAFF_TITLE, STAFF_TITLE_CONFIDENCE, post=post))
    return out


def _author_titles(people: list[Mention], text: str, doc_project: str, morph: Morphology) -> list[Fact]:
    """"Raportin laatija: Anna X Kyläkoordinaattori", "Y-projekti loppuraportti Anna X paikkatietoasiantuntija":
    a project report's author line, the author's label or the report's word before the name and the title alone
    after it; the author works in the report's project (the page's). An organisation's head reports for the
    organisation, not as the project's staff: skipped."""
    out: list[Fact] = []
    for person in people:
        a = max(0, person.start - TITLE_REACH, text.rfind("\n", 0, person.start) + 1)
        if person.iri is None or _AUTHOR_LABEL.search(text, a, person.start) is None:
            continue
        after = _AUTHOR_TITLE.match(text, person.end)
        if after is None:
            continue
        post = _post(after.group("title"), morph)
        if post is None or post.endswith(_HEADS_OF_ORGANISATIONS):
            continue
        b = person.end + len(after.group(0).rstrip())
        ev = Evidence(text[a:b], a, b)
        out.append(Fact(person.iri, "holdsPost", doc_project, ev, AUTHOR, STAFF_TITLE_CONFIDENCE, post=post))
    return out
