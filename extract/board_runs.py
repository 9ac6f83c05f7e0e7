"""A board's members written as one run after a colon: "Hallitus järjestäytyi seuraavasti: A, puheenjohtaja B,
varapuheenjohtaja C D E" (an annual report's transcript runs the rows of a board list together).

The cue is a board word ("hallitus", "johtokunta", "styrelse") and, in the same clause, a colon, with at most a few
words of constituting between ("järjestäytyi seuraavasti", "valittiin vuodeksi 2014", "bestod av"), or a heading line
the board word opens (after its owner's genitive at most) and a year or term ends ("Hallitus 2024", "Yhdistyksen
hallitus" over the rows "A, puheenjohtaja" / "B, sihteeri": an association's own page lists its board so). What follows
is read as a run of people: each person name, then optionally a seat word (", puheenjohtaja", "(pj)",
"sihteeri"), then the next name with nothing but spaces, commas, line breaks, bullets or "ja"/"och" between. The run
ends at the first thing that is neither; only a run of at least MIN_RUN people is a board list (a verb of talk after
one name, "Hallitus päätti: Anna Kivi esittelee ...", is no list). A row with an organisation after the name
("A, Hausjärvi, B, Esimerkin Yrittäjät ry") is member_rows.py's and ends this run at once.

Whose board: the organisation written in the genitive right before the board word ("Muistiyhdistyksen hallitus"),
else the organisation the document is about: the association, foundation or company its opening names that the
document names most. Each member holds a post there, the seat word or "hallituksen jäsen". People another rule
already posted are left to it.
"""

from __future__ import annotations

import re
from collections import Counter

from welfare_kg.extract.layout import OPENING_CHARS
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text_scans import matches

RULE = "holdsPost:board-run"
CONFIDENCE = 0.5
MIN_RUN = 3
# the board word, then at most CUE_WORDS words of constituting, then the colon that opens the list
_BOARD = r"(?:hallitu\w*|johtokun\w*|styrelse\w*|styrelsen)"
_BOARD_WORD = re.compile(rf"(?i)\b{_BOARD}\b")
_TO_COLON = re.compile(r"(?P<between>(?:[ \t]+[\w.-]+){0,5}?)[ \t]*:")
# a heading line of its own: the board word (after its owner's capitalised genitive at most) ends the line
_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[A-ZÅÄÖ][\w-]*[ \t]+){0,4}$")
_TO_LINE_END = re.compile(r"(?P<between>(?:[ \t]+[\w.-]+){0,3}?)[ \t]*:?[ \t]*\n")
# words that may stand between the board word and the colon: constituting, choosing, composition, a year or term
# ("v." is "vuonna", in the year: "Hallitus v. 2020")
_CONSTITUTING = re.compile(r"(?i)^(?:v\.|järjestäyty\w*|seuraava\w*|kokoonpano\w*|jäsen\w*|kuulu\w*|valit\w*|"
                           r"oli|olivat|"
                           r"toimi\w*|muodost\w*|vuo\w*|kaude\w*|toimikaude\w*|tilikaude\w*|\d{4}\w*|[-–]|"
                           r"bestod|består|av|utgjordes|utgörs|ingick|ingår|konstituera\w*|sig|följande|så|här|"
                           r"sammansättning\w*|ledamöter\w*|var|valdes|år|under|på|till|i|ja|och)$")
# a seat written after a name: ", puheenjohtaja", " (pj)", ", sihteeri"
_SEAT = re.compile(r"[ \t]*,?[ \t]*\(?(?P<seat>varapuheenjohtaja|puheenjohtaja|varapj|vpj|pj|sihteeri|"
                   r"rahastonhoitaja|varajäsen|jäsen|vice[ \t]+ordförande|vice[ \t]+ordf|ordförande|ordf|"
                   r"sekreterare|kassör|ledamot|suppleant)\.?\)?(?![\w])", re.IGNORECASE)
_SEATS = {"pj": "puheenjohtaja", "varapj": "varapuheenjohtaja", "vpj": "varapuheenjohtaja", "ordf": "ordförande",
          "vice ordf": "vice ordförande"}
