"""Seats in another body, read from the rows of minutes' attendance and signature blocks whatever their layout.

An attendance list names, besides the meeting's own members, the chairs of the council and the board who have
the right to attend, and it writes their seat with the body's abbreviation: "kvalt pj", "Virtanen Anna 17:00-19:20
kvalt I vpj" (a Tweb table flattened to one line), "jäsen, kh:n pj." (a second role after the row's own),
"Berg Johan fm:s ordförande", "Sfge s ordf. Anna X, I v.ordf. Bo Y" (roles printed before the names, the
vice-chairs' rows leaving the body to the chair's row before them). The block reader (extract/people.py) already
cuts the block into people and tells whether its rows put the role after the name or before it (`roles_before`);
this module reads one thing from each row in either shape -- a body abbreviation followed by a chair's or
vice-chair's word -- and posts the person in that body. The abbreviations are the ones Finnish and Swedish
municipal minutes use for their councils and boards; nothing here knows a particular document.

The body is the document's own mention of a council or board of that kind (the meeting's body when it is one);
where the minutes name none, the row gives no fact, as for "kv pj" elsewhere (tests/test_minutes_n10.py). Either
way a row read here is no seat in the meeting's own body: the block reader's plain "ordförande" of such a row
("fm:s 1 vice ordförande" read as this board's vice-chair) is dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from welfare_kg.extract.body_abbreviations import REGIONAL_KINDS, attendance_kinds
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.seat_words import alternation, seat_words

QUALIFIED_RULE = "holdsPost:layout-qualified-role"
# the same rows naming a region's or joint authority's council or board ("Mh:n I varapuheenjohtaja", "yv:n pj")
REGIONAL_RULE = "holdsPost:layout-regional-role"

# body abbreviations of attendance rows -> the kind of body (a word its full name contains): "kv:n pj", "kvalt I vpj",
# "kh:n pj.", "fm:s ordförande", "Kst vice ordf." (data/body_abbreviations.csv)
BODY_ABBREVIATIONS = attendance_kinds()
# the body a kind of council or board is, in each language's labels
_KIND_WORDS = {"valtuusto": ("valtuusto",), "hallitus": ("hallitus",), "fullmäktige": ("fullmäktige",),
               "styrelse": ("styrelse",), **{k: (k,) for k in REGIONAL_KINDS}}
# bodies whose label holds the kind's word without being the town's council or board
_OTHER_BODIES = ("nuoriso", "vanhus", "vammais", "ungdom", "äldre", "yhtymä", "samkommun", "alue", "maakunta",
                 "landskap", "hallituksen jaosto", "sektion", "jaosto")

_ORDINAL = r"(?:I{1,3}|[1-3])\.?"
_CHAIR = r"pj|puh\.?\s?joht|puheenjohtaja|ordf|ordförande"
_VICE = (r"vpj|varapj|varapuh\.?\s?joht\w*|varapuheenjohtaja|v\.?\s?puheenjohtaja|v\.?\s?pj|viceordf|vice\s+ordf|"
         r"vice\s+ordförande|viceordförande|v\.\s?ordf|vordf")
# "<abbr>[:n|:s| s][.] [I|1.] <role>": the body's abbreviation, its genitive ending, an ordinal, a chair's word;
# a hyphen may join the abbreviation to the role ("FGE-ordförande")
_QUALIFIED = re.compile(
    rf"(?i)(?<![\w-])(?P<abbr>{'|'.join(sorted(BODY_ABBREVIATIONS, key=len, reverse=True))})"
    rf"(?::n|:s|\s+s\b)?(?:\.\s*|\s+|-)(?:(?P<ord>{_ORDINAL})\s*)?(?P<role>{_VICE}|{_CHAIR})(?![\w])\.?")
# any chair's or vice-chair's word: two in one row's text are a column of several rows' roles
_SEAT_WORD = re.compile(rf"(?i)(?<![\w-])(?:{_VICE}|{_CHAIR})(?![\w])")
# "I v.ordf.", "II varapj.": a vice-chair's row under the chair's row that named the body
_CONTINUED = re.compile(rf"(?i)^\s*(?P<ord>{_ORDINAL})\s*(?P<role>{_VICE})(?![\w])\.?\s*$")
# a transcript's next heading in capitals ("... stadsdirektör UNDERSKRIFTER Ordförande"): the row's text ends there
_HEADING = re.compile(r"(?<![\w-])[A-ZÅÄÖ]{4,}(?![\w-])")
# attendance times and marks before a row's role ("17:00-19:20 kvalt pj", "x Kh:n pj.")
_LEAD = re.compile(r"^\s*(?:(?:\d{1,2}[:.]\d{2}\s*[-–]\s*\d{1,2}[:.]\d{2}|[-–]|[xX])\s*)+")
# read by extract/abbreviated_councils.py, which names the bodies these rows sit in when the minutes do not
QUALIFIED, LEAD = _QUALIFIED, _LEAD


def _row_roles(p: object, roles_first: bool) -> str:
    """The role text of a listed row in its block's shape: after the name, or before it ("Sfge s ordf. Anna
    X": the words after the last comma or colon before the name)."""
    if roles_first:
        return re.split(r"[,:;]", getattr(p, "before", "") or "")[-1]
    return getattr(p, "role", "") or ""


