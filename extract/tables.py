"""Grant and project tables flattened into lines: a header names the columns, each row one project.

"Hankkeen nimi, hakija ja haettu tuki:" followed by bullet rows "X, Y ry, 469 022 €" (or
"Projekt – sökande – belopp" with dashes, or tab-separated cells) says, row by row, that
the applicant coordinates the project. The sum is what the header says it is: applied-for
money ("haettu tuki", "ansökt") is no funding, so only the roles become facts here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.lists import ITEM_KINDS, OPEN_ENDS, PLACE_TYPES
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.money import APPLIED_LEAD, ROW_SUM_TAIL
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold, identity_key
from welfare_kg.extract.posts import full_body
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex

PROJECT_COL = re.compile(r"\b(?:hank\w*|projekt\w*|nimi|namn)\b", re.IGNORECASE)
APPLICANT_COL = re.compile(r"\b(?:hakija\w*|toteuttaja\w*|hallinnoija\w*|vastuutaho|organisaatio|sökande|"
                           r"projektägare|huvudman|applicant)\b", re.IGNORECASE)
AMOUNT_COL = re.compile(r"\b(?:tuki|summa|avustus|rahoitus|euroa|belopp|stöd|bidrag|amount)\b|€", re.IGNORECASE)
_HEADER = re.compile(r"^[ \t]*([^\n]{5,120}?):?[ \t]*$", re.MULTILINE)
_BLANK_LINES = re.compile(r"(?:[ \t]*\n)*")
_ROW = re.compile(r"^[ \t]*(?:[-•*–·]|\d{1,3}[.)])[ \t]+([^\n]+)$", re.MULTILINE)
_SEPARATORS = [("\t", re.compile(r"\t+")), (" | ", re.compile(r"\s*\|\s*")), (" – ", re.compile(r"\s+[–-]\s+")),
               (", ", re.compile(r",\s+"))]


@dataclass(frozen=True)
class Row:
    project: tuple[int, int]
    applicant: tuple[int, int]
    evidence: tuple[int, int]


def _columns(header: str) -> tuple[re.Pattern[str], list[str]] | None:
    """The separator and kinds of a header's columns, if it names a project and an applicant column."""
    for sep_text, sep in _SEPARATORS:
        if sep_text.strip() and sep_text.strip() not in header and sep_text != ", ":
            continue
        parts = [p for p in re.split(sep.pattern + r"|\s+(?:ja|och|sekä)\s+", header) if p.strip()]
        kinds = []
        for p in parts:
            kind = ("project" if PROJECT_COL.search(p) and not APPLICANT_COL.search(p) else
                    "applicant" if APPLICANT_COL.search(p) else "amount" if AMOUNT_COL.search(p) else "other")
            kinds.append(kind)
        if "project" in kinds and "applicant" in kinds and len(parts) >= 2:
            return sep, kinds
    return None


@lru_cache(maxsize=4)  # asked by the mention and the fact step of the same document
def read_rows(text: str) -> list[Row]:
    out: list[Row] = []
    seen: set[int] = set()
    for w in APPLICANT_COL.finditer(text):  # only lines that name an applicant column can be headers
        line_start = text.rfind("\n", 0, w.start()) + 1
        if line_start in seen:
            continue
        seen.add(line_start)
        h = _HEADER.match(text, line_start)
        if h is None:
            continue
        cols = _columns(h.group(1))
        if cols is None:
            continue
        sep, kinds = cols
        pos = h.end()
        while True:
            blank = _BLANK_LINES.match(text, pos)  # read in place: no copy of the rest of the text per row
            row = _ROW.match(text, blank.end() if blank else pos)
            if row is None:
                break
            cells = _cells(text, row.start(1), row.end(1), sep)
            if len(cells) >= 2:
                ip, ia = kinds.index("project"), kinds.index("applicant")
                if kinds[-1] == "amount" and len(cells) > len(kinds):
                    cells = cells[:len(kinds) - 1] + cells[-1:]  # extra cells: the applicant's other names
                if max(ip, ia) < len(cells):
                    out.append(Row(cells[ip], cells[ia], (row.start(1), row.end(1))))
            pos = row.end()
    return out


def _cells(text: str, start: int, end: int, sep: re.Pattern[str]) -> list[tuple[int, int]]:
    cells = []
    pos = start
    for m in sep.finditer(text, start, end):
        cells.append((pos, m.start()))
        pos = m.end()
    cells.append((pos, end))
    return [(a, b) for a, b in ((a + len(text[a:b]) - len(text[a:b].lstrip()), b - (len(text[a:b]) - len(
        text[a:b].rstrip(" .;")))) for a, b in cells) if b > a]


