"""People on the rows of a member list outside minutes' attendance blocks.

A news item or project page lists a steering or working group one person a row, the name first and the
post after a comma ("• Virtanen Matti, osastopäällikkö, Esimerkin kaupunki", "Anna Kivi, johtaja - Yhdistys
ry"). Prose recognition reads such names poorly: written surname first, or with a surname Voikko does not
know, the name is no person at all, and the row's post and organisation are lost with it. Only a row whose
layout leaves no doubt is read: a line of its own (a bullet or a "varajäsen:" label may open it), two or three
capitalised name words, a comma, then a phrase ending at the next comma, dash or line end that holds a post
title the project knows; one of the name words must be a known first name, which also tells the order.
The post and the organisation are read from the row by the prose post rules (extract/posts.py).
"""

from __future__ import annotations

import re

from welfare_kg.extract.entities import is_post
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.people import is_first_name
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.surnames import listed_surname
from welfare_kg.extract.text_scans import matches

TITLED_ROW_PERSON = "person-titled-row"

_NAME_WORD = r"[A-ZÅÄÖ][a-zåäöéüáè]+(?:-[A-ZÅÄÖ][a-zåäöéüáè]+)?"
_ROW = re.compile(
    r"(?m)^[ \t]*(?:[•·▪◦*\-–][ \t]*)?"
    # a seat label before the name ("varajäsen: Kivi Anna"), never a name itself
    r"(?:(?:[Vv]arajäsen|[Vv]aralla|[Jj]äsen|[Pp]uheenjohtaja|[Vv]arapuheenjohtaja|[Ss]ihteeri|[Ee]rsättare|"
    r"[Ll]edamot|[Oo]rdförande)[ \t]*:[ \t]*)?"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{1,2}})[ \t]*,[ \t]*"
    r"(?P<title>[^,\n–]+?)[ \t]*(?=,|[ \t]-[ \t]|–|\(|$)")


def titled_row_people(text: str, morph: Morphology) -> list[Mention]:
    """A person mention, first name first and the written order as another name, for each titled row."""
    out: list[Mention] = []
    for m in matches(_ROW, text):
        if not _has_post(m.group("title"), morph):
            continue
        words = m.group("name").split()
        label = _ordered(words, morph)
        if label is not None:
            out.append(_row_mention(text, m, words, label))
    return out


# "Karvinen, Marko              strategiapäällikkö": a table row surname first, a comma, the given names, then the
# post in a column of its own (two or more spaces or a tab before it); indented rows too
_COMMA_ROW = re.compile(
    rf"(?m)^[ \t]*(?P<name>(?P<surname>{_NAME_WORD}),[ \t](?P<given>{_NAME_WORD}(?:[ \t]{_NAME_WORD})?))"
    r"(?:[ \t]{2,}|\t)(?P<title>[a-zåäö][^\n]*?)[ \t]*$")


def comma_row_people(text: str, morph: Morphology) -> list[Mention]:
    """A person for each "Surname, Given  post" row: the word before the comma no first name and the first word
    after it one (Voikko's or DVV's), the column after the name holding a post title the project knows."""
    out: list[Mention] = []
    for m in matches(_COMMA_ROW, text):
        given, surname = m.group("given"), m.group("surname")
        if not _has_post(m.group("title"), morph) or is_first_name(surname, morph) \
                or not is_first_name(given.split()[0], morph) or is_post(surname, morph):
            continue
        a, b = m.span("name")
        out.append(Mention(start=a, end=b, surface=text[a:b], label=f"{given} {surname}", type="Person",
                           rule=TITLED_ROW_PERSON, parts=(f"{surname} {given}",), key=None))
    return out


# "Roos, J.P." in a list of "Surname, Given" rows: a surname and initials alone on the row
_INITIALS_ROW = re.compile(rf"(?m)^[ \t]*(?P<name>(?P<surname>{_NAME_WORD}),[ \t]"
                           r"(?P<initials>[A-ZÅÄÖ]\.(?:[ -]?[A-ZÅÄÖ]\.){0,2}))[ \t]*$")
_COMMA_NAME_ROW = re.compile(rf"[ \t]*{_NAME_WORD},[ \t]{_NAME_WORD}\b")


