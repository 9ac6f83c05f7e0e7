"""Officials' contact data in text: found once here, used to link people and to keep them private.

Patterns cannot start inside a run of the characters they match (an address inside a
word, a number inside a number) and have bounded parts, so a long run of letters or
digits cannot make matching quadratic (hypothesis found that the hard way).

Phone numbers are Finnish in every written form: mobile ("040 123 4567", "050 123 45 67",
"040-123 4567"), landline with an area code ("09 310 12345", "(09) 310 12345"),
international ("+358 9 310 12345", "+358 (0)40 123 4567", "(+358) 40 ...", "00358 ..."), service
numbers ("0800 12345", "0295 000 000"), and groups parted by dots ("040.123.4567"). A number is
7 to 12 digits counted with its leading 0.
Amounts ("1 040 000 euroa"), business IDs ("0201256-6"), postal codes ("00100") and
dates are not phone numbers and are left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache

from welfare_kg.extract.text import shared_prefix

# Not inside a longer address; a "+" before may join two addresses ("a@x.fi+b@x.fi"): each is its own,
# so redacting the first never uncovers a second that was not counted
EMAIL = re.compile(
    r"(?<![\w.-])[\w.+-]{1,64}(?:@|\(at\)|\[at\])(?P<domain>[\w-]{1,63}(?:\.[\w-]{1,63}){1,6})(?![\w-])",
    re.IGNORECASE)
_SEP = r"[ \u00a0\u202f\-\u2013]"
# Not inside a number, nor in one written in groups ("1 040 000"). A letter before is allowed: a number
# glued to a word ("puh040 123 4567", "x.fi040 ...") is still a number, and over-redacting a code is harmless.
_START = r"(?<![\d+])(?<!\d[ .,])"
# Each pattern opens with the one test of the characters a number can start with ("+", "0", "("), before the
# look-behinds and the alternatives: the same matches, and a scan of a page 4-6x faster (issue 13).
PHONE = re.compile(
    r"(?=[+0(])(?P<prefix>" + _START + r"(?:\+|00|\(\+|\(00)358\)?"  # +358, (+358)
    + _SEP + r"?(?:\(0\)" + _SEP + r"?)?[1-9]\d{0,2}"  # +358 (0)40
    r"|\(0[1-9]\d{0,2}\)"  # (09), (040): the parenthesis is boundary enough
    r"|" + _START + r"0[1-9]\d{0,2})"  # 09, 040, 0800
    r"(?P<rest>(?:" + _SEP + r"?\d{2,5}){1,4})"
    r"(?!\d)(?![\-\u2013]\d(?!\d))")  # ends with the number, and is not a business ID ("0201256-6")
# Groups parted by dots ("040.123.4567", "09.310.12345"): two groups of 3-5 digits at least after the
# area code, so that a date ("01.02.2024"), a time ("09.00") or a diary number ("0123.456") is no phone.
DOTTED_PHONE = re.compile(r"(?=0)(?P<prefix>" + _START + r"0[1-9]\d{0,2})(?P<rest>(?:\.\d{3,5}){2,3})(?![\d.])")
_NATIONAL_DIGITS = (7, 12)
REDACTED = "[yhteystieto]"


def phone_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each phone number; a number running into other digits keeps its plausible head."""
    matches = sorted([*PHONE.finditer(text), *DOTTED_PHONE.finditer(text)], key=lambda m: m.start())
    end = -1
    for m in matches:
        if m.start() < end:  # the two patterns found the same number
            continue
        end = m.end()
        prefix = re.sub(r"\D", "", m.group("prefix"))
        if m.group("prefix").lstrip("(").startswith(("+", "00")):
            prefix = "0" + prefix.removeprefix("00").removeprefix("358").removeprefix("0")
        groups = list(re.finditer(r"\d+", m.group("rest")))
        while groups and len(prefix) + sum(len(g.group()) for g in groups) > _NATIONAL_DIGITS[1]:
            groups.pop()
        if groups and len(prefix) + sum(len(g.group()) for g in groups) >= _NATIONAL_DIGITS[0]:
            yield m.start(), m.start("rest") + groups[-1].end()


@lru_cache(maxsize=4)
def _contact_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, kind) of every e-mail address and phone number, in text order, not overlapping.

    Kept for the text: extraction computes a large document's spans while forked processes recognise its
    sentences (extract/document.py `from_text_alone`; whole-text scans, seconds on a 20 MB page), and attaching
    contacts to people later reads them back."""
    emails = [(m.start(), m.end(), "email") for m in EMAIL.finditer(text)]
    starts = [s for s, _, _ in emails]
    spans = list(emails)
    for s, e in phone_spans(text):
        i = bisect_left(starts, e) - 1  # the last address starting before this number ends
        if i < 0 or emails[i][1] <= s:  # digits inside an address are the address's
            spans.append((s, e, "phone"))
    return tuple(sorted(spans))


def scan_contacts(text: str) -> None:
    """Find the text's contacts now (kept for `contacts_by_person` on the same text)."""
    _contact_spans(text)


