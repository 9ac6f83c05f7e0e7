"""Posts of the people listed in minutes: whose chair, whose director.

A role written after a listed name says which organisation the post belongs to:
"puheenjohtaja" alone (or "ordf.") chairs the meeting's own body; "jäsen",
"varapuheenjohtaja" and the secretary's roles sit in it too; "KH:n puheenjohtaja" chairs
the board named by the abbreviation; "Nousiaisten kunnanjohtaja" and "lakimies, HUS" work
for the organisation named in the role; an office title alone ("perusturvajohtaja",
"kuntayhtymän johtaja") is a post of the organisation that publishes the minutes. Never
the last place mentioned before the name: in a list that is the previous person's town.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from welfare_kg.contacts import email_domains
from welfare_kg.extract.attendance_layouts import label_line_posts, merge_qualified, qualified_row_posts
from welfare_kg.extract.body_abbreviations import COUNCIL_KINDS, seat_kinds
from welfare_kg.extract.body_compositions import composition_facts
from welfare_kg.extract.comma_employers import comma_employer, written_with_earlier
from welfare_kg.extract.entities import BODY_ACRONYMS, is_post
from welfare_kg.extract.hospital_areas import reference_body
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology, get_morphology
from welfare_kg.extract.office_titles import office_titles
from welfare_kg.extract.own_kind_seats import own_kind_before, run_on
from welfare_kg.extract.people import BLOCK_OPENER, LAYOUT_WORDS, MEETING_ROLES, Listed, title_line
from welfare_kg.extract.prefilter import guarded
from welfare_kg.extract.recognition_words import STREET_ENDINGS
from welfare_kg.extract.resolve import minted_type
from welfare_kg.extract.row_departments import row_department_posts
from welfare_kg.extract.row_unread_orgs import unread_row_org
from welfare_kg.extract.seat_prose import BOARD_OWNERS, elected_into_facts, prose_seat_facts
from welfare_kg.extract.signature_lines import signature_line_facts
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text import tokenize
from welfare_kg.extract.text_scans import matches
from welfare_kg.extract.title_kinds import title_kinds
from welfare_kg.extract.title_modifiers import owner_end_before
from welfare_kg.extract.titled_rows import (
    TITLED_ROW_PERSON,
    chair_above_facts,
    representative_above_facts,
    titled_row_facts,
)
from welfare_kg.loaders.record import DocumentRecord

# roles in the meeting's own body, by the post kept in the graph
_BODY_ROLES = {"puheenjohtaja", "varapuheenjohtaja", "jäsen", "varajäsen", "pöytäkirjanpitäjä", "sihteeri"}
# organisations a post can belong to, as the role text names them
ORG_TYPES = {"Municipality", "JointAuthority", "WellbeingCounty", "Company", "Agency", "Ministry", "Association",
             "CompetenceCentre", "Body", "Project"}
_NOISE = re.compile(r"(?i)\b(?:läsnä|poissa|klo|kello|saapui|från|kl|frånvarande|närvarande)\b.*$")


# roles that lists abbreviate with dots inside the word, written out: "puh.joht.", "varapj.", "kaup. joht."
_ABBREVIATED_ROLES = [(re.compile(r"(?i)\bvarapuh\.\s?joht(?:aja\b|\b\.?)"), "varapuheenjohtaja"),
                      (re.compile(r"(?i)\bpuh\.\s?joht(?:aja\b|\b\.?)"), "puheenjohtaja"),
                      (re.compile(r"(?i)\bvarapj\b\.?"), "varapuheenjohtaja"),
                      (re.compile(r"(?i)\bkaup\.\s?joht\b\.?"), "kaupunginjohtaja"),
                      (re.compile(r"(?i)\bkunn\.\s?joht\b\.?"), "kunnanjohtaja")]


# a title's head cut short with a point at a word's end: "kommunsekr.", "förvaltn.dir.", "omsorgsdir.",
# "sivistysjoht.", "kunnansiht." -- the head written out, the word's first part as written
_ABBREVIATED_HEAD = re.compile(r"(?i)(?<=[a-zåäö])(\.?)(dir|sekr|joht|siht)\.(?=[\s,;)]|$)")
_HEADS = {"dir": "direktör", "sekr": "sekreterare", "joht": "johtaja", "siht": "sihteeri"}


def seat_abbreviation(word: str) -> str | None:
    """The meeting role a word abbreviates with its full stop ("pj.", "vpj.", "varapj."), written out; None for
    any other word (a word without the stop is no abbreviation: "pj" in a row's column is read by the lists)."""
    if not word.endswith(".") or not word[:-1].isalpha():
        return None
    role = MEETING_ROLES.get(word[:-1].lower()) or expand_role(word.lower())
    return role if role in {"puheenjohtaja", "varapuheenjohtaja"} else None


def expand_role(role: str) -> str:
    """The role with its dotted abbreviations written out; other words as written."""
    for pattern, full in _ABBREVIATED_ROLES:
        role = pattern.sub(full, role)
    if "." in role:
        role = _ABBREVIATED_HEAD.sub(lambda m: m.group(1) + _HEADS[m.group(2).lower()], role)
    return role


# notes a transcript leaves in a row's role: the paragraphs attended ("t.o.m. 47", "fr.o.m. 12"), a page number
# before it, the "puh" of a phone number whose digits were lost
_ROLE_NOTES = re.compile(r"(?i)\b(?:t\.o\.m\.|fr\.o\.m\.)\s*\d+|^\s*\d{1,3}\s+(?=[a-zåäö])|^\s*puh\.?\s+")


@lru_cache(maxsize=8192)
def clean_role(role: str) -> str:
    """The role without times, page numbers and the layout words that follow it in a transcript.

    A function of the string alone, kept per string: the lists of a long compilation of minutes repeat the same
    role texts, and each is cleaned by seven substitutions (the 2 MB benchmark page: 11,921 calls)."""
    role = expand_role(role)
    role = re.sub(r"\d{1,2}[:.]\d{2}\s*[-–]?\s*(?:\d{1,2}[:.]\d{2})?", " ", role)
    role = _ROLE_NOTES.sub(" ", role)  # "t.o.m. 47 äldreomsorgschef", "29 kehitysjohtaja", "puh vt. johtaja"
    role = _NOISE.sub("", role)
    role = _PARAGRAPHS.sub("", role)  # "Sekreterare Paragrafer 26 -- 38": the signature's paragraphs after its head
    role = _MARKS.sub(" ", role, count=1) if _MARKS.match(role) else role
    role = _TRAILING_MARK.sub("", role)  # "fullmäktiges ordförande X": the next row's attendance mark
    return " ".join(role.split()).strip(" ,.-")


_TRAILING_MARK = re.compile(r"\s+[xX]\s*$")
_PARAGRAPHS = re.compile(r"(?i)\s*(?:\bparagrafer|\bpykälät|§§)[\s\d,\-–]*$")


# office titles minutes abbreviate in their lists of people
_OFFICE_ABBREVIATIONS = {"kj": "kunnanjohtaja", "kaupunginj": "kaupunginjohtaja"}
_ORDINAL = re.compile(r"^(?:[IVX]{1,4}|\d{1,2}\.?)$")
# "STJ, esittelijä", "VANVJ, esittelijä", "SC, föredragande": a title abbreviated in capitals before the row's
# role of presenting the items, which only the organisation's own officials have
_PRESENTER_TITLE = re.compile(r"[A-ZÅÄÖ]{2,6}[ \t]*,[ \t]*(?:esittelijä|föredragande)\b")


# office titles whose heads the post lexicon lacks, or takes only in compounds, as rows of people name them
# (engineers, principals, lecturers, Swedish secretaries, "projektledare X"): the `office` rows of
# data/office_titles.csv, with its `not` rows (minutes checkers, auditors) and their `bare` column ("tarkastaja",
# "asiamies" alone are meeting tasks)
_TITLES = office_titles()
_OFFICE_HEADS = _TITLES.offices
_NOT_OFFICE_HEADS = _TITLES.not_titles
_BARE_HEADS = _TITLES.offices_not_bare


def office_title(word: str, morph: Morphology) -> str | None:
    """The base form of an office title, from the post lexicon or a head it lacks ("kunnossapitoinsinööri",
    "Socialsekreterare"); the lexicon's answers stand as they are (its callers tell meeting roles apart)."""
    p = is_post(word, morph)
    if p:
        return p
    low = word.lower().strip(".,:;")
    if not low.isalpha() or low in MEETING_ROLES or low.endswith(_NOT_OFFICE_HEADS):
        return None
    for a in morph.analyse(word) or ():
        b = a.base.lower()
        if b.endswith(_OFFICE_HEADS) and not b.endswith(_NOT_OFFICE_HEADS) and b not in _BARE_HEADS \
                and a.cls in {"nimisana", None}:
            return b
    if low.endswith(("arna", "erna")):  # a Swedish definite plural ("projektledarna", "koordinatorerna")
        return office_title(low[:-2] + "e" if low.endswith("arna") else low[:-4], morph)
    return low if low.endswith(_OFFICE_HEADS) and low not in _BARE_HEADS else None


# a meeting role written in capitals after a name that is not ("BESLUTANDE Anna X (S) ... Åsa Y (SD) ERSÄTTARE Per Z"):
# the heading of the next group of rows, printed where a transcript runs the rows together
_CAPS_HEADING = re.compile(r"(?<![\w-])(?:" + "|".join(sorted((re.escape(w.upper()) for w in MEETING_ROLES
                                                                if len(w) > 3), key=len, reverse=True)) + r")(?![\w-])")


def role_post(role: str, morph: Morphology) -> tuple[str | None, str | None]:
    """(meeting role, office title) of a cleaned role text.

    The meeting role counts only when it stands alone: "KH:n puheenjohtaja" and
    "valtuuston I varapuheenjohtaja" hold posts in other bodies, "kfm.ordf." in another
    assembly. A role text with several meeting roles is a column of roles of several
    people ("puheenjohtaja II varapuheenjohtaja jäsen ..."), not one person's role.
    """
    toks = [t for t in tokenize(role) if t.is_word or _ORDINAL.match(t.text)]
    meeting = office = None
    if sum(t.text.lower() in MEETING_ROLES for t in toks) >= 3:
        return None, None
    for k, t in enumerate(toks):
        low = t.text.lower()
        if low in MEETING_ROLES and meeting is None and k < LONG_ROLE:
            # past the first words the row has run on into the next heading ("hallintoassistentti Laillisuus ...
            # Pöytäkirjan allekirjoitus ja varmennus Puheenjohtaja"): a role there is the next block's head
            j = k - 1
            while j >= 0 and _ORDINAL.match(toks[j].text):
                j -= 1  # "I varapuheenjohtaja", "2. varapuheenjohtaja"
            prev = toks[j].text if j >= 0 else ""
            owned = bool(prev) and not prev.isupper() and (prev.lower().endswith("n") or ":" in prev) \
                and prev.lower() not in MEETING_ROLES
            if not owned:
                meeting = MEETING_ROLES[low]
                if meeting == "puheenjohtaja" and prev.lower().strip(".") in {"vice", "vara"}:
                    meeting = "varapuheenjohtaja"  # "(vice ordförande)": the vice-chair in two words
        elif office is None and _PRESENTER_TITLE.match(role, t.start) and t.text.isalpha() \
                and t.text.upper() == t.text and low not in MEETING_ROLES and low not in _OFFICE_ABBREVIATIONS:
            office = t.text  # "STJ, esittelijä": the presenting official's title abbreviated, an office of its own
        elif office is None and low in _OFFICE_ABBREVIATIONS and (role[t.end:t.end + 1] in {".", ","}
                                                                   or len(toks) == 1 or t.end == len(role)):
            office = _OFFICE_ABBREVIATIONS[low]  # "Kj.", "kj, esittelijä": the municipality's own manager
        elif office is None and k < LONG_ROLE and (p := office_title(t.text, morph)) \
                and low not in MEETING_ROLES and not is_meeting_role(p) and not _modifier_only(t.text, morph) \
                and not _UNREAD_NAME.search(role[:t.start]):
            # "I varapuheenjohtaja puheenjohtajana 157": acting as the chair for an item is a seat, no office
            # past the first words the role has run on into the next heading or item ("ym Tilintarkastajan
            # väliraportti ... Kaupunginjohtajan päätökset"): a title there is nobody's post
            # "sosiaalityö- ja perhepalvelujen palvelulinjajohtaja", "kuntayhtymän johtaja": keep the modifiers
            office = p
            if k and toks[k - 1].text.lower() not in MEETING_ROLES:
                head = role[:t.start].split(",")[-1].strip()
                words = head.split()
                mods = [w for w in words[-3:] if not w[:1].isupper() or w.isupper()]
                if mods and len(words) <= 3:
                    office = f"{' '.join(mods).lower()} {p}".strip()
    return meeting, office


# a comma, then two capitalised words right before a title: the title is a name's the recogniser did not read
# ("Maria X Utredare, Malin Y Förvaltningsekonom" -- the economist is Malin Y, not Maria X)
_UNREAD_NAME = re.compile(r",\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäö]+)?\s+[A-ZÅÄÖ][a-zåäöé]+\s*$")


# the words of a certificate's signature line: "Virka-asema Allekirjoitus", "Tjänsteställning Underskrift"
_SIGNATURE_WORDS = {"allekirjoitus", "allekirjoitukset", "todistaa", "virka-asema", "underskrift", "underskrifter",
                    "intygar", "tjänsteställning"}


# a seat written as one compound of the body and the seat: "kommunstyrelseledamot", "nämndledamot"
_COMPOUND_SEAT = re.compile(r"(?i)([a-zåäö]{5,}?)(?:ledamot|medlem|ersättare|suppleant)$")


def _compound_body(prefix: str, bodies: list[Mention]) -> str | None:
    """The body of the text whose name holds the compound's first part ("kommunstyrelse" in "Finströms
    kommunstyrelse", "kommunstyrelsens ordförande"); None when no body or several different ones do."""
    found = {m.iri for m in bodies if m.type == "Body" and m.iri and prefix.lower() in m.surface.lower()}
    return found.pop() if len(found) == 1 else None


# words that head the columns of a members' table: the roles and their plurals
_HEAD_WORDS = frozenset(MEETING_ROLES) | {"medlemmar", "ledamöter", "suppleanter", "jäsenet", "varajäsenet",
                                          "viceordf", "vpj", "henkilökohtaiset"}


def _two_heads(before: str) -> tuple[str, str | None] | None:
    """The two meeting roles, capitalised and written out, that end the words before a name, and no third:
    "Puheenjohtaja Pöytäkirjanpitäjä" over two signatures (not a table's "varajäsen pj" column heads). The second
    may be the minutes checkers' head ("Ordförande Justerande"), a task of the meeting and no seat: None then."""
    written = before.split()
    words = [w.lower().strip(".,:") for w in written]
    checker = len(words) >= 2 and words[-1] in _CHECKER_HEADS
    if len(words) < 2 or not all(w in MEETING_ROLES and len(w) > 4 for w in words[-2:-1 if checker else None]) or (
            len(words) > 2 and words[-3] in _HEAD_WORDS):
        return None
    if not all(w[:1].isupper() for w in written[-2:]):  # a signature block's heads, as written over the names
        return None
    if checker:
        return MEETING_ROLES[words[-2]], None
    first, second = MEETING_ROLES[words[-2]], MEETING_ROLES[words[-1]]
    return (first, second) if first != second else None


# the head over the minutes checkers' signatures: no seat of its own (data/seat_words.csv leaves it out)
_CHECKER_HEADS = {"justerande", "justerare", "pöytäkirjantarkastaja", "pöytäkirjantarkastajat", "tarkastaja",
                  "tarkastajat"}


def _column_heads(before: str) -> bool:
    """Three or more role words in a row end the words before a name: the heads of a table's columns."""
    run = 0
    for w in reversed(before.split()):
        if w.lower().strip(".,:") not in _HEAD_WORDS:
            break
        run += 1
    return run >= 3


def _committee(body: str | None, mentions: list[Mention]) -> bool:
    """The meeting body is a Swedish committee ("Arbetsmarknads- och socialnämnden"), whose officials are its own
    administration's; a town's board or council ("Kunnanhallitus") is served by the town's officials."""
    return body is not None and any(m.iri == body and m.label.lower().endswith(("nämnd", "nämnden"))
                                    for m in mentions)


# "kaupunginjohtaja", "kunnansihteeri", "stadsjurist": an office of a town, never of the board whose meeting it attends
_TOWN_OFFICE = ("kaupungin", "kunnan", "kommun", "stads")


def signed_title(before: str, morph: Morphology) -> str | None:
    """The office a name with nothing after it signs with: a capitalised title between a signature line's word
    and the name ("Allekirjoitus Sosiaalijohtaja Pirjo X" closing a certificate). Not a title opening its own
    line under a heading ("Sihteeristö:\nKehittämispäällikkö X"), nor the last of a column of roles printed
    before the next run of names ("Jäsen Talousjohtaja X"): those say nothing of whose office it is."""
    line = before.split("\n")[-1].split()
    if not line or line[-1].isupper():
        return None
    title = office_title(line[-1], morph)
    if title is None or line[-1].lower() != title or len(line) < 2:
        return None
    if line[-2].lower().strip(".,:") in _SIGNATURE_WORDS:
        return title  # "Allekirjoitus Sosiaalijohtaja Pirjo X", "Allekirjoitus toimistosihteeri Helena X"
    # "... pidetään yleisesti nähtävänä kunnantalolla. hallintosihteeri Helvi X": the certificate's sentence ends,
    # then its signer's title and name, lower case as a transcript runs the lines together
    if line[-1][:1].islower() and line[-2].endswith(".") and len(line[-2].rstrip(".")) > 3 \
            and line[-2][:1].islower():
        return title
    # "... on pidetty yleisesti nähtävänä kunnanvirastossa maanantaina klo palvelusihteeri Pirjo X": a title in lower
    # case right before the name reads as in running text, the signer's own, unless the word before is a title or
    # role too (a column of roles run together before the names)
    prev = line[-2].lower()
    if line[-1][:1].islower() and prev.isalpha() and prev not in MEETING_ROLES and office_title(prev, morph) is None:
        return title  # not after "vs.", "pj.": an abbreviation qualifies the title or is a role of its own
    return None


def _modifier_only(word: str, morph: Morphology) -> bool:
    """An office title only in the genitive ("Kaupunginjohtajan päätökset", "toimitusjohtajan sijaisuus") modifies
    the noun after it: a list of contents run on after a name, not the post the person holds."""
    if not word[:1].isalpha() or word.lower() != word.lower().rstrip(".,:;"):
        return False
    readings = [a for a in morph.analyse(word) or () if a.cls in {"nimisana", None}]
    return bool(readings) and all(a.case == "omanto" for a in readings)


_COLUMN_BREAKS = (MEETING_ROLES.keys() | LAYOUT_WORDS) - {"vs", "vt", "poissa", "läsnä", "klo", "kello"}
# the director of a joint authority among the people: the minutes are that authority's
_JOINT_DIRECTOR = re.compile(r"(?i)\bsamkommunsdirektör|\bförbundsdirektör|\bkuntayhtymän\s+johtaja|\byhtymäjohtaja")
# attendance marks before a role ("x Kh:n pj.")
# "x" marks, attendance times ("18:00-21:08") and a given name in brackets ("(Aarne)") before a row's role
_MARKS = re.compile(r"[\s,]*(?:\([A-ZÅÄÖ][a-zåäö-]+\)[\s,]*)?"
                    r"(?:(?:[xX](?![\w.])|\d{1,2}[:.]\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?)[\s,]*)*")
# a meeting role right after the body that owns it: "valtuuston I varapj.", "fullmäktiges ordförande"
# "valtuuston pj", "kh:n pj", "fullm. I viceordf.": the point of an abbreviated body name may come first
_OWNED_ROLE = re.compile(r"(?::s|:n)?\.?\s*(?:(?:[IVX]{1,4}|\d\.?)\s+|\d\.)?([A-Za-zÅÄÖåäö]+\.?)")  # "1.vpj" too
_CHAIR_BEFORE = re.compile(r"(?i)(?:^|\s)(?:puheenjohtaja|pj|ordförande|ordf\.?)\s*$")
_AFTER_COMMA = re.compile(r",\s*$")
_EMAIL_DOMAIN = re.compile(r"@([a-z0-9.-]+\.[a-z]{2,})", re.IGNORECASE)
# a row's mark that the person attended for one item only ("konsultti asia 4", "läsnä 89", "klo ... §:n 61 aikana",
# "närvarande § 12"): a guest heard on that item, whose office is their own organisation's, not the meeting's;
# officials present for a run of items ("verksamhetscontroller, §§ 12-18") are the town's own
_ONE_ITEM = re.compile(r"(?i)(?:\b(?:läsnä|paikalla|asia|asiat|asiassa|asiakohta|kohta|kohdat|kohdassa|kohdan|"
                       r"närvarande|ärende|ärendet|punkt)[ \t]*(?:§[ \t]*)?|(?<!§)§[ \t]*|:n[ \t]+)\d{1,3}\b"
                       r"(?![:.,]\d|[ \t]*[-–][ \t]*\d)")  # not a time ("läsnä 18:30") nor a run of items ("§§ 12-18")
# posts that name their organisation's kind: "kuntayhtymän johtaja" works for a joint authority
_KIND_WORDS = {"kuntayhtymä": "JointAuthority", "hyvinvointialue": "WellbeingCounty", "kunta": "Municipality",
               "kaupunki": "Municipality"}


# words that tie a title to the next one in a run of "title Name" pairs ("och områdeschef Marie X")
_JOINERS = {"och", "ja", "samt", "sekä", "and"}
# the paragraphs or times a row attends, before its title: "13-16, alkoholhandläggare"
_ATTENDED = re.compile(r"^\s*(?:\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*,?\s*)+")
# an acting official's mark before the title, which is no title word itself: "Tf. socialchef", "vs. kunnanjohtaja"
_ACTING = re.compile(r"(?i)^\s*(?:tf|t\.f|tillf|vt|vs|va)\.?\s+")


def _row_title(role: str) -> str:
    """The row's words after the name without the paragraphs it attended ("63-68, 70,") and the acting mark
    ("Tf."), what is left to be a title ("Tf. socialchef" -> "socialchef")."""
    return _ACTING.sub("", _ATTENDED.sub("", role))


def _title_word(word: str, morph: Morphology) -> bool:
    """An office title or a meeting role, also as the parts of "Kunnanjohtaja/esittelijä"."""
    parts = [w.strip(".,:;()") for w in word.split("/") if w.strip(".,:;()")]
    return bool(parts) and all(w.lower() in MEETING_ROLES or office_title(w, morph) for w in parts)


ROW_END_ORG_RULE = "holdsPost:row-end-org"
# the attendance remark a row's title is followed by before the organisation ends the row: "läsnä 89", "§ 12-14",
# "poistui klo 19", "saapui", "närvarande §§ 5-7", "klo 18.30-19.10"
_ROW_REMARK = re.compile(r"(?i)^[\s,]*(?:(?:läsnä|poissa|poistui|saapui|närvarande|klo|kl\.?|asia[t]?|§§?|ärende)"
                         r"(?:[\s.:§\d,\-–]|(?:klo|kl)\b)*)+$")


def _row_end_org(p: Listed, role: str, named_at: SpanIndex, text: str) -> str | None:
    """The organisation that ends an attendance row after its title and an attendance remark ("Iivanainen Antti
    toiminnan kehitysjohtaja, läsnä 89 Apotti hanketoimisto"): a guest's own organisation, printed in the row's
    last cell; the row's title is held there, not in the publisher. No body (a heading of the next rows) and no
    name with a colon after it."""
    end = p.role_start + len(p.role)
    last = role.split()[-1] if role else ""
    cut = text.find(last, p.role_start, end) if last else -1
    if cut < 0:
        return None
    after = cut + len(last)
    for m in named_at.starting_in(after, end):
        if m.type in {"Body", "Municipality", "Region", "Person"} or not m.iri:
            continue
        if not _ROW_REMARK.match(text[after:m.start]) or text[m.end:m.end + 2].lstrip().startswith(":"):
            return None
        return m.iri
    return None


# a seat word, then two capitalised words (or one and an association's or a company's legal form): the name of the
# organisation whose seat it is ("ordförande Kvinnojouren Y i Z", "puheenjohtaja Esimerkin Martat ry"); one word
# alone is as often a minutes' note ("Saapui klo 18")
_SEAT_THEN_NAME = re.compile(r"(?i:(?P<seat>[\w.-]+))[ \t]+(?P<name>[A-ZÅÄÖ][a-zåäö][\w-]*)"
                             r"[ \t]+(?:[A-ZÅÄÖ][a-zåäö][\w-]*|r\.?[yf]\.?|Oy|Ab)(?![\w-])")


def _seat_of_named_organisation(text: str, at: int, meeting: str, people_at: set[int]) -> bool:
    """The row "Name, <seat> <Capitalised name>" opens its role with the seat word and goes on with a name: the
    seat is held in that organisation (an outside guest heard at the meeting), which the recogniser did not read,
    not in the meeting's own body."""
    lead = len(text[at:at + 80]) - len(text[at:at + 80].lstrip(" \t"))
    hit = _SEAT_THEN_NAME.match(text[at + lead:at + 80])
    # (the words after the seat may be the next row's name or a label and a name, "Virtanen Liisa", "Beslutande
    # Granlund Vald-Erik": a person read among them opens a row)
    return hit is not None and MEETING_ROLES.get(hit["seat"].lower().rstrip(".")) == meeting \
        and hit["name"].lower().rstrip(".") not in MEETING_ROLES \
        and not any(at + lead + hit.start("name") <= k < at + lead + hit.end() for k in people_at)


def _unknown_org_first(role: str, morph: Morphology) -> bool:
    """A row's role opening with a capitalised word and a comma that is no title ("Luontopalvelut, puistonjohtaja",
    "Sitowise, konsultti"): the row writes the organisation the office is held in; where no reference data knows
    it, the office is that organisation's, not the publisher's (a guest from another organisation at the meeting)."""
    first = role.split(",", 1)[0].strip() if "," in role else ""
    if not first or " " in first or len(first) < 4 or not first[:1].isupper() or not first.isalpha():
        return False
    if _PRESENTER_TITLE.match(role.strip()):
        return False  # "VANVJ, esittelijä": the official's own abbreviated title, no guest's organisation
    return not _title_word(first, morph) and role_post(first, morph) == (None, None) \
        and first.lower() not in {"klo", "asia", "asiat"}


def _office_only(role: str, morph: Morphology) -> bool:
    """The row's words after the name are one office title and nothing of the row's own: in a run of
    "title Name, title Name" that title is the next person's ("socialchef", "Hallintojohtaja/ pöytäkirjanpitäjä")."""
    # "Individ- och familjeomsorgschef": the first half of a shared compound is no word of its own
    words = [w for w in _row_title(role).replace("/ ", "/").split() if w.lower() not in _JOINERS
             and not w.endswith("-")]
    if not 1 <= len(words) <= 2 or not all(_title_word(w, morph) for w in words):
        return False
    head = words[0].split("/")[0].strip(".,:;()")
    return head.lower() not in MEETING_ROLES and office_title(head, morph) is not None


def _title_phrase(role: str, morph: Morphology) -> bool:
    """A row's words are a title of two or three words, one an office title and the others plain words, no seat
    ("Administrativ chef", "Verksamhetsområdeschef hemvård", "Verksamhetsområdeschef Myndighet")."""
    words = [w.strip(".,") for w in _row_title(role).split() if w.lower() not in _JOINERS and not w.endswith("-")]
    if not 2 <= len(words) <= 3 or not all(w.isalpha() for w in words):
        return False
    titles = [w for w in words if office_title(w, morph) is not None and w.lower() not in MEETING_ROLES]
    return len(titles) == 1 and not any(w.lower() in MEETING_ROLES for w in words)


def title_phrase_office(before: str, morph: Morphology) -> str | None:
    """The office of a title phrase that ends `before` ("... Verksamhetsområdeschef hemvård" -> the
    verksamhetsområdeschef), its qualifier kept: the office title among the last three words."""
    words = before.split()[-3:]
    for k in range(len(words)):
        if _title_phrase(" ".join(words[k:]), morph):
            return " ".join(words[k:]).lower()
    return None


def _ends_with_title(before: str, morph: Morphology) -> bool:
    words = before.replace("/ ", "/").split()
    return bool(words) and _title_word(words[-1], morph)


def title_first_runs(people: list[Listed], text: str, morph: Morphology) -> set[int]:
    """People of a run written "title Name, title Name, ... title Name" inside a block that otherwise writes
    the role after the name ("samt sekreterare Patrik X, socialchef Lillemor Y, ... och områdeschef Marie Z",
    "Kunnanjohtaja/esittelijä Pauli X Hallintojohtaja/ pöytäkirjanpitäjä Helena Y Asiat"): each one's title is
    the one before the name. The run is told by its ends: the first name follows a title that the row before
    does not own as its whole role, the last name has no title after it; in a "Name title Name title" table
    the last name has one, and the first name has none before it."""
    run: set[int] = set()
    k = 0
    while k < len(people):
        p = people[k]
        prev = people[k - 1] if k and people[k - 1].block == p.block else None
        if p.contact or p.roles_before or not _ends_with_title(p.before, morph) \
                or not _office_only(p.role, morph) or (prev is not None and _office_only(prev.role, morph)):
            k += 1
            continue
        j = k
        # once the run is under way, a title of a qualifier and a title ("Administrativ chef", "Verksamhetsområdeschef
        # hemvård") carries it on as well as a title alone
        while j + 1 < len(people) and people[j + 1].block == p.block \
                and (_office_only(people[j].role, morph) or (j > k and _title_phrase(people[j].role, morph))) \
                and (_ends_with_title(people[j + 1].before, morph)
                     or (j > k and _title_phrase(people[j + 1].before, morph))) \
                and "\n" not in text[people[j].end:people[j + 1].start]:
            j += 1
        end = _row_title(people[j].role).split()
        lead = p.before.split()
        # the run's own marks: a conjunction before its first title ("samt sekreterare Patrik X") or titles that
        # open rows with a capital ("Kunnanjohtaja/esittelijä Pauli X"); a "Name title" table writes them lower
        # case and gives its last name a title too ("Alm Pekka kiinteistöpäällikkö Laillisuus ja ...")
        marked = (len(lead) >= 2 and lead[-2].lower() in _JOINERS) \
            or all(_ATTENDED.sub("", q.role).lstrip()[:1].isupper() for q in people[k:j]) \
            or _prose_run(people[k:j + 1], text)
        if j > k and marked and not (end and _title_word(end[0], morph)):
            run.update(id(q) for q in people[k:j + 1])
        k = j + 1
    return run


def _prose_run(run: list[Listed], text: str) -> bool:
    """A run written as a sentence: "... osallistuivat rehtori A, hallintojohtaja B ja talouspäällikkö C." Each name
    but the last is followed by a comma or a conjunction and the last one by the sentence's full stop; a "Name
    title Name title" table has neither."""
    last = run[-1]
    if not text[last.end:last.end + 3].lstrip().startswith("."):
        return False
    return all(text[q.end:q.end + 1] == "," or (q.role.split()[:1] and q.role.split()[0].lower() in _JOINERS)
               for q in run[:-1])


def _signature_cut(role: str) -> str:
    """The row's role up to a signature block's label: "Asiat :t 1-44 ALLEKIRJOITUS Puheenjohtaja Pöytäkirjanpitäjä"
    and "Allekirjoitus Ilmoitustaulunhoitaja" name the heads of the signatures that follow, not this row's role."""
    words = role.split()
    for k, w in enumerate(words):
        if w.lower().strip(".,:") in _SIGNATURE_WORDS or w in _GROUP_HEADS:
            return " ".join(words[:k])
    return role


# a Swedish attendance list's sub-heading, capitalised after the last member's row: "Yvonne X Ej tjänstgörande
# ersättare Henry Y" -- the deputies' heading, not the member's role ("tjänstgörande ersättare för Z" in lower case
# is a row's own role)
_GROUP_HEADS = {"Ej", "Tjänstgörande"}


_ADMINISTRATIONS = ("förvaltningen", "förvaltning", "kontoret", "kansliet", "virasto", "toimisto")


def listed_post_facts(people: list[Listed], mentions: list[Mention], *, meeting_body: str | None,
                      publisher: str | None, body_by_acronym: dict[str, str], morph: Morphology,
                      text: str, domain_org: dict[str, str] | None = None) -> list[Fact]:
    """holdsPost facts for the people of attendance, signature and contact blocks."""
    facts: list[Fact] = []
    named = [m for m in mentions if m.iri and m.type in ORG_TYPES and m.rule != "person-listed"]
    named_at = SpanIndex(named)  # organisations by position: a role's own words are looked up, not scanned for
    kind_of = {m.iri: m.type for m in mentions if m.iri}
    person_at: dict[int, str] = {}
    for m in mentions:
        if m.type == "Person" and m.iri:
            person_at.setdefault(m.start, m.iri)
    people_at = {m.start for m in mentions if m.type == "Person"}
    domain_org = domain_org or {}
    # "Justeringens plats Socialförvaltningen", "Underskrift Socialförvaltningen": the administration that keeps the
    # protocol may be the body read for the meeting; its officials work there, but it holds no seats
    if meeting_body is not None and any(m.iri == meeting_body and m.type == "Body"
                                        and m.label.lower().endswith(_ADMINISTRATIONS) for m in mentions):
        meeting_seats = None
    else:
        meeting_seats = meeting_body
    has_office: set[str] = set()
    committee: bool | None = None  # the meeting body is a Swedish committee (_committee), asked when needed
    member: list[Fact] = []
    unnamed_chair = False  # the one chair read for a body the minutes never name (UNNAMED_BODY_CHAIR_RULE)
    column = column_roles(people, morph)
    signed = signature_heads(people)
    titled_rows = title_column(people, morph)
    next_line = next_line_roles(people, text, morph)  # "Virtanen Matti" / "puheenjohtaja": a row on two lines
    title_first = title_first_runs(people, text, morph)
    # the row before a "title Name" run: its trailing title is the run's first person's
    handed_on = {id(people[k - 1]) for k in range(1, len(people))
                 if id(people[k]) in title_first and id(people[k - 1]) not in title_first}
    column_post: str | None = None  # the post a plural title over a column of people gives each of them
    next_head: str | None = None  # the second of two role heads printed before two signatures
    # (body, post, block, bare) of a "Maakuntahallituksen jäsenet" heading, or a bare "Jäsenet:" over the meeting's
    group: tuple[str, str, str, bool] | None = None
    dittos = _ditto_bodies(people, named_at)
    for p in people:
        person = person_at.get(p.start)
        own_title = False  # a labelled row's office after a comma (LABELLED_ROW_RULE)
        if group is not None and (p.block != group[2] or _HEADING_COLON.search(p.before)
                                  or BLOCK_OPENER.search(p.before)):
            group = None  # "Satakuntaliiton virasto:", "Muut osallistujat": the next heading ends the body's rows
        heading = group_heading(text, p.start, named_at)
        bare = heading is None and (heading := bare_members_heading(text, p.start, meeting_body)) is not None
        if heading is not None:
            group = (heading[0], heading[1], p.block, bare)
        if person is None:
            continue
        town_fact = _town_group_post(p, person, mentions, text, morph)
        if town_fact is not None:  # "Sysmä: Kunnanjohtaja Pekka X": the title before the name, in the town
            facts.append(town_fact)
            continue
        if p.roles_before and unknown_town_group(p, mentions, text, morph):
            continue  # under a town's label no reference data knows: its titles are nobody else's
        # "Underskrifter Sekreterare Ordförande Justerande Linda X Kjell Y" (heads, then names in order) and
        # "Sari X Ari Y ... puheenjohtaja II varapuheenjohtaja jäsen ..." (a column of roles after the names)
        laid_out = next(((roles[id(p)], rule, chair) for roles, rule, chair in
                         ((signed, "holdsPost:signature-heads", 0.75), (column, "holdsPost:listed-column", 0.7))
                         if id(p) in roles), None)
        if laid_out is not None and meeting_body:
            role_name, rule, chair = laid_out
            fact = Fact(person, "holdsPost", meeting_body, Evidence(p.written, p.start, p.end),
                        rule, chair if role_name == "puheenjohtaja" else 0.5, post=role_name)
            (facts if role_name == "puheenjohtaja" else member).append(fact)
            continue
        role = titled_rows.get(id(p)) or next_line.get(id(p)) or _signature_cut(
            clean_role(_before_heading(p, named_at)))
        if id(p) in title_first:
            role = ""  # the title after the name is the next person's
        elif id(p) in handed_on:
            kept = role.split()
            while kept and _title_word(kept[-1], morph):
                kept.pop()
            role = " ".join(kept)
        # a contact line's title on the line above the name, blank lines between ("Esittelijä" / "toimialajohtaja"
        # / "Juha X"): extract/people.py `contact_lines` reads the title's line into the name's
        before = clean_role((p.before.rstrip() if p.contact else p.before).split("\n")[-1]) if p.before else ""
        if id(p) in title_first and p.before:
            # "Övriga närvarande Kommunchef Christer X": the cleaning drops all after an attendance word (a row's
            # "närvarande from kl ..."), but in a title-first run the heading's last words are the first title
            before = clean_role(_ATTENDANCE_WORD.split(p.before.split("\n")[-1])[-1])
        titled = _column_title(p.before.split("\n")[-1], morph) if p.before else None  # after "poissa" too
        if titled is not None:
            column_post = titled
        elif column_post is not None and _ends_column(before):
            column_post = None  # another heading or role between the rows: the column has ended
        role_end = p.role_start + len(p.role)
        ev = Evidence(text[p.start:role_end].strip(), p.start, role_end)
        meeting, office = role_post(role, morph) if role else (None, None)
        if meeting is not None and not p.written.isupper() and _CAPS_HEADING.search(role):
            meeting = None  # "Åsa Nyberg (SD) ERSÄTTARE Ingemar X (M)": a group's heading in capitals, not her seat
        words = role.split()
        if office and len(words) > LONG_ROLE and is_post(words[-1].strip(".,:"), morph) \
                and any(w[:1].isupper() for w in words):
            # a row that runs on into prose ends with the next name's title: "... Au Förvaltningschef"; a row of
            # lower-case words only is one person's titles joined ("ikäihmisten palvelulinjajohtaja ja sosiaalityö-
            # ja perhepalvelujen palvelulinjajohtaja"), the next name being read as its own row
            office = None
        line_title = False  # the office opens the name's own line (LINE_TITLE_RULE)
        if office is None and not (p.contact or p.roles_before) and id(p) not in title_first \
                and id(p) not in titled_rows and "\n" in p.before and group is None \
                and not p.before.rsplit("\n", 1)[0].rstrip().endswith(":"):
            # (under a label's own line, "Sihteeristö:", the rows belong to that group, not to the town)
            office = _line_opening_office(p.before.rsplit("\n", 1)[-1], morph)
            line_title = office is not None
        if group is not None and office is None and not (p.contact or p.roles_before) and id(p) not in title_first \
                and meeting in {None, "puheenjohtaja", "varapuheenjohtaja", "jäsen", "varajäsen"} \
                and not (group[3] and _own_role(role, meeting)):
            # the rows under "Maakuntahallituksen jäsenet": a chair's or vice-chair's mark, else the heading's post
            post = meeting if meeting in {"puheenjohtaja", "varapuheenjohtaja", "jäsen", "varajäsen"} else group[1]
            facts.append(Fact(person, "holdsPost", group[0], ev, "holdsPost:listed-group",
                              0.75 if post == "puheenjohtaja" else 0.6, post=post))
            continue
        ditto_body = dittos.get(id(p))
        ditto_seat = _DITTO.match(p.role) if ditto_body is not None else None
        if ditto_body is not None and ditto_seat is not None \
                and MEETING_ROLES.get(ditto_seat.group("seat").lower().rstrip(".")) in _SEATS:
            # 'Huuhilo Marjo " I varapuheenjohtaja' under "Junnonen Juha kunnanvaltuuston puheenjohtaja": the
            # ditto mark repeats the row above's owner, so the seat is in that body, not in the meeting's
            seat = " ".join(p.role[ditto_seat.start("ord"):].split())
            facts.append(Fact(person, "holdsPost", ditto_body.iri, ev, DITTO_ROW_RULE, 0.7,
                              post=f"{ditto_body.surface.lower()} {seat}"))
            continue
        assembly = _assembly_role(role, mentions, meeting_body)
        if assembly is not None:  # "valt. 1. varapj.": a meeting role in the council the abbreviation names
            if assembly[0] is not None:
                facts.append(Fact(person, "holdsPost", assembly[0], ev, "holdsPost:listed-other-body", 0.7,
                                  post=assembly[1]))
            continue
        if p.role.startswith(".") and not p.roles_before and id(p) not in title_first:
            continue  # "... valittiin Maarit Lepistön. PÖYTÄKIRJAN ALLEKIRJOITUS": a sentence's end, then a heading
            # (a run's last name before its full stop has its title before it: "... ja talouspäällikkö C.")
        if meeting is None and office is None and not (p.contact or p.roles_before):
            office = coordinated_title(p, morph)  # "Förvaltningschef Roland X och förvaltningsekonom Karolina Y"
        if (p.contact or p.roles_before or id(p) in title_first) and id(p) not in titled_rows:
            # "hallintojohtaja Anu Heikkilä", "puheenjohtaja Salmela, Reino": the title before the name
            _, b_office = role_post(" ".join(before.split()[-3:]), morph) if before else (None, None)
            if id(p) in title_first:
                before = " ".join(w for w in before.split() if w.lower() not in _JOINERS)  # "och områdeschef"
                _, b_office = role_post(before.replace("/ ", "/").split()[-1], morph) if before else (None, None)
                if b_office is None and before:
                    b_office = title_phrase_office(before, morph)  # "Verksamhetsområdeschef hemvård Johan X"
            if p.roles_before or id(p) in title_first:  # the word right before the name is the role: "pj Salmela"
                last = before.replace("/ ", "/").split()[-2:] or [""]
                meeting = MEETING_ROLES.get(last[-1].split("/")[-1].lower().strip(".,"))
                if id(p) in title_first and len(last) == 2 and _ORDINAL.match(last[0]):
                    meeting = None  # "2. varapuheenjohtaja" in another's list: the council's presidium, not this body's
                owned = _owned_seat(p, person, before, meeting, named_at, meeting_body, morph) if meeting else None
                if owned is not None:
                    facts += owned
                    continue
                if _column_heads(before):  # "Ordförande Viceordf. Medlemmar Ersättare Birgitta X": heads of
                    meeting = b_office = None  # columns printed before the names, no one's own role
                if meeting == "puheenjohtaja" and len(last) == 2 and last[0].lower() in {"vice", "vara", "vpj"}:
                    meeting = "varapuheenjohtaja"  # "Vice ordförande Johan Berg"
                # "Puheenjohtaja Pöytäkirjanpitäjä Martti X Arto Y": two heads over two signatures, in order
                heads = _two_heads(before)
                if heads is not None and not clean_role(_PARTY_MARK.sub("", p.role)):
                    # ("Ordförande Justerande Lisa X (S) Anna Y (M)": a party's bracket after the name is no role)
                    meeting, next_head = heads
                elif next_head is not None and not before.strip():
                    meeting, next_head = next_head, None
                office = b_office if meeting is None or id(p) in title_first else None
                if office is None and id(p) not in title_first and _COMMA_AFTER_NAME.match(text, p.end):
                    # "Esittelijä  Liisa X, perusturvajohtaja": the label before the name is the meeting's role,
                    # the title the comma sets after the name the person's own office (no next row's word)
                    office = role_post(role, morph)[1] if role else None
                    own_title = office is not None
            elif b_office:
                office = b_office
            if p.contact and " ja " in role:
                role = role.split(" ja ")[0]
        elif meeting is None and p.leads and _CHAIR_BEFORE.search(p.before or ""):
            owned = _owned_seat(p, person, p.before, "puheenjohtaja", named_at, meeting_body, morph)
            if owned is not None:
                facts += owned
                continue
            meeting = "puheenjohtaja"  # "pj Lampinen Aarne": the chair's word before the block's first name
        elif not role and meeting is None and office is None and p.before:
            office = signed_title(p.before, morph)  # "Virka-asema Allekirjoitus Sosiaalijohtaja Pirjo X"
        # a word in capitals longer than an acronym is a column of home towns ("LARSMO NYKARLEBY"), not the role's
        in_role = [m for m in named_at.starting_in(p.role_start, p.role_start + len(role) + 2) if m.type != "Body"
                   and not (m.surface.isupper() and len(m.surface) > 4)]
        # "KH:n puheenjohtaja", "kh:n edustaja", "Kv:n 1. v.puheenjohtaja": a post of the body the abbreviation
        # names -- the board of the town the row ends with when it names one ("Kh:n puheenjohtaja Järvenpää",
        # members of several towns' boards in a joint meeting), else the minutes' own
        abbr = _ABBR_ROLE.match(role)
        town = next((m for m in in_role if m.type == "Municipality"), None)
        if abbr and (abbr.group("abbr").upper() in body_by_acronym or (
                town is not None and abbr.group("abbr") in BODY_ACRONYMS)):
            held = MEETING_ROLES.get(abbr.group("role").lower())
            if held == "puheenjohtaja" and abbr.group("vara"):
                held = "varapuheenjohtaja"
            if held in {"puheenjohtaja", "varapuheenjohtaja", "jäsen"}:
                org = town.iri if town is not None else body_by_acronym[abbr.group("abbr").upper()]
                facts.append(Fact(person, "holdsPost", org, ev, "holdsPost:listed-other-body", 0.75,
                                  post=" ".join(abbr.group(0).split())))
            continue
        if column_post is not None and town is not None and role_post(
                clean_role(text[p.role_start:town.start]), morph) == (None, None):
            # only the town before: a role word after it heads the next row ("Asikkala Esittelijä Tarja X")
            # "Kaupungin/kunnanjohtajat Hannu Lahti Tuusula Matti Berg Nurmijärvi": the column's title is
            # each one's post in the town of their row
            facts.append(Fact(person, "holdsPost", town.iri, ev, "holdsPost:listed-column-title", 0.7,
                              post=column_post))
            continue
        # "fge ordf.", "Kst vice ordf.", "kaupunginvaltuuston I varapuheenjohtaja", "fullmäktiges ordförande":
        # a meeting role of the body the role names first
        # a row on two lines ("Nordqvist Harry" / "valtuuston 1 vpj."): its role is the line under the name
        under = _ROLE_LINE_UNDER.match(text, p.end) if id(p) in next_line else None
        role_at, own_role = (under.start("role"), under.group("role")) if under else (p.role_start, p.role)
        lead = _MARKS.match(own_role).end()
        lead += len(text[role_at:role_at + 40]) - len(text[role_at:role_at + 40].lstrip(" \t"))
        # the body must open the row's own role: after a row without one ("Virpi X" then "valtuuston pj" as the
        # first of a separate column of roles) the body and its role are another row's
        # (in a layout writing roles before the names, a capitalised role after this name opens the next row:
        # "Tuusulan kunnasta Anna X Johtokunnan puheenjohtaja Matti Y" -- the board's chair is Matti's, not Anna's)
        next_row = p.roles_before and under is None and text[role_at + lead:role_at + lead + 1].isupper()
        named_body = None if next_row else next((m for m in named_at.starting_in(role_at + lead,
                                                           role_at + min(lead + 4, len(own_role.rstrip())))
                           if m.type == "Body" and m.iri), None)
        owned = _OWNED_ROLE.match(text, named_body.end) if named_body is not None else None
        if named_body is not None and owned and MEETING_ROLES.get(owned.group(1).lower().rstrip(".")) \
                in _BODY_ROLES - {"sihteeri", "pöytäkirjanpitäjä"} and _roles_in(role) <= 1 \
                and not (named_body.generic and named_body.iri == meeting_body):
            if named_body.iri != meeting_body or meeting is None:
                facts.append(Fact(person, "holdsPost", named_body.iri, ev, "holdsPost:listed-other-body",
                                  0.75, post=role))
                continue
        elif named_body is not None and named_body.iri != meeting_body and meeting in _BODY_ROLES \
                and _roles_in(own_role) <= 1:
            # a role running on into more roles ("yhtymävaltuuston 1. vpj yhtymävaltuuston 2. vpj johtaja ...")
            # is a flattened column of titles: its body is the column's first row's, not this name's
            facts.append(Fact(person, "holdsPost", named_body.iri, ev, "holdsPost:listed-other-body",
                              0.75 if meeting == "puheenjohtaja" else 0.6, post=role or meeting))
            continue
        compound = _COMPOUND_SEAT.match(role) if meeting is None and office is None else None
        seat_body = _compound_body(compound.group(1), named) if compound else None
        if seat_body is not None:  # "kommunstyrelseledamot": a seat in the body the compound names
            facts.append(Fact(person, "holdsPost", seat_body, ev, "holdsPost:listed-other-body", 0.7,
                              post=compound.group(0).lower()))
            continue
        if office and _column_title(role, morph) is None:  # "Kaupungin/kunnanjohtajat" heads the next rows
            org = in_role[0].iri if in_role else None
            if org is None:
                dom = _EMAIL_DOMAIN.search(p.role)
                org = domain_org.get(dom.group(1).lower()) if dom else None
            row_end = _row_end_org(p, role, named_at, text) if org is None else None
            if row_end is not None:  # "Iivanainen Antti kehitysjohtaja, läsnä 89 Apotti hanketoimisto"
                facts.append(Fact(person, "holdsPost", row_end, ev, ROW_END_ORG_RULE, 0.6, post=office))
                has_office.add(person)
                continue
            # a publisher no reference data knows (a kommun in Sweden): the officials present at a committee's
            # meeting serve that committee's administration ("Lena X, förvaltningschef" at a socialnämnd)
            if committee is None:
                committee = _committee(meeting_body, mentions)  # once per document: it reads every mention
            if org is None and _ONE_ITEM.search(p.role):
                continue  # a guest heard on one item: the row names no organisation of theirs that is known
            if org is None and _unknown_org_first(role, morph):
                continue  # "Härkönen Kerttu Luontopalvelut, puistonjohtaja": a guest's own unit, not the town's
            if org is None and unread_row_org(role, morph):
                continue  # "Mika X, projektipäällikkö, <an organisation nobody read>": extract/row_unread_orgs.py
            # "Majalahti Juha kaupunginjohtaja" in a joint authority's minutes: a member town's manager, whose
            # title says the publisher is not the organisation that employs them
            kinds = title_kinds(office)
            owner_kind = kind_of.get(publisher or "") or minted_type(publisher)
            fallback = publisher if kinds is None or owner_kind is None or owner_kind in kinds else None
            org = org or fallback or (meeting_body if committee else None)
            if org:
                facts.append(Fact(person, "holdsPost", org, ev, LABELLED_ROW_RULE if own_title else
                                  LINE_TITLE_RULE if line_title else "holdsPost:listed-office",
                                  0.7 if own_title or line_title else 0.8, post=office))
                has_office.add(person)
            elif meeting_body and not office.lower().startswith(_TOWN_OFFICE):
                facts.append(Fact(person, "holdsPost", meeting_body, ev, "holdsPost:listed-office-body", 0.45,
                                  post=office))
                has_office.add(person)
            if meeting in {"puheenjohtaja", "varapuheenjohtaja"} and meeting_body and org != meeting_body \
                    and _seat_before_office(role, meeting):
                # "puheenjohtaja, Kotkan kaupunginjohtaja": the row's seat in the meeting's body, then the job
                facts.append(Fact(person, "holdsPost", meeting_body, ev, "holdsPost:listed-meeting-role",
                                  0.85 if meeting == "puheenjohtaja" else 0.6, post=meeting))
            continue
        if in_role and meeting in _BODY_ROLES and all(m.type == "Municipality" for m in in_role):
            # "Jukka X, Tampereen kaupunki (puheenjohtaja)": a town written as an employer ("kaupunki", "kunta")
            # after the comma is where the person works, besides the seat in this meeting's body
            town = next((m for m in in_role if can_employ(m) and _AFTER_COMMA.search(
                text, max(p.role_start, m.start - 3), m.start) and len(text[p.role_start:m.start].split()) <= 1),
                None)
            if town is not None:
                facts.append(Fact(person, "holdsPost", town.iri, ev, "holdsPost:listed-affiliation", 0.6))
            in_role = []  # "Nyman Teuvo, Reisjärvi puheenjohtaja": the member's home town, then the role here
        # "lakimies, HUS", "Maria Aaltonen, Verkosto ry": the organisation after a comma is where the person comes from
        affiliated = [m for m in in_role if re.search(r",\s*$", text[max(p.role_start, m.start - 3):m.start])
                      and len(text[p.role_start:m.start].split()) <= 3]
        if affiliated:
            in_role = affiliated
            words = clean_role(text[p.role_start:in_role[0].start])
            if not words and in_role[0].type == "Municipality" and not can_employ(in_role[0]):
                continue  # "Tiina X, Raahe": a member's home town, written as no employer ("Raahen kaupunki")
            facts.append(Fact(person, "holdsPost", in_role[0].iri, ev, "holdsPost:listed-affiliation", 0.6,
                              post=words or None))
            eol = text.find("\n", in_role[0].end, in_role[0].end + 40)
            seat = _seat_after(text[in_role[0].end:eol], morph) if eol >= 0 else None
            if seat is not None and meeting_body and meeting_body != in_role[0].iri:
                # "Tapani X, Keski-Suomen liitto, puheenjohtaja": the home organisation, then the seat here
                fact = Fact(person, "holdsPost", meeting_body, ev, "holdsPost:listed-meeting-role",
                            0.85 if seat == "puheenjohtaja" else 0.6, post=seat)
                (facts if seat == "puheenjohtaja" else member).append(fact)
            continue
        if in_role:  # "Nuorisovaltuuston edustaja", a column of home towns: no post to tell
            continue
        if meeting == "puheenjohtaja" and meeting_body is None and publisher and not p.contact \
                and not unnamed_chair and not _SWEDISH_CHAIR.search(role):
            # (a Swedish protocol's "ordförande" chairs a nämnd or styrelse, never the kommun, and names no
            # council the way "Läsnä olevat valtuutetut" does: "Tony X (S) ordförande" in Eslövs kommun's protocol)
            # "Läsnä olevat valtuutetut  Kosti X puheenjohtaja": minutes that never name the body that met; the
            # chair of the first attendance row holds the seat in the publishing organisation's body
            unnamed_chair = True
            facts.append(Fact(person, "holdsPost", publisher, ev, UNNAMED_BODY_CHAIR_RULE, 0.45, post=meeting))
            continue
        if meeting in _BODY_ROLES and meeting_seats and text.startswith(",", p.end) \
                and _seat_of_named_organisation(text, p.end + 1, meeting, people_at):
            continue  # "Sofia X, ordförande Kvinnojouren Y": a guest's seat in the organisation the row names
        if meeting in _BODY_ROLES and meeting_seats:
            fact = Fact(person, "holdsPost", meeting_seats, ev, "holdsPost:listed-meeting-role",
                        0.85 if meeting == "puheenjohtaja" else 0.6, post=meeting)
            (facts if meeting == "puheenjohtaja" else member).append(fact)
            if meeting in {"pöytäkirjanpitäjä", "sihteeri"} and person not in has_office and publisher:
                office_fact = _written_office(p, person, publisher, text, morph)
                if office_fact is not None:
                    facts.append(office_fact)
                    has_office.add(person)
    # a secretary with an office title of their own is listed by the office, not as the body's secretary
    facts += [f for f in member if not (f.subject in has_office and f.post in {"pöytäkirjanpitäjä", "sihteeri"})]
    if next_line:  # the posts read from a row printed on two lines carry their own rule name
        two_line = {person_at.get(p.start) for p in people if id(p) in next_line}
        facts = [replace(f, rule=NEXT_LINE_RULE, confidence=min(f.confidence, 0.7))
                 if f.subject in two_line and f.rule in _PLAIN_ROW_RULES else f for f in facts]
    celled = {person_at.get(p.start) for p in people if getattr(p, "cell_below", False)}
    if celled:  # the roles the block reader took from a table's next line (extract/people.py `_cell_below`)
        facts = [replace(f, rule=CELL_LINE_RULE, confidence=min(f.confidence, 0.7))
                 if f.subject in celled and f.rule in _PLAIN_ROW_RULES else f for f in facts]
    return facts


def _owning_genitive(before: str, morph: Morphology) -> str | None:
    """The word in the genitive that owns the role right before the name on its line ("Kunnanvaltuuston
    puheenjohtaja"), lower-cased; None when the role stands alone or after a label ("Läsnä", "Jäsenet")."""
    words = before.rstrip().rsplit("\n", 1)[-1].split()
    if len(words) < 2:
        return None
    word = words[-2].strip(".,:;")
    if not word.isalpha() or word.lower() in MEETING_ROLES or not word.lower().endswith("n"):
        return None
    return word.lower() if any(a.case == "omanto" and a.cls == "nimisana" for a in morph.analyse(word)) else None


def _owned_seat(p: Listed, person: str, before: str, seat: str, named_at: SpanIndex[Mention],
                meeting_body: str | None, morph: Morphology) -> list[Fact] | None:
    """"Kunnanvaltuuston puheenjohtaja Risto X" among those present: a seat in the body the genitive names (when
    the recogniser read it there), not one in the meeting's own body. None when no genitive owns the seat or it
    names the meeting's own body ("Yhtymähallituksen puheenjohtaja Maija X" in the yhtymähallitus' minutes)."""
    owner = _owning_genitive(before, morph)
    if owner is None:
        return None
    body = next((x for x in named_at.starting_in(max(0, p.start - 80), p.start)
                 if x.type == "Body" and x.iri and x.surface.split()[-1].lower() == owner), None)
    if body is not None and body.iri == meeting_body:
        return None
    if body is None:
        return []
    return [Fact(person, "holdsPost", body.iri, Evidence(p.written, p.start, p.end), "holdsPost:listed-other-body",
                 0.7, post=f"{owner} {seat}")]


# the end of a row after its organisation: ", puheenjohtaja" and nothing more (a longer run is the next row's)
_SEAT_AFTER = re.compile(r"[ \t]*,[ \t]*(?P<role>[a-zåäö.]+)[ \t.]*$", re.IGNORECASE)


def _seat_after(rest: str, morph: Morphology) -> str | None:
    """The meeting role that closes a "Name, Organisation, role" row, when the rest of the row is that word."""
    m = _SEAT_AFTER.match(rest)
    seat = MEETING_ROLES.get(m.group("role").lower().rstrip(".")) if m else None
    return seat if seat in _BODY_ROLES else None


NEXT_LINE_RULE = "holdsPost:next-line-role"
CELL_LINE_RULE = "holdsPost:cell-line-role"  # a table whose cells came out a line each, read as such by the block
_PLAIN_ROW_RULES = {"holdsPost:listed-meeting-role", "holdsPost:listed-office", "holdsPost:listed-office-body"}
# a row's role printed on the line under the name: one short line, no blank line between
_ROLE_LINE_UNDER = re.compile(r"[ \t]*\n[ \t]*(?P<role>[^\n]{2,60}?)[ \t]*(?:\n|$)")
# the line under a contact's name, one blank line between at most
_CONTACT_TITLE_UNDER = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?P<role>[^\n]{2,60}?)[ \t]*(?:\n|$)")


