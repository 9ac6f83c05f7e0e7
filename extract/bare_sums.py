"""Sums without a currency in the rows of a grant table whose heading names the currency once.

A board's table of grants copied from a Word or web page gives the currency in its heading ("Hakija | Haettu € |
Myönnetty €", "... toiminta-avustukset seuraavasti (euroa):") and bare numbers in its rows ("Sodankylän Latu ry |
3 000 | 1 800", "Tanssikoulu Piruetti<TAB>2 000"). money.find_amounts reads a sum only with its currency, so such a
table had receivers and no sums, and the rules that pair a row's receiver with its sum (header_granter.py) and that
read a row's unknown name (listed_receivers.sum_row_fields) saw no row at all.

`bare_sum_rows` finds runs of at least two lines that each end in one or two bare numbers, set off from the name by
a cell border (a tab, "|", two spaces) or, for one number, a space, under a line (one of the two non-blank lines
before the run) that names the currency and states no sum itself. Each row's numbers are read as euro Amounts. One
pass over the lines.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from welfare_kg.extract.money import Amount, find_amounts

ROW_CHARS = 160  # a longer line is prose, not a table row
MIN_ROWS = 2
_NUMBER = r"\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?"
_CELL = re.compile(r"\t+|[ \t]*\|[ \t]*|[ \t]{2,}")
_NUMBER_ONLY = re.compile(rf"(?:{_NUMBER})(?:,-)?")
_ONE_SPACED = re.compile(rf"^(?P<name>.*?[^\d\s])[ \t]+(?P<num>{_NUMBER})[ \t]*$")
_CURRENCY = re.compile(r"(?i)€|\beur\b|\beuro(?:a|ina|n)?\b|\beuros\b")
# Swedish crowns: a list in kronor names its receivers all the same, but its sums are no euros (no amount is stated)
_KRONOR = re.compile(r"(?i)\bkr\b|\bkronor\b|\bSEK\b")
_KRONOR_TAIL = re.compile(r"(?i)[ \t]*(?:kr\.?|kronor|SEK|:-)$")


def bare_sum_rows(text: str) -> dict[int, tuple[tuple[int, int], list[Amount]]]:
    """Line start -> ((name start, name end), the row's bare sums), for the rows of runs under a currency
    heading."""
    return _scan(text)[0]


def kronor_sums(text: str) -> frozenset[int]:
    """The starts of the bare sums that are Swedish crowns (a heading or the row says "kr"): no euro amounts."""
    return _scan(text)[1]


@lru_cache(maxsize=4)  # asked by the mention step (listed_receivers.py) and the fact step (header_granter.py)
def _scan(text: str) -> tuple[dict[int, tuple[tuple[int, int], list[Amount]]], frozenset[int]]:
    out: dict[int, tuple[tuple[int, int], list[Amount]]] = {}
    kronor: set[int] = set()
    run: list[tuple[int, tuple[tuple[int, int], list[Amount]]]] = []
    crowns = False  # a row of the run says "kr" itself
    before: list[str] = []  # the last two non-blank lines before the run
    euros = bool(_CURRENCY.search(text)) and not _KRONOR.search(text)  # once a text, for totalled runs
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        if not line.strip():
            continue
        tail = _KRONOR_TAIL.search(line.rstrip(" \t|"))
        row = _row(line[:tail.start()] if tail else line, start) if len(line) <= ROW_CHARS else None
        if row is not None:
            if row[1]:  # a row granted nothing ("X ry.0") is no receiver's, but the table goes on after it
                run.append((start, row))
            crowns = crowns or tail is not None
            continue
        heading = _close(run, before, out, kronor, crowns, text, euros)
        run, crowns = [], False
        # one line no row reads (a name glued to its sum with no border) does not end the table: its heading
        # still heads the rows after that line
        before = [heading, line] if heading is not None else [*before, line][-2:]
    _close(run, before, out, kronor, crowns, text, euros)
    return out, frozenset(kronor)


def _close(run: list, before: list[str], out: dict, kronor: set[int], crowns: bool, text: str,
           euros: bool) -> str | None:
    """Keep a run of rows under a heading naming the currency; note its sums as crowns where they are. The
    heading line of a run kept under one, else None.

    Called at every line that is no row: the heading is looked for only under a run long enough to keep (it was
    read at every line of the text, two-thirds of the scan's time on a 2 MB page)."""
    if not run:
        return None
    heading = [x for x in before if (_euro_heading(x) or _KRONOR.search(x)) and not find_amounts(x)]
    if len(run) < MIN_ROWS:
        # one row between two lines no row reads, under a heading carried over them: the table goes on
        return heading[-1] if heading and before[0] == heading[-1] and len(before) == 2 else None
    if not (heading or crowns):
        if euros and _totalled(run, text):
            del run[-1]  # the total row is no receiver
            out.update(run)
        return None
    out.update(run)
    if crowns or not any(_euro_heading(x) for x in heading):
        kronor.update(a.start for _start, (_name, sums) in run for a in sums)
    return heading[-1] if heading else None


def _euro_heading(line: str) -> bool:
    """A line naming the euro, or two column titles glued with it ("Hakijaeuroa")."""
    return _CURRENCY.search(line) is not None or _GLUED_CURRENCY.fullmatch(line.strip()) is not None


# the closing row of a table that adds its sums up ("YHTEENSÄ 5 581 000", "Yhteensä", "Totalt", "Summa")
_TOTAL = re.compile(r"(?i)(?:kaikki[ \t]+)?(?:yhteensä|yht\.?|totalt|summa|total|sammanlagt|ihop)[ \t:]*")
TOTALLED_MIN_ROWS = 3


def _totalled(run: list, text: str) -> bool:
    """A run with no currency heading whose last row is a total that equals the sum of the rows above it, in a text
    that speaks of euros and never of crowns: the column is a column of euro sums ("Hakija / Avartti-säätiö 238 000 /
    ... / YHTEENSÄ 5 581 000", the currency named in the news' lead). The total's equality is the evidence that the
    numbers are sums at all (not years, counts or codes); the text's currency (the caller's `euros`) says which."""
    if len(run) < TOTALLED_MIN_ROWS + 1:
        return False
    *rows, (_start, ((a, b), last)) = run
    if not _TOTAL.fullmatch(text[a:b]) or len(last) != 1 or any(len(sums) != 1 for _s, (_n, sums) in rows):
        return False
    return sum(sums[0].value for _s, (_n, sums) in rows) == last[0].value


def _row(line: str, start: int) -> tuple[tuple[int, int], list[Amount]] | None:
    """The name span and the bare sums of a line that is a table row: a name, then one or two number cells."""
    body = line.rstrip(" \t|")
    lead = len(body) - len(body.lstrip(" \t|"))
    borders = list(_CELL.finditer(body, lead))
    numbers: list[tuple[int, int]] = []
    if borders:
        name_end = borders[0].start()
        for k, border in enumerate(borders):
            a, z = border.end(), borders[k + 1].start() if k + 1 < len(borders) else len(body)
            cell = body[a:z].strip()
            if not cell:
                continue
            if not _NUMBER_ONLY.fullmatch(cell):
                numbers = []  # a text cell after a number: the row's last cells must be its sums
                continue
            off = body.index(cell, a)
            numbers.append((off, off + len(cell)))
    else:
        pair = _spaced_pair(body, lead)
        m = _ONE_SPACED.match(body[lead:]) if pair is None else None
        if pair is not None:
            name_end, numbers = pair
        elif m is None:
            glued = _glued(body, lead)
            if glued is None:
                return None
            name_end = glued.end("name")
            numbers = [(glued.start("num"), glued.end("num"))]
        else:
            name_end = lead + m.end("name")
            numbers = [(lead + m.start("num"), lead + m.end("num"))]
    name = body[lead:name_end].rstrip()
    if not numbers or len(numbers) > 2 or not name[:1].isupper() or not re.search(r"[^\W\d]{3}", name) \
            or find_amounts(body):
        return None  # no sums, no name, or sums with their currency (the rules that read those read the row)
    amounts = [Amount(_value(body[x:y]), start + x, start + y) for x, y in numbers]
    if any(x.value <= 0 for x in amounts):
        # a glued row granted nothing ("X ry.0"): a row of the table, with no sum
        return ((start + lead, start + lead + len(name)), []) if borders == [] and _glued(body, lead) \
            and all(x.value == 0 for x in amounts) else None
    return (start + lead, start + lead + len(name)), amounts


# a row whose cells a copy glued together at the abbreviation point of a registered association or company
# ("Hyötykasviyhdistys ry.54 000", "Föreningen X rf.3 000"): the point ends the name, the number is the row's sum
_GLUED = re.compile(rf"(?P<name>.*?[^\W\d][^\n]*?\b(?:ry|rf|r\.y|sr|oy|ab|ky))\.(?P<num>{_NUMBER})[ \t]*$")
# what every glued row holds: the abbreviation's point right before a digit. _GLUED tries each split of a line between
# its two lazy runs (~20 µs a line, 0.5 CPU-s of a 2 MB page's scan), and nearly no line holds this, so it is tested
# first: a line where this is not found cannot match _GLUED, whose match holds it
_GLUED_POINT = re.compile(r"(?:ry|rf|r\.y|sr|oy|ab|ky)\.\d")


def _glued(body: str, lead: int) -> re.Match[str] | None:
    """_GLUED.match(body, lead), tried only on a line that ends in a digit and holds an abbreviation's point before
    a digit (as each of its matches does: `body` is stripped of the blanks and borders after the number)."""
    if not body[-1:].isdigit() or _GLUED_POINT.search(body, lead) is None:
        return None
    return _GLUED.match(body, lead)


# a heading line of two column titles glued the same way ("Hakijaeuroa": "Hakija" + "euroa"), naming the currency
_GLUED_CURRENCY = re.compile(r"(?i)[^\W\d]{3,}(?:euroa|€)")


# the digit groups a row ends in, each set off by one space: "Kiteen Latu ry 2 000 1 500" (a PDF's text keeps one
# space between the cells of a row as between the thousands of a sum)
_SPACED_TAIL = re.compile(r"(?<=[^\d\s])[ \t]+(?P<groups>\d{1,3}(?:[ \u00a0]\d{1,3})+)[ \t]*$")


def _spaced_pair(body: str, lead: int) -> tuple[int, list[tuple[int, int]]] | None:
    """The name's end and the two sums of a row whose cells are parted by one space like the thousands of a sum,
    where the digit groups cannot be one sum (a group after the first of a sum has three digits: "2 000 1 500" is
    2 000 and 1 500) and part into two sums in exactly one way; else None (one sum, "800 500", is _ONE_SPACED's)."""
    m = _SPACED_TAIL.search(body, lead)
    if m is None:
        return None
    groups = list(re.finditer(r"\d+", m.group("groups")))
    if all(len(g.group()) == 3 for g in groups[1:]):
        return None  # one sum as written ("12 000", "800 500")
    base = m.start("groups")
    splits = [k for k in range(1, len(groups)) if _one_sum(groups[:k]) and _one_sum(groups[k:])]
    if len(splits) != 1:
        return None
    k = splits[0]
    return m.start(), [(base + groups[0].start(), base + groups[k - 1].end()),
                       (base + groups[k].start(), base + groups[-1].end())]


# the number cells a row ends in, parted by spaces, tabs or "|": "Kiteen Martat ry | 900 | 500", "... ry 2 000 1 500"
_TRAILING_GROUPS = re.compile(r"(?<=[^\d\s|])[ \t|]+(?P<groups>\d{1,3}(?:[ \t|\u00a0]+\d{1,3})+)[ \t|]*$")


def second_of_two(line: str) -> Decimal | None:
    """The second sum of a row under a heading of two money columns ("Hakija | Haettu € | Myönnetty €"): the row's
    trailing digit groups part into two sums, the second no larger than the first, in exactly one way ("900 500" is
    900 and 500 there, "2 000 1 500" is 2 000 and 1 500); else None."""
    m = _TRAILING_GROUPS.search(line)
    if m is None:
        return None
    groups = list(re.finditer(r"\d+", m.group("groups")))

    def value(part: list[re.Match[str]]) -> Decimal:
        return Decimal("".join(g.group() for g in part))

    # a grant is no more than was applied for: "1 500 700" is 1 500 and 700, not 1 and 500 700
    splits = [k for k in range(1, len(groups)) if _one_sum(groups[:k]) and _one_sum(groups[k:])
              and value(groups[k:]) <= value(groups[:k])]
    if len(splits) != 1:
        return None
    return value(groups[splits[0]:])


def _one_sum(groups: list[re.Match[str]]) -> bool:
    """Digit groups that write one sum: a first group of one to three digits (no leading zero), then threes."""
    first = groups[0].group()
    return (first == "0" or not first.startswith("0")) and all(len(g.group()) == 3 for g in groups[1:])


def _value(cell: str) -> Decimal:
    digits = cell.replace(",-", "").replace("\u00a0", "").replace(" ", "")
    whole, _, cents = digits.partition(",")
    return Decimal(whole) + (Decimal(f"0.{cents}") if cents else Decimal(0))
