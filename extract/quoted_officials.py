"""A news page's quoted official of the organisation the news is about: "Aluehallintovirastot ovat myöntäneet ...
 ... suosituksista, liikuntatoimen ylitarkastaja X kertoo", "Hyvinvointialue myönsi ... – ..., kertoo hyvinvoinnin
johtaja X."

An organisation's own news names what the organisation did in its opening sentence (its name in the nominative,
the sentence's subject) and then quotes its officials by title and name, leaving the organisation unsaid: the
reader knows whose news it is. The annotation posts such a quoted official in that organisation. The shape read
here: a title right before the name (an office, with at most three genitive words before it: "liikuntatoimen
ylitarkastaja"), and a verb of saying right after the name or right before the title ("X kertoo", "toteaa
johtaja X"). The organisation is the one whose name opens the page's first sentence after its headline; it must
be the organisation the page names most often, and the quote's paragraph may name no other organisation or project
(a receiver's official quoted on a grant-maker's page is the receiver's). Left alone: people another rule posted;
titles owned by an organisation's genitive or by a word of an organisation's kind ("säätiön", "yhdistyksen": other
rules read those); a project's staff titles ("projektipäällikkö": the project's, not the organisation's); meeting
roles (a chair is the chair of some body); titles whose employer's kind the law names and that kind is not the
organisation's (data/kind_titles.csv: a toiminnanjohtaja is an association's, a kirkkoherra a parish's).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from welfare_kg.extract.entities import is_post
from welfare_kg.extract.kind_titles import law_kind
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.posts import is_meeting_role
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.titles_before_names import title_before

RULE = "holdsPost:quoted-official"
CONFIDENCE = 0.5
_SAYS = (r"(?:kertoo|kertoi|toteaa|totesi|sanoo|sanoi|muistuttaa|muistutti|korostaa|korosti|painottaa|painotti|"
         r"arvioi|iloitsee|iloitsi|kiittää|kiitti|tiivistää|tiivisti|jatkaa|jatkoi|summaa|summasi|"
         r"säger|sade|berättar|berättade|konstaterar|konstaterade)")
_SAYS_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,20}\))?[ \t]*" + _SAYS + r"(?![\w-])")
# the title right before the name, perhaps after up to three genitive words ("hyvinvoinnin ja terveyden edistämisen
# johtaja", "liikuntatoimen ylitarkastaja")
_GENITIVE = r"[A-ZÅÄÖa-zåäö][a-zåäö-]*n[ \t]+"
_TITLE_BEFORE = re.compile(r"(?<![\w-])(?P<title>(?:" + _GENITIVE + r"(?:ja[ \t]+" + _GENITIVE + r")?){0,3}"
                           r"[A-ZÅÄÖa-zåäö][a-zåäö-]+)[ \t]+$")
# words ending in -n that are no genitive of a title ("kun", "on"): a title's modifiers start after them
_NOT_MODIFIERS = {"kun", "on", "hän", "niin", "kuin", "ennen", "jälkeen", "kanssa", "sen", "tämän", "ja"}
_SAYS_BEFORE = re.compile(r"(?<![\w-])" + _SAYS + r"[ \t]+$")
# genitive words of an organisation's kind: the title is that organisation's, read by other rules
_KIND_GENITIVE = re.compile(r"(?:säätiön|yhdistyksen|liiton|seuran|kaupungin|kunnan|yhtymän|yhtiön|osuuskunnan|"
                            r"järjestön|keskuksen|viraston|laitoksen|ministeriön|yliopiston|korkeakoulun|seurakunnan|"
                            r"hallituksen|valtuuston|lautakunnan|hankkeen|projektin|ohjelman|verkoston)$")
_PROJECT_STAFF = re.compile(r"^(?:hanke|projekti)")
_ORG_TYPES = {"Municipality", "WellbeingCounty", "JointAuthority", "Association", "Company", "Agency", "Ministry",
              "CompetenceCentre", "Parish", "University", "RegionalCouncil"}
_ALL_ORGS = _ORG_TYPES | {"Body", "Programme", "Project", "Region", "CooperationArea"}
_NEAR_TYPES = _ORG_TYPES | {"Body", "Project"}
TITLE_REACH = 80  # characters before a name its title is read in
OPENING_REACH = 1500  # characters from the page's start in which its first sentence after the headline is sought


def quoted_official_facts(mentions: Sequence[Mention], text: str, facts: Sequence[Fact], kind: str,
                          morph: Morphology) -> list[Fact]:
    """holdsPost facts of the officials a page quotes, in the organisation whose news it is (module docstring)."""
    if kind == "minutes":
        return []
    owner = _news_owner(mentions, text)
    if owner is None:
        return []
    owner_iri, owner_type = owner
    posted = {f.subject for f in facts if f.predicate == "holdsPost"}
    people = sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start)
    orgs = SpanIndex(sorted((m for m in mentions if m.iri and m.type in _ALL_ORGS), key=lambda m: m.start))
    out: list[Fact] = []
    for p in people:
        if p.iri in posted:
            continue
        title = title_before(text, p, _TITLE_BEFORE, TITLE_REACH, _NOT_MODIFIERS)
        if title is None:
            continue
        words, line_start, title_at = title.words, title.line_start, title.start
        if not (_SAYS_AFTER.match(text, p.end) or _SAYS_BEFORE.search(text, max(line_start, title_at - 30),
                                                                         title_at)):
            continue
        post = is_post(words[-1], morph)
        if post is None or is_meeting_role(post) or _PROJECT_STAFF.match(post):
            continue
        if any(_KIND_GENITIVE.search(w.lower()) for w in words[:-1]):
            continue
        if (law := law_kind(post)) is not None and law != owner_type:
            continue
        if orgs.overlapping(max(0, title_at - 3), title.end):
            continue  # "Kelan johtaja X": the organisation's genitive says whose
        if _other_employer_near(p, text, orgs, owner_iri):
            continue
        posted.add(p.iri)  # type: ignore[arg-type]
        out.append(Fact(p.iri, "holdsPost", owner_iri, Evidence(text[title_at:p.end], title_at, p.end),  # type: ignore[arg-type]
                        RULE, CONFIDENCE, post=title.post_text(post)))
    return out


def _other_employer_near(p: Mention, text: str, orgs: SpanIndex[Mention], owner: str) -> bool:
    """Whether the quote's paragraph names an organisation or a project other than the news' own: a receiver's
    official quoted on a grant-maker's page ("Yhdistys X sai tukea ... koordinaattori Y kertoo") is the
    receiver's."""
    start = text.rfind("\n\n", 0, p.start)
    end = text.find("\n\n", p.end)
    start, end = (0 if start < 0 else start), (len(text) if end < 0 else end)
    return any(o.iri != owner and o.type in _NEAR_TYPES for o in orgs.overlapping(start, end))