def next_line_roles(people: list[Listed], text: str, morph: Morphology) -> dict[int, str]:
    """The roles of a table printed a cell a line ("Virtanen Matti" / "puheenjohtaja" / "Kivi Anna" / "jäsen"):
    a name with no role of its own takes the one line under it when that line is a meeting role or an office
    and the rows alternate -- the row before it in the block took its own role too (or there is none), or the
    next name follows right under the role line (bare members' rows, then the chair's or an official's row on two
    lines). A run of bare names with a column of roles after it ("Heino Pertti" / "Salo Liisa" / "valtuuston pj")
    pairs only by position and is not read: the row before the last name has no role line, and a second role
    line, not a name, follows the last name's."""
    out: dict[int, str] = {}
    block: str | None = None
    prev_ok = True
    for k, p in enumerate(people):
        if p.block != block:
            block, prev_ok = p.block, True
        if p.contact and not (p.role.strip() or p.roles_before or p.before.strip()):
            # "Valmistelija" / "Liisa X" / "suunnittelija": a contact's name alone, the title alone on the line under
            under = _CONTACT_TITLE_UNDER.match(text, p.end)
            if under is not None and title_line(under.group("role"), morph):
                out[id(p)] = clean_role(under.group("role"))
            continue
        if p.role.strip() or p.roles_before or p.contact:
            prev_ok = bool(p.role.strip()) and not p.roles_before
            continue
        found = _ROLE_LINE_UNDER.match(text, p.end)
        nxt = people[k + 1].start if k + 1 < len(people) else len(text)
        line = clean_role(found.group("role")) if found is not None and found.end("role") <= nxt else None
        # the next name right under the role line: the rows alternate here whatever the rows before did (a
        # column of roles puts a second role line there, not a name)
        paired = found is not None and k + 1 < len(people) and people[k + 1].block == block \
            and not text[found.end("role"):nxt].strip()
        if (prev_ok or paired) and line and _line_role(line, morph):
            out[id(p)] = line
            prev_ok = True
        else:
            prev_ok = False
    return out


