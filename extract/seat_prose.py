"""Seats in the meeting's body as the minutes' own prose writes them (issue 12).

Minutes that record the handling of an item name the meeting's chair and members by their seat, right before the
name, as they act in the meeting: "Puheenjohtaja Anna Kivi teki jäsen X:n kannattamana vastaehdotuksen",
"Jäsen Pekka Salo jätti päätöksestä eriävän mielipiteen", "Ordförande Eva Berg öppnade sammanträdet". A bare seat
word there is a seat in the body whose meeting it is. The verb after the name is what says that the sentence tells
of this meeting: "puheenjohtaja X" in an item's background may be an association's chair quoted in a letter.

A seat word owned by a genitive before it ("yhdistyksen puheenjohtaja X", "Kh:n puheenjohtaja X") is another
body's, and so is a seat in a sentence that names another body before it ("Yhtymähallituksen kokouksessa
puheenjohtaja X totesi"): those are left to the rules that read the owner.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.seat_words import alternation, seat_words
from welfare_kg.extract.text_scans import matches

RULE = "holdsPost:seat-in-prose"

# the seat word right before a name, and an ordinal before a vice-chair ("1. varapuheenjohtaja", "II vice ordförande")
_POSTS = seat_words("prose")
_SEAT = re.compile(r"(?:(?<=\s)|^)(?P<ord>(?:[IVX]{1,3}|[12]\.)\s+)?(?P<seat>"
                   + alternation(_POSTS, blanks=r"\s+", first_either_case=True) + r")[ \t]+$")
# what a member does in the meeting, right after the name: proposes, seconds, opens, dissents, leaves, arrives
# (a party's bracket may stand between: "Ordföranden Anna X (M) öppnade sammanträdet")
_MEETING_VERB = re.compile(
    r"(?:[ \t]*\([A-Za-zÅÄÖåäö.]{1,6}\))?[ \t]*(?:,[ \t]*)?"
    r"(?:teki|tekee|ehdotti|ehdottaa|esitti|esittää|kannatti|kannattaa|avasi|avaa|totesi|toteaa|"
    r"jätti|jättää|esitteli|esittelee|selosti|selostaa|poistui|poistuu|saapui|saapuu|ilmoitti|ilmoittaa|"
    r"vastasi|vastaa|kertoi|kertoo|johti|liittyi|palasi|oli\s+(?:poissa|esteellinen|estynyt)|"
    r"föreslog|föreslår|yrkade|yrkar|öppnade|öppnar|anmälde|anmäler|reserverade|lämnade|deltog|avlägsnade|"
    r"förklarade|konstaterade|avstod|återkom|anlände)\b")
REACH = 40  # characters before a name searched for its seat word
# or what the seat-holder does in it, said before the seat: stands in as its chair ("Puheenjohtajana toimi
# varapuheenjohtaja X", "Som ordförande fungerade vice ordförande X")
_CHAIRS = re.compile(r"(?i)(?:\bpuheenjohtajana[ \t]+toimi(?:vat)?|\bsom[ \t]+ordförande[ \t]+fungerade)[ \t]+$")


def prose_seat_facts(mentions: list[Mention], text: str, meeting_body: str | None) -> list[Fact]:
    """holdsPost in the meeting's body of each person the minutes' prose names by a bare seat word while acting
    in the meeting. Nothing without a meeting body (a page that is no minutes, or minutes of a body unnamed)."""
    if meeting_body is None:
        return []
    bodies = sorted(m.start for m in mentions if m.type == "Body" and m.iri and m.iri != meeting_body)
    out: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    for m in mentions:
        if m.type != "Person" or not m.iri or " " not in m.surface.strip():
            continue  # a full name only: a bare surname after a seat word is a row of a list
        seat = _SEAT.search(text, max(0, m.start - REACH), m.start)
        if seat is None or _owned(text, seat.start()) or not (
                _MEETING_VERB.match(text, m.end) or _CHAIRS.search(text, max(0, seat.start() - REACH), seat.start())):
            continue
        opening = _sentence_start(text, seat.start())
        if any(opening <= b < seat.start() for b in bodies):
            continue  # "Yhtymähallituksen kokouksessa puheenjohtaja X totesi": another body's meeting
        post = _POSTS[" ".join(seat.group("seat").lower().split())]
        if post == "puheenjohtaja" and seat.group("ord"):
            post = "varapuheenjohtaja"
        if (m.iri, post) in seen:
            continue
        seen.add((m.iri, post))
        ev = Evidence(text[seat.start():m.end], seat.start(), m.end)
        out.append(Fact(m.iri, "holdsPost", meeting_body, ev, RULE, 0.75 if post == "puheenjohtaja" else 0.6,
                        post=post))
    return out


_GENITIVE_BEFORE = re.compile(r"(?:\b[\w-]{3,}(?:n|s)|:n|:s)[ \t]+(?:(?:[IVX]{1,3}|[12]\.)[ \t]+)?$", re.IGNORECASE)
_NOT_OWNERS = {"kokouksen", "asian", "päätöksen", "ehdotuksen", "käsittelyn", "lisäksi", "kuitenkin", "sekä",
               "myös", "jonka", "mukaan", "kokoukseen", "vastaehdotuksen", "pykälän", "aikana", "ennen", "jälkeen",
               "samassa", "tämän", "sen", "han", "hans", "dess", "därefter", "sedan", "också", "sammanträdets"}


def _owned(text: str, at: int) -> bool:
    """A genitive right before the seat word owns the seat: "hallituksen puheenjohtaja", "Kh:n jäsen"."""
    g = _GENITIVE_BEFORE.search(text, max(0, at - 40), at)
    if g is None:
        return False
    word = g.group(0).split()[0].lower().strip(".,:")
    return word not in _NOT_OWNERS


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts: after the last full stop or blank line before it."""
    cut = max(text.rfind(". ", 0, at), text.rfind("\n\n", 0, at), text.rfind(": ", 0, at))
    return cut + 1 if cut >= 0 else 0


