"""The chair who signs at the foot of a minutes page: "... Övrigt Linda X Ordförande", "Underskrift Sekreterare
Peter Y Ordförande Anna Z", "Puheenjohtaja MERK Lauri X", each the last words before the next page's number.

A transcript of minutes (docplayer and the like) runs a page's lines into one and starts the next page with its
number after a blank line. The first page of a board's or a council's agenda or record ends with the chair's
signature: the chair's word (Puheenjohtaja, Ordförande, capitalised as a signature's label) and the name, either
way round, are the page's last words. The chair signs for the body whose meeting it is (posts.meeting_body, and
named in the minutes' head: else the head names none and no signature is read), which the annotation's convention
posts the chair in. Read only there: the words must end the page, the chair's word
must be adjacent to the name (a "MERK"/"Merk." signed mark may stand between), and a name after which the chair's
word stands must not itself follow another role's word ("Sekreterare Peter Y Ordförande ..." is the secretary's
name). A person another rule posted in that body is left alone.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.posts import HEAD_REACH, meeting_body, transcript_top
from welfare_kg.loaders.record import DocumentRecord

RULE = "holdsPost:page-end-chair"
CONFIDENCE = 0.6
_CHAIR = r"(?:Puheenjohtaja|PUHEENJOHTAJA|Ordförande|ORDFÖRANDE)"
_POST = {"puheenjohtaja": "puheenjohtaja", "ordförande": "ordförande"}
# the page's end: the line ends, a blank line, the next page's number
_PAGE_END = re.compile(r"[ \t]*\n[ \t]*\n[ \t]*\d{1,3}\b")
_CHAIR_BEFORE = re.compile(_CHAIR + r"(?:[ \t]+(?:MERK|Merk|merk)\.?:?)?[ \t]+$")
_CHAIR_AFTER = re.compile(r"[ \t]+(?P<chair>" + _CHAIR + r")(?=[ \t]*\n)")
# another role's word right before a name: the name is that role's
_ROLE_BEFORE = re.compile(r"(?:Sekreterare|SEKRETERARE|Sihteeri|SIHTEERI|Pöytäkirjanpitäjä|PÖYTÄKIRJANPITÄJÄ|"
                          r"Protokollförare|Justerare|Justeras|Vice[ \t]+ordförande|Varapuheenjohtaja)[ \t]+$")


def page_end_chair_facts(record: DocumentRecord, mentions: list[Mention], text: str, facts: list[Fact]) -> list[Fact]:
    """holdsPost facts of the chair signing at a minutes page's foot (see the module docstring)."""
    if record.kind != "minutes" or ("rdförande" not in text and "uheenjohtaja" not in text
                                    and "RDFÖRANDE" not in text and "UHEENJOHTAJA" not in text):
        return []
    body = meeting_body(record.items[0].body if record.items else None, mentions, text)
    # the body named in the minutes' head, in the nominative, as in extract/marked_signatures.py: a body read from an
    # item only ("X:n eronpyyntö teknisen lautakunnan jäsenyydestä") owns no signature
    top = transcript_top(text)
    if body is None or not any(m.iri == body and m.case in {None, "nimento"}
                               and (m.start < HEAD_REACH or 0 <= m.start - top < HEAD_REACH) for m in mentions):
        return []
    people = sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start)
    held = {f.subject for f in facts if f.predicate == "holdsPost" and f.object == body}
    out: list[Fact] = []
    for p in people:
        if p.iri in held:
            continue
        line_start = text.rfind("\n", 0, p.start) + 1
        found: tuple[int, int, str] | None = None
        if _PAGE_END.match(text, p.end):
            chair = _CHAIR_BEFORE.search(text, max(line_start, p.start - 30), p.start)
            if chair is not None:
                found = (chair.start(), p.end, chair.group(0).split()[0].lower())
        if found is None:
            after = _CHAIR_AFTER.match(text, p.end)
            if after is not None and _PAGE_END.match(text, after.end()) and not _ROLE_BEFORE.search(
                    text, max(line_start, p.start - 30), p.start):
                found = (p.start, after.end(), after.group("chair").lower())
        if found is None:
            continue
        a, b, word = found
        held.add(p.iri)  # type: ignore[arg-type]
        out.append(Fact(p.iri, "holdsPost", body, Evidence(text[a:b], a, b), RULE, CONFIDENCE,  # type: ignore[arg-type]
                        post=_POST[word]))
    return out