def _line_role(line: str, morph: Morphology) -> bool:
    """Whether a line under a name reads as that row's role: a meeting role or an office, or a body's seat
    ("valtuuston 1 vpj", "kunnanhallituksen jäsen"): a few words ending in a meeting role, as a row's inline role
    text is read."""
    if role_post(line, morph) != (None, None):
        return True
    words = line.split()
    return 2 <= len(words) <= 4 and MEETING_ROLES.get(words[-1].lower().rstrip(".")) is not None


# the chair of minutes whose meeting body is nowhere named, posted in the publishing organisation (the annotation
# takes the organisation for the body it does not see); once a document, low confidence
UNNAMED_BODY_CHAIR_RULE = "holdsPost:listed-chair-publisher"
_SWEDISH_CHAIR = re.compile(r"(?i)(?<![\w-])(?:ordförande|ordf)(?![\w-])")
# a comma right after a listed name: what follows is that person's own title ("Liisa X, perusturvajohtaja")
_COMMA_AFTER_NAME = re.compile(r"[ \t]*,")
# an office after the comma of a row whose meeting role is the label before the name ("Esittelijä  Liisa X,
# perusturvajohtaja"): the person's office in the publishing organisation
LABELLED_ROW_RULE = "holdsPost:labelled-row-office"