# "Etelä-Karjala: Etelä-Karjalan LAPE" lines under "Rahoitusta saaneet hankkeet": place, then the project
_PLACE_ROW = re.compile(r"^[ \t]*(?:[-•*–·][ \t]+)?([A-ZÅÄÖ][\w\- ]{2,40}?):[ \t]+(\S[^\n]{2,150}?)[ \t]*$",
                        re.MULTILINE)
_PROJECTS_HEADING = re.compile(r"\b(?:hankkeet|hankkeita|hankkeista|projekt(?:en|er)?|projektit|projekteja)\b",
                               re.IGNORECASE)


def place_rows(text: str, mentions: SpanIndex[Mention]) -> list[tuple[Mention, tuple[int, int]]]:
    """(place mention, project name span) of "Place: Project" lines listed under a heading about projects."""
    out = []
    for r in _PLACE_ROW.finditer(text):
        before = [x for x in text[max(0, r.start() - 400):r.start()].split("\n") if x.strip()][-2:]
        if not any(_PROJECTS_HEADING.search(x) and len(x.split()) <= 8 for x in before) and not out:
            continue
        if out and text[out[-1][1][1]:r.start()].count("\n") > 40:
            continue
        place = next((m for m in mentions.starting_in(r.start(1), r.start(1) + 1)
                      if m.type in {"Region", "Municipality", "WellbeingCounty"} and m.end == r.end(1)), None)
        if place is not None:
            out.append((place, r.span(2)))
    return out


# "Social- och hälsovårdsministeriets understödsprogram är:" / "STM:n avustusohjelmat ovat:" then one name a line;
# the heading's word ends in the kind ("Hankkeet", "Avustusohjelmat"): one that only opens with it names the project's
# people or partners ("Hankekumppanit:", "Projektipartnerit:"), no list of projects
_KIND_HEADING = re.compile(
    r"^[ \t]*(?P<head>[^\n]{0,120}?\b(?P<kind>\w*(?:program(?:met|men|mer|s)?|ohjelm(?:a|at|ia)|hanke|hankkeet"
    r"|hankkeita|projekt(?:i|it|eja|et|en|er|erna)?)\b))"
    r"(?:[ \t]+(?:är|ovat|on|var|olivat))?[ \t]*:[ \t]*$", re.MULTILINE | re.IGNORECASE)
_GRANT_KIND = re.compile(r"understöd|avustus|rahoit|finansier|bidrag|stöd", re.IGNORECASE)
NAMED_LIST_MAX = 12


@lru_cache(maxsize=4)
def named_list(text: str) -> list[tuple[tuple[int, int], str, list[tuple[int, int]]]]:
    """(heading span, type, name spans) of lists of names under a heading that says what they are."""
    out = []
    for h in _KIND_HEADING.finditer(text):
        kind = h.group("kind").lower()
        typ = "Programme" if ("program" in kind or "ohjelm" in kind) else "Project"
        names: list[tuple[int, int]] = []
        pos = h.end() + 1
        for line in re.finditer(r"^[^\n]*$", text[pos:pos + 3000], re.MULTILINE):
            raw = line.group(0)
            a = pos + line.start() + len(raw) - len(raw.lstrip(" \t•*-–·"))
            b = pos + line.start() + len(raw.rstrip())
            if not raw.strip():
                if names:
                    break
                continue
            body = text[a:b]
            if len(body.split()) > 20 or re.search(r"[.!?]$", body) or not body[:1].isupper():
                break
            # "Byns röster 40 000 kronor": the row's grant, not the name (a row of more fields, "Vahva koti, Kemin
            # kaupunki, 20 000 euroa", is left to the list readers that cut fields)
            sum_tail = ROW_SUM_TAIL.search(body)
            if sum_tail is not None and sum_tail.start() > 0 and not re.search(r",|\s[–-]\s", body[:sum_tail.start()]):
                b = a + sum_tail.start()
            names.append((a, b))
            if len(names) >= NAMED_LIST_MAX:
                break
        if len(names) >= 2:
            out.append(((h.start("head"), h.end("head")), typ, names))
    return out


