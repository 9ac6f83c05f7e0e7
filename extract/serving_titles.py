"""A post told by a title in the essive and a verb of serving: "X toimii hankkeen projektipäällikkönä",
"Koordinaattorina aloittaa 1.9. X", and the gapped pairs that follow it ("..., Y projektiasiantuntijana ja Z
hanketyöntekijänä").

Project news and final reports name their staff this way, with the employer left to the clause around the title
rather than written as a genitive before it (that case is extract/post_review.py `essive_posts`):

- the project's own genitive before the title ("hankkeen projektipäällikkönä", "Projektin koordinaattorina"): the
  post is held in the page's project;
- an organisation in the adessive in the same sentence ("projektikoordinaattorina X ry:llä aloittaa N", "N, joka on
  toiminut X:llä ..."): the employer;
- one project named in the sentence ("Y-hankkeen projektityöntekijänä toimii N");
- else, for a project's staff title ("hanketyöntekijä", "projektipäällikkö"), the page's project.

The order of the name and the title says who holds it: "N toimii Tna" (the name before the verb), "Tna toimii N"
and "toimii Tna N" (the name after it). Finnish leaves the verb out of the pairs that follow ("N on toiminut hankkeen
projektipäällikkönä, M projektiasiantuntijana ja K hanketyöntekijänä"; "Hankkeen sihteerinä toimii N,
hankekoordinaattorina M"): each pair holds its own title in the first pair's organisation. A meeting's role
("puheenjohtajana toimi X") is a post here only after the project's genitive ("Hankkeen sihteerinä toimii X"), as
in extract/contact_roles.py. Only people with no post yet get one; a first pair another rule has read still leads
the gapped pairs after it, in the place that rule gave.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.posts import can_employ, is_meeting_role
from welfare_kg.extract.recognition_words import is_post
from welfare_kg.extract.relations import document_project
from welfare_kg.extract.spans import SpanIndex

RULE = "holdsPost:serving-title"
GAPPED = "holdsPost:serving-title-gapped"
CONFIDENCE = 0.6

# a verb of serving in an office, present or past, singular or plural ("toimii", "on toiminut", "aloitti")
_SERVE = (r"(?:toimii|toimivat|toimi|on[ \t]+toiminut|ovat[ \t]+toimineet|aloittaa|aloittavat|aloitti|aloittivat|"
          r"on[ \t]+aloittanut|ovat[ \t]+aloittaneet|työskentelee|työskentelevät|työskenteli|työskentelivät|"
          r"on[ \t]+työskennellyt|jatkaa|jatkavat)")
_SERVE_VERB = re.compile(r"[ \t]+" + _SERVE + r"\b")  # after a name ("N toimii") or before it ("toimii N")
_WORD = re.compile(r"[A-Za-zÅÄÖåäöÉé][\w-]*")
_OWN_GENITIVE = re.compile(r"(?:hankkeen|projektin)[ \t]+$", re.IGNORECASE)
_PROJECT_STAFF = re.compile(r"^(?:hanke|projekti)")
# a sentence's end; not the full stop of a date ("aloittaa 11.10. N") or of an abbreviation ("mm.", "esim.")
_SENTENCE_END = re.compile(r"(?<!\d)(?<!\bmm)(?<!\bym)(?<!esim)(?<!\bns)(?<!\bn)[.!?;][ \t\n]|\n[ \t]*\n")
# a gapped pair follows a comma or the list's conjunction
# (a bracket after the previous name, its contact left out of a transcript, stands before the join: "N ( ) ja")
_GAP_JOIN = re.compile(r"(?:[ \t]*\([^()\n]{0,40}\))?(?:[ \t]*,[ \t]*|[ \t]+(?:ja|sekä)[ \t]+)")
# the verb, then the title right before the name: "Hankkeessa työskenteli projektikoordinaattorina N"
_VERB_TITLE_BEFORE = re.compile(r"(?<![\w-])" + _SERVE + r"[ \t]+(?P<title>[a-zåäö][\w-]+)[ \t]+$")
NAME_TO_TITLE = 60  # characters from the verb after a name to the title it serves as
TITLE_TO_NAME = 60  # characters from the verb after a title to the name that serves as it
TITLE_REACH = TITLE_TO_NAME + 120  # how far before a name `_title_first` looks for the verb
_ADESSIVE = "ulkoolento"
_ESSIVE = "olento"


def _essive_title(word: str, morph: Morphology) -> str | None:
    """The base form of a post title written in the essive ("projektipäällikkönä" -> "projektipäällikkö")."""
    if not word.endswith(("na", "nä")) or not any(r.case == _ESSIVE for r in morph.analyse(word)):
        return None
    return is_post(word, morph)


def _sentence(text: str, at: int) -> tuple[int, int]:
    lo = max(0, at - 400)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, at)]
    start = ends[-1] if ends else lo
    nxt = _SENTENCE_END.search(text, at, min(len(text), at + 400))
    return start, nxt.start() + 1 if nxt else min(len(text), at + 400)


def _own_genitive(text: str, title_at: int) -> bool:
    """The project's own genitive right before the title ("hankkeen projektipäällikkönä")."""
    return _OWN_GENITIVE.search(text, max(0, title_at - 12), title_at) is not None