# a chair's or vice-chair's word opening a row's role, before a comma: "puheenjohtaja, Kotkan kaupunginjohtaja",
# "vpj., Haminan kaupunginjohtaja", "ordförande, kommundirektör"
_SEAT_THEN_OFFICE = re.compile(r"(?i)^(?:[IVX]{1,3}\.?\s+|\d\.\s*)?([a-zåäö.]+?)\.?\s*,\s*\S")


def _seat_before_office(role: str, meeting: str) -> bool:
    """Whether the role text opens with the meeting seat, a comma after it: a chair who is also an official
    holds both ("puheenjohtaja, Kotkan kaupunginjohtaja"); a seat word after the title ("kunnanjohtaja,
    esittelijä") or inside it is no seat in the meeting's body."""
    m = _SEAT_THEN_OFFICE.match(role)
    return m is not None and MEETING_ROLES.get(m.group(1).lower().rstrip(".")) == meeting


def _town_group_post(p: Listed, person: str, mentions: list[Mention], text: str, morph: Morphology) -> Fact | None:
    """The post of someone listed title first under a town's "<Town>:" label, held in that town.

    "Kunnanjohtaja" is the town's office; a bare "Kunnanvaltuuston puheenjohtaja" a seat in that town's
    council, which the text names only through the label.
    """
    town = labelled_group(p, mentions, text)
    if town is None:
        return None
    words = p.before.split("\n")[-1]
    if town.start >= p.start - len(p.before) - 1:  # the label itself opens the words before the name
        words = words.rsplit(":", 1)[-1]
    words = clean_role(words)
    if not words or len(words.split()) > 4:
        return None
    meeting, office = role_post(words, morph)
    if office is None and meeting is None:  # "Kunnanhallituksen puheenjohtaja": the body's genitive, then the role
        meeting = MEETING_ROLES.get(words.split()[-1].lower().strip(".,"))
    if office is None and meeting is None:
        return None
    if meeting is not None and office is None and not re.match(r"(?i)(?:kunnan|kaupungin)\w+\s", words):
        return None  # a plain "puheenjohtaja" is the group's own chair, not a seat in the town
    return Fact(person, "holdsPost", town.iri, Evidence(text[p.start:p.end], p.start, p.end),
                "holdsPost:listed-town-group", 0.75, post=words)


# "Maakuntahallituksen jäsenet (*) Kallio Reijo": a heading that makes the rows under it members of the body it
# names, up to the next heading ("Satakuntaliiton virasto:")
_GROUP_HEADING = guarded(re.compile(r"(?P<body>[A-Za-zÅÄÖåäö-]{4,})[ \t]+(?P<kind>(?i:(?:vara)?jäsenet|"
                                    r"ledamöter|ersättare))"
                                    r"(?P<tail>[ \t]*(?:\([*\-x ]*\)|[-*x:])?[ \t]*)"))
_HEADING_COLON = re.compile(r"[A-Za-zÅÄÖåäö]{3,}:(?:\s|$)")
_GROUP_POST = {"jäsenet": "jäsen", "varajäsenet": "varajäsen", "ledamöter": "jäsen", "ersättare": "varajäsen"}
LONG_ROLE = 6  # words a row's own role runs to; a longer one is running text up to the next name
GROUP_REACH = 120  # characters between a group heading and the first name under it


def group_heading(text: str, start: int, named_at: SpanIndex) -> tuple[str, str] | None:
    """(body, post) of a heading written right before the name at `start`: "Maakuntahallituksen jäsenet"."""
    window_start = max(0, start - GROUP_REACH)
    hit = None
    for m in _GROUP_HEADING.finditer(text, window_start, start):
        if m.end() == start or not text[m.end():start].strip(" \t\n(*)-x"):
            hit = m
    if hit is None:
        return None
    body = next((b for b in named_at.starting_in(hit.start("body"), hit.end("body"))
                 if b.type == "Body" and b.iri), None)
    return (body.iri, _GROUP_POST[hit.group("kind").lower()]) if body is not None else None  # type: ignore[return-value]


# "Jäsenet: Aino X, puheenjohtaja Veikko Y ...", "Varajäsenet: ...", "Ledamöter: ...": a heading with a colon,
# naming no body, over the rows of the meeting's own body
_BARE_MEMBERS = re.compile(r"(?:^|(?<=\s))(?P<kind>(?:[Vv]arsinaiset[ \t]+)?(?:[Vv]ara)?[Jj]äsenet|[Ll]edamöter|"
                           r"[Ee]rsättare|[Ss]uppleanter)[ \t]*:[ \t]*$")


def _own_role(role: str, meeting: str | None) -> bool:
    """Words of a row's own beyond a bare meeting role: "kommunstyrelsens ordförande", "kommunstyrelseledamot"
    under "Ledamöter:" are seats elsewhere, for the other rules to read. Attendance notes ("poistui klo") and
    the next heading the row runs into ("Varajäsenet:", "MUUT SAAPUVILLA OLLEET") are nobody's role."""
    words: list[str] = []
    for token in role.split():
        bare = token.strip(".,:;()")
        if _ORDINAL.match(bare):
            continue  # "kommunstyrelsens I viceordf"
        if token.endswith(":") or (bare.isupper() and len(bare) > 3) or (bare[:1].isupper() and words):
            break  # the next heading, or a capitalised word after the row's own words
        if bare and bare.lower() not in _ATTENDANCE_NOTES and not bare.isdigit():
            words.append(bare)
    return bool(words) and (meeting is None or len(words) > 1)


_ATTENDANCE_NOTES = {"saapui", "poistui", "klo", "kello", "läsnä", "poissa", "asti", "alkaen", "lähtien", "ja",
                     "kokouksen", "aikana", "kl", "från", "kom", "gick"}


def bare_members_heading(text: str, start: int, meeting_body: str | None) -> tuple[str, str] | None:
    """(meeting body, post) of a bare "Jäsenet:" heading right before the name at `start`."""
    if meeting_body is None:
        return None
    hit = _BARE_MEMBERS.search(text, max(0, start - 40), start)
    if hit is None:
        return None
    kind = hit.group("kind").lower().split()[-1]
    return meeting_body, _GROUP_POST.get(kind, "varajäsen" if kind == "suppleanter" else "jäsen")


def _before_heading(p: Listed, named_at: SpanIndex) -> str:
    """The row's role up to a group heading it runs into: "III vpj. Maakuntahallituksen jäsenet" is "III vpj.",
    "palveluverkkotyöryhmä Sihteeristö: Talousjohtaja" is "palveluverkkotyöryhmä" (the title is the next name's)."""
    for m in _GROUP_HEADING.finditer(p.role):
        a = p.role_start + m.start("body")
        if any(b.type == "Body" and b.iri for b in named_at.starting_in(a, a + len(m.group("body")))):
            return p.role[:m.start()]
    label = _ROLE_LABEL.search(p.role)
    return p.role[:label.start()] if label is not None and label.start() > 0 else p.role


# a group's label inside a row's role text: "Sihteeristö: ", "Työryhmien puheenjohtajat: "
_ROLE_LABEL = re.compile(r"(?<![\w:])[A-ZÅÄÖ][\w-]{2,}(?:[ \t][a-zåäö][\w-]*)?:(?=[ \t]+\S)")


# abbreviations of a council's or board's name before a meeting role: "valt. 1. varapj.", "kv pj", "kh jäsen"
# (the `seat` rows of data/body_abbreviations.csv, longest first so "kvalt" is not read as "kv")
_SEAT_KINDS = seat_kinds()
_ASSEMBLY_ROLE = re.compile(rf"(?i)^(?P<abbr>{'|'.join(sorted(_SEAT_KINDS, key=len, reverse=True))})\.?\s*"
                            r"(?P<ord>(?-i:\d{1,2}|[IVX]{1,4})(?:\.\s*|\s+))?(?P<role>[a-zåäö]+)\b")
# the bodies those abbreviations name: their names' endings and the genitive a post is written with
_COUNCIL = (("valtuusto", "fullmäktige"), "valtuuston")
_BOARD = (("hallitus", "styrelse"), "hallituksen")
_ASSEMBLY_KINDS = {abbr: _COUNCIL if kind in COUNCIL_KINDS else _BOARD for abbr, kind in _SEAT_KINDS.items()}


DITTO_ROW_RULE = "holdsPost:listed-ditto-body"
# a ditto mark opening a row's role, then the seat, an ordinal before it: '" I varapuheenjohtaja', '〃 varapj.'
_DITTO = re.compile(r'(?:"|”|〃|\'\')[ \t]*(?P<ord>)(?:(?:[IVX]{1,4}|\d\.?)[ \t]+)?(?P<seat>[A-Za-zÅÄÖåäö]+\.?)')
_SEATS = {"puheenjohtaja", "varapuheenjohtaja", "jäsen", "varajäsen"}


def _ditto_bodies(people: list[Listed], named_at: SpanIndex[Mention]) -> dict[int, Mention]:
    """The body a ditto mark repeats, by id of the row whose role opens with it: the body opening the role of the
    row above in the same block (or the one that row's own ditto mark repeats). A table of guests writes the owner
    once ("kunnanvaltuuston puheenjohtaja") and marks the rows below with '"'."""
    out: dict[int, Mention] = {}
    for prev, p in pairwise(people):
        if p.block != prev.block or not _DITTO.match(p.role):
            continue
        above = out.get(id(prev)) or next((m for m in named_at.starting_in(prev.role_start, prev.role_start + 4)
                                           if m.type == "Body" and m.iri), None)
        if above is not None:
            out[id(p)] = above
    return out


def _assembly_role(role: str, mentions: list[Mention], meeting_body: str | None) -> tuple[str | None, str] | None:
    """(body, post) of "valt. 1. varapuheenjohtaja", "kv pj", "kv. 2. vpj.", "kh jäsen", "kh edustaja" (the board's
    representative at another body's meeting): a role in the council or
    board the abbreviation names, not in whatever body meets -- that body itself when it is of that kind, else
    the one of that kind the minutes name, else None (the role is still not one in the meeting's body). None when
    the role is no such body's."""
    m = _ASSEMBLY_ROLE.match(role)
    if m is None:
        return None
    held = MEETING_ROLES.get(m.group("role").lower())
    if held not in _SEATS and held != "edustaja":
        return None
    endings, genitive = _ASSEMBLY_KINDS[m.group("abbr").lower()]
    bodies = [x for x in mentions if x.type == "Body" and x.iri and x.label.lower().endswith(endings)]
    own = next((x.iri for x in bodies if x.iri == meeting_body), None)
    council = own or next((x.iri for x in bodies if x.iri != meeting_body), None)
    ordinal = (m.group("ord") or "").strip()
    return council, " ".join([genitive, ordinal, held]).replace("  ", " ")