def initials_row_people(text: str, morph: Morphology) -> list[Mention]:
    """"Roos, J.P.": a surname with initials on a row of its own beside a "Surname, Given" row (the next or the
    previous non-blank line), a member of the same list; the person is named initials first ("J.P. Roos")."""
    out: list[Mention] = []
    for m in matches(_INITIALS_ROW, text):
        surname = m.group("surname")
        readings = [r for r in morph.analyse(surname) if r.cls is not None]
        if is_first_name(surname, morph) or is_post(surname, morph) or (
                readings and not any(r.cls == "sukunimi" for r in readings) and not listed_surname(surname)):
            continue  # "Kokous, K.": a common word, no surname
        before = [ln for ln in text[max(0, m.start() - 300):m.start()].split("\n")[:-1] if ln.strip()][-1:]
        after = [ln for ln in text[m.end():m.end() + 300].split("\n")[1:] if ln.strip()][:1]
        if not any(_COMMA_NAME_ROW.match(ln) for ln in before + after):
            continue
        a, b = m.span("name")
        out.append(Mention(start=a, end=b, surface=text[a:b], label=f"{m.group('initials')} {surname}",
                           type="Person", rule=TITLED_ROW_PERSON, parts=(f"{surname} {m.group('initials')}",),
                           key=None))
    return out


_NAME_LINE = re.compile(rf"(?m)^[ \t]*(?:[•·▪*\-–][ \t]*)?(?P<name>{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{1,2}})[ \t]*$")
NAME_RUN = 3  # name lines in a row that make a list of people


def name_line_people(text: str, morph: Morphology) -> list[Mention]:
    """People of a list printed one name a line ("Jäsenet:" then "Kivi Anna", "Laine Pekka", ...), outside
    minutes' blocks. A run of at least NAME_RUN such lines (blank lines between them allowed), each with a known
    first name, is a list; a lone name line may be a heading or a signature and is left to the other rules."""
    return _runs(text, _NAME_LINE, NAME_RUN, morph)


def _runs(text: str, row: re.Pattern[str], least: int, morph: Morphology) -> list[Mention]:
    """The names of the rows `row` matches, in runs of at least `least` rows with nothing but blank lines between.
    A row whose order no first name tells ("Alaye Jem": Voikko knows neither word) takes the order every decided
    row of its run has, when at least two decided and none disagreed, and its given-name word is no word Voikko
    knows otherwise; it does not count towards the run's length."""
    out: list[Mention] = []
    run: list[tuple[re.Match[str], str | None]] = []

    def close() -> None:
        decided = [(m, label) for m, label in run if label is not None]
        if len(decided) >= least:
            hint = _run_order(decided)
            for m, label in run:
                words = m.group("name").split()
                label = label or (_hinted(words, hint, morph) if hint else None)
                if label is not None:
                    out.append(_row_mention(text, m, words, label))
        run.clear()

    last_end = -1
    for m in row.finditer(text):
        if run and text[last_end:m.start()].strip():
            close()
        last_end = m.end()
        run.append((m, _ordered(m.group("name").split(), morph)))
        if run[-1][1] is None and len(m.group("name").split()) == 3:
            # "Jäsen Järvinen Piritta Saarikan edustaja": a capitalised genitive after a two-word name
            two = re.match(rf"{_NAME_WORD}[ \t]{_NAME_WORD}", m.group("name"))
            label = _ordered(two.group(0).split(), morph) if two else None
            if two and label is not None and row is _SEAT_ROW:
                sub = row.match(text, m.start(), m.start("name") + two.end())  # the row cut after the two words
                run[-1] = (sub, label) if sub and sub.group("name") == two.group(0) else run[-1]
    close()
    return out


def _row_mention(text: str, m: re.Match[str], words: list[str], label: str) -> Mention:
    a, b = m.span("name")
    written = " ".join(words)
    return Mention(start=a, end=b, surface=text[a:b], label=label, type="Person", rule=TITLED_ROW_PERSON,
                   parts=(written,) if written != label else (), key=None)


def _run_order(decided: list[tuple[re.Match[str], str | None]]) -> str | None:
    """"swapped" (surname first) or "straight" when at least two of the run's two-word names were read that way
    and at least three times as many as the other way (a lone "Ahmed Waleed" read straight in a surname-first
    list does not hide the list's order), else None."""
    pairs = [(m, label) for m, label in decided if len(m.group("name").split()) == 2]
    straight = sum(" ".join(m.group("name").split()) == label for m, label in pairs)
    swapped = len(pairs) - straight
    if swapped >= 2 and swapped >= 3 * straight:
        return "swapped"
    if straight >= 2 and straight >= 3 * swapped:
        return "straight"
    return None