# "Enontekiö: Leena Aho, varalla Elli Maria Rova", "Keminmaa: Jonna X ja Pirkko Y": who a member
# town (or organisation) named to a body, its member and the member's personal deputy
_NAME = r"[A-ZÅÄÖ][\w'’-]+(?:[ \t]+[A-ZÅÄÖ][\w'’-]+){1,3}"
_MEMBER_ROW = re.compile(
    r"^[ \t]*(?:[-•*–·][ \t]+)?(?P<org>[A-ZÅÄÖ][\w\- ]{1,60}?)[ \t]*:[ \t]+(?P<member>" + _NAME + r")"
    r"(?:(?:[ \t]*,[ \t]*|[ \t]+)(?P<how>varalla|varajäsen(?:enä)?|varahenkilö(?:nä)?|ersättare|suppleant)"
    r"[ \t:]+(?P<deputy>" + _NAME + r")|[ \t]+(?:ja|och|sekä)[ \t]+(?P<second>" + _NAME + r"))?[ \t.;]*$",
    re.MULTILINE)
# the same rows run into one line by a transcript ("... varajäsenensä: Enontekiö: Leena Aho, varalla Elli Rova Inari:
# Janne Tervo, varalla Jarmo Huhta Kemi: ..."): a row ends where the next one's "Town:" starts (or the line does)
_RUN_ORG = r"[A-ZÅÄÖ][\w\-]{1,40}(?:[ \t][A-ZÅÄÖ]?[\w\-]{1,40})?"
_RUN_ROW = re.compile(
    r"(?<![\w:])(?P<org>" + _RUN_ORG + r")[ \t]*:[ \t]+(?P<member>" + _NAME + r")"
    r"(?:(?:[ \t]*,[ \t]*|[ \t]+)(?P<how>varalla|varajäsen(?:enä)?|varahenkilö(?:nä)?|ersättare|suppleant)"
    r"[ \t:]+(?P<deputy>" + _NAME + r")|[ \t]+(?:ja|och|sekä)[ \t]+(?P<second>" + _NAME + r"))?"
    r"(?=[ \t]*[.;]?[ \t]+" + _RUN_ORG + r"[ \t]*:[ \t]|[ \t.;]*(?:\n|$))")
RUN_ROWS_MIN = 3  # a run of rows in one line: three at least, two of them with a deputy or a second member
_MEMBERS_HEADING = re.compile(r"(?i)\b(?:jäsen|varajäsen|edustaja|ledamöter|ledamot|ersättare|medlemmar)\w*")
_ANY_ROW = re.compile(r"^[ \t]*(?:[-•*–·][ \t]+)?[A-ZÅÄÖ][\w\- ]{1,60}?[ \t]*:[ \t]+\S")
MEMBER_ROWS_MIN = 2


@dataclass(frozen=True)
class MemberRow:
    heading: tuple[int, int]  # the line above the rows that says whose members they are
    member: tuple[int, int]
    deputy: tuple[int, int] | None  # the personal deputy ("varalla X")
    second: tuple[int, int] | None  # a second member ("X ja Y")
    row: tuple[int, int]


@lru_cache(maxsize=4)
def member_rows(text: str) -> list[MemberRow]:
    """Rows of members named by towns or organisations, under a heading about members, two rows at least; a line
    with no row of its own may hold a run of them (a transcript that joined the lines, `_run_rows`)."""
    out: list[MemberRow] = []
    group: list[re.Match[str]] = []

    def close() -> None:
        if len(group) < MEMBER_ROWS_MIN:
            return
        first = group[0].start()
        lines = [x for x in re.finditer(r"[^\n]*\S[^\n]*", text[max(0, first - 600):first])][-2:]
        heading = next((x for x in reversed(lines) if _MEMBERS_HEADING.search(x.group(0))), None)
        if heading is None:
            return
        base = max(0, first - 600)
        span = (base + heading.start(), base + heading.end())
        for r in group:
            out.append(MemberRow(span, r.span("member"), r.span("deputy") if r.group("deputy") else None,
                                 r.span("second") if r.group("second") else None, r.span()))

    rows = list(_MEMBER_ROW.finditer(text))
    if ": " in text:
        rows = sorted(rows + _run_rows(text, rows), key=lambda r: r.start())
    for r in rows:
        # a row naming no person ("Kolari: kunnanvaltuuston puheenjohtaja") keeps the list going
        between = [x for x in text[group[-1].end():r.start()].split("\n") if x.strip()] if group else []
        if group and not all(_ANY_ROW.match(x) for x in between):
            close()
            group = []
        group.append(r)
    close()
    return out