_AND_TITLE = re.compile(r"(?i)^(?:och|ja|sekä)\s+([\w-]+)")
_TITLE_AND = re.compile(r"(?i)\b(?:och|ja|sekä)\s+([\w-]+)$")


def coordinated_title(p: Listed, morph: Morphology) -> str | None:
    """The title written before a name in a coordination of title-name pairs: "Förvaltningschef Roland X och
    förvaltningsekonom Karolina Y". The first name's title is the word before it when "och <title>" follows the
    name; the second's is the title after the conjunction before it."""
    words = p.before.split()
    after = _AND_TITLE.match(p.role)
    if after and words and is_post(after.group(1), morph) and words[-1].lower() not in MEETING_ROLES:
        title = is_post(words[-1].strip(".,:"), morph)
        if title:
            return title
    before = _TITLE_AND.search(p.before)
    if before and before.group(1).lower() not in MEETING_ROLES:
        return is_post(before.group(1), morph)
    return None


def _title_segments(words: str) -> list[str]:
    """Titles written one after another, each opening with a capital: "Vård- o. omsorgsdir. Ekonomichef
    Tf ledande läkare" is three."""
    segs: list[list[str]] = []
    for w in words.split():
        if w[:1].isupper():
            segs.append([w])
        elif segs:
            segs[-1].append(w)
        else:
            return []
    return [" ".join(x) for x in segs]


def _own_words(words: str) -> bool:
    """A role's own words: "vpj", "jäsen"; not marks, times or a heading in capitals ("ÄRENDEN: UNDERSKRIFT")."""
    return bool(re.search(r"\b(?![A-ZÅÄÖ]{2,}\b)[A-Za-zÅÄÖåäö][a-zåäö]+", words))


def title_column(people: list[Listed], morph: Morphology) -> dict[int, str]:
    """Roles printed as N titles before N names ("Övriga närvarande: Ekonomichef Sekreterare Anna X Bo Y"):
    the titles pair with the names in order, when as many names without roles of their own follow."""
    out: dict[int, str] = {}
    for k, p in enumerate(people):
        words = p.before.split("\n")[-1].split(":")[-1] if p.before else ""
        segs = _title_segments(words)
        if len(segs) < 2 or any(x.isupper() for x in segs) or k + len(segs) > len(people):
            continue
        rows = people[k:k + len(segs)]
        after = people[k + len(segs)] if k + len(segs) < len(people) else None
        # the last row's role runs on to the next heading in capitals ("ÄRENDEN: UNDERSKRIFT Ordförande ...")
        if any(q.block != p.block for q in rows) or any(_own_words(re.split(r"\b[A-ZÅÄÖ]{3,}\b", q.role)[0])
                                                        for q in rows) or any(
                _own_words(q.before) for q in rows[1:]):
            continue  # a row with a role of its own: the titles are no column of roles
        if after is not None and after.block == p.block and not _own_words(after.before) \
                and not re.search(r"[A-ZÅÄÖ]{3,}", rows[-1].role):
            continue  # more names without roles follow: the titles head columns, not one name each
        if 2 * sum(role_post(clean_role(x), morph) != (None, None) for x in segs) < len(segs):
            continue
        for q, title in zip(rows, segs, strict=True):
            out[id(q)] = title
    return out


# the office title that opens a row's line before the name, the row's meeting role after it: "hallintojohtaja
# Liisa X, pöytäkirjanpitäjä"; the person's post in the organisation that publishes the minutes
LINE_TITLE_RULE = "holdsPost:line-title-office"
_LINE_TITLE_WORDS = 3  # words of a title before a name on its line: a longer run is text, not a row's title


def _line_opening_office(line: str, morph: Morphology) -> str | None:
    """The office title that is all the line holds before the name ("hallintojohtaja", "vs. sosiaalijohtaja"),
    with no meeting role among its words: a meeting role there is a label of the row ("Puheenjohtaja Matti X")."""
    words = clean_role(line.rsplit(":", 1)[-1]).split()  # "Muut läsnäolijat: kunnanjohtaja": the label's words go
    if not 1 <= len(words) <= _LINE_TITLE_WORDS:
        return None
    meeting, office = role_post(" ".join(words), morph)
    return office if meeting is None else None


def _written_office(p: Listed, person: str, publisher: str, text: str, morph: Morphology) -> Fact | None:
    """The office title written right after the secretary's name elsewhere in the minutes ("Föredragande X Erik
    Brunström Förbundsdirektör" in an attendance grid no block reads): the secretary of the meeting is the
    organisation's officer, and the office is their post in the organisation that publishes the minutes."""
    name = re.escape(f"{p.first} {p.surname}").replace(r"\ ", r"\s+")
    for m in re.finditer(rf"\b{name}[ \t,]+(?P<title>[A-ZÅÄÖa-zåäö][\w-]+)", text):
        meeting, office = role_post(m.group("title"), morph)
        if office and meeting is None:
            return Fact(person, "holdsPost", publisher, Evidence(m.group(0), m.start(), m.end()),
                        "holdsPost:listed-office", 0.7, post=office)
    return None


_ABBR_ROLE = re.compile(r"\s*(?P<abbr>[A-Za-zÅÄÖåäö]{2,6}):n\b[\s.]*(?:(?:\d{1,2}|[IVX]{1,4})\.?\s*)?"
                        r"(?P<vara>v\.\s*|vara-?)?(?P<role>\w+)")


def _column_title(words: str, morph: Morphology) -> str | None:
    """The post a heading over a column of people names, in the plural: "Kaupungin/kunnanjohtajat",
    "Kunnanjohtajat:"; its last word, when it is a post title in the nominative plural."""
    last = re.findall(r"[\w-]+", words)[-1:] if words else []
    if not last:
        return None
    word = last[0]
    post = is_post(word, morph)
    if not post or word.lower() in MEETING_ROLES:
        return None
    if not any(r.case == "nimento" and r.number == "plural" for r in morph.analyse(word)):
        return None
    head = words[:words.rfind(word)].rstrip()
    if head.endswith("/"):  # "Kaupungin/kunnanjohtajat": either title
        alt = re.findall(r"[\w-]+", head)[-1:]
        if alt and alt[0].lower().endswith("n"):
            return f"{alt[0].lower()}-/{post}"
    return post


def _ends_column(words: str) -> bool:
    """A heading or meeting role between two rows ("Esittelijä", "Allekirjoittajat") ends a titled column;
    a town, an attendance mark or a row's own office title ("vs hallintojohtaja") does not."""
    return any(w in _COLUMN_BREAKS for w in re.findall(r"[\wåäö]+", words.lower()))


# the abbreviated chairs _COLUMN_ROLE leaves out ("vpj", "pj."): two of them in one role are a column of roles
_SHORT_CHAIRS = re.compile(r"(?i)(?<![\w.])(?:v\.?\s?pj|pj|varapj)\b")


def _roles_in(role: str) -> int:
    return len(_COLUMN_ROLE.findall(role)) + len(_SHORT_CHAIRS.findall(role))


_COLUMN_ROLE = re.compile(r"(?i)(?:\b(?:[IVX]{1,4}|\d\.)\s+)?\b(" + "|".join(
    sorted((r for r in MEETING_ROLES if len(r) > 3), key=len, reverse=True)) + r")\b")


_PRESENCE = re.compile(r"(?i)\b(?:läsnä|poissa|närvarande|frånvarande)\b")
_OWNER_BEFORE = re.compile(r"([A-ZÅÄÖa-zåäö]{3,}(?:s|n)|valt\.?)\s+(?:(?:[IVX]{1,4}|\d\.?)\s+)?$")


# heads over the signatures of those who check the minutes: a signature's place, no post
_CHECKER_HEADS = {"justerande", "justerare", "protokolljusterare", "pöytäkirjantarkastaja", "pöytäkirjantarkastajat",
                  "tarkastajat"}
_PARTY_MARK = re.compile(r"\(\s*[A-ZÅÄÖa-zåäö]{1,4}\.?\s*\)")  # "(S)", "(kesk.)": a member's party


def signature_heads(people: list[Listed]) -> dict[int, str]:
    """The heads a signature block prints before its names, given to the names in order: "Underskrifter
    Sekreterare Ordförande Justerande Linda X Kjell Y (S) Pär Z (FP)" -- the first name signs as secretary, the
    second as chair, the third checks the minutes. Only in a signature part, with no role after the names and as
    many names as heads; a checker's place gives no post."""
    out: dict[int, str] = {}
    for k, p in enumerate(people):
        if not p.leads or p.part.lower() not in _SIGNATURE_WORDS or _PARTY_MARK.sub("", p.role).strip():
            continue
        heads: list[str | None] = []
        for w in reversed(p.before.split()):
            low = w.lower().strip(".,:")
            if low in _CHECKER_HEADS:
                heads.append(None)
            elif low in MEETING_ROLES and len(low) > 4 and w[:1].isupper():
                heads.append(MEETING_ROLES[low])
            else:
                break
        heads.reverse()
        posts = [h for h in heads if h is not None]
        if not 2 <= len(heads) <= 4 or not posts or len(set(posts)) < len(posts):
            continue
        run = people[k:k + len(heads)]
        if len(run) < len(heads) or any(q.part != p.part or _PARTY_MARK.sub("", q.before).strip()
                                        or _PARTY_MARK.sub("", q.role).strip() for q in run[1:-1]):
            continue
        out.update({id(q): h for q, h in zip(run, heads, strict=True) if h is not None})
    return out


def column_roles(people: list[Listed], morph: Morphology | None = None) -> dict[int, str]:
    """Roles printed as a column after a column of names: a run of people without roles, the last
    followed by as many role words as the run has people; assigned in order, else not at all. Office titles
    among the roles ("ordf. viceordf. fullm.ordförande ... kommundirektör kanslichef") make more roles than
    people: the column is another's or shifted by the transcript, and no one's role can be told."""
    out: dict[int, str] = {}
    run: list[Listed] = []
    for p in people:
        run.append(p)
        role = _rejoin_split_roles(clean_role(p.role))
        if not role:
            continue
        # "Puheenjohtaja läsnä Varapuheenjohtaja läsnä Jäsen läsnä": each role of the column has its attendance
        # mark, which would cut the role text at its first one
        hits = list(_COLUMN_ROLE.finditer(_rejoin_split_roles(clean_role(_PRESENCE.sub(" ", p.role)))))
        found = [MEETING_ROLES[m.group(1).lower()] for m in hits]
        if any((o := _OWNER_BEFORE.search(role[:m.start()])) and o.group(1).lower() not in MEETING_ROLES
               for m in hits):
            run = []  # "Stämmans ordförande Stämmans 1 viceordf": roles in another body, not the meeting's
            continue
        # "Matti Koskinen Sanna Laine puheenjohtaja pöytäkirjanpitäjä": two signatures, then their roles
        # (the morphology is asked last, only for a run that would otherwise take the column)
        if len(run) >= 2 and len(found) == len(run) and not any(clean_role(q.role) for q in run[:-1]) \
                and not _office_among(role, morph):
            out.update({id(q): r for q, r in zip(run, found, strict=True)})
        run = []
    return out


def _rejoin_split_roles(role: str) -> str:
    """The role text with a meeting role a transcript split in two where the PDF hyphenated it joined again
    ("puheenjohtaja 42 pöytä kirjanpitäjä" -> "... pöytäkirjanpitäjä"); two words that make no role stay apart."""
    words = role.split(" ")
    out: list[str] = []
    k = 0
    while k < len(words):
        pair = words[k] + words[k + 1] if k + 1 < len(words) else ""
        if len(words[k]) >= 3 and words[k].islower() and pair in MEETING_ROLES:
            out.append(pair)
            k += 2
            continue
        out.append(words[k])
        k += 1
    return " ".join(out)


def _office_among(role: str, morph: Morphology | None) -> bool:
    """An office title among a column's role words, besides the meeting roles: "... kommundirektör kanslichef"."""
    return morph is not None and any(w.lower().strip(".,:") not in MEETING_ROLES and office_title(w.strip(".,:"), morph)
                                     for w in role.split())


def meeting_body(items_body: str | None, mentions: list[Mention], text: str = "") -> str | None:
    """The IRI of the body whose meeting the minutes record.

    The body the items name; else one named in the letterhead; else the body named most
    often (a Swedish protocol names its nämnd in the decisions, "Samarbetsnämnden utser").
    """
    # (a hospital of the reference data is no body that meets: "Paikka Kuopion yliopistollinen sairaala, hallituksen
    # kokoushuone" is where the board meets)
    bodies = [m for m in mentions if m.type == "Body" and m.iri and not m.generic and not reference_body(m)]
    top = transcript_top(text) if text else 0  # a copy's transcript opens after its title and download lines
    # "Kunnanvirasto, kunnanhallituksen kokoushuone" and a row "Kukkonen Timo kh pj": the room in the head is named
    # for a body whose chair comes as a guest, so another board meets there (rooms looked for in the head only, and
    # guests among the rooms' bodies only: a long page names bodies by the thousand)
    rooms = {m.iri for m in bodies if (m.start < HEAD_REACH or 0 <= m.start - top < HEAD_REACH)
             and MEETING_ROOM.match(text, m.end)} if text else set()
    guests = {m.iri for m in bodies if m.iri in rooms and _guest_seat(m, text)} if rooms else set()
    if guests:
        bodies = [m for m in bodies if not (m.iri in guests and MEETING_ROOM.match(text, m.end))]
    starts = {m.start for m in bodies}
    # "Kommunstyrelsens arbetsutskott", "kunnanhallituksen konsernijaosto": the genitive names the parent body of
    # the one whose meeting it is
    reach: dict[int, int] = {}
    for m in bodies:
        reach[m.start] = max(reach.get(m.start, m.end), m.end)
    bodies = [m for m in bodies if not (m.end + 1 in starts and text[m.end:m.end + 1] == " "
                                        and m.surface.lower().endswith(("n", "s")))
              and not (reach[m.start] > m.end and m.surface.lower().endswith(("n", "s")))  # read as one name too
              and not (m.surface.lower().endswith("s") and _QUALIFIED_CHILD.match(text, m.end)
                       and m.end + len(_QUALIFIED_CHILD.match(text, m.end).group(0)) in starts)]
    if items_body:
        want = items_body.lower()
        hit = next((m for m in bodies if want in {m.label.lower(), m.surface.lower(), *map(str.lower, m.parts)}),
                   None)
        if hit:
            return hit.iri
        # "Pöytäkirja 1/2014 Valtuusto": the header names the body bare, and no mention names it with its owner;
        # the bare word the header gives is still the body that meets
        bare = next((m for m in mentions if m.type == "Body" and m.iri and m.generic
                     and want in {m.label.lower(), m.surface.lower()}), None)
        if bare is not None:
            return bare.iri
    # "1 Valtuusto 3/2015", "Kunnanhallitus 5/2014": a bare body word opening the document with the meeting's
    # number is the body that meets, before any town's body a list of guests names
    opening = next((m for m in mentions if m.type == "Body" and m.iri and m.generic
                    and any(0 <= m.start - at < HEAD_REACH and _PAGE_ONLY.fullmatch(text[at:m.start])
                            for at in {0, top}) and _MEETING_NUMBER.match(text, m.end)), None)
    if opening is not None:
        return opening.iri
    # "ANSLAG/BEVIS ... Organ Vård- och omsorgsnämnden", "Forum Kommunstyrelsens allmänna utskott": a Swedish
    # protocol's notice of its adjustment names the body whose protocol it is, wherever the head names none
    if text:
        organ = next((m for m in bodies if _ORGAN_BEFORE.search(text, max(0, m.start - 48), m.start)), None)
        if organ is not None:
            return organ.iri
    # "Kunnanvaltuuston puheenjohtaja X" in a transcript's title line: a guest's seat, not the meeting's body
    head = [m for m in bodies if (m.start < HEAD_REACH or 0 <= m.start - top < HEAD_REACH)
            and not (text and _guest_seat(m, text))]
    if head:
        return head[0].iri
    deciding = [m for m in bodies if _DECISION_VERB.match(text, m.end)] if text else []
    if deciding:
        return deciding[0].iri
    counts: dict[str, int] = {}
    for m in bodies:
        if text and _guest_seat(m, text):
            continue  # "Rönnlund Christer, fullmäktiges ordförande": a seat in another body, listed among guests
        counts[m.iri] = counts.get(m.iri, 0) + 1  # type: ignore[index]
    best = max(counts, key=lambda k: counts[k]) if counts else None
    if best and counts[best] >= 2:
        return best
    if not bodies:  # "HALLITUKSEN KOKOUKSEN PÖYTÄKIRJA": a bare board heading minutes that name no other body
        bare = next((m for m in mentions if m.type == "Body" and m.iri and m.generic and m.start < HEAD_REACH
                     and _MEETING_WORD.match(text, m.end)), None)
        return bare.iri if bare is not None else None
    return None  # one passing mention is no evidence


# a party's code in brackets right after a signature's name: "(S)", "(KD)", "(sfp)"
_PARTY_MARK = re.compile(r"^\s*\([A-ZÅÄÖa-zåäö]{1,4}\)")
# the label of a Swedish protocol's notice before the body's name ("Organ", "Organ och sammanträdesdatum", "Nämnd",
# "Forum", "Beslutsinstans:"), the parent's s-genitive and an adjective allowed between ("Forum Kommunstyrelsens
# allmänna utskott")
_ORGAN_BEFORE = re.compile(r"(?<![\w-])(?:Organ(?:[ \t]+och[ \t]+sammanträdesdatum)?|Nämnd|Forum|Beslutsinstans:?)"
                           r"[ \t]+(?:[A-ZÅÄÖ][\w-]*s[ \t]+(?:[a-zåäö]+[ae][ \t]+)?)?$")
# the words of attendance and time that end a row's role ("närvarande from kl 14", "läsnä klo 18", the cleaning's
# _NOISE) and may head a block or open its heading ("Plats och tid ..., kl. 09:00 ... Övriga deltagande <title>")
_ATTENDANCE_WORD = re.compile(r"(?i)\b(?:läsnä|poissa|klo|kello|saapui|från|kl|frånvarande|närvarande)\b")
# "Kommunstyrelsens sociala utskott", "SOCIALNÄMNDENS ALLMÄNNA UTSKOTT": a Swedish sub-body named with its parent's
# s-genitive and an adjective in its definite form between (the adjective is no body word, so the two are read apart)
_QUALIFIED_CHILD = re.compile(r"[ \t]+(?:[a-zåäö]+[ae]|[A-ZÅÄÖ]+[AE])[ \t]+(?=\w)")


