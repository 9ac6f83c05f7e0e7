"""The meeting's own body written bare in the minutes' header: "Hallitus 12.03.2024 § 34", "Johtokunta" above
"Pöytäkirja 3/2023", "Johtoryhmä, kokous 5.6.2023", "Perhekeskuksen johtoryhmä" above "Muistio 2/2024".

In running text a bare "hallitus" is the Government's ("hallituksen esitys") and a bare "johtoryhmä" or
"työryhmä" is a kind of group, so the recogniser (extract/entities.py) leaves them unless an owner names them.
In the header of minutes the same word, alone on its line with the meeting's date and section or next to the
word for the minutes, is the body that meets: an association's or a joint authority's board, an enterprise's
johtokunta, a project's working group. Its office-holders' posts (extract/posts.py) need it as an entity.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from welfare_kg.extract.model import Mention
from welfare_kg.extract.text_scans import matches

# the bare heads a header names the meeting by (base form -> the forms a header writes them in)
_HEADS = {"hallitus": "hallitus", "johtokunta": "johtokunta", "johtoryhmä": "johtoryhmä", "työryhmä": "työryhmä",
          "projektiryhmä": "projektiryhmä", "ohjausryhmä": "ohjausryhmä", "kehittämisryhmä": "kehittämisryhmä",
          "koordinaatioryhmä": "koordinaatioryhmä", "valmisteluryhmä": "valmisteluryhmä",
          "seurantaryhmä": "seurantaryhmä", "asiantuntijaryhmä": "asiantuntijaryhmä",
          # Swedish minutes: the definite form heads them ("Ledningsgruppen", "Arbetsgruppen", "Styrgruppen")
          "ledningsgruppen": "ledningsgrupp", "arbetsgruppen": "arbetsgrupp", "styrgruppen": "styrgrupp"}
_WORD = "|".join(sorted(_HEADS, key=len, reverse=True))
# the word alone on its line, or followed by the meeting's date (and section), its number in the year ("Hallitus
# 7 / 2018"), or by the word for the minutes
_LINE = re.compile(
    rf"(?im)^[ \t]*(?P<owner>(?:[a-zåäö0-9][\w.-]*:n|[a-zåäö][\w-]*n)(?:[ \t]+[\w-]+n){{0,3}}[ \t]+)?"
    rf"(?P<word>{_WORD})[ \t]*(?P<tail>(?:,[ \t]*kokous[ \t]+)?\d{{1,2}}\.[ \t]*\d{{1,2}}\.[ \t]*"
    rf"(?:\d{{2,4}})?[ \t]*(?:§[ \t]*\d+)?|\d{{1,3}}[ \t]*/[ \t]*(?:19|20)\d\d(?:[ \t]+\d{{1,2}}\.\d{{1,2}}\.\d{{4}})?|"
    rf"(?:pöytäkirja|esityslista|muistio|kokouskutsu|protokoll|"
    rf"föredragningslista|kallelse)\b[^\n]{{0,30}})?[ \t]*$")
# a neighbouring header line that says these are minutes: "Pöytäkirja 3/2023", "MUISTIO", "Protokoll 4/2022"
_MINUTES_LINE = re.compile(r"(?i)\b(?:pöytäkirja|esityslista|muistio|kokouskutsu|protokoll|föredragningslista|"
                           r"kallelse)\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b\d{1,2}/(?:19|20)\d\d\b")
# words that only minutes and their extracts carry near the top: a section sign, attendance, the minutes' own name
_MINUTES_WORDS = re.compile(r"(?im)§|\b(?:pöytäkirja|muistio|esityslista|kokouskutsu|läsnä|kokousaika|protokoll|"
                            r"närvarande|sammanträdes\w*|föredragningslista)|"
                            # "Päätös Hallitus": a decision's heading with the body alone after it on its line
                            r"^[ \t]*(?:esitys|ehdotus|päätösehdotus|päätös)[ \t]+[A-ZÅÄÖ][\w-]+[ \t]*$")
MINUTES_REACH = 5000  # characters from the top within which minutes say what they are
NEIGHBOUR_LINES = 2  # header lines above or below the body's line that may carry the word for the minutes


def header_body_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                         text: str) -> None:
    """Add a Body mention for each bare head that heads minutes (in place: the sentence lists and the flat
    list), unless a mention already covers the word."""
    if not minutes_like(text):
        return  # a news page's "Hallitus 12.3.2024" heads the Government's news, not a meeting
    taken = [(m.start, m.end) for m in mentions]
    for m in matches(_LINE, text):
        word, owner = m.group("word"), (m.group("owner") or "").strip()
        if not (owner or word)[:1].isupper() or (owner and not _owner_words(owner)):
            continue  # "hallitus" in lower case at a line's start is running text broken by the layout
        if not m.group("tail") and not minutes_near(text, m.start(), m.end()):
            continue  # "Hallitus" alone as a web page's heading: a section, not a meeting
        a, b = m.start("owner") if owner else m.start("word"), m.end("word")
        if any(s < b and a < e for s, e in taken):
            continue
        label = f"{owner} {_HEADS[word.lower()]}" if owner else _HEADS[word.lower()]
        _add(Mention(start=a, end=b, surface=text[a:b], label=label, type="Body", rule="body-header",
                     case="nimento"), per_sentence, starts, mentions, taken)


def _add(found: Mention, per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
         taken: list[tuple[int, int]]) -> None:
    """Put a heading's body into its sentence's mentions and the document's, and mark its span as taken, so a
    later heading over the same words adds nothing."""
    si = max(0, bisect_right(starts, found.start) - 1)
    if si < len(per_sentence):
        per_sentence[si].append(found)
    mentions.append(found)
    taken.append((found.start, found.end))


# a page's heading line that is a board word alone, perhaps with its year or term ("Hallitus", "Hallitus v. 2020",
# "Styrelsen 2023-2024")
_PAGE_BOARD_LINE = re.compile(r"(?m)^[ \t]*(?P<word>Hallitus|Johtokunta|Styrelse|Styrelsen)[ \t]*"
                              r"(?:(?:v\.|vuonna|vuosi|år)?[ \t]*(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)?\d\d)?)?"
                              r"[ \t]*:?[ \t]*$")
# a roster row's seat after the person's name: "Anna Kivi, puheenjohtaja", "Ville Mäki, jäsen"
_ROW_SEAT = re.compile(r"[ \t]*,[ \t]*(?:vara)?(?:puheenjohtaja|jäsen|sihteeri|rahastonhoitaja|ordförande|ledamot|"
                       r"sekreterare|suppleant|kassör)\b", re.IGNORECASE)
_ROW_GAP = re.compile(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:[-•*][ \t]+)?")
PAGE_ROSTER_ROWS = 3  # rows of "name, seat" right under the heading that make it a board's own roster
# organisations whose board a page's bare "Hallitus" is: named anywhere, the page's board is theirs
# (extract/board_runs.py posts its members there)
_BOARD_OWNER_TYPES = {"Association", "Company", "CompetenceCentre", "JointAuthority"}


def page_board_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                        text: str) -> None:
    """Add a Body mention for a page's bare board heading over its roster ("Hallitus v. 2020" above "Anna Kivi,
    puheenjohtaja" / "Ville Mäki, jäsen" ...) when the page names no organisation the board could be of (in place).

    An association's own page about its board often never writes the association's name (the site's header said
    it); its members' posts then have only the board to be held in, which the roster shows is a body of its own.
    Where the page names an association or a company, board_runs.py posts the members there instead."""
    if minutes_like(text) or any(m.type in _BOARD_OWNER_TYPES for m in mentions):
        return
    people = {m.start: m for m in mentions if m.type == "Person"}
    if len(people) < PAGE_ROSTER_ROWS:
        return
    taken = [(m.start, m.end) for m in mentions]
    for m in _PAGE_BOARD_LINE.finditer(text):
        a, b = m.start("word"), m.end("word")
        if any(s < b and a < e for s, e in taken) or _roster_rows(text, m.end(), people) < PAGE_ROSTER_ROWS:
            continue
        _add(Mention(start=a, end=b, surface=text[a:b], label=m.group("word"), type="Body", rule="body-page-board",
                     case="nimento"), per_sentence, starts, mentions, taken)


def _roster_rows(text: str, pos: int, people: dict[int, Mention]) -> int:
    """How many "name, seat" rows follow `pos` line by line."""
    rows = 0
    while (gap := _ROW_GAP.match(text, pos)) is not None and (person := people.get(gap.end())) is not None:
        seat = _ROW_SEAT.match(text, person.end)
        if seat is None:
            break
        rows += 1
        pos = seat.end()
        pos = text.find("\n", pos) if text.find("\n", pos) >= 0 else len(text)
    return rows


# genitives that say whose a group is without naming it ("Kunnan johtoryhmä" is any town's)
_GENERIC_OWNERS = {"kunnan", "kaupungin", "kuntayhtymän", "yhtymän", "hyvinvointialueen", "alueen", "tämän",
                   "uuden", "oman", "eri"}


def minutes_like(text: str) -> bool:
    """The text says near its top that it is minutes or an extract of them."""
    return _MINUTES_WORDS.search(text, 0, MINUTES_REACH) is not None


def _owner_words(owner: str) -> bool:
    """The genitives before the head name one organisation or undertaking: not a generic owner alone, and not
    the start of a sentence that runs on ("Asian käsittelyn työryhmä")."""
    words = owner.lower().split()
    return not all(w in _GENERIC_OWNERS for w in words) and len(words) <= 4


def minutes_near(text: str, start: int, end: int) -> bool:
    """A line within `NEIGHBOUR_LINES` non-empty lines above or below says these are minutes."""
    lines = []
    pos = start
    while len(lines) < NEIGHBOUR_LINES and pos > 0:
        prev = text.rfind("\n", 0, pos - 1)
        line = text[prev + 1:pos].strip()
        pos = prev + 1 if prev >= 0 else 0
        if line:
            lines.append(line)
        if prev < 0:
            break
    pos, below = end, 0
    while below < NEIGHBOUR_LINES and pos < len(text):
        nxt = text.find("\n", pos + 1)
        line = text[pos:nxt if nxt >= 0 else len(text)].strip()
        pos = nxt if nxt >= 0 else len(text)
        if line:
            lines.append(line)
            below += 1
    return any(_MINUTES_LINE.search(x) for x in lines)


# a department's name alone on a header line of minutes or an official's decision: "Strategiaosasto" under
# "Kaupunginkanslia", "Kasvatuksen ja koulutuksen toimiala", "Sosiaali- ja terveystoimiala"
_DEPARTMENT_LINE = re.compile(
    r"(?m)^[ \t]*(?P<name>(?:[A-ZÅÄÖ][a-zåäö]+n(?:[ \t]+ja[ \t]+[a-zåäö]+n)?[ \t]+[a-zåäö-]*|"
    r"[A-ZÅÄÖ][a-zåäö]*-[ \t]+ja[ \t]+[a-zåäö-]*|[A-ZÅÄÖ][a-zåäö-]*)"
    r"(?:osasto|toimiala|palvelualue|palvelukokonaisuus|vastuualue))[ \t]*$")
HEADER_LINES_REACH = 1500  # characters from the top where a decision's header lines stand


def header_department_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                               text: str) -> None:
    """Add a Body mention for a department named alone on a header line of minutes (in place), unless a mention
    already covers it: the unit whose official decides or whose minutes these are ("Kaupunginkanslia / Strategiaosasto
    / Strategiajohtaja / 6 §")."""
    if not minutes_like(text):
        return
    taken = [(m.start, m.end) for m in mentions]
    for m in _DEPARTMENT_LINE.finditer(text, 0, HEADER_LINES_REACH):
        a, b = m.start("name"), m.end("name")
        if any(s < b and a < e for s, e in taken):
            continue
        found = Mention(start=a, end=b, surface=text[a:b], label=" ".join(text[a:b].split()), type="Body",
                        rule="body-header-department", case="nimento")
        si = max(0, bisect_right(starts, a) - 1)
        if si < len(per_sentence):
            per_sentence[si].append(found)
        mentions.append(found)
        taken.append((a, b))