_GAP = re.compile(r"(?:[ \t\n,;•·*–-]|\bja\b|\boch\b)*", re.IGNORECASE)
_OWNER_TYPES = {"Association", "Company", "CompetenceCentre", "JointAuthority"}
DEFAULT_POST = "hallituksen jäsen"


def board_run_facts(mentions: list[Mention], text: str, facts: list[Fact]) -> list[Fact]:
    """holdsPost facts of the people of a board's run-together member list (see the module docstring)."""
    people = sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start)
    if len(people) < MIN_RUN:
        return []
    starts = {m.start: m for m in people}
    named = [m for m in mentions if m.iri and not m.generic]
    index = SpanIndex(named)
    posted = {f.subject for f in facts if f.predicate == "holdsPost"}
    out: list[Fact] = []
    document_owner: str | bool | None = False  # computed once, on the first list
    for board in matches(_BOARD_WORD, text):
        cue = _TO_COLON.match(text, board.end())
        if cue is None and _LINE_BEFORE.search(text, max(0, board.start() - 80), board.start()):
            cue = _TO_LINE_END.match(text, board.end())  # "Yhdistyksen hallitus 2024" heading a list of rows
        if cue is None:
            continue
        words = cue.group("between").split()
        if not all(_CONSTITUTING.match(w) for w in words):
            continue
        run = _run(text, cue.end(), starts)
        if len(run) < MIN_RUN:
            continue
        owner = _genitive_owner(board.start(), index)
        if owner == "":
            continue  # another kind of body's board ("Kuopion kaupungin hallitus"): not the page's organisation's
        if owner is None:
            if document_owner is False:
                document_owner = page_organisation(named)
            owner = document_owner or None
        if owner is None:
            # a page that names no organisation: its bare board heading over the roster is the body itself
            # (header_bodies.page_board_mentions)
            owner = next((x.iri for x in index.overlapping(board.start(), board.end())
                          if x.type == "Body" and x.rule == "body-page-board"), None)
        if owner is None:
            continue
        ev = Evidence(text[board.start():run[-1][2]], board.start(), run[-1][2])
        for person, seat, _end in run:
            if person.iri in posted or person.iri is None:
                continue
            posted.add(person.iri)
            out.append(Fact(person.iri, "holdsPost", owner, ev, RULE, CONFIDENCE, post=seat or DEFAULT_POST))
    return out


def _run(text: str, pos: int, starts: dict[int, Mention]) -> list[tuple[Mention, str | None, int]]:
    """The people written one after another from `pos`, each with its seat word if any, and where each ends."""
    run: list[tuple[Mention, str | None, int]] = []
    while True:
        pos = _GAP.match(text, pos).end()  # type: ignore[union-attr]
        person = starts.get(pos)
        if person is None:
            return run
        end = person.end
        seat = None
        m = _SEAT.match(text, end)
        if m:
            word = re.sub(r"\s+", " ", m.group("seat").lower())
            seat = _SEATS.get(word, word)
            end = m.end()
        run.append((person, seat, end))
        pos = end


def _genitive_owner(board_at: int, index: SpanIndex[Mention]) -> str | None:
    """The organisation whose genitive ends right before the board word ("Muistiyhdistyksen hallitus"); "" when
    the genitive there names a town, county or other body whose board no one here posts in."""
    for m in index.overlapping(max(board_at - 2, 0), board_at):
        if m.end in (board_at - 1, board_at) and m.case == "omanto":
            return m.iri if m.type in _OWNER_TYPES else ""
    return None


def page_organisation(named: list[Mention], types: frozenset[str] | set[str] = _OWNER_TYPES,
                      opening_chars: int = OPENING_CHARS) -> str | None:
    """The organisation of `types` (by default an association, company or centre) the opening names that the
    document names most; none on a tie (also extract/row_owners.py)."""
    opening = {m.iri for m in named if m.start < opening_chars and m.type in types}
    counts = Counter(m.iri for m in named if m.iri in opening)
    top = counts.most_common(2)
    if not top or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]