def _target(own: bool, post: str, span: tuple[int, int], mentions: SpanIndex[Mention],
            doc_project: str | None) -> str | None:
    """Whose post the title is (see the module docstring), or None; `own`: the title has the project's genitive."""
    if own:
        return doc_project
    inside = mentions.inside(*span)
    employers = {m.iri for m in inside if m.iri and m.case == _ADESSIVE and can_employ(m)}
    if len(employers) == 1:
        return employers.pop()
    if employers:
        return None
    projects = {m.iri for m in inside if m.iri and m.type == "Project" and not m.generic}
    if len(projects) == 1:
        return projects.pop()
    if not projects and _PROJECT_STAFF.match(post):
        return doc_project
    return None


def _accepts(post: str, own: bool) -> bool:
    """An office; a meeting's role only as the project's ("Hankkeen sihteerinä toimii X")."""
    return not is_meeting_role(post) or own


def serving_title_facts(mentions: list[Mention], text: str, facts: list[Fact], morph: Morphology) -> list[Fact]:
    """holdsPost facts of people a serving verb and an essive title give a post (see the module docstring)."""
    posted = {f.subject for f in facts if f.predicate == "holdsPost"}
    people = sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start)
    if not people:
        return []
    people_at = SpanIndex(people)
    index = SpanIndex([m for m in mentions if m.iri])
    doc_project = document_project(mentions)
    out: list[Fact] = []
    done: set[str] = set(posted)

    def add(person: Mention, target: str, post: str, a: int, b: int, rule: str) -> None:
        if person.iri in done or person.iri is None:
            return
        done.add(person.iri)
        out.append(Fact(person.iri, "holdsPost", target, Evidence(text[a:b], a, b), rule, CONFIDENCE, post=post))

    held = {}  # a person's one post read by another rule: the place of the gapped pairs after that person
    for f in facts:
        if f.predicate == "holdsPost":
            held.setdefault(f.subject, set()).add(f.object)
    for person in people:
        # the sentence's bounds (a backward scan of up to 400 characters) only where a title is found: most of a
        # large page's people serve as nothing, and `_title_first` finds no verb where none precedes the name
        span: tuple[int, int] | None = None
        name_first = _name_first(person, text, morph, people_at)
        found = name_first or _verb_title(person, text, morph)
        if found is None and _serving_verb_before(person, text):
            span = _sentence(text, person.start)
            found = _title_first(person, text, morph, span, people_at)
        if found is None:
            continue
        post, title_at, end = found
        own = _own_genitive(text, title_at)
        if not _accepts(post, own):
            continue
        if span is None:
            span = _sentence(text, person.start)
        target = _target(own, post, span, index, doc_project)
        if person.iri in posted:  # read by another rule: its place leads the pairs after
            places = held.get(person.iri, set())
            target = target if target in places else (next(iter(places)) if len(places) == 1 else None)
        if target is None:
            continue
        if person.iri not in done and (name_first or not own):
            add(person, target, post, min(person.start, title_at), end, RULE)
        # "Hankkeen sihteerinä toimii N": N's own post is the anaphor rule's (extract/contact_roles.py), the
        # gapped pairs after it are read here
        for other, other_post, a, b in _gapped_pairs(end, span[1], text, morph, people_at):
            add(other, target, other_post, a, b, GAPPED)
    return out