_GIVEN_CLASSES = {"etunimi", "sukunimi", "nimi", None}  # None: a guess for a word Voikko does not know
_SURNAME_CLASSES = {"etunimi", "sukunimi", "nimi", "nimisana", "paikannimi", None}  # Salo, Lahti, Kivi are surnames


def _hinted(words: list[str], hint: str, morph: Morphology) -> str | None:
    """A two-word name in a run's order, when the word in the given name's place is none Voikko knows as anything
    but a name (an unknown "Jem", "El"; not "Kunnat" or "Hankkeen")."""
    if len(words) != 2:
        return None
    given, surname = (words[1], words[0]) if hint == "swapped" else (words[0], words[1])
    if not all(r.cls in _GIVEN_CLASSES for r in morph.analyse(given)):
        return None  # "Kunnat", "Asikkala": a word or a place in the given name's place
    if any(r.cls not in _SURNAME_CLASSES for r in morph.analyse(surname)):
        return None  # a verb or a pronoun in the surname's place: no list row
    return f"{given} {surname}"


# "Jäsen Kivi Anna eläkeliiton edustaja", "Vj Anna Kivi": a member table's row, the seat first, then the name and at
# most lower-case words (whom the member represents)
_SEAT_ROW = re.compile(
    r"(?m)^[ \t]*(?:[•·▪*\-–][ \t]*)?(?P<seat>[Pp]uheenjohtaja|[Vv]arapuheenjohtaja|[Jj]äsen|[Vv]arajäsen|[Ss]ihteeri|"
    r"[Vv]aravaltuutettu|[Ll]edamot|[Ee]rsättare|[Oo]rdförande|[Pp]j\.?|[Vv]pj\.?|J|Vj|Vj\.)[ \t]+"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{1,2}})(?:[ \t]+[a-zåäö][^\n]*)?[ \t]*$")
SEAT_RUN = 2  # seat rows that make a member table


def seat_row_people(text: str, morph: Morphology) -> list[Mention]:
    """People of a member table printed seat first ("Puheenjohtaja Kivi Anna kunnan edustaja", "Jäsen Laine Pekka
    ..."): only in a run of at least SEAT_RUN such rows (blank lines and headings-free gaps only), each name with
    a known first name that tells its order. A single "Puheenjohtaja Anna Kivi ..." line may be a sentence."""
    return _runs(text, _SEAT_ROW, SEAT_RUN, morph)


def _has_post(title: str, morph: Morphology) -> bool:
    """The phrase after the name holds a post title ("kulttuuri- ja vapaa-aikapäällikkö", "yhdistyksen
    puheenjohtaja"); a place, a project or another name there ("Kivi Anna, Espoo") is no titled row."""
    words = re.findall(r"[\wåäöÅÄÖ-]+", title)
    return 0 < len(words) <= 10 and any(is_post(w, morph) for w in words if not w[:1].isupper()) \
        and not any(ch.isdigit() for ch in title)


def _surname_like(word: str, morph: Morphology) -> bool:
    return word.lower().endswith(("nen", "la", "lä")) or any(r.cls == "sukunimi" for r in morph.analyse(word))


def _ordered(words: list[str], morph: Morphology) -> str | None:
    """The name first name first, or None when no word of it is a known first name. Two given names and a
    surname are kept in the order where the surname stands alone at one end ("Anna Liisa Kivi", "Kivi Anna
    Liisa")."""
    first = [is_first_name(w, morph) for w in words]
    if not any(first):
        return None
    if len(words) == 2:
        straight = first[0] and not (first[1] and _surname_like(words[0], morph) and not _surname_like(words[1], morph))
        if not straight and not first[1]:
            return None
        return " ".join(words) if straight else f"{words[1]} {words[0]}"
    if first[0] and first[1] and not first[2]:
        return " ".join(words)
    if first[1] and first[2] and not first[0]:
        return " ".join([*words[1:], words[0]])
    return None


# the phrase after a row's name, up to the next comma, spaced dash, en dash, bracket or line end
_TITLE_AFTER = re.compile(r"[ \t]*,[ \t]*(?P<title>[^,\n–]+?)[ \t]*(?=,|[ \t]-[ \t]|–|\(|$)", re.M)
# what may stand between an organisation's name and the post after it: the genitive ending of an abbreviation
# or of a name ending in "ry" ("Yhdistys ry:n puheenjohtaja"), then the post's words in lower case
_ORG_THEN_POST = re.compile(r"(?::n)?[ \t]+(?P<post>[a-zåäö][\wåäö-]*(?:[ \t]+[a-zåäö][\wåäö-]*){0,3})[ \t]*$")
ROW_ORG_TYPES = {"Municipality", "JointAuthority", "WellbeingCounty", "Company", "Agency", "Ministry", "Association",
                 "CompetenceCentre"}