def _owned_meeting_role(text: str, at: int) -> bool:
    """A meeting role right after a body's genitive: "valtuuston pj.", "fullmäktiges I viceordförande"."""
    owned = _OWNED_ROLE.match(text, at)
    return bool(owned) and _SEAT_WORDS.get(owned.group(1).lower().rstrip(".")) is not None


# seat words of a guest's row beside MEETING_ROLES: "valt. 1. varapj", "kv:n I vpj."
_SEAT_WORDS = {**MEETING_ROLES, "varapj": "varapuheenjohtaja", "varapuh": "varapuheenjohtaja",
               "vice": "varapuheenjohtaja"}


_ROW_ABBREVIATION = 5  # letters of a body's bare abbreviation in a row ("kh", "kv", "kvalt")


def _guest_seat(body: Mention, text: str) -> bool:
    """The body is named only as the owner of a guest's seat in another body, so it is not the body that meets:
    "fullmäktiges ordf.", "valtuuston pj", "Kh:n pj.", or an abbreviation with its point, "fullm. I viceordf.",
    "valt. 1. varapj"; a row's bare lower-case abbreviation stands for the genitive, "kh pj", "kh edustaja"."""
    surface = body.surface
    owner_form = surface.lower().endswith(("n", "s")) or text[body.end:body.end + 1] == "." \
        or (surface.isalpha() and surface.islower() and len(surface) <= _ROW_ABBREVIATION)
    return owner_form and _owned_meeting_role(text, body.end)


HEAD_REACH = 400  # characters of a minutes' letterhead
# "kaupunginhallituksen kokoushuone", "fullmäktigesalen": a body's name that names a room is no body of the text
MEETING_ROOM = re.compile(r"\s*(?:kokoushuone|kokoustila|sali|valtuustosali|huone|sammanträdesrum|mötesrum|sal)\w*",
                          re.IGNORECASE)
# a copy's transcript marker: the minutes' own first page starts on the next line, after the copy's title and
# download lines (which quote the letterhead only in part)
_TRANSCRIPT_MARK = re.compile(r"(?im)^[ \t]*(?:transkriptio|transkript|transcript)[ \t]*$")
TRANSCRIPT_REACH = 3000  # characters from the top within which a copy's transcript starts


def transcript_top(text: str) -> int:
    """Where a copied transcript's first page starts (0 for minutes that are not a copy)."""
    m = _TRANSCRIPT_MARK.search(text, 0, TRANSCRIPT_REACH)
    return m.end() if m else 0


def in_letterhead(start: int, top: int) -> bool:
    """A position in the letterhead: the document's first `HEAD_REACH` characters or a copy's transcript's."""
    return start < HEAD_REACH or 0 <= start - top < HEAD_REACH
_PAGE_ONLY = re.compile(r"\s*\d{0,3}\s*")  # a transcript's page number before the first line's words
_MEETING_NUMBER = re.compile(r"[ \t]+(?:\d{1,2}[ \t]*/|nro\b|kokous|pöytäkirja)", re.IGNORECASE)
# "HALLITUKSEN KOKOUKSEN PÖYTÄKIRJA", "Hallitus pöytäkirja", "Styrelsens protokoll": the body whose meeting it is
_MEETING_WORD = re.compile(r"(?i)[ \t]+(?:kokous|kokouksen|pöytäkirja|esityslista|protokoll|sammanträde)")


# the kind of organisation a meeting body belongs to, by the body's name
_BODY_OWNER_KIND = [("yhtymä", "JointAuthority"), ("alue", "WellbeingCounty"), ("maakunta", "JointAuthority"),
                    ("välfärdsområde", "WellbeingCounty"), ("samkommun", "JointAuthority"),
                    ("förbund", "JointAuthority")]  # "förbundsstyrelse": a kommunförbund's board


# a town's own board or council, by its name (a lautakunta or nämnd may be a joint authority's too)
_TOWN_BOARD = re.compile(r"(?i)(?:kunnan|kaupungin|kommun|stads)(?:hallitus|valtuusto|styrelse|fullmäktige)\b")


def owner_kind(body_label: str | None) -> str:
    low = (body_label or "").lower()
    return next((kind for stem, kind in _BODY_OWNER_KIND if low.startswith(stem)), "Municipality")


def publisher_org(municipality: str | None, publisher: str | None, mentions: list[Mention],
                  text: str, body_label: str | None = None) -> str | None:
    """The organisation whose minutes these are.

    A joint authority's or wellbeing county's board (yhtymähallitus, aluehallitus) belongs
    to one named in the minutes, its most named one; a municipal board to the municipality.
    The place of the meeting or a member's home town is never the publisher.
    """
    kind = owner_kind(body_label)
    if kind != "Municipality":
        counts: dict[str, int] = {}
        for m in mentions:
            if m.iri and m.type == kind:
                counts[m.iri] = counts.get(m.iri, 0) + (3 if m.start < 600 else 1)
        if counts:
            return max(counts, key=lambda k: counts[k])
    if municipality:
        return municipality
    if publisher:
        return publisher
    if body_label and _TOWN_BOARD.match(body_label.strip()):
        # a town's own board or council ("Kommunstyrelsen", "Kunnanvaltuusto") belongs to no joint authority: one
        # named near the head is an item's ("Val av representant i Nylands förbunds representantmöte")
        return None
    # an organisation written right after a person's name and a comma is that person's ("Ojala Terhi, Satakunnan
    # sairaanhoitopiiri" under "Asiantuntijat"): a guest's, not the one whose minutes these are
    after_name = {m.end for m in mentions if m.type == "Person"}
    # (a parish union's minutes: "Helsingin seurakuntayhtymä" heads them as a joint authority's would)
    head = next((m for m in mentions if m.iri and m.type in {"JointAuthority", "WellbeingCounty", "Parish"}
                 and m.start < 600 and not any(m.start - k in after_name for k in (2, 3))), None)
    return head.iri if head else None


def domain_orgs(text: str, gaz: object) -> dict[str, str]:
    """Employers named by the e-mail domains of the text; a region's domain ("kainuu.fi") names no employer."""
    out: dict[str, str] = {}
    for dom in {d.lower() for d in _EMAIL_DOMAIN.findall(text)}:
        iri = gaz.by_domain(dom)  # type: ignore[attr-defined]
        if iri and gaz.entities[iri].type not in {"Region", "CooperationArea"}:  # type: ignore[attr-defined]
            out[dom] = iri
    return out


def meeting_body_label(items_body: str | None, mentions: list[Mention], body_iri: str | None) -> str | None:
    if items_body:
        return items_body
    return next((m.label for m in mentions if m.iri == body_iri), None)


def listed_facts(listed: list[Listed], mentions: list[Mention], out: object, items_body: str | None,
                 text: str, morph: Morphology, *, minutes: bool = False) -> list[Fact]:
    """The hook extract/document.py calls once entities exist: preferred names and posts of listed people.
    `minutes`: the document is minutes, whose body meets even where no attendance list names anyone."""
    for m in mentions:  # a member list's row read surname first: "Aki Virtanen" is the name shown
        if m.rule == TITLED_ROW_PERSON and m.iri in out.entities:  # type: ignore[attr-defined]
            out.entities[m.iri].label = m.label  # type: ignore[attr-defined]
    if not listed:
        # the body the minutes' items name, else the one their head or their decisions name: "Ordföranden X
        # öppnade sammanträdet" under a page naming "Socialnämnden" but no attendance list
        own_body = meeting_body(items_body, mentions, text) if items_body or minutes else None
        return surname_posts(mentions, text, morph, publisher_org(
            out.municipality, out.publisher, mentions, text, items_body)) \
            + _seat_facts(mentions, text, morph, own_body) \
            + label_line_posts(mentions, text, own_body)  # "Puheenjohtaja: X": extract/attendance_layouts.py
    entities = out.entities  # type: ignore[attr-defined]
    for m in mentions:
        if m.rule == "person-listed" and m.iri in entities:
            entities[m.iri].label = m.label  # "Aki Virtanen", not the written "Virtanen Aki"
    acronyms = {}
    for m in mentions:
        if m.type == "Body" and m.iri:
            for part in m.parts:
                if part.isupper():
                    acronyms.setdefault(part, m.iri)
    body = meeting_body(items_body, mentions, text)
    from welfare_kg.extract.gazetteer import reference_gazetteer
    owner = publisher_org(out.municipality, out.publisher, mentions, text,  # type: ignore[attr-defined]
                          meeting_body_label(items_body, mentions, body))
    named_owner = _named_owner(mentions, body)
    if named_owner:  # "Lapin liiton hallituksen kokous": the board's own organisation, not the meeting's town
        owner = named_owner
    if any(_JOINT_DIRECTOR.search(p.role) for p in listed) and any(
            m.iri == owner and m.type == "Municipality" for m in mentions):
        # "samkommunsdirektör" in the list: a joint authority's minutes, whatever town the meeting was held in
        owner = next((m.iri for m in mentions if m.iri and m.type == "JointAuthority"), None)
    facts = listed_post_facts(
        listed, mentions, meeting_body=body, publisher=owner, body_by_acronym=acronyms, morph=morph, text=text,
        domain_org=domain_orgs(text, reference_gazetteer()))
    # "kvalt pj", "fm:s ordförande", "Sfge s ordf. X, I v.ordf. Y": seats in the council or board a row's
    # abbreviation names, in either row shape (extract/attendance_layouts.py)
    qualified, whole = qualified_row_posts(listed, mentions, text, meeting_body=body)
    facts = merge_qualified(facts, qualified, whole, body)
    facts = merge_qualified(facts, label_line_posts(mentions, text, body), set(), body)  # "Puheenjohtaja: X"
    return facts + surname_posts(mentions, text, morph, owner) + _seat_facts(mentions, text, morph, body)


def _seat_facts(mentions: list[Mention], text: str, morph: Morphology, body: str | None) -> list[Fact]:
    """The posts read from prose and member lists beside any attendance block, `body` the meeting's (or None):
    appointments, bracketed seats, titled rows, the chair above the name, and seats in prose ("Puheenjohtaja X
    teki ...", "Hallitukseen valittiin A": seat_prose.py)."""
    return (appointment_facts(mentions, text) + bracketed_seats(mentions, text)
            + titled_row_facts(mentions, text, morph) + chair_above_facts(mentions, text, body)
            + representative_above_facts(mentions, text)  # "Kh:n edustaja" / "Anna Kivi"
            + signature_line_facts(mentions, text, body)  # unlabelled "X, puheenjohtaja" / "Y, sihteeri" lines
            + prose_seat_facts(mentions, text, body) + elected_into_facts(mentions, text)
            + composition_facts(mentions, text)  # "X:n ohjausryhmään kuuluvat A (pj), B": body_compositions.py
            + row_department_posts(mentions, text, morph))  # "A, päällikkö - Sivistystoimiala": row_departments.py


def _named_owner(mentions: list[Mention], body: str | None) -> str | None:
    """The owner organisation named inside the meeting body's name ("Lapin liiton hallitus"): in the first
    mention of the body that holds one, the first such organisation in mention order.

    A span index, not a scan of every mention for each mention of the body: a 20 MB page names its body
    thousands of times among a million mentions.
    """
    owners = SpanIndex([o for o in mentions
                        if o.iri and o.type in {"JointAuthority", "WellbeingCounty", "Association"}])
    for m in mentions:
        if m.iri == body and m.type == "Body" and (inside := owners.inside(m.start, m.end)):
            return inside[0].iri
    return None


# "puheenjohtajaksi", "varapuheenjohtajaksi", "jäseneksi": the post someone is appointed to, in the translative
# the seat in the translative, one ("jäseneksi") or several ("jäseniksi", "varapuheenjohtajiksi")
_APPOINTED = re.compile(r"(?i)\b(?P<role>(?:vara)?puheenjohtaja|(?:vara)?jäsene|sihteeri|"
                        r"(?P<plural>(?:vara)?puheenjohtaji|(?:vara)?jäseni))(?:ksi|kseen(?<!jäsenikseen)(?<!johtajikseen))\b")
# (a board's own choice of one, "valitsi sihteerikseen": the plural's "varajäsenikseen" qualifies a list before it)
# a seat in the translative that no owner's genitive qualifies: it opens its sentence or follows the electing verb
# or a conjunction ("Puheenjohtajaksi valittiin A", "hallitus valitsi sihteerikseen B ja varapuheenjohtajaksi C")
_BARE_SEAT_BEFORE = re.compile(r"(?i)(?:^|[.!?][ \t]+|\n[ \t]*|\b(?:ja|sekä|valitsi|valittiin|nimesi|nimettiin)"
                               r"[ \t]+)$")
_TRANSLATIVE_POST = {"puheenjohtaja": "puheenjohtaja", "varapuheenjohtaja": "varapuheenjohtaja",
                     "jäsene": "jäsen", "varajäsene": "varajäsen", "sihteeri": "sihteeri",
                     "puheenjohtaji": "puheenjohtaja", "varapuheenjohtaji": "varapuheenjohtaja",
                     "jäseni": "jäsen", "varajäseni": "varajäsen"}
APPOINTMENT_REACH = 160
PLURAL_REACH = 400  # characters a list of several appointed runs to
# "Kiinteistö Oy X:n hallituksen jäseniksi": a board the recogniser has no name for, of the organisation before it
_BOARDS_OF = r"(?:hallituksen|johtokunnan|valtuuskunnan|hallintoneuvoston)"  # a board's word, in the genitive
_BOARD_WORD = re.compile(rf"(?i)[ \t]+{_BOARDS_OF}[ \t]+$")
# the rest of a sentence after the person (a party in brackets), its end, and the next one's opening ordinal
_ORDINAL_SEAT = r"(?:ensimmäiseksi|toiseksi|kolmanneksi|neljänneksi)"
_NEXT_SENTENCE = re.compile(rf"(?i)\s*(?:\([^()\n]{{1,12}}\))?\s*[.]\s+(?:(?:{_ORDINAL_SEAT}|[IV]{{1,3}}|\d\.)\s+)?")
# one short sentence about the chair's seat between it and the ordinal seats ("A (kesk.). Puheenjohtaja toimii
# tehtävässään osa-aikaisena. Ensimmäiseksi varapuheenjohtajaksi valittiin B"): the ordinal carries the body on
_ASIDE_THEN_ORDINAL = re.compile(rf"(?i)\s*(?:\([^()\n]{{1,12}}\))?\s*[.]\s+[^.!?\n]{{1,120}}[.]\s+{_ORDINAL_SEAT}\s+")
# a seat coordinated after the one before it: "ja", "sekä", "och", or a comma before an ordinal ("..., toiseksi
# varapuheenjohtajaksi B ja kolmanneksi varapuheenjohtajaksi C"), a board's word between allowed
_COORDINATED_SEAT = re.compile(rf"(?i)(?:\b(?:ja|sekä|och)\s+(?:{_ORDINAL_SEAT}\s+)?|,\s*{_ORDINAL_SEAT}\s+)"
                               rf"(?:{_BOARDS_OF}\s+)?$")


def full_body(body: Mention, earlier: list[Mention]) -> Mention:
    """The body a short name stands for: "Neuvottelukunta" after "hyvinvointialueen ja kuntien neuvottelukunta"
    is that one, the last body named in full whose name ends in the same word."""
    if len(body.label.split()) > 1:
        return body
    head = body.label.lower()
    return next((m for m in reversed(earlier) if m.iri and not m.generic and len(m.label.split()) > 1
                 and m.label.lower().endswith(head) and m.end <= body.start), body)


def appointment_facts(mentions: list[Mention], text: str) -> list[Fact]:
    """holdsPost for appointments: "Neuvottelukunnan puheenjohtajaksi aluehallitus nimesi ... Tapani Melaluodon
    ja varapuheenjohtajaksi ... Pekka Ahosen". The body is the genitive before the translative post; a
    post coordinated after it ("ja varapuheenjohtajaksi") is in the same body; the person is the first one
    named after the post, before the next post and the sentence's end. Who appoints is never the body."""
    hits = list(matches(_APPOINTED, text))
    if not hits:
        return []
    bodies = sorted((m for m in mentions if m.type == "Body" and m.iri), key=lambda m: m.start)
    people = sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start)
    starts = [p.start for p in people]
    owners = [m for m in mentions if m.type in BOARD_OWNERS and m.iri]
    # a page whose title names one organisation with a board of its own, and no body of a meeting: the seats its
    # prose fills without saying whose are in that organisation (a society's history, a club's annual report)
    titled = {m.iri for m in owners if m.start < TITLE_CHARS}
    own_page = next((m for m in owners if m.iri in titled), None) if len(titled) == 1 and not any(
        b.start < TITLE_CHARS for b in bodies) else None
    out: list[Fact] = []
    last_body: Mention | None = None
    last_end = -1
    for k, h in enumerate(hits):
        own = next((b for b in bodies if 0 <= h.start() - b.end <= 1), None)
        if own is None and (board := _BOARD_WORD.search(text, max(0, h.start() - 30), h.start())) is not None:
            own = next((o for o in owners if o.end == board.start()), None)  # "X Oy:n hallituksen jäseniksi"
        same_sentence = last_end >= 0 and not re.search(r"[.!?]\s|\n\s*\n", text[last_end:h.start()])
        # "... varapuheenjohtajaksi A sekä (hallituksen) jäseniksi B ja C": the seats coordinated after it, same body
        body = own or (last_body if same_sentence and _COORDINATED_SEAT.search(text[last_end:h.start()] + " ")
                       else None)
        between = text[last_end:h.start()]
        if body is None and last_body is not None and h.group("role").lower() != "puheenjohtaja" \
                and (_NEXT_SENTENCE.fullmatch(between) or _ASIDE_THEN_ORDINAL.fullmatch(between)) \
                and not any(last_end <= b.start < h.start() for b in bodies) \
                and not any(last_end <= p.start < h.start() for p in people):
            # "Aluevaltuuston puheenjohtajaksi valittiin A (kok.). Ensimmäiseksi varapuheenjohtajaksi valittiin B":
            # the seats the next sentence fills after the chair are in the chair's body
            body = last_body
        stop = limit = hits[k + 1].start() if k + 1 < len(hits) else len(text)
        listed = _bulleted_list_end(text, h.end(), stop) if h.group("plural") else None
        stop = min(stop, h.end() + (PLURAL_REACH if h.group("plural") else APPOINTMENT_REACH))
        end = (_SENTENCE_END if h.group("plural") else LINE_OR_SENTENCE_END).search(text, h.end(), stop)
        stop = listed or (end.start() if end else stop)
        chosen = [p for p in people if h.end() <= p.start < stop]
        if not h.group("plural"):
            chosen = chosen[:1]  # one seat, the first one named after it
        elif listed is None and end is None:  # a list longer than the reach: its names run on (own_kind_seats.py)
            chosen = run_on(chosen, people, starts, text, min(limit, h.end() + LIST_REACH))
        last_body, last_end = body, (chosen[-1].end if chosen else h.end())
        if body is None and own_page is not None and (
                _BARE_SEAT_BEFORE.search(text, max(0, h.start() - 12), h.start())
                or own_kind_before(text, h.start(), own_page)):
            # "Puheenjohtajaksi valittiin A", "Yhdistyksen puheenjohtajaksi valittiin A": a page about its
            # organisation, the seat in it
            body = own_page
        if body is None:
            continue
        target = full_body(body, bodies)
        for person in chosen:  # "jäseniksi A, B ja C": a seat for each of them
            ev = Evidence(text[h.start():person.end], h.start(), person.end)
            out.append(Fact(person.iri, "holdsPost", target.iri, ev, "holdsPost:appointed",  # type: ignore[arg-type]
                            0.7, post=_TRANSLATIVE_POST[h.group("role").lower()]))
    return out