def _name_first(person: Mention, text: str, morph: Morphology,
                people: SpanIndex[Mention]) -> tuple[str, int, int] | None:
    """"N on toiminut ... hankkeen projektipäällikkönä": (post, title start, title end)."""
    verb = _SERVE_VERB.match(text, person.end)
    if verb is None:
        return None
    stretch_end = min(len(text), verb.end() + NAME_TO_TITLE)
    for w in _WORD.finditer(text, verb.end(), stretch_end):
        if _SENTENCE_END.search(text, verb.end(), w.start()) or people.inside(verb.end(), w.start()):
            return None
        if (post := _essive_title(w.group(0), morph)) is not None:
            return post, w.start(), w.end()
    return None


def _verb_title(person: Mention, text: str, morph: Morphology) -> tuple[str, int, int] | None:
    """"Hankkeessa työskenteli projektikoordinaattorina N": (post, title start, the name's end)."""
    m = _VERB_TITLE_BEFORE.search(text, max(0, person.start - 80), person.start)
    post = _essive_title(m.group("title"), morph) if m else None
    return (post, m.start("title"), person.end) if m and post else None


def _serving_verb_before(person: Mention, text: str) -> bool:
    """Whether a serving verb starts within `_title_first`'s reach before the name (its `lo` is never earlier): a
    match of `_SERVE_VERB`, which looks at nothing before its own start, found from a later `pos` is found from
    this one too, so without one here `_title_first` finds nothing."""
    return _SERVE_VERB.search(text, max(0, person.start - TITLE_REACH), person.start) is not None


def _title_first(person: Mention, text: str, morph: Morphology, span: tuple[int, int],
                 people: SpanIndex[Mention]) -> tuple[str, int, int] | None:
    """"Projektipäällikkönä toimii 1.9. alkaen N": (post, title start, the name's end)."""
    lo = max(span[0], person.start - TITLE_REACH)
    best: tuple[str, int, int] | None = None
    for verb in _SERVE_VERB.finditer(text, lo, person.start):
        between = text[verb.end():person.start]
        if len(between) > TITLE_TO_NAME or _SENTENCE_END.search(between) or people.inside(verb.end(), person.start):
            continue
        words = list(_WORD.finditer(text, max(span[0], verb.start() - 120), verb.start()))
        if not words:
            continue
        title = words[-1]
        post = _essive_title(title.group(0), morph)
        if post is None:  # "projektikoordinaattorina X ry:llä aloittaa": the employer between title and verb
            post, title = next(((p, w) for w in reversed(words) if (p := _essive_title(w.group(0), morph))),
                               (None, title))
            if post is None or people.inside(title.end(), verb.start()) or not _only_employer_between(
                    text, title.end(), verb.start()):
                continue
        best = (post, title.start(), person.end)
    return best


def _only_employer_between(text: str, a: int, b: int) -> bool:
    """Between a title and its verb only an organisation in the adessive ("X ry:llä", "Y:n kaupungilla")."""
    stretch = text[a:b].strip()
    return bool(stretch) and len(stretch) <= 90 and bool(re.search(r"(?:llä|lla)$", stretch))


def _gapped_pairs(at: int, end: int, text: str, morph: Morphology,
                  people: SpanIndex[Mention]) -> list[tuple[Mention, str, int, int]]:
    """The pairs that follow with the verb left out: ", M projektiasiantuntijana ja K hanketyöntekijänä" or
    ", hankekoordinaattorina M": (person, post, start, end), up to the list's conjunction."""
    out: list[tuple[Mention, str, int, int]] = []
    while at < end:
        join = _GAP_JOIN.match(text, at)
        if join is None:
            break
        nxt = join.end()
        first = people.starting_in(nxt, nxt + 1)
        if first:  # "M projektiasiantuntijana"
            person = first[0]
            w = _WORD.match(text, person.end + 1) if text[person.end:person.end + 1] == " " else None
            post = _essive_title(w.group(0), morph) if w else None
            if w is None or post is None:
                break
            out.append((person, post, person.start, w.end()))
            at = w.end()
        else:  # "hankekoordinaattorina M"
            w = _WORD.match(text, nxt)
            post = _essive_title(w.group(0), morph) if w else None
            if w is None or post is None or text[w.end():w.end() + 1] != " ":
                break
            after = people.starting_in(w.end() + 1, w.end() + 2)
            if not after:
                break
            out.append((after[0], post, w.start(), after[0].end))
            at = after[0].end
        if "," not in join.group(0):
            break  # the conjunction joins the list's last pair
    return out
