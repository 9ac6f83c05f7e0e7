"""Member municipalities read from a table: a header row naming a member column beside figure columns, then rows.

Pages, charters and annual reports of joint authorities give their members as a table ("Jäsenkunta | Asukasluku |
Osuus %", "Kunta | Äänimäärä", "Medlemskommun | Invånare | Andel"), and the text a page turns into keeps the table as
one row a line, one cell a line, or every row run together on one line. The layout is read, not the wording: after a
header of column words (in any order, one of them a member column) the rows are towns with figures between them and
nothing else; the towns up to the first word that is neither a town nor a figure are the members.

The whole is the joint authority or co-operation area named last before the header (within a short reach), else the one
the document names. A header whose member column is a bare "Kunta"/"Kommun" is a membership table only beside a column
of a member's say (votes, representatives, share, basic capital) and in a document of one joint authority: a
population table or a table of payments ("Kunta | Kuntaosuus €") is no membership. A table read from layout alone: a
rule of its own, a lower confidence.

A bare town column beside a column of seats and one of their deputies, and nothing else ("Kunta | Varsinainen jäsen |
Varajäsen", "Kommun | Ledamot | Ersättare"), is the towns naming their members to a standing joint body: the towns
are members of the joint authority or wellbeing county whose document it is (named before the table, else the
document's one such organisation with members). A table of a single town's seats has no town column, and "Kunta |
Edustaja" alone (representatives at one meeting) no deputies, so neither is read so.
"""

from __future__ import annotations

import re

from welfare_kg.extract.membership import _PART_OF_WHOLES, _Doc, _facts, _only_whole
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.text_scans import matches

RULE = "partOf:member-table"
CONFIDENCE = 0.5
WHOLE_REACH = 300  # characters back from the header to the whole it belongs to

_MEMBER_COLUMN = (r"jäsenkunta|jäsenkunnat|omistajakunta|omistajakunnat|medlemskommun(?:er)?|ägarkommun(?:er)?")
_TOWN_COLUMN = r"kunta|kunnat|kaupunki|kommun|kommuner"
# a member's say in the whole: these make a bare "Kunta" column a member column
_SAY_COLUMN = (r"äänimäärä|äänimäärät|äänet|ääniä|äänivalta|ääniosuus|edustajat|edustajia|edustajien\s+määrä|"
               r"edustajamäärä|paikat|paikkoja|paikkamäärä|jäsenosuus|omistusosuus|osuus|osuudet|"
               r"peruspääoma|peruspääomaosuus|röster|antal\s+röster|rösträtt|representanter|ledamöter|andel|"
               r"ägarandel|grundkapital")
_FIGURE_COLUMN = (r"asukasluku|asukkaita|asukasmäärä|asukkaat|väkiluku|väestö|invånare|invånarantal|folkmängd|"
                  + _SAY_COLUMN)
_EXTRA = (r"%|\(\s*%\s*\)|lkm|kpl|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}|"
          r"yhtymävaltuustossa|valtuustossa|yhtymäkokouksessa|i\s+fullmäktige")
_SEP = r"[ \t]*(?:[|;/\t]|\n)?[ \t]*\n?[ \t]*"
# the header: two to eight column tokens, separated by spaces, tabs, pipes or line breaks, at a line's start
_PEOPLE_COLUMN = (r"varsinainen\s+jäsen|varsinaiset\s+jäsenet|henkilökohtainen\s+varajäsen|ordinarie\s+ledamot|"
                  r"personlig\s+ersättare|edustaja|edustajat|varaedustaja|varajäsen|jäsen|nimi|valtuutettu|"
                  r"yhtymävaltuutettu|ledamot|ersättare|representant")
_HEADER_BODY = (rf"[ \t|]*(?:(?:{_MEMBER_COLUMN}|{_TOWN_COLUMN}|{_FIGURE_COLUMN}|{_PEOPLE_COLUMN}|{_EXTRA})(?!\w)"
                rf"{_SEP}){{2,8}}")
_HEADER = re.compile(r"(?im)^" + _HEADER_BODY)
_HEADER_AT = re.compile(r"(?i)" + _HEADER_BODY)  # right after a lead-in's colon, on its line
_IS_MEMBER = re.compile(rf"\b(?:{_MEMBER_COLUMN})\b", re.IGNORECASE)
_IS_TOWN = re.compile(rf"\b(?:{_TOWN_COLUMN})\b", re.IGNORECASE)
_IS_SAY = re.compile(rf"\b(?:{_SAY_COLUMN})\b", re.IGNORECASE)
_IS_FIGURE = re.compile(rf"\b(?:{_FIGURE_COLUMN})\b", re.IGNORECASE)
# what may stand between the towns of the rows: figures, shares, cell separators
_CELLS = re.compile(r"[\s\d.,%|;:()\t–-]*(?:(?:as\.|asukasta|invånare|ääntä|röster|edustajaa?)[\s\d.,%|;:()\t–-]*)*")
# the representatives' columns: "Jäsenkunta | Edustaja | Varaedustaja", "Medlemskommun | Ledamot | Ersättare"
_IS_PEOPLE = re.compile(rf"\b(?:{_PEOPLE_COLUMN})\b", re.IGNORECASE)
# between the towns under such columns: names (capitalised words), a chair's mark, figures, separators
_PEOPLE_CELLS = re.compile(r"(?:[\s\d.,%|;:()\t–-]|[A-ZÅÄÖ][\w-]*|pj|vpj|varalla)*")
# a seat and its deputy, each town's: a standing body's composition ("Kunta | Edustaja" alone is no membership)
_IS_SEAT = re.compile(r"\b(?:varsinainen\s+jäsen|jäsen|edustaja|ordinarie\s+ledamot|ledamot)\b", re.IGNORECASE)
_IS_DEPUTY = re.compile(r"\b(?:varajäsen|varaedustaja|ersättare)\b", re.IGNORECASE)
MAX_ROWS = 80