def contacts_in(text: str) -> list[str]:
    """E-mail addresses and phone numbers, in order of appearance."""
    return [text[s:e] for s, e, _ in _contact_spans(text)]


def email_domains(text: str) -> list[str]:
    return [m.group("domain").lower().rstrip(".") for m in EMAIL.finditer(text)]


def redact(text: str) -> str:
    """Text without e-mail addresses and phone numbers: those live in the contact graph only."""
    spans = _contact_spans(text)
    if not spans:
        return text
    out, at = [], 0
    for s, e, _ in spans:
        out += [text[at:s], REDACTED]
        at = e
    out.append(text[at:])
    return "".join(out)


# -- which contact belongs to whom ----------------------------------------------------------

_FOLD = str.maketrans("äöåéü", "aoaeu")
_NAME_LIKE = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)? [A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\b")
_TEMPLATE = {"etunimi", "sukunimi", "firstname", "lastname", "fornamn", "efternamn", "forename", "surname"}
_BLOCK_LINES = 8  # a contact block (name, title, phone, e-mail, address) is rarely longer


def _tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[^a-z]+", name.lower().translate(_FOLD)) if t]


def _same_name(a: str, b: str) -> bool:
    """Two spellings of one name part, allowing Finnish inflection ("virtanen" / "virtaselta")."""
    if a == b:
        return True
    common = shared_prefix(a, b)
    return common >= max(4, min(len(a), len(b)) - 3)


_Named = dict[tuple[str, ...], set[str]]  # a name's tokens -> the people (keys) written so


class _People:
    """Names of the listed people, indexed by whole last name and by the first letters of each name.

    Lookups from an address touch only the names that could match it, each distinct
    spelling once however many mentions share it, so a long document with many people
    and many addresses stays near-linear.
    """

    def __init__(self, spans: list[tuple[int, int, str]], text: str) -> None:
        self.by_exact: dict[str, _Named] = {}
        self.by_prefix: dict[str, _Named] = {}
        for s, e, key in spans:
            tokens = tuple(_tokens(text[s:e]))
            if len(tokens) >= 2:
                self.by_exact.setdefault(tokens[-1], {}).setdefault(tokens, set()).add(key)
                for t in (tokens[0], tokens[-1]):
                    self.by_prefix.setdefault(t[:4], {}).setdefault(tokens, set()).add(key)

    def candidates(self, parts: list[str]) -> _Named:
        found: _Named = {}
        for p in parts:
            found.update(self.by_exact.get(p, {}))
        if found:
            return found
        for p in {*parts, "".join(parts)}:
            found.update(self.by_prefix.get(p[:4], {}))
            found.update(self.by_prefix.get(p[1:5], {}))  # "avirtanen"
        return found


def _email_names(address: str, people: _People) -> set[str] | None:
    """People whose name the address spells (anna.virtanen@, a.virtanen@, avirtanen@, or a first name alone that
    one listed person has: johanna@); None if it spells none.

    The address is the strongest evidence there is: it settles any layout. An empty set
    means the address spells a name that is nobody listed here (someone the recogniser
    missed), so it must not be given to a neighbour.
    """
    local = re.split(r"@|\(at\)|\[at\]", address, maxsplit=1, flags=re.IGNORECASE)[0]
    parts = _tokens(local)
    if not parts or _TEMPLATE.intersection(parts):
        return None  # "etunimi.sukunimi@kainuu.fi" is everyone's: where it stands decides
    joined, given = "".join(parts), set(parts)
    candidates = people.candidates(parts)
    found: set[str] = set()
    for tokens, keys in candidates.items():  # as written: anna.virtanen, a.virtanen, avirtanen, virtanena
        first, last = tokens[0], tokens[-1]
        if (last in given and (first in given or first[0] in given)) or \
                joined in {first + last, last + first, first[0] + last, last + first[0]}:
            found |= keys
    if found:
        return found
    for tokens, keys in candidates.items():  # inflected in the text: "Anna Virtaselta", anna.virtanen@
        first, last = tokens[0], tokens[-1]
        if any(_same_name(last, p) for p in parts) and any(_same_name(first, p) or p == first[0] for p in parts):
            found |= keys
    if found:
        return found
    if len(parts) == 1:  # a small organisation's "johanna@", "ia@": the one listed person of that first name
        firsts = {keys_ for tokens, keys in candidates.items() if tokens[0] == parts[0] for keys_ in keys}
        if len(firsts) == 1:
            return firsts
    looks_personal = len(parts) >= 2 and all(len(p) > 1 for p in parts[:2])
    return set() if looks_personal else None


def contacts_by_person(text: str, people: Iterable[tuple[int, int, str]]) -> dict[str, list[str]]:
    """Each person's e-mail addresses and phone numbers, attached by layout: `people` are (start, end, key).

    Lists of officials come in many layouts: "Name, title, phone, e-mail" lines, table
    rows, blocks of one line each, columns side by side, several people in one sentence.
    A fixed window after each name gives one person the next person's address too (and
    in a list, only the next's). Instead each contact goes to exactly one person:

    1. an address that spells a listed person's name goes to that person; one that
       spells someone else's name goes to nobody;
    2. else the nearest name before it on the same line;
    3. else nobody when its line starts with a name the recogniser did not know;
    4. else the nearest line above it in the same block (no blank line between, at most
       a few lines up) that names people: the one in the same column when that line
       names several (tab-separated fields, or character columns);
    5. else the nearest name after it on the same line ("040 123 4567 (Anna Virtanen)").

    Before 2, a name in parentheses right after the contact that is (a form of) one
    listed person's name wins: "040 123 4567 (Virtanen) ja 050 765 4321 (Laine)" has
    both numbers after both names, and the nearest name before each is Laine.

    Contacts attached to nobody are still redacted from public text; they are only not linked.
    """
    spans = sorted((s, e, key) for s, e, key in people if 0 <= s < e <= len(text))
    layout = _Layout(text, spans)
    names = _People(spans, text)
    out: dict[str, list[str]] = {}
    for s, e, kind in _contact_spans(text):
        value = text[s:e]
        owner = None
        if kind == "email":
            spelled = _email_names(value, names)
            if spelled is not None and len(spelled) != 1:
                continue  # spells nobody listed, or several: attach to no one
            owner = next(iter(spelled)) if spelled else None
        if owner is None:
            owner = _named_after(text, e, names)
        if owner is None:
            owner = layout.owner(s)
        if owner is not None:
            known = out.setdefault(owner, [])
            if value not in known:
                known.append(value)
    return out


_PAREN_AFTER = re.compile(r"[ \u00a0]?\(([^()\n]{2,60})\)")


def _named_after(text: str, end: int, people: _People) -> str | None:
    """The one listed person named in parentheses right after a contact ("(Virtanen)", "(Laineella)")."""
    m = _PAREN_AFTER.match(text, end)
    if m is None:
        return None
    parts = _tokens(m.group(1))
    if not parts or len(parts) > 3:
        return None
    found = {key for tokens, keys in people.candidates(parts).items()
             if any(_same_name(p, t) for p in parts for t in tokens) for key in keys}
    return next(iter(found)) if len(found) == 1 else None


_LOOK_BACK = 200  # characters of a contact's line read for an unrecognised name before it
_WIDE_LINE = 30  # a line naming more people than this is prose, not a header of columns


class _Layout:
    """Lines and people of one text, for "who is named where" by bisection (no rescans per contact)."""

    def __init__(self, text: str, spans: list[tuple[int, int, str]]) -> None:
        self.text = text
        self.spans = spans
        self.starts = [s for s, _, _ in spans]
        self.breaks = [m.start() for m in re.finditer("\n", text)]

    def line(self, pos: int) -> tuple[int, int]:
        """(start, end) of the line holding `pos`, the newline excluded."""
        i = bisect_left(self.breaks, pos)
        start = self.breaks[i - 1] + 1 if i else 0
        end = self.breaks[i] if i < len(self.breaks) else len(self.text)
        return start, end

    def last_within(self, a: int, b: int) -> tuple[int, int, str] | None:
        i = bisect_left(self.starts, b) - 1
        for j in range(i, max(i - 5, -1), -1):  # a name overlapping `b` is skipped, a few at most
            if self.spans[j][0] < a:
                return None
            if self.spans[j][1] <= b:
                return self.spans[j]
        return None

    def first_within(self, a: int, b: int) -> tuple[int, int, str] | None:
        i = bisect_left(self.starts, a)
        return self.spans[i] if i < len(self.spans) and self.spans[i][1] <= b else None

    def all_within(self, a: int, b: int) -> list[tuple[int, int, str]] | None:
        lo, hi = bisect_left(self.starts, a), bisect_left(self.starts, b)
        if hi - lo > _WIDE_LINE:
            return None
        return [sp for sp in self.spans[lo:hi] if sp[1] <= b]

    def owner(self, pos: int) -> str | None:
        ls, le = self.line(pos)
        before = self.last_within(ls, pos)
        if before is not None:
            return before[2]
        if _NAME_LIKE.search(self.text, max(ls, pos - _LOOK_BACK), pos):
            return None  # the line starts with a name nobody recognised: it is that person's
        above = self._block_above(ls, le, pos)
        if above is not None:
            return above
        after = self.first_within(pos, le)
        return after[2] if after else None

    def _block_above(self, line_start: int, line_end: int, pos: int) -> str | None:
        """The person named on the nearest line above in the same block, by column when it names several."""
        text = self.text
        at = line_start
        for _ in range(_BLOCK_LINES):
            if at <= 0:
                return None
            start, end = self.line(at - 1)
            if not text[start:end].strip():
                return None  # a blank line ends the block
            on_line = self.all_within(start, end)
            if on_line is None:
                return None
            if on_line:
                if len(on_line) == 1:
                    return on_line[0][2]
                if "\t" in text[start:end] and "\t" in text[line_start:line_end]:
                    field = text.count("\t", line_start, pos)
                    by_field = [sp for sp in on_line if text.count("\t", start, sp[0]) == field]
                    return by_field[0][2] if by_field else None
                column = pos - line_start
                left = [sp for sp in on_line if sp[0] - start <= column + 2]
                return (left[-1] if left else on_line[0])[2]
            at = start
        return None
