"""Receivers listed one a bulleted line with their town: "• Operaatio Ruokakassi, Turku", "• Kylätalo Tupa,
Lieto".

Donation and grant news list who gets the money one a line, each name followed by a comma and the town it works
in. Registered names with "ry" or "Oy" are read by the recogniser wherever they stand; the others ("Palvelukeskus
Ruska", "Operaatio Ruokakassi") are free phrases that only the list's layout marks as names. A line's name is an
organisation when the list is one of organisations: at least three such lines in a row end in a recognised town
or region, and at least one of them names a recognised association or company. Its kind is not said, so it is an
Association (the usual receiver of such lists) and the rule's name tells what it rests on.

A name already read (even in part), a project's name (its head word is an undertaking's) and a person's are left
alone.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_untouched
from welfare_kg.extract.model import Mention
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex

_ROW = re.compile(r"^[ \t]*[-–•*·▪][ \t]+(?P<name>[A-ZÅÄÖ][^,\n]{2,80}?),[ \t]+(?P<rest>[^\n]*?)[ \t]*$", re.MULTILINE)
_PLACES = {"Municipality", "Region"}
_ORGS = {"Association", "Company"}
_NAME_WORD = re.compile(r"[A-ZÅÄÖa-zåäö0-9][\w-]*")
# free phrases no name is: an undertaking, money, a date
_NOT_NAME = re.compile(r"(?i)hanke|hankkee|projekt|ohjelma|euro|€|\d{3,}|\btuki\b|avustus")
_MIN_ROWS = 3


def place_row_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int]) -> list[list[Mention]]:
    """per_sentence with an Association mention for each unread name of a bulleted list of names with towns."""
    if "," not in text or not any(b in text for b in "-–•*·▪"):
        return per_sentence
    have = SpanIndex([m for ms in per_sentence for m in ms])
    rows: list[tuple[re.Match[str], bool, bool]] = []  # (row, ends in a place, names a known organisation)
    found: list[Mention] = []

    def close() -> None:
        run = _place_run(rows)
        for row, _, _ in run:
            mention = _row_name(row, have, text)
            if mention is not None:
                found.append(mention)
        rows.clear()

    last_end = -1
    for row in _ROW.finditer(text):
        if last_end >= 0 and text[last_end:row.start()].strip():
            close()  # a paragraph between: another list
        rest_a, rest_b = row.start("rest"), row.end("rest")
        # the field after the name is the town: "• X, Turku", "• X, Turku, 2 500 euroa" (not "• X Junnu, Jannu, ...")
        place = any(m.type in _PLACES and m.start == rest_a and re.match(r"[ \t]*(?:,|$)", text[m.end:rest_b + 1])
                    for m in have.overlapping(rest_a, rest_b))
        named = any(m.type in _ORGS for m in have.overlapping(row.start("name"), row.end("name")))
        rows.append((row, place, named))
        last_end = row.end()
    close()
    return insert_untouched(per_sentence, starts, found)


def _place_run(rows: list[tuple[re.Match[str], bool, bool]]) -> list[tuple[re.Match[str], bool, bool]]:
    """The rows of a list of organisations with their towns, or none."""
    with_place = [r for r in rows if r[1]]
    if len(with_place) < _MIN_ROWS or 2 * len(with_place) < len(rows) or not any(r[2] for r in with_place):
        return []
    return with_place


def _row_name(row: re.Match[str], have: SpanIndex[Mention], text: str) -> Mention | None:
    a, b = row.start("name"), row.end("name")
    name = " ".join(text[a:b].split())
    words = name.split()
    if have.overlapping(a, b) or len(words) > 6 or _NOT_NAME.search(name) \
            or not all(_NAME_WORD.fullmatch(w) for w in words):
        return None
    if len(words) == 1 and not re.search(r"[A-ZÅÄÖ]", name[1:]):
        return None  # one plain capitalised word: a place, a person's surname or a common noun as often as a name
    return Mention(start=a, end=a + len(text[a:b].rstrip()), surface=text[a:b].rstrip(), label=name,
                   type="Association", rule="association-place-row", iri=mint("Association", fold(name)),
                   key=fold(name) or None)