def _run_rows(text: str, line_rows: list[re.Match[str]]) -> list[re.Match[str]]:
    """Member rows run into one line, on lines that hold no row of their own: at least RUN_ROWS_MIN of them in the
    line, two naming a deputy or a second member (a run of "Town: Name" alone is any list of places and people)."""
    taken = {text.rfind("\n", 0, r.start()) for r in line_rows}  # the line starts of the rows read line by line
    by_line: dict[int, list[re.Match[str]]] = {}
    for r in _RUN_ROW.finditer(text):
        by_line.setdefault(text.rfind("\n", 0, r.start()), []).append(r)
    out: list[re.Match[str]] = []
    for line, found in by_line.items():
        if line in taken or len(found) < RUN_ROWS_MIN or sum(bool(r.group("how") or r.group("second"))
                                                              for r in found) < 2:
            continue
        out += found
    return out


def member_row_mentions(text: str, have: SpanIndex[Mention]) -> tuple[list[Mention], set[int]]:
    """A person per name cell of the member rows, the whole cell as written: a list row names people in the
    nominative ("varalla Kari Rantamella" is Rantamella, no adessive), and no sentence rule cuts the name."""
    added: list[Mention] = []
    drop: set[int] = set()
    for r in member_rows(text):
        for span in (r.member, r.deputy, r.second):
            if span is None:
                continue
            a, b = span
            if any(m.type != "Person" and m.start <= a and m.end >= b for m in have.overlapping(a, b)):
                continue  # "Kolari: kunnanvaltuuston puheenjohtaja" is no name; a known organisation neither
            drop.update(id(m) for m in have.overlapping(a, b) if m.type == "Person")
            name = " ".join(text[a:b].split())
            added.append(Mention(start=a, end=b, surface=text[a:b], label=name, type="Person", rule=ROW_PERSON))
    return added, drop


ROW_PERSON = "person-row"


def member_row_facts(text: str, mentions: list[Mention]) -> list[Fact]:
    """holdsPost facts of the member rows: each member and personal deputy sits in the body the heading names
    (or, when it names none, the last body named before it) -- the full name when the heading says it short."""
    rows = member_rows(text)
    if not rows:
        return []
    people = {(m.start, m.end): m for m in mentions if m.rule == ROW_PERSON and m.iri}
    bodies = sorted((m for m in mentions if m.type == "Body" and m.iri), key=lambda m: m.start)
    out: list[Fact] = []
    for r in rows:
        ha, hb = r.heading
        named = [m for m in bodies if ha <= m.start < hb]
        earlier = [m for m in bodies if m.end <= ha]
        body = named[0] if named else (earlier[-1] if earlier else None)
        if body is None:
            continue
        target = full_body(body, earlier).iri
        personal = "henkilökoh" in text[ha:hb].lower()
        ev = Evidence(text[r.row[0]:r.row[1]], *r.row)
        for span, post in ((r.member, "jäsen"), (r.second, "jäsen"),
                           (r.deputy, "henkilökohtainen varajäsen" if personal else "varajäsen")):
            person = people.get(span) if span else None
            if person is not None:
                out.append(Fact(person.iri, "holdsPost", target, ev, "holdsPost:member-row", 0.7, post=post))
    return out


# a period in brackets closing a listed name: "(2004-2005)", "(2008-4/2010)", "(2019)"
_RUN_YEARS = re.compile(r"\s*\((?:\d{1,2}/)?(?:19|20)\d{2}(?:\s*[-–]\s*(?:\d{1,2}/)?(?:19|20)\d{2})?\)$")