# "Hallitukseen valittiin kahdeksan jäsentä, jotka ovat: A, B ...", "Sosiaalijaostoon nimettiin A ja B": seats in the
# body the sentence opens with, in the illative, for everyone named up to the sentence's end
# the verbs of coming into it: elected or named, or (in a history's prose) "came" ("hallitukseen tulivat A, B ja C")
_INTO_VERB = r"(?:valittiin|nimettiin|valittu|nimetty|tulivat|tuli)"
_ELECTED_INTO = re.compile(rf"[ \t]+(?:on[ \t]+)?(?:{_INTO_VERB}|valitsi|nimesi)\b")
# the bare board word opens its sentence, or follows an opening "besides the chair" ("Hänen lisäkseen hallitukseen
# tulivat", "Lisäksi hallitukseen valittiin"): no genitive there to say it is another organisation's board
_BOARDS_INTO = r"(?:allitukseen|ohtokuntaan|altuuskuntaan|allintoneuvostoon)"
# or the association's own kind word in the genitive before it ("Yhdistyksen hallitukseen valittiin A, B ja C"): the
# page's association named again by its kind; only when the page's one titled organisation is an association
_OWN_KIND = r"(?:Yhdistyksen|Seuran|Järjestön|Kerhon|Klubin)"
_BARE_BOARD = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[HJV]" + _BOARDS_INTO + r"|(?:(?:Hänen|Heidän|Sen)[ \t]+"
                         r"lisäkseen|Lisäksi|Myös)[ \t]+[hjv]" + _BOARDS_INTO + r"|(?P<kind>" + _OWN_KIND
                         + r")[ \t]+[hjv]" + _BOARDS_INTO + rf")(?=[ \t]+(?:on[ \t]+)?{_INTO_VERB}\b)")
_ILLATIVE = re.compile(r"(?i)(?:([aeiouyäö])\1n|seen|siin|hin|hun|hyn|hön|hän)$")
_LIST_END = re.compile(r"[.!?](?:\s|$)|\n[ \t]*\n")
LIST_REACH = 900  # characters a list of the elected runs to
TITLE_CHARS = 200  # a page's own organisation is named in its title or first line
# organisations that have a board of their own (the bare "Hallitukseen", posts.py's "X Oy:n hallituksen jäseniksi")
BOARD_OWNERS = {"Association", "Company", "JointAuthority", "Agency", "CompetenceCentre", "WellbeingCounty"}


def elected_into_facts(mentions: list[Mention], text: str) -> list[Fact]:
    """holdsPost "jäsen" for the people elected into a body in a sentence that opens with the body in the illative.
    A bare board word ("Hallitukseen valittiin") is the board of the page's own organisation, the one organisation
    its title names; with none or several there, nobody's seat is read."""
    people = [m for m in mentions if m.type == "Person" and m.iri]
    if not people:
        return []
    heads: list[tuple[int, str]] = []  # (where the list starts, the body or organisation)
    for m in mentions:
        # a named body only: a bare kind word ("Jaostoon valittiin") says whose body it is no more than a pronoun
        if m.type == "Body" and m.iri and not m.generic and _ILLATIVE.search(m.surface) \
                and (verb := _ELECTED_INTO.match(text, m.end)) \
                and (m.start == 0 or text[m.start - 1] == "\n" or text[max(0, m.start - 2):m.start] in {". ", "! "}):
            heads.append((verb.end(), m.iri))
    if next(matches(_BARE_BOARD, text), None) is not None:  # its first match is search's
        titled = {(m.iri, m.type) for m in mentions if m.type in BOARD_OWNERS and m.iri and m.start < TITLE_CHARS}
        if len(titled) == 1:
            owner, kind = titled.pop()
            heads += [(_ELECTED_INTO.match(text, b.end()).end(), owner)  # type: ignore[union-attr]
                      for b in matches(_BARE_BOARD, text) if not b.group("kind") or kind == "Association"]
    out: list[Fact] = []
    for start, body in heads:
        end = _LIST_END.search(text, start, start + LIST_REACH)
        stop = end.start() if end else start + LIST_REACH
        for p in people:
            if start <= p.start < stop:
                ev = Evidence(text[start:p.end][-200:], max(start, p.end - 200), p.end)
                out.append(Fact(p.iri, "holdsPost", body, ev, "holdsPost:elected-into", 0.6, post="jäsen"))
    return out