def member_table_facts(text: str, mentions: list[Mention]) -> list[Fact]:
    """Each town of the rows under a member-table header partOf the whole the table belongs to."""
    doc = _Doc(text, mentions)
    out: list[Fact] = []
    for header in matches(_HEADER, text):
        head = header.group(0)
        member_column = _IS_MEMBER.search(head) is not None
        seats = not member_column and is_seat_header(head)
        people = (member_column or seats) and _IS_PEOPLE.search(head) is not None  # "Jäsenkunta | Edustaja"
        if not _IS_FIGURE.search(head) and not people:
            continue  # a column of towns alone is a list, read elsewhere
        if not member_column and not seats and not (_IS_TOWN.search(head) and _IS_SAY.search(head)):
            continue
        members = _rows(doc, header.end(), people)
        if len(members) < 2:
            continue
        whole = _whole_before(doc, header.start())
        if whole is None:
            whole = _seats_whole(doc) if seats else document_whole(doc)
            if whole is None or (not member_column and not seats and whole.type != "JointAuthority"):
                continue
        start = header.start() + len(head) - len(head.lstrip())
        out += [Fact(f.subject, f.predicate, f.object, f.evidence, RULE, CONFIDENCE)
                for f in _facts(whole, members, text, start, members[-1].end)]
    return out


def is_seat_header(head: str) -> bool:
    """"Kunta | Varsinainen jäsen | Varajäsen": a town column beside a seat and its deputy, no figure beside them."""
    return (_IS_TOWN.search(head) is not None and _IS_DEPUTY.search(head) is not None
            and _IS_SEAT.search(head) is not None and _IS_FIGURE.search(head) is None
            and _IS_MEMBER.search(head) is None)


def seat_headers(text: str) -> list[re.Match[str]]:
    """The header rows of the towns' seat tables of a text (read for the seats by extract/seat_tables.py)."""
    return [h for h in matches(_HEADER, text) if is_seat_header(h.group(0))]


def table_rows(doc: _Doc, pos: int) -> list[Mention]:
    """The towns of a member table whose header row opens at pos (a lead-in named the whole already)."""
    header = _HEADER_AT.match(doc.text, pos)
    if header is None or not _IS_FIGURE.search(header.group(0)) or not (
            _IS_MEMBER.search(header.group(0)) or _IS_TOWN.search(header.group(0))):
        return []
    return _rows(doc, header.end())


def _rows(doc: _Doc, pos: int, people: bool = False) -> list[Mention]:
    """The towns from pos on with only figures and cell separators between them (and before the first); under a
    column of representatives also the people's names (read or not: capitalised words)."""
    members: list[Mention] = []
    end = pos
    cells = _PEOPLE_CELLS if people else _CELLS
    for m in doc.ms[doc.at(pos):doc.at(pos) + MAX_ROWS]:
        if people and m.type == "Person":
            continue  # the gap check below runs from the last town (or the header) over the name
        if m.type != "Municipality" or cells.fullmatch(doc.text, end, m.start) is None:
            break
        if not members and doc.text.count("\n\n", end, m.start):
            break  # a blank line before the first row: the header stands alone
        members.append(m)
        end = m.end
    return members


# organisations with members of their own: the first of them the document names is the one it is about
_HAVING_MEMBERS = frozenset({"JointAuthority", "CooperationArea", "Association", "WellbeingCounty"})


def document_whole(doc: _Doc) -> Mention | None:
    """The document's one joint authority (else its one co-operation area), when it is also the first organisation
    with members the document names: a Leader group's page naming a hospital district in passing is no page of the
    district's."""
    whole = _only_whole(doc)
    first = next((m for m in doc.ms if m.type in _HAVING_MEMBERS), None)
    return whole if whole is not None and first is not None and first.iri == whole.iri else None


def _seats_whole(doc: _Doc) -> Mention | None:
    """The organisation whose towns name the seats of a table: the document's joint authority (document_whole), else
    its one wellbeing county when that is the first organisation with members it names."""
    whole = document_whole(doc)
    if whole is not None:
        return whole if whole.type == "JointAuthority" else None
    counties = doc.by_type.get("WellbeingCounty", set())
    first = next((m for m in doc.ms if m.type in _HAVING_MEMBERS), None)
    if len(counties) != 1 or first is None or first.iri not in counties:
        return None
    return first


def _whole_before(doc: _Doc, pos: int) -> Mention | None:
    """The joint authority or co-operation area named last before pos, within WHOLE_REACH characters."""
    i = doc.at(pos) - 1
    while i >= 0 and pos - doc.ms[i].end <= WHOLE_REACH:
        if doc.ms[i].type in _PART_OF_WHOLES - {"Region"}:
            return doc.ms[i]
        i -= 1
    return None