def _news_owner(mentions: Sequence[Mention], text: str) -> tuple[str, str] | None:
    """(IRI, type) of the organisation whose name opens the page's first sentence after its headline, in the
    nominative, when it is also the organisation the page names most often; else None."""
    counts = Counter(m.iri for m in mentions if m.iri and m.type in _ORG_TYPES)
    if not counts:
        return None
    top = counts.most_common(2)
    if len(top) > 1 and top[0][1] == top[1][1]:
        return None
    starts = {m.start: m for m in mentions if m.iri and m.type in _ORG_TYPES}
    for at in _prose_line_starts(text[:OPENING_REACH]):
        m = starts.get(at)
        if m is not None and m.case in (None, "nimento"):
            return (m.iri, m.type) if m.iri == top[0][0] else None  # type: ignore[return-value]
    return None


def _prose_line_starts(opening: str) -> list[int]:
    """Where the opening's lines of prose start: a capital, six words or more, a full stop or another sentence end
    (a headline, a date or a menu line is none). Read line by line, in linear time."""
    out = []
    at = 0
    for line in opening.split("\n"):
        body = line.lstrip(" \t")
        if body[:1].isupper() and len(body.split()) >= 6 and any(c in body for c in ".!?"):
            out.append(at + len(line) - len(body))
        at += len(line) + 1
    return out
