"""The department written at the end of a member row: "• Anna Kivi, suunnittelija - Sivistystoimiala" (issue 12).

A list of a town's officials, one a row, gives each person's title and then the sector or unit the person works in,
after a dash or a comma: "Konsernipalvelut", "Tekninen toimiala", "Elinvoima- ja ympäristötoimiala", "Perusturva".
The town is not written there (the page is its own), so extract/department_names.py, which reads a sector word only
after a town in the genitive, does not see the department, and the row's post had no organisation or took the last
one the page named. Here such a row end is a Body when its last word is a department's head word (toimiala, toimi,
palvelut, yksikkö, osasto, kanslia, virasto, hallinto, perusturva), the row opens with a name and the title between
is a post the project knows; the prose post rules then read the row's post in it. A transcript that ran the list's
lines together keeps its bullets, so a bullet inside a line opens a row as a line's start does (measured on
flattened copies of dev, eval/perturb.py flat-lines: the ten rows of such a list were lost, now read).
"""

from __future__ import annotations

import re

from welfare_kg.extract.entities import is_post
from welfare_kg.extract.layout import add_mention
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text_scans import matches

RULE = "body-row-department"

_NAME_WORD = r"[A-ZÅÄÖ][a-zåäöéüáè]+(?:-[A-ZÅÄÖ][a-zåäöéüáè]+)?"
_ROW = re.compile(
    # a row opens a line, or a bullet inside a line (a transcript that ran the list's lines together)
    r"(?m)(?:^[ \t]*(?:[•·▪◦*\-–][ \t]*)?|(?<=[ \t])[•·▪◦][ \t]*)"
    rf"{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{1,2}}[ \t]*,[ \t]*"
    r"(?P<title>[a-zåäö][^,\n–]*?)[ \t]*(?:[ \t][-–][ \t]|,)[ \t]*"
    # the department: a capitalised word, perhaps an elided compound before it ("Elinvoima- ja") or an adjective
    r"(?P<dept>(?:[A-ZÅÄÖ][a-zåäö]+-[ \t]+(?:ja|sekä)[ \t]+[a-zåäö]+|[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[a-zåäö]+)?))"
    r"[ \t]*(?:$|(?=[ \t][•·▪◦][ \t]))")
# the head words of a town's sectors and units, in the nominative (a row's last field names it)
_HEAD = re.compile(r"(?:toimiala|toimi|palvelut|palvelukeskus|yksikkö|osasto|kanslia|virasto|hallinto|perusturva)$")


def row_department_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                            text: str, morph: Morphology) -> None:
    """Add a Body mention for the department at the end of each titled row (in place: the sentence lists and the
    flat list), unless a mention already covers it."""
    if " - " not in text and " – " not in text and "," not in text:
        return
    # what a department must not overlap: the mentions read before (by offset, not a scan of every mention for every
    # row) and the departments put in for earlier rows, which all start before this row and so overlap it only by
    # ending past its department's start
    taken = SpanIndex(list(mentions))
    added_end = -1
    for row in matches(_ROW, text):
        dept = row.group("dept")
        start, end = row.start("dept"), row.end("dept")
        if not _HEAD.search(dept.lower()) or not is_post(row.group("title").split()[-1], morph) \
                or added_end > start or taken.overlapping(start, end):
            continue
        mention = Mention(start=start, end=end, surface=dept, label=dept, type="Body", rule=RULE)
        add_mention(per_sentence, starts, mentions, mention)
        added_end = max(added_end, end)


def row_department_posts(mentions: list[Mention], text: str, morph: Morphology) -> list[Fact]:
    """holdsPost, the row's title as the post, from the person the row opens with to the department it ends with."""
    depts = {m.start: m for m in mentions if m.rule == RULE and m.iri}
    if not depts:
        return []
    # the first person (in the order read) starting between a row's start and its title, looked up by offset
    people = SpanIndex(list({m.start: m for m in mentions if m.type == "Person" and m.iri}.values()))
    out: list[Fact] = []
    for row in matches(_ROW, text):
        dept = depts.get(row.start("dept"))
        person = next(iter(people.starting_in(row.start(), row.start("title"))), None)
        post = is_post(row.group("title").split()[-1], morph)
        if dept is None or person is None or post is None:
            continue
        title = row.group("title")
        ev = Evidence(text[row.start():row.end()].strip(), row.start(), row.end())
        out.append(Fact(person.iri, "holdsPost", dept.iri, ev, "holdsPost:row-department", 0.7,  # type: ignore[arg-type]
                        post=title if len(title.split()) > 1 else post))
    return out