def titled_row_facts(mentions: list[Mention], text: str, morph: Morphology) -> list[Fact]:
    """holdsPost of a titled row that names the organisation in the post ("Kivi Anna, Esimerkin Omaiset ry:n
    puheenjohtaja", "Laine Pekka, Jyväskylän kaupungin sosiaalijohtaja"): the organisation recognised in the
    phrase right before the post words. The row "Name, post, Organisation" is read by the prose post rules."""
    orgs = SpanIndex([m for m in mentions if m.iri and m.type in ROW_ORG_TYPES])
    out: list[Fact] = []
    for p in mentions:
        if p.rule != TITLED_ROW_PERSON or not p.iri:
            continue
        t = _TITLE_AFTER.match(text, p.end)
        if t is None:
            continue
        a, b = t.span("title")
        inside = [m for m in orgs.overlapping(a, b) if m.start >= a and m.end <= b]
        for org in sorted(inside, key=lambda m: m.start):
            after = _ORG_THEN_POST.match(text, org.end, b)
            if after is None or not is_post(after.group("post").split()[-1], morph):
                continue
            ev = Evidence(text[p.start:b], p.start, b)
            out.append(Fact(p.iri, "holdsPost", org.iri, ev, "holdsPost:titled-row", 0.7,  # type: ignore[arg-type]
                            post=" ".join(after.group("post").split())))
            break
    return out


# "Puheenjohtaja" alone on its line (after a label such as "Kutsutut:" at most), the chair's name on the next one
_CHAIR_ABOVE = re.compile(r"(?im)^[ \t]*(?:[a-zåäö]+:[ \t]*)?(?:puheenjohtaja|ordförande)[ \t]*:?[ \t]*\n"
                          r"(?:[ \t]*\n)?[ \t]*(?=\S)")


def chair_above_facts(mentions: list[Mention], text: str, meeting_body: str | None) -> list[Fact]:
    """The meeting's chair printed under the role's own line ("Kutsutut: Puheenjohtaja" then "Anna Kivi", a layout
    of minutes converted from HTML): holdsPost in the body whose meeting it is. `meeting_body` is given only for
    minutes, where the chair's body is the meeting's; elsewhere the role's body is often unnamed."""
    if meeting_body is None:
        return []
    people = SpanIndex([m for m in mentions if m.type == "Person" and m.iri])
    out: list[Fact] = []
    seen: set[str] = set()
    for r in _CHAIR_ABOVE.finditer(text):
        p = next((m for m in people.starting_in(r.end(), r.end() + 1)), None)
        above = _name_line_above(people, text, r.start())
        in_run, placed = _roles_under_names(people, text, r.start())
        if in_run:
            # "Anna Kivi" / "Bo Lind" / "puheenjohtaja" / "sihteeri": a signature table printed as a column of names,
            # then a column of roles; the chair is the name in the chair's place, or nobody where the columns differ
            p = placed
        elif above is not None:
            # "Anna Kivi" / "ordförande" / "Bo Lind" / "sekreterare": the block prints each role under its name,
            # so the role line belongs to the name above it, not to the next one
            p = above
        if p is None or p.iri in seen:
            continue
        seen.add(p.iri)  # type: ignore[arg-type]
        ev = Evidence(text[r.start():p.end].strip(), r.start(), p.end)
        out.append(Fact(p.iri, "holdsPost", meeting_body, ev, "holdsPost:chair-above", 0.7,  # type: ignore[arg-type]
                        post="puheenjohtaja"))
    return out


# a body's representative printed under the role's own line: "Kh:n edustaja" / "Kaupunginhallituksen edustaja:" /
# "Styrelsens representant", then the name on the next line (an attendance list converted from HTML)
_REPRESENTATIVE_LINE = re.compile(r"(?i)(?::n|n|s)?[ \t]+(?:edustaja|representant)[ \t]*:?[ \t]*\n(?:[ \t]*\n)?[ \t]*"
                                  r"(?=\S)")