# the opening of a sentence that a bulleted list completes ("jäseniksi valittiin (muodossa jäsen, varajäsen)", then
# "• Aho Liisa, pj., Kumpula Marja" a line): no sentence's end before the first bullet, a blank line at most
_LIST_INTRO = re.compile(r"[^.!?•▪\n]{0,200}:?[ \t]*(?:\n[ \t]*){0,2}[•▪]")
_BULLET_LINE = re.compile(r"[ \t]*[•▪][^\n]*(?:\n|$)")
LIST_REACH = 3000  # characters a bulleted list of appointed people runs to


def _bulleted_list_end(text: str, at: int, stop: int) -> int | None:
    """Where the bulleted list that completes the sentence at `at` ends: its lines follow one another, each opening
    with a bullet (a transcript may run them into one line, "• Aho Liisa, pj., Kumpula Marja • Rinne Ville"), and
    the "pj." of a row ends no sentence in it. None when no such list follows."""
    intro = _LIST_INTRO.match(text, at)
    if intro is None:
        return None
    end = pos = intro.end() - 1
    limit = min(stop, at + LIST_REACH)
    while pos < limit and (line := _BULLET_LINE.match(text, pos)) is not None:
        end = pos = line.end()
    return min(end, limit)


# "Jäseniksi valittiin Jenna X (puheenjohtaja), Charlotta Y (varapuheenjohtaja) ja Jere Z": the seat in brackets
# after the name of one elected to a body
_BRACKETED_SEAT = re.compile(r"[ \t]*\((?P<seat>puheenjohtaja|varapuheenjohtaja|pj\.?|vpj\.?|ordförande|"
                             r"vice[ \t]+ordförande|viceordförande)\)", re.IGNORECASE)
_ELECTED = re.compile(r"(?i)\b(?:valittiin|valitaan|valitsi|nimettiin|nimesi|nimeää|valdes|utsågs|utsåg)\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n")
LINE_OR_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")  # a sentence's end, or its line's where layout cuts it


def bracketed_seats(mentions: list[Mention], text: str) -> list[Fact]:
    """holdsPost for a chair or vice-chair elected with the seat in brackets after the name, in a sentence that
    elects ("valittiin", "nimettiin", "valdes"): the body is the last one named before the name in that sentence,
    else in the sentence before ("Lautakunta nimesi sosiaalijaoston kokoonpanon. Jäseniksi valittiin Jenna X
    (puheenjohtaja)"). Without an election the brackets may hold anything of a list's layout: no post."""
    bodies = sorted((m for m in mentions if m.type == "Body" and m.iri and not m.generic), key=lambda m: m.start)
    out: list[Fact] = []
    for p in (m for m in mentions if m.type == "Person" and m.iri):
        seat = _BRACKETED_SEAT.match(text, p.end)
        if seat is None:
            continue
        ends = [e.end() for e in _SENTENCE_END.finditer(text, max(0, p.start - 600), p.start)]
        start = ends[-1] if ends else max(0, p.start - 600)
        if not _ELECTED.search(text, start, p.start):
            continue
        here = [b for b in bodies if start <= b.start and b.end <= p.start]
        before = [b for b in bodies if (ends[-2] if len(ends) > 1 else 0) <= b.start and b.end <= start]
        body = (here or before or [None])[-1]
        if body is None:
            continue
        post = MEETING_ROLES["".join(seat.group("seat").lower().rstrip(".").split())]  # "vice ordförande" too
        ev = Evidence(text[p.start:seat.end()], p.start, seat.end())
        out.append(Fact(p.iri, "holdsPost", body.iri, ev, "holdsPost:bracketed-seat",  # type: ignore[arg-type]
                        0.7 if post == "puheenjohtaja" else 0.6, post=post))
    return out


def surname_posts(mentions: list[Mention], text: str, morph: Morphology, owner: str | None) -> list[Fact]:
    """"henkilöstöjohtaja Rautio selosti": minutes name officials again by title and surname alone.

    The surname must be that of exactly one person named in full in the same minutes; the
    post belongs to the minutes' owner. A meeting role ("varapuheenjohtaja Ojala") is left
    alone: whose body it is cannot be told.
    """
    if owner is None:
        return []
    people: dict[str, set[str]] = {}
    for m in mentions:
        if m.type == "Person" and m.iri and " " in m.label:
            people.setdefault(m.label.split()[-1], set()).add(m.iri)
    unique = {surname: next(iter(iris)) for surname, iris in people.items() if len(iris) == 1}
    if not unique:
        return []
    spans = sorted((m.start, m.end) for m in mentions if m.type == "Person")
    starts = [a for a, _ in spans]
    facts = []
    # one pass over the words: a known surname after a title word, not inside a full name, no first name after
    for hit in matches(_TITLE_SURNAME, text):
        iri = unique.get(hit.group(2))
        if iri is None:
            continue
        k = bisect_right(starts, hit.end()) - 1
        if k >= 0 and spans[k][1] > hit.start(1):  # part of a name read in full
            continue
        post = is_post(hit.group(1), morph)
        if post and hit.group(1).lower() not in MEETING_ROLES and not post.endswith("puheenjohtaja"):
            facts.append(Fact(iri, "holdsPost", owner, Evidence(hit.group(0), hit.start(), hit.end()),
                              "holdsPost:title-and-surname", 0.6, post=post))
    return facts


_TITLE_SURNAME = re.compile(r"(?<![\w-])(\w[\w-]*)\s+([A-ZÅÄÖ][\w-]+)(?![\w-])(?!\s+[A-ZÅÄÖ])")


# a council's or board's word that says it is a town's: "kunnanhallitus", "kaupunginvaltuusto", "kommunstyrelsen",
# "stadsfullmäktige" (kuntalaki 410/2015 14 §, 17 §: the municipal council and board)
_TOWN_ORGAN = re.compile(r"(?i)(?:^|[\s-])(?:kunnan|kaupungin|kommun|stads)"
                         r"(?:hallitus|valtuusto|styrelse|fullmäktige)\w*$")


class BodyOwners:
    """`body_owner` for every body of one document, with the owners indexed once instead of scanned per body."""

    def __init__(self, mentions: list[Mention], municipality: str | None) -> None:
        self._mentions = mentions
        self._municipality = municipality
        self._owners = SpanIndex([m for m in mentions if m.iri and m.type in {"Municipality", "JointAuthority",
                                                                               "WellbeingCounty"}])
        self._publisher: dict[str, str | None] = {}

    def __call__(self, body: Mention) -> str | None:
        inside = next((m.iri for m in self._owners.inside(body.start, body.end)), None)
        if inside:
            return inside
        if owner_kind(body.label) != "Municipality":
            kind = owner_kind(body.label) or ""
            if kind not in self._publisher:
                self._publisher[kind] = (_hosting_publisher(self._mentions, kind)
                                         or publisher_org(None, None, self._mentions, "", body.label))
            return self._publisher[kind] or self._municipality
        if _TOWN_ORGAN.search(body.label):
            # "Kaupunginhallitus", "kunnanvaltuusto", "stadsstyrelsen": a town's organ by its own word, never a joint
            # authority's, whatever joint authority the page names; with no town known it stays the document's
            return self._municipality
        if self._municipality is None:  # a joint authority's own minutes: its board ("HALLITUS", "Valtuusto")
            if "JointAuthority" not in self._publisher:  # the same answer the joint bodies' kind gets above
                self._publisher["JointAuthority"] = (_hosting_publisher(self._mentions, "JointAuthority")
                                                     or publisher_org(None, None, self._mentions, "", "yhtymä"))
            return self._publisher["JointAuthority"]
        return self._municipality


@lru_cache(maxsize=1)
def _hosts() -> dict[str, tuple[str, str]]:
    """Known unit -> (host organisation, its type), from the bundled reference data's hostedBy."""
    from welfare_kg.data import reference_hosts
    from welfare_kg.extract.gazetteer import reference_gazetteer

    gaz = reference_gazetteer()
    return {unit: (host.iri, host.type) for unit, iri in reference_hosts().items()
            if (host := gaz.entities.get(iri)) is not None}


TITLE_CHARS = 200  # a page's opening organisation, in its title or first line, is whose page it is


def _hosting_publisher(mentions: list[Mention], kind: str) -> str | None:
    """A page opening with a unit the reference data puts under a joint authority ("Verso jatkaa ...", a
    liikelaitos of a kuntayhtymä): a bare "yhtymäkokous" there is its host's, not that of another
    joint authority the page happens to name ("HUS:in yhteydessä toimivan Soccan")."""
    first = next((m for m in mentions if m.iri and not m.generic), None)
    if first is None or first.start > TITLE_CHARS:
        return None
    host = _hosts().get(first.iri)
    return host[0] if host is not None and host[1] == kind else None


def body_owner(body: Mention, mentions: list[Mention], municipality: str | None) -> str | None:
    """Whose body this is, for its IRI: the organisation named with it ("HUSin hallitus"), else the owner
    its kind implies (an aluehallitus belongs to the wellbeing county the minutes name), else the
    document's municipality. So the same board gets the same IRI in all its minutes."""
    inside = next((m.iri for m in mentions if m.iri and m.type in {"Municipality", "JointAuthority",
                                                                      "WellbeingCounty"}
                   and body.start <= m.start and m.end <= body.end), None)
    if inside:
        return inside
    if owner_kind(body.label) != "Municipality":
        return publisher_org(None, None, mentions, "", body.label) or municipality
    return municipality


def _is_area(iri: str) -> bool:
    from welfare_kg.extract.gazetteer import reference_gazetteer

    ent = reference_gazetteer().entities.get(iri)
    return ent is not None and ent.type in {"Region", "CooperationArea"}


def _seat_word(word: str) -> bool:
    """A meeting role, written out or abbreviated ("puheenjohtaja", "varapj."): its genitive owner may be a body."""
    low = word.lower()
    return low in MEETING_ROLES or low.endswith("puheenjohtaja") or seat_abbreviation(word) is not None


def _any_title(word: str) -> bool:
    """An office title or a meeting role (the first of two titles in apposition)."""
    return _seat_word(word) or office_title(word, get_morphology()) is not None


def org_named_with_post(person: Mention, ms: list[Mention], text: str) -> str | None:
    """The organisation the text writes with the title: "Pirkanmaan sairaanhoitopiirin johtaja X",
    "Tampereen kaupungin konsernijohtaja X", "X Vammaishuollon palvelujärjestelmä -hankkeesta"."""
    orgs = [x for x in ms if x.iri and x is not person and x.type in ORG_TYPES - {"Body"}]
    group = labelled_group(person, ms, text)
    # genitive owner, then one title word, then the name; the title may be a shared compound ("Attendo Oy:n
    # viestintä- ja yhteiskuntasuhdejohtaja X"), whose first half would otherwise stand between owner and title
    base = max(0, person.start - 120)  # the title word just before the name: no scan from the text's start
    title = re.search(r"((?:\S+-\s+(?:ja|sekä|tai|och|eller)\s+)?\S+)\s+$", text[base:person.start])
    if title and title.group(1)[0].isalpha():  # "Turun / Timo X": a slash is no title, the town no owner
        # "aluehallituksen puheenjohtaja Tapani X": a meeting role's owner in the genitive is a body ("kh:n varapj.
        # Keijo X": abbreviated, extract/posts.py `seat_abbreviation`)
        chairs = _seat_word(title.group(1))
        owners = orgs + [x for x in ms if chairs and x.iri and x.type == "Body"]
        owner = next((x for x in owners if 0 <= base + title.start() - x.end <= 1), None)
        # "kunnan tekninen johtaja X", "yhdistyksen varapuheenjohtaja, kansanedustaja X": extract/title_modifiers.py
        if owner is None and _any_title(title.group(1)) and (
                between := owner_end_before(text, base + title.start(), _any_title)) is not None:
            chairs = chairs or (between[1] is not None and _seat_word(between[1]))
            owners = orgs + [x for x in ms if chairs and x.iri and x.type == "Body"]
            owner = next((x for x in owners if 0 <= between[0] - x.end <= 1), None)
        if owner is not None and not (group and owner.type == "Body" and " " not in owner.surface.strip()):
            return owner.iri
    if group:  # "Hollola: Kunnanvaltuuston puheenjohtaja X Kunnanjohtaja Y": the town the group is labelled by
        return group.iri
    # "Jarkko X, kunnanjohtaja, Muuramen kunta": a row of a list names the employer after the title
    row = _ROW_TITLE.match(text, person.end)
    if row:
        employer = next((x for x in orgs if 0 <= x.start - row.end() <= 1), None)
        if employer is not None:
            return employer.iri
    # a caption's list item "toimitusjohtaja Risto X Vesikolmio, rehtori Kari Y Centria ja ...": the organisation
    # written right after the name, in the nominative and closing the item, is that person's employer
    # (a seat's holder's town after the name is their home: "puheenjohtaja Aino X Kuopio, sihteeri Outi Y Lapua")
    seated = title is not None and (title.group(1).lower() in MEETING_ROLES
                                    or title.group(1).lower().endswith("puheenjohtaja"))
    if (captioned := _caption_org(person, [x for x in orgs if not (seated and x.type == "Municipality")],
                                  text)) is not None:
        return captioned
    # "professori Ville X, Oulun yliopisto, ja ...": a titled name's item closed by its organisation after a comma
    if title is not None and title.group(1)[0].isalpha() and _any_title(title.group(1).rstrip(".,:")) and (
            employer := comma_employer(person, orgs, text)) is not None:
        return employer.iri
    # where someone comes from, right after their name: "Projektipäällikkö Maria Koski X-hankkeesta",
    # "neuvotteleva virkamies Salme X sosiaali- ja terveysministeriöstä"
    after = next((x for x in orgs if 0 <= x.start - person.end <= 2 and x.case == "sisaeronto"
                  and x.type in {"Project", "Ministry", "Agency", "CompetenceCentre", "Association", "Company",
                                 "JointAuthority", "WellbeingCounty"}), None)
    return after.iri if after is not None else None


# "Hollola: ", "Lahti:": a town's name with a colon labels the attendance that follows it, up to the next label
# "Hollola: ", "Brofeldt Iitti: ", and a label of another group that ends the town's ("Työryhmien puheenjohtajat: ")
_GROUP_LABEL = re.compile(r"([A-ZÅÄÖ][\w-]*(?:[ \t][A-ZÅÄÖ][\w-]*|[ \t][a-zåäö][\w-]*)?)[ \t]*:[ \t]+(?=\S)")
TOWN_GROUP_REACH = 300  # characters a town's group of attendees runs after its label
# a label alone on its line ("Sihteeristö:", "Muut läsnäolijat:"): the group above it has ended
_LINE_LABEL = re.compile(r"(?m)^[ \t]*[A-ZÅÄÖ][\w-]*(?:[ \t][\w-]+){0,2}[ \t]*:[ \t]*$")


def _group_label(person: Mention | Listed, text: str) -> re.Match[str] | None:
    """The last "<Label>: " before the person within reach, unless a label alone on a later line ends its group."""
    # up to the name's first letter: a label right before the name ("puheenjohtajat: Raila X") looks ahead at it
    labels = list(_GROUP_LABEL.finditer(text, max(0, person.start - TOWN_GROUP_REACH), person.start + 1))
    if not labels or _LINE_LABEL.search(text, labels[-1].end(), person.start):
        return None
    return labels[-1]


def labelled_group(person: Mention | Listed, ms: list[Mention], text: str) -> Mention | None:
    """The municipality whose "<Town>:" label heads the stretch of attendance the person is named in.

    A joint group's minutes list each member town's delegates under the town's name; the titles there
    ("Kunnanjohtaja", a bare "Kunnanvaltuuston puheenjohtaja") are that town's, whoever else the sentence
    names. Any other label ("Sihteeristö:", "Aika:"), also one alone on its line, ends the town's group.
    """
    last = _group_label(person, text)
    if last is None:
        return None
    # "Brofeldt Iitti: ": the label is the town that ends right at the colon
    return next((x for x in ms if x.type == "Municipality" and x.iri and last.start(1) <= x.start
                 and x.end == last.end(1)), None)


def unknown_town_group(person: Mention | Listed, ms: list[Mention], text: str, morph: Morphology) -> bool:
    """The person is listed under a place's "<Place>:" label that names no municipality the text recognised (a
    town since merged): the titles there are that town's, so no other organisation may take them."""
    if labelled_group(person, ms, text) is not None:
        return False
    label = _group_label(person, text)
    if label is None:
        return False
    word = label.group(1).split()[-1]  # "Rahkonen Hämeenkoski:": the previous name, then the label
    at = label.end(1) - len(word)
    return any(r.cls == "paikannimi" for r in morph.analyse(word)) and not any(
        x.start <= at < x.end and x.type not in {"Municipality", "Region"} for x in ms)