def table_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                   morph: Morphology) -> list[list[Mention]]:
    """Each row's project cell is a project; an applicant cell no rule named is an organisation by its head."""
    rows = read_rows(text)
    have = SpanIndex([m for ms in per_sentence for m in ms])
    added, drop = member_row_mentions(text, have)
    for _, typ, spans in named_list(text):
        for a, b in spans:
            written = re.sub(r"\s+", " ", text[a:b]).strip()
            if written.split()[-1].lower() in OPEN_ENDS:
                continue  # "• Opiskele itseksesi ja": the last row of an excerpt, cut off in the name's middle
            # "Kylät yhdessä (2006-2007)": the years the project ran, printed after its name, are no part of it
            name = _RUN_YEARS.sub("", written) or written
            drop.update(id(m) for m in have.overlapping(a, b) if m.type in {"Project", "Programme", "Person",
                                                                            "Agreement"} and m.rule != "gazetteer")
            parts = tuple(p.strip() for p in re.split(r"\s+[–-]\s+", name) if p.strip() != name)
            parts = (*parts, written) if written != name else parts
            short = re.sub(r"^(?:[Uu]nderstödsprogrammet|[Aa]vustusohjelma|[Pp]rogrammet|[Pp]rojektet|[Hh]anke)\s+",
                           "", parts[0] if parts else name)
            added.append(Mention(start=a, end=b, surface=text[a:b], label=name, type=typ, rule="table",
                                 parts=tuple(dict.fromkeys((*parts, short))), key=identity_key(short, morph) or None))
    for _, (a, b) in place_rows(text, have):
        name = re.sub(r"\s+", " ", text[a:b]).strip()
        drop.update(id(m) for m in have.starting_in(a, b) if m.type in {"Project", "Programme", "Person"})
        added.append(Mention(start=a, end=b, surface=text[a:b], label=name, type="Project", rule="table",
                             key=identity_key(name, morph) or None))
    if not rows and not added:
        return per_sentence
    for r in rows:
        a, b = r.project
        name = re.sub(r"\s+", " ", text[a:b]).strip()
        drop.update(id(m) for m in have.overlapping(a, b) if m.type in {"Project", "Programme", "Person"})
        added.append(Mention(start=a, end=b, surface=text[a:b], label=name, type="Project", rule="table",
                             key=identity_key(name, morph) or None))
        a, b = r.applicant
        name = re.sub(r"\s+", " ", text[a:b]).strip()
        near = [m for m in have.overlapping(a, b) if m.type not in PLACE_TYPES]
        if any(m.rule == "gazetteer" or m.start < a or m.end > b for m in near):
            continue  # a known organisation, or a name running past the cell
        typ = next((t for rx, t in ITEM_KINDS if rx.search(name)), None)
        if typ is not None and name[:1].isupper():
            drop.update(id(m) for m in near)  # the cell is the whole name ("Osuuskunta A. Vipunen", not "Osuuskunta A")
            added.append(Mention(start=a, end=b, surface=text[a:b], label=name, type=typ, rule="table",
                                 iri=mint(typ, fold(name)) if typ == "Agency" else None, key=fold(name) or None))
    return insert_mentions(per_sentence, starts, added, drop)


def table_facts(text: str, mentions: list[Mention]) -> list[Fact]:
    out: list[Fact] = member_row_facts(text, mentions)
    index = SpanIndex([m for m in mentions if m.iri])
    made = {(m.start, m.end): m for m in mentions if m.rule == "table" and m.iri}
    for (ha, hb), _, spans in named_list(text):
        owner = next((m for m in index.inside(ha, hb)
                      if m.type in {"Ministry", "Agency", "JointAuthority", "WellbeingCounty", "Municipality",
                                    "Association", "Company", "CompetenceCentre"}), None)
        if owner is None or not _GRANT_KIND.search(text[ha:hb]) or APPLIED_LEAD.search(text[ha:hb]):
            continue  # no giver, no grant, or the names applied ("ovat hakeneet avustusta seuraavat hankkeet:")
        for a, b in spans:
            item = made.get((a, b))
            if item is not None:
                ev = Evidence(text[ha:b], ha, b)
                out.append(Fact(owner.iri, "funds", item.iri, ev, "funds:named-list", 0.7))
    first_line = text.lstrip().split("\n", 1)[0]
    offset = len(text) - len(text.lstrip())
    frame = next((m.iri for m in index.starting_in(0, offset + len(first_line)) if m.type == "Programme"),
                 None)  # the page's title names the programme
    for place, (a, b) in place_rows(text, index):
        project = made.get((a, b))
        if project is None:
            continue
        ev = Evidence(text[place.start:b], place.start, b)
        out.append(Fact(project.iri, "coversArea", place.iri, ev, "coversArea:place-row", 0.7))
        if frame:
            out.append(Fact(project.iri, "partOf", frame, ev, "partOf:titled-list", 0.6))
    for r in read_rows(text):
        project = made.get(r.project)
        a, b = r.applicant
        inside = [m for m in index.inside(a, b)
                  if m.type not in {"Project", "Programme", "Person", "Region", "CooperationArea"}]
        if project is None or project.type != "Project" or not inside:
            continue
        org = max(inside, key=lambda m: m.end - m.start)
        ev = Evidence(text[r.evidence[0]:r.evidence[1]], *r.evidence)
        out.append(Fact(org.iri, "coordinates", project.iri, ev, "coordinates:table-row", 0.8))
    return out