def _opens_roles_first(p: object) -> bool:
    """A row that shows the block writes roles before names: the role follows the block's own heading and its
    colon ("ÖVRIGA NÄRVARANDE: Sfge s ordf. Anna X"), so the words cannot be the row above's. The reader's
    `roles_before` alone is no proof: "Anna X valtuuston pj. Bo Y valt. 1. varapj." reads the same words either
    way, and there the role follows the name."""
    before = getattr(p, "before", "") or ""
    return bool(getattr(p, "roles_before", False)) and ":" in before and bool(
        _QUALIFIED.search(before.rsplit(":", 1)[-1]))


def _post_word(abbr_role: re.Match[str]) -> str:
    """The post as written in base form: "kvalt I vpj" -> "kvalt I vpj" (abbreviations are kept as written)."""
    return " ".join(abbr_role.group(0).split()).rstrip(".")


def _names_town(towns: list[tuple[int, int]], start: int, length: int) -> bool:
    """Whether a municipality is named within the row's role text (a binary search: rows stay linear)."""
    k = bisect_left(towns, (start, -1))
    return k < len(towns) and towns[k][0] < start + length


def _is_vice(role: str) -> bool:
    return re.fullmatch(_VICE, role.strip(), flags=re.I) is not None


def _of_kind(label: str, kind: str) -> bool:
    """Whether a body's label is a council or board of that kind ("Åbo stads stadsstyrelse" is a "styrelse")."""
    return bool(label) and any(re.search(rf"(?:^|\s)(?:kunnan|kaupungin|kommun|stads)?{w}", label)
                               for w in _KIND_WORDS[kind])


def names_body_of_kind(label: str, kind: str) -> bool:
    """Whether a body's label names a town's council or board of that kind, not a youth council's, a joint
    authority's or a region's organ ("Oulun kaupunginvaltuusto" yes, "Nuorisovaltuusto" no)."""
    low = label.lower()
    # a region's own kinds ("maakuntahallitus") are themselves what the town's kinds exclude
    return _of_kind(low, kind) and not any(o in low for o in _OTHER_BODIES if o not in kind)


def _body_of_kind(kind: str, mentions: Sequence[Mention], meeting_body: str | None) -> str | None:
    """The document's council or board of that kind: the meeting's own body when it is one, else the first body
    mention of that kind that is no youth council, joint authority's or region's organ."""
    first = None
    for m in mentions:
        if m.type != "Body" or not m.iri:
            continue
        # "Kunnanhallitus", "Oulun kaupunginvaltuusto", "Borgå stadsstyrelse"; not a joint "X-hallitus"
        if not names_body_of_kind(m.label, kind):
            continue
        if m.iri == meeting_body:
            return m.iri
        first = first or m.iri
    return first


_INITIAL = re.compile(r"^[ \t]*[A-ZÅÄÖ]\.?(?=[ \t])")


def qualified_row_posts(people: Sequence[object], mentions: Sequence[Mention], text: str, *,
                        meeting_body: str | None) -> tuple[list[Fact], set[str]]:
    """holdsPost facts for rows whose role is a chair's or vice-chair's seat in a body named by its abbreviation,
    and the persons whose whole row is such a seat (their "ordförande" is not a seat in the meeting's body).

    `people` are the block reader's rows (extract/people.py Listed), `meeting_body` the IRI of the body that met."""
    person_at: dict[int, str] = {}
    for m in mentions:
        if m.type == "Person" and m.iri:
            person_at.setdefault(m.start, m.iri)
    meeting_label = next((m.label.lower() for m in mentions if meeting_body and m.iri == meeting_body), "")
    facts: list[Fact] = []
    whole: set[str] = set()
    bodies: dict[str, str | None] = {}  # the body of each kind, looked up once: a long block stays linear
    last_kind: str | None = None
    last_block: str | None = None
    roles_first = False  # the block's shape, told by its own rows (_opens_roles_first)
    towns = sorted((m.start, m.end) for m in mentions if m.type == "Municipality")
    for p in people:
        block = getattr(p, "block", "")
        if block != last_block:
            last_kind, last_block, roles_first = None, block, False
        if not getattr(p, "roles_before", False):
            roles_first = False
        elif _opens_roles_first(p):
            roles_first = True
        roles = _HEADING.split(_LEAD.sub("", _row_roles(p, roles_first)), 1)[0]
        if not roles_first and _names_town(towns, getattr(p, "role_start", 0), len(roles)):
            last_kind = None  # "Kh:n puheenjohtaja Kerava": a seat in the town the row ends with, read elsewhere
            continue
        person = person_at.get(getattr(p, "start", -1))
        found = _QUALIFIED.search(roles)
        if found is not None and (_QUALIFIED.search(roles, found.end()) is not None
                                  or len(_SEAT_WORD.findall(roles)) > 1):
            # "Lind, Anna kfge:s ordförande kfge:s I vice ordförande ... förvaltningschef": a column of the roles
            # of the names printed before it, no one row's own
            last_kind = None
            continue
        kind: str | None = None
        post: str | None = None
        if found is not None:
            kind = BODY_ABBREVIATIONS[found.group("abbr").lower()]
            post = _post_word(found)
            # ("Kauppi Timo L Kvalt PJ": a middle initial the block reader left before the role opens no other role)
            starts_row = not _INITIAL.sub("", roles[:found.start()]).strip(" ,.-–")
        else:
            cont = _CONTINUED.match(roles)
            if cont is not None and last_kind is not None:
                kind, post, starts_row = last_kind, " ".join(cont.group(0).split()).rstrip("."), True
            else:
                last_kind = None
                continue
        last_kind = kind
        if person is None:
            continue
        if kind not in bodies:
            bodies[kind] = _body_of_kind(kind, mentions, meeting_body)
        org = bodies[kind]
        if starts_row and org != meeting_body and not _of_kind(meeting_label, kind):
            whole.add(person)  # "fm:s ordförande" at a board's meeting: no seat in the board, named or not
        if org is None:
            continue  # the council the abbreviation names is nowhere named: no fact (tests/test_minutes_n10.py)
        start = getattr(p, "start", 0)
        end = min(len(text), max(getattr(p, "end", start), getattr(p, "role_start", start) + len(roles)))
        vice = found is None or _is_vice(found.group("role"))
        facts.append(Fact(person, "holdsPost", org, Evidence(text[start:end].strip(), start, end),
                          REGIONAL_RULE if kind in REGIONAL_KINDS else QUALIFIED_RULE, 0.6 if vice else 0.75,
                          post=post))
    return facts, whole