# ", kunnanjohtaja, " between a name and the organisation that ends its row
# (an acronym may open a one-word title, "MAL projektipäällikkö", never a name: "ELY keskus Häme")
_ROW_TITLE = re.compile(r"(?:[ \t]*,[ \t]*(?:[A-ZÅÄÖ]{2,6}[ \t-][a-zåäö-]+|[a-zåäö][^,\n]{1,60}?)){1,2},[ \t]*")
# what may follow a caption item's organisation: the next item (comma, "ja", "och", "sekä") or the caption's end
_ITEM_END = re.compile(r"[ \t]*(?:[,.;)]|\b(?:ja|och|sekä|samt)\b|$)", re.MULTILINE)


def _caption_org(person: Mention, orgs: list[Mention], text: str) -> str | None:
    """The organisation written right after the name, one space apart, uninflected, and ending the list item
    ("Olavi X Vestia, Risto Y Vesikolmio ja ..."): a caption's way of saying where each person works. An
    inflected one ("X Vestian ...", "X Vestiasta") starts a clause of its own and is left to the other rules."""
    after = next((x for x in orgs if x.start - person.end == 1 and text[person.end] in " \t"), None)
    if after is None or after.case not in {None, "nimento"} or not _ITEM_END.match(text, after.end):
        return None
    return after.iri


# "<Name> yhdistyksestä <title> <Person>": the word before the title says where the person comes from
_FROM_WORD = re.compile(r"(?P<word>[\w:-]+(?:sta|stä|lta|ltä))[ \t]+(?P<title>[\w-]+)[ \t]+$")
# an organisation's kind in the elative or ablative: the employer is written there even when nobody recognised it
_KIND_FROM = re.compile(r"(?i)(?:yhdistyksestä|ry:stä|rf:stä|säätiöstä|liitosta|oy:stä|kaupungilta|kunnasta|"
                        r"kuntayhtymästä|hyvinvointialueelta|seurakunnasta|keskuksesta)$")


def came_from(person: Mention, ms: list[Mention], text: str) -> str | None:
    """The organisation an elative or ablative before the title names as the person's ("Kalakukko ry:stä
    toiminnanohjaaja X", "Y Omaishoitajat yhdistyksestä ohjaaja X"): its IRI; "" when that organisation is a
    kind word nobody recognised; None when no such phrase precedes the title."""
    base = max(0, person.start - 160)
    hit = _FROM_WORD.search(text[base:person.start])
    if hit is None:
        return None
    w0 = base + hit.start("word")
    orgs = [x for x in ms if x.iri and x is not person and x.type in ORG_TYPES - {"Body"}]
    # the name itself in the elative, or the name right before an elative kind word ("... Läheiset yhdistyksestä")
    own = next((x for x in orgs if x.start <= w0 < x.end or (x.end <= w0 and not text[x.end:w0].strip()
                                                                and _KIND_FROM.search(hit["word"]))), None)
    if own is not None:
        return own.iri
    return "" if _KIND_FROM.search(hit["word"]) else None


def prose_post_org(person: Mention, post: str | None, ms: list[Mention], municipality: str | None,
                   email_org: str | None, text: str, morph: Morphology | None = None) -> tuple[str | None, bool]:
    """(organisation, decided) for a person with a title in running text.

    The organisation written with the title wins, then the e-mail domain's (a region's
    domain names no employer), then the minutes' municipality -- unless the sentence names
    other organisations, where the title may be any of theirs ("maakuntajohtaja X,
    Pirkanmaan sairaanhoitopiirin johtaja Y ja Tampereen kaupungin konsernijohtaja Z").
    Undecided means: let the page rules (nearby organisation, publisher) choose.
    """
    named = org_named_with_post(person, ms, text)
    if named is None and post:
        came = came_from(person, ms, text)
        if came is not None:  # "X yhdistyksestä omaistoiminnanohjaaja Tiina Y kertoo ... STEA:n päätöksestä"
            return came or None, True
    # "Hämeenkoski: Kunnanjohtaja X", "... Kunnanvaltuuston puheenjohtaja Y" under a town no reference data knows:
    # the office and the bare council are that town's, nobody else's
    unknown = morph is not None and unknown_town_group(person, ms, text, morph)
    if named and not (unknown and any(x.iri == named and x.type == "Body" and " " not in x.surface.strip()
                                      for x in ms)):
        return named, True
    if unknown:
        return None, True
    if email_org and not _is_area(email_org):
        return email_org, True
    if municipality and post:
        if is_meeting_role(post):  # "Varapuheenjohtaja Lasse X": a seat in some body, never the town's office
            return None, True
        others = [x for x in ms if x.iri and x.iri != municipality and x.type in ORG_TYPES - {"Body", "Project"}]
        return (None if others else municipality), True
    if post and not is_meeting_role(post) and any(x.type == "Body" for x in ms) and not any(
            x.iri and x is not person and x.type in ORG_TYPES - {"Body"} for x in ms):
        return None, True  # "Stadsdirektör X anser att nämnden ...": a director is no board's employee
    return None, False


def is_meeting_role(post: str) -> bool:
    return post.split()[-1] in MEETING_ROLES or post.endswith("puheenjohtaja")


_DECISION_VERB = re.compile(
    r"\s+(?:päätti|päättää|hyväksyi|hyväksyy|merkitsi|esittää|esitti|antoi|nimesi|valitsi|myönsi|myöntää|"
    r"utser|utsåg|beslöt|beslutade|godkände|godkänner|antecknade)\b", re.IGNORECASE)


def item_bodies(record: DocumentRecord, mentions: list[Mention], bodies: list) -> Callable[[object], object | None]:
    """`item_body` for the items of one minutes document, the meeting's body read once for all of them (the minutes'
    decisions, the grants of their items and the scope of decisions each ask it of every item)."""
    meeting = meeting_body(record.items[0].body if record.items else None, mentions, record.text)
    # (a hospital of the reference data in the letterhead is where the body meets, not a body that decides)
    bodies = [b for b in bodies if not (getattr(b, "mentions", None) and all(reference_body(m) for m in b.mentions))]
    return lambda item: item_body(item, bodies, record.text, meeting)


def item_body(item: object, bodies: list, text: str, meeting: str | None = None) -> object | None:
    """The body deciding an item: the one the item names as its body, else the body that is the
    subject of a decision verb in it ("Kaupunginhallituksen konsernijaosto päätti", "Samarbetsnämnden
    utser"), else the one in the letterhead; none otherwise.

    `meeting` is the IRI `meeting_body` read for the whole minutes: where it is named in the letterhead it is the
    letterhead's body, not whichever body the letterhead names first ("Valtuuston puheenjohtajille" among the
    addressees of a board's invitation, "Kaupunginhallituksen konsernijaosto")."""
    from welfare_kg.extract.entities import BODY_ACRONYMS

    label = (getattr(item, "body", None) or "").lower()
    label = BODY_ACRONYMS.get(label.upper(), label)
    if label:
        for b in bodies:
            if label in {x.lower() for x in b.labels} or b.label.lower().endswith(" " + label):
                return b
    start, end = item.start, item.end  # type: ignore[attr-defined]
    parts = getattr(item, "parts", {})
    for a, z in [parts[k] for k in ("decision", "proposal") if k in parts] + [(start, end)]:
        deciding = [(m.start, b) for b in bodies for m in b.mentions
                    if a <= m.start < z and _DECISION_VERB.match(text, m.end)]
        if deciding:
            return min(deciding, key=lambda x: x[0])[1]  # the first decision written: the item's own
    # a letterhead's office ("Kaupunginkanslia") prepares and signs for an official; it decides nothing itself
    bodies = [b for b in bodies if not b.label.lower().endswith("kanslia")]
    top = transcript_top(text)
    head = [b for b in bodies if any(m.start < HEAD_REACH or 0 <= m.start - top < HEAD_REACH for m in b.mentions)]
    if head:
        named = next((b for b in head if meeting and getattr(b, "iri", None) == meeting), None)
        return named or min(head, key=lambda b: min(m.start for m in b.mentions))
    # "Beslutsinstans: Arbetsutskottet 2019-2022", "Organ Socialnämnden": a Swedish protocol's notice of its
    # adjustment names the body whose protocol it is, below a letterhead that names none
    organ = next((b for b in bodies for m in getattr(b, "mentions", ())
                  if _ORGAN_BEFORE.search(text, max(0, m.start - 48), m.start)), None)
    # a body merely named inside the item ("Kunnanhallituksen lausunto", "valtuustolle") is not thereby the one that
    # decides it: without a heading, a decision verb, a letterhead or a notice's label, no body decides
    return organ


# "Kunnanvaltuuston puheenjohtaja Reijo X, puheenjohtaja": after a title and the name, the person's role in this
# meeting, set off by a comma
_COMMA_ROLE = re.compile(r"[ \t]*,[ \t]*(?P<ord>(?:[IVX]{1,3}|\d)\.?[ \t]+)?"
                         r"(?P<role>puheenjohtaja|varapuheenjohtaja|pj|vpj)\b\.?")


def comma_meeting_roles(mentions: list[Mention], text: str, body: str | None, morph: Morphology) -> list[Fact]:
    """The meeting's chair and vice-chairs written after their other title and name: "Kunnanvaltuuston
    puheenjohtaja Reijo X, puheenjohtaja" chairs the meeting whose minutes these are."""
    if body is None:
        return []
    out = []
    for m in mentions:
        if m.type != "Person" or not m.iri or m.rule == "person-listed":
            continue
        role = _COMMA_ROLE.match(text, m.end)
        before = text[max(0, m.start - 60):m.start].split()
        if role is None or not before or not (office_title(before[-1], morph)
                                                or before[-1].lower().strip(".,") in MEETING_ROLES):
            continue
        vice = bool(role.group("ord")) or role.group("role").startswith("v")
        post = "varapuheenjohtaja" if vice else "puheenjohtaja"
        out.append(Fact(m.iri, "holdsPost", body, Evidence(text[m.start:role.end()], m.start, role.end()),
                        "holdsPost:comma-meeting-role", 0.5 if vice else 0.7, post=post))
    return out


# "Taina X\nprojektikoordinaattori\npuh. ...": a contact block prints the title on the line under the name,
# at most one blank line between, the organisation (if any) on the title line after a comma or on the next line
_NEXT_LINE = re.compile(r"[ \t]*,?[ \t]*\n(?:[ \t]*\n)?[ \t]*(?P<line>[^\n]{2,120})")
_TITLE_WORD = re.compile(r"[A-Za-zÅÄÖåäöÉé-]+$")
_ORG_LINE = re.compile(r"\n(?:[ \t]*\n)?[ \t]*(?P<line>[^\n]{3,120})")
_TOWN_AS_EMPLOYER = re.compile(r"(?i)(?:kunta|kaupunki|kommun|stad)\w*$")
TITLE_WORDS = 4  # words a title line under a name runs to ("sosiaali- ja terveyspalvelujen johtaja")
# Swedish title heads the post lexicon lacks; safe on a title line of its own, too loose in running text
_CONTACT_HEADS = ("ledare", "koordinator", "sakkunnig", "planerare", "chef")


def next_line_title(person: Mention, text: str, morph: Morphology) -> tuple[str, int, int] | None:
    """(post, start, end of the rest of the title line) for a name alone on its line with a title on the next one.

    Only a name standing alone counts: in running text the next line belongs to the next sentence, and in a
    list of several contacts each title is the one under its own name, never another's.
    """
    line_start = text.rfind("\n", 0, person.start) + 1
    m = _NEXT_LINE.match(text, person.end)
    if m is None or text[line_start:person.start].strip(" \t•-–*"):
        return None
    line = m.group("line")
    if "@" in line or "(at)" in line or re.search(r"\d", line):
        return None
    title, comma, _ = line.partition(",")
    words = title.split()
    if not 1 <= len(words) <= TITLE_WORDS or not all(_TITLE_WORD.match(w) for w in words):
        return None
    if any(w[0].isupper() for w in words[1:]):  # "Maaseudun Sivistysliitto": a name, not a title
        return None
    last = words[-1].lower()
    head = office_title(words[-1], morph) or (last if last.endswith(_CONTACT_HEADS) and len(last) > 6 else None)
    if head is None or is_meeting_role(head):
        return None
    rest_start = m.start("line") + len(title) + len(comma)
    return " ".join([*(w.lower() for w in words[:-1]), head]), rest_start, m.end("line")


def contact_block_org(rest: tuple[int, int], mentions: list[Mention], contacts: list[str], email_org: str | None,
                      text: str) -> str | None:
    """The organisation a contact block names for the person: after the title on its line, else on the line
    under it, else the one organisation of the page whose one-word name is the person's e-mail domain
    ("x(at)gerocenter.fi" and "... GeroCenter"), else the organisation the reference data knows the domain of.
    Places are no employers; an unclear case gives none."""
    spans = [rest]
    nxt = _ORG_LINE.match(text, rest[1])
    if nxt is not None and not any(x.type == "Person" and x.start < nxt.end("line") and nxt.start("line") < x.end
                                   for x in mentions):
        spans.append(nxt.span("line"))
    for a, b in spans:
        found = {x.iri for x in mentions if x.iri and a <= x.start and x.end <= b and can_employ(x)}
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    labels = {d.split(".")[-2] for d in email_domains(" ".join(contacts)) if d.count(".") >= 1}
    by_domain = {x.iri for x in mentions if x.iri and (can_employ(x) or x.type == "Body")
                 and any(w.lower().strip(".,") in labels for w in x.surface.split())}
    if len(by_domain) == 1:
        return by_domain.pop()
    return email_org if email_org and not by_domain and not _is_area(email_org) else None


def can_employ(x: Mention) -> bool:
    if x.type == "Municipality":
        return bool(_TOWN_AS_EMPLOYER.search(x.surface.strip()))
    return x.type in ORG_TYPES - {"Project", "Body"}


def org_on_next_line(person: Mention, index: SpanIndex[Mention], text: str) -> str | None:
    """The organisation alone on the line under "projektipäällikkö X": a contact line's title stands before the
    name, the employer under it. Only for a line that ends with the name and names no organisation itself.
    `index` holds the document's mentions; only those starting on the two lines are read (a person with a
    post is common, and a scan of every mention for each made pages quadratic)."""
    line_start = text.rfind("\n", 0, person.start) + 1
    eol = text.find("\n", person.end)
    if eol < 0 or text[person.end:eol].strip(" \t,") or not text[line_start:person.start].strip():
        return None
    nxt = _ORG_LINE.match(text, eol)
    mentions = index.starting_in(line_start, nxt.end("line") if nxt is not None else eol)
    if any(x.iri and line_start <= x.start < eol and x is not person and x.type != "Person" for x in mentions):
        return None
    if nxt is None or any(x.type == "Person" and nxt.start("line") <= x.start < nxt.end("line") for x in mentions):
        return None
    a, b = nxt.span("line")
    found = {x.iri for x in mentions if x.iri and a <= x.start and x.end <= b and can_employ(x)}
    return found.pop() if len(found) == 1 else None


def behind_other_person(person: Mention, org: Mention, ms: list[Mention], text: str = "") -> bool:
    """The organisation stands after another name that follows the person's: in "hankekoordinaattori A, p. ...
    ja kehittämispäällikkö B, <organisation>" it is B's employer, written with B, and says nothing of A's. With
    `text`, Swedish "A och samordnare för <organisation> B" too: a preposition's organisation right before another
    name is that name's apposition."""
    if org.start < person.end:  # "A, Org\nB": the organisation closing A's item is A's (comma_employers.py)
        return written_with_earlier(person, org, ms, text)
    between = [p for p in ms if p.type == "Person" and p is not person and person.end <= p.start < org.start]
    if between and not (text and len(between) == 1 and _co_subjects(person, between[0], text)):
        return True
    return bool(text) and _APPOSED_BEFORE.search(text, max(0, org.start - 6), org.start) is not None and any(
        p.type == "Person" and p is not person and p.start == org.end + 1 and text[org.end] == " " for p in ms)


def _co_subjects(person: Mention, other: Mention, text: str) -> bool:
    """"A ja <title> B ovat seuranneet <organisation>n kasvua": two people joined by "ja" as one plural verb's
    subjects; what the sentence says after the verb is about both, not B's alone; two names after one Swedish
    title in the plural too."""
    if _SHARED_PLURAL_BEFORE.search(text, max(0, person.start - 40), person.start) \
            and _BARE_JOIN.fullmatch(text, person.end, other.start):
        return True  # "Projektledarna A och B vid <organisation>": one title in the plural, one employer for both
    return _JOINED.fullmatch(text, person.end, other.start) is not None \
        and _PLURAL_VERB.match(text, other.end) is not None


# a Swedish definite plural right before the first name ("projektledarna", "koordinatorerna"): the post, from the
# same word, gates the fact, so a plural that names no title gives no one anything
_SHARED_PLURAL_BEFORE = re.compile(r"(?i)(?<![\w-])[a-zåäö]{3,}(?:arna|erna)[ \t]+$")
_BARE_JOIN = re.compile(r"[ \t]+(?:och|samt)[ \t]+")


_JOINED = re.compile(r"[ \t]+(?:ja|sekä)[ \t]+(?:[a-zåäö][\w-]*[ \t]+){0,4}")
# a plural verb right after the second name ("ovat", "olivat", "kertovat", "toteavat")
_PLURAL_VERB = re.compile(r"[ \t]+(?:ovat|olivat|\w+(?:vat|vät))(?![\w-])")


# a Swedish preposition of where someone works, right before the organisation ("samordnare för X", "vid X")
_APPOSED_BEFORE = re.compile(r"(?<![\w-])(?:för|vid|hos)[ \t]+$")


# a street address before a town ("Malmin kauppatie 26, Helsinki", "Storgatan 5 B, Vasa") or a postal code
# ("00100 Helsinki"): the town is where an office is, not an organisation anyone works for
_ADDRESS_BEFORE = re.compile(r"(?:(?:" + "|".join(STREET_ENDINGS) + r")[ \t]+\d+(?:[ \t]*[A-Za-z](?![\w]))?"
                             r"(?:[ \t]+[a-z]{1,3}\.?[ \t]*\d+)?[ \t]*,?|\b\d{5})[ \t]*$", re.IGNORECASE)


def address_town(text: str, start: int) -> bool:
    """Whether the town at `start` closes a street address or follows a postal code."""
    return _ADDRESS_BEFORE.search(text, max(0, start - 60), start) is not None