def representative_above_facts(mentions: list[Mention], text: str) -> list[Fact]:
    """holdsPost in the body whose representative the line above the name says the person is ("Kh:n edustaja" /
    "Anna Kivi"): the line holds nothing but the body's genitive and the role word, so the body is the person's
    mandate, not the meeting's."""
    people = SpanIndex([m for m in mentions if m.type == "Person" and m.iri])
    out: list[Fact] = []
    for body in (m for m in mentions if m.type == "Body" and m.iri and not m.generic):
        line_start = text.rfind("\n", 0, body.start) + 1
        if text[line_start:body.start].strip():
            continue
        role = _REPRESENTATIVE_LINE.match(text, body.end)
        if role is None:
            continue
        p = next(iter(people.starting_in(role.end(), role.end() + 1)), None)
        if p is None:
            continue
        ev = Evidence(text[body.start:p.end].strip(), body.start, p.end)
        out.append(Fact(p.iri, "holdsPost", body.iri, ev, "holdsPost:representative-above", 0.7,  # type: ignore[arg-type]
                        post="edustaja"))
    return out


# a line with nothing but a role word (and a colon): "Sihteeri", "Pöytäkirjanpitäjä:", "sekreterare"
_ROLE_LINE = re.compile(r"(?i)^[ \t]*(?:[a-zåäö]+:[ \t]*)?(?:puheenjohtaja|varapuheenjohtaja|sihteeri|"
                        r"pöytäkirjanpitäjä|esittelijä|jäsen|jäsenet|varajäsen|ordförande|vice ordförande|sekreterare|"
                        r"protokollförare|föredragande|ledamot|ledamöter|ersättare)[ \t]*:?[ \t]*$")


_RUN_LINES = 8  # role lines (and name lines) followed at most: a signature table's column is short


def _line_bounds(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the line before the one starting at `at`; (-1, -1) at the text's start."""
    if at <= 0:
        return -1, -1
    end = at - 1
    return text.rfind("\n", 0, end) + 1, end


def _roles_under_names(people: SpanIndex[Mention], text: str, at: int) -> tuple[bool, Mention | None]:
    """Where the chair's line starting at `at` is one of two or more role lines in a row ("puheenjohtaja",
    "pöytäkirjanpitäjä"), the names stand as a column of their own on the lines right above the roles: the chair is
    the name in the same place of its column. (False, None) where the role line stands alone (one role a name),
    (True, None) where the columns are not of one length (no place to pair by)."""
    line_end = text.find("\n", at)
    if line_end < 0:
        return False, None
    place, first = 0, at  # the chair's place among the role lines, and where the first role line starts
    for _ in range(_RUN_LINES):
        a, b = _line_bounds(text, first)
        if a < 0 or not _ROLE_LINE.match(text[a:b]):
            break
        place, first = place + 1, a
    count, nxt = place + 1, line_end + 1
    for _ in range(_RUN_LINES):
        end = text.find("\n", nxt)
        end = len(text) if end < 0 else end
        if nxt >= len(text) or not _ROLE_LINE.match(text[nxt:end]):
            break
        count, nxt = count + 1, end + 1
    if count < 2:
        return False, None
    names: list[Mention] = []
    top = first
    for _ in range(count + 1):
        a, b = _line_bounds(text, top)
        found = [m for m in people.starting_in(a, b)] if a >= 0 else []
        if len(found) != 1 or text[a:b].strip() != text[found[0].start:found[0].end].strip():
            break
        names.insert(0, found[0])
        top = a
    if len(names) != count:
        return True, None
    return True, names[place]


def _name_line_above(people: SpanIndex[Mention], text: str, at: int) -> Mention | None:
    """The person named alone on the line right above the role line starting at `at`, when the block is laid
    out name first, role under it: the line above that name is no role line of its own (in "Sihteeri" /
    "Pekka X" / "Puheenjohtaja" / "Anna Y" the roles stand above their names, and the name above the chair's line
    is the secretary's). Only the two lines above are looked at."""
    end = text.rfind("\n", 0, at)
    if end < 0:
        return None
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end]
    names = [m for m in people.starting_in(start, end)]
    if len(names) != 1 or line.strip() != text[names[0].start:names[0].end].strip():
        return None
    prev_end = start - 1
    prev_line = text[text.rfind("\n", 0, max(prev_end, 0)) + 1:prev_end] if prev_end > 0 else ""
    if _ROLE_LINE.match(prev_line):
        return None
    return names[0]