def merge_qualified(facts: list[Fact], qualified: list[Fact], whole: set[str], meeting_body: str | None) -> list[Fact]:
    """The block reader's facts with the qualified seats added: a person already posted in that organisation
    keeps the reader's fact; a person whose row is only a seat elsewhere loses the reader's meeting role in the
    meeting's own body (the "ordförande" of "fm:s ordförande")."""
    kept = [f for f in facts if not (f.subject in whole and f.object == meeting_body
                                     and f.rule in {"holdsPost:listed-meeting-role", "holdsPost:listed-column"})]
    have = {(f.subject, f.object) for f in kept if f.predicate == "holdsPost"}
    for f in qualified:
        if (f.subject, f.object) not in have:
            kept.append(f)
            have.add((f.subject, f.object))
    return kept


LABEL_RULE = "holdsPost:layout-label-line"
# the meeting roles a label line may give, in both languages, each to the post the block reader writes
ROLE_POSTS = seat_words("label")
# "Puheenjohtaja: Matti X", "Ordförande Anna X", "II varapuheenjohtaja: Bo Y" at a line's start
_LABEL_LINE = re.compile(
    r"(?im)^[ \t]*(?:[1-3I]{1,3}\.?[ \t]*)?(?P<role>" + alternation(ROLE_POSTS) + r")\.?[ \t]*:?[ \t]+(?=[A-ZÅÄÖ])")
# the rest of a label line after the name: nothing, or the person's own title after a comma or in brackets
_LINE_REST = re.compile(r"[ \t]*(?:[,(][^\n]*)?[ \t]*(?:\n|$)")
# where the head of minutes ends: the first item ("§ 1", "12 §")
_FIRST_ITEM = re.compile(r"(?m)^[ \t]*(?:§[ \t]*\d+|\d+[ \t]*§)")
HEAD_LIMIT = 20_000  # the head of minutes is read, never the whole text: a 20 MB page costs the same as a short one


def label_line_posts(mentions: Sequence[Mention], text: str, meeting_body: str | None) -> list[Fact]:
    """holdsPost facts for "Puheenjohtaja: Matti X" lines (a role label, a colon or not, and a name that ends the
    line or is followed only by the person's own title) in the head of minutes, before the first item: the
    meeting's roles, in the body that met. A label line in an item ("Työryhmän kokoonpano: Puheenjohtaja: ...")
    is some other group's and is not read; a label that runs into prose ("Puheenjohtaja Matti X avasi
    kokouksen") is left to the sentence rules."""
    if meeting_body is None:
        return []
    first = _FIRST_ITEM.search(text, 0, HEAD_LIMIT)
    head_end = first.start() if first is not None else min(len(text), HEAD_LIMIT)
    people: dict[int, Mention] = {}
    for m in mentions:
        if m.type == "Person" and m.iri and m.start < head_end:
            people.setdefault(m.start, m)
    out: list[Fact] = []
    seen: set[str] = set()
    for r in _LABEL_LINE.finditer(text, 0, head_end):
        p = people.get(r.end())
        if p is None or p.iri in seen or _LINE_REST.match(text, p.end) is None:
            continue
        post = ROLE_POSTS[" ".join(r.group("role").lower().split())]
        seen.add(p.iri)  # type: ignore[arg-type]
        out.append(Fact(p.iri, "holdsPost", meeting_body, Evidence(text[r.start():p.end].strip(), r.start(), p.end),
                        LABEL_RULE, 0.85 if post == "puheenjohtaja" else 0.6, post=post))
    return out
