"""Local clubs of the international service organisations, named by the organisation and "Club" before their own
name: "Lions Club Haapajärvi Kantapuhto", "Rotary Club Oulu-Koskikeskus", "Zonta Club of Kuopio".

Such a club carries no Finnish legal form and no kind word the recogniser knows ("ry" is left off in news), so
neither the registered-name rules nor the kind words read it: the club that hands its collection to a parish was
never named. The name's shape is fixed: the organisation's name, "Club" (or "klubi"), then up to three capitalised
words (a town, a district, the club's own name), the last of them inflected in running text ("Lions Club Haapajärvi
Kantapuhdon edustajat"): the label is the last word's base form where Voikko reads it, else as written. A bare "Lions
Club" ("Lions Clubin puolesta") in a document naming one such club is that club. Typed Association.

Local papers write the same clubs in two more shapes: glued in Finnish ("Lionsklubi Lempäälä/Kanava", "Rotaryklubi
Oulu") and by the organisation's initials ("LC Lempäälä/Kanava", "RC Oulu", "LC Jäälin puheenjohtaja"). All three
name one club, labelled as the text first names it; a name's parts may be joined by a slash (a club of two places),
and a last word the morphology does not know ("Jäälin") takes the form another mention of the same club writes it in
("LC Jääli"), so that the donor of a news item is one entity however often it is named.

Local news also put the town first, in its genitive ("Pälkäneen Lions Club", "Kuopion Rotaryklubin puheenjohtaja"),
and two towns' clubs share one head in the plural ("Pälkäneen ja Luopioisten Lions Clubit"): each town's genitive
then names a club of its own, labelled "<town's genitive> <organisation> Club" as the text writes it. The genitive
must be a place's or a word no lexicon knows, so "Tämän Lions Clubin" names no club of its own.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import base_of, identity_key
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text import shared_prefix

RULE = "service-club"
_ENDING = 3  # characters a case ending adds to a name's last word ("Jääli" -> "Jäälin", "Jäälissä")
_GRADE = 2  # stem letters a consonant gradation changes before the ending ("Pyynikki" -> "Pyynikin")
_PLACES = {"Municipality", "Region", "CooperationArea"}
# the service organisations whose local clubs are named so (international organisations' own naming rule)
_ORGANISATIONS = r"Lions|Rotary|Rotaract|Zonta|Kiwanis|Soroptimist|Inner[ \t]+Wheel|Leo"
# a word of a club's name: capitalised, hyphened parts allowed ("Oulu-Koskikeskus"), but no capital glued on after
# small letters (a caption run into its credit: "JääliLions Club")
_WORD = r"[A-ZÅÄÖ](?:[a-zåäö0-9]|-[A-ZÅÄÖ]?|[A-ZÅÄÖ](?![a-zåäö]))*"
_CLUB = re.compile(rf"\b(?P<org>{_ORGANISATIONS})(?:[ \t]+(?P<club>Club|klubi)|(?P<glued>klubi))(?P<ending>:?[a-zåäö]*)"
                   rf"(?P<rest>(?:[ \t]+(?:of[ \t]+)?{_WORD}(?:/{_WORD})*){{0,3}})")
# the initials local papers use: "LC" for a Lions club, "RC" for a Rotary club, always with the club's own name
_INITIALS = {"LC": "Lions", "RC": "Rotary"}
# a town's genitive (or two joined by "ja"/"sekä") before the club's head: "Pälkäneen ja Luopioisten Lions Clubit"
_OWNER = r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?n"
_OWNED_CLUB = re.compile(rf"(?<![\w-])(?P<first>{_OWNER})(?:[ \t]+(?:ja|sekä)[ \t]+(?P<second>{_OWNER}))?[ \t]+"
                         rf"(?P<org>{_ORGANISATIONS})(?:[ \t]+(?P<club>Club|klubi)|(?P<glued>klubi))"
                         rf"(?P<ending>:?[a-zåäö]*)(?![\w-])")
# the proper-name classes of the morphology a town's genitive is read in (a word it does not know is one too)
_NAME_AFTER = re.compile(r"[ \t]+[A-ZÅÄÖ]")
_PLACE_CLASSES = {"paikannimi", "nimi", "sukunimi"}
_INITIAL_CLUB = re.compile(rf"\b(?P<org>LC|RC)(?P<rest>(?:[ \t]+{_WORD}(?:/{_WORD})*){{1,3}})")


def service_club_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                          morph: Morphology) -> list[list[Mention]]:
    """An Association mention for each "X Club Name" the recogniser did not read whole."""
    if "Club" not in text and "klubi" not in text and "LC " not in text and "RC " not in text:
        return per_sentence
    named: list[tuple[int, int, str, str]] = []  # where, the label as written, the club it names
    bare: list[tuple[int, int, str]] = []
    owned = _owned_clubs(text, morph)
    named.extend(owned)
    for m in _CLUB.finditer(text):
        if any(a <= m.start() < b for a, b, _, _ in owned):
            continue  # the head of "Pälkäneen Lions Club", read whole above
        words = m.group("rest").split()
        head = f"{m.group('org')} {'Club' if m.group('glued') else m.group('club')}"
        written = f"{m.group('org')}{m.group('glued')}" if m.group("glued") else head
        if words and not m.group("ending"):
            named.append((m.start(), m.end(), _label(written, words, morph), _label(head, words, morph)))
        elif not words:
            bare.append((m.start(), m.end("ending"), head))
    for m in _INITIAL_CLUB.finditer(text):
        words = m.group("rest").split()
        named.append((m.start(), m.end(), _label(m.group("org"), words, morph),
                      _label(f"{_INITIALS[m.group('org')]} Club", words, morph)))
    labelled = _one_label_a_club(sorted(named))
    labels = {x[2] for x in labelled}
    # a bare "Lions Club" is the one club the document names, else no one in particular
    bare = [(a, b, next(iter(labels))) for a, b, _ in bare] if len(labels) == 1 else []
    index = SpanIndex([m for ms in per_sentence for m in ms])
    added: list[Mention] = []
    drop: set[int] = set()
    for a, b, label in labelled + bare:
        near = index.overlapping(a, b)
        if any(m.start <= a and b <= m.end and m.type == "Association" for m in near):
            continue  # read whole already
        # a town inside the name is still the town the text names ("Lions Club Haapajärvi ..."); other pieces go
        drop.update(id(m) for m in near if a <= m.start and m.end <= b and m.type not in _PLACES)
        added.append(Mention(start=a, end=b, surface=text[a:b], label=label, type="Association", rule=RULE,
                             key=identity_key(label, morph) or None))
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence


def _owned_clubs(text: str, morph: Morphology) -> list[tuple[int, int, str, str]]:
    """The clubs named by a town's genitive before the organisation's head: (start, end, label as written, the club
    it names for `_one_label_a_club`, "<organisation> Club <town's genitive>"). Of two towns sharing the head, the
    first club's mention is its town's word alone."""
    out = []
    for m in _OWNED_CLUB.finditer(text):
        owners = [g for g in ("first", "second") if m.group(g)]
        if not all(_owner_genitive(m.group(g), morph) for g in owners) or (
                not m.group("ending") and _NAME_AFTER.match(text, m.end())):
            continue  # "Kuopion Lions Club Kallavesi": the club's own name follows, read by _CLUB
        written = f"{m.group('org')}{m.group('glued')}" if m.group("glued") else f"{m.group('org')} {m.group('club')}"
        for g in owners:
            end = m.end() if g == owners[-1] else m.end(g)
            out.append((m.start(g), end, f"{m.group(g)} {written}", f"{m.group('org')} Club {m.group(g)}"))
    return out


def _owner_genitive(word: str, morph: Morphology) -> bool:
    """A town's genitive: a word the morphology reads as a proper name ("Leppävirran" is a common noun's too), or
    does not know; not a pronoun's or adjective's ("Tämän", "Uuden")."""
    readings = morph.analyse(word)
    return all(r.cls is None for r in readings) or any(r.cls in _PLACE_CLASSES for r in readings)


def _label(head: str, words: list[str], morph: Morphology) -> str:
    """The club's label: the head, then its name with the last word in its base form where the morphology reads it."""
    *before, last = words[-1].split("/")  # of a slashed pair, the second place takes the case ending
    base = base_of(last, morph)
    return " ".join([head, *words[:-1], "/".join([*before, base if base[:1].isupper() else last])])


def _one_label_a_club(named: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str]]:
    """One label for the mentions of one club, the form the text first names it in ("Lionsklubi X", later "LC X"):
    the club a mention names is its organisation and name, a slash read as a space ("Lempäälä/Kanava", "Lempäälä
    Kanavan"), and names whose last words differ only by an ending ("Jääli", "Jäälin", "Jäälissä") are one club,
    the one with the shortest last word, the stem the endings are added to."""
    first: dict[tuple[str, ...], str] = {}
    for _a, _b, label, club in named:
        first.setdefault(tuple(club.replace("/", " ").split()), label)
    out = []
    for a, b, _written, club in named:
        words = tuple(club.replace("/", " ").split())
        stem = min((other for other in first if _same_club(words, other)), key=lambda w: len(w[-1]), default=words)
        out.append((a, b, first[stem]))
    return out


def _same_club(words: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """The same leading words, and last words that share their stem and differ by at most an ending."""
    if len(other) != len(words) or other[:-1] != words[:-1]:
        return False
    a, b = sorted((words[-1], other[-1]), key=len)
    return len(b) - len(a) <= _ENDING and shared_prefix(a, b) >= len(a) - _GRADE
