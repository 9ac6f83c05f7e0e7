"""The organisation a bare word of its kind points back to, for a titled person in running text.

News write a person's employer by its kind once the organisation has been named: "sanoo kuntayhtymän johtaja Risto X"
(the joint authority the page is about), "yhdistyksen toimistolla on yksi työntekijä, hankeneuvoja Eliisa X" (the
association named sentences before), "säätiön asiamies", "yhtiön toimitusjohtaja", "seuran puheenjohtaja",
"seurakunnan diakoni", "yliopiston rehtori" (a school is told by the head its name ends in, extract/kind_titles.py).
Without a name in the sentence the prose rules fell back on the organisation nearest before (often the last town a
list named), or on none when the sentence named some other organisation. The kind word is the text saying whose the
post is: the organisation of that type the text has named most often before it, the latest of equally named ones (or,
when none is before, the only one of that type the document names). The word must stand in the person's own clause:
after any other person or organisation of the sentence, and not inside a name ("Pirkan Helmi ry:n" is a mention; a
capitalised "Yhdistyksen" inside a sentence opens a name and is no kind word, while one opening the sentence or line,
"Hyvinvointialueen perhepalvelujohtaja X", is the kind word written with the sentence's capital). A kind word of a
town ("kunnan", "kaupungin") is left to the municipality rules.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from welfare_kg.extract.enumerated_kinds import enumerated_at
from welfare_kg.extract.kind_titles import organisation_kinds
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.spans import SpanIndex

# the kind words, in the cases a clause about an employer uses, -> the types they point back to
_KINDS = (
    (r"yhdisty(?:s|ksen|ksessä|kseen|ksellä|ksestä)", ("Association",)),
    (r"(?:kunta)?yhtym(?:ä|än|ässä|ään|ästä)", ("JointAuthority",)),
    (r"sairaanhoitopiiri(?:n|ssä|in|stä)?", ("JointAuthority",)),
    (r"säätiö(?:n|ssä|ön|stä)?", ("Foundation", "Association")),
    (r"hyvinvointialue(?:en|ella|elle|elta)?", ("WellbeingCounty",)),
    (r"yhtiö(?:n|ssä|ön|stä)?", ("Company",)),
    # a club's, a federation's and a parish's own words; a school's by the head its name ends in (kind_titles.py)
    (r"(?:seura|klubi|järjestö)(?:n|ssa|ssä|an|on|sta|stä)?", ("Association",)),
    (r"seurakun(?:ta|nan|nassa|taan|nasta)", ("Parish",)),
    # a town's own word, read only when asked (`towns`): "kaupungin hyvinvointipäällikkö X" in a town's news
    (r"kunnan|kaupungin", ("Municipality",)),
    (r"(?:yliopisto|korkeakoulu|ammattikorkeakoulu|opisto|koulu)(?:n|ssa|ssä|on|un|sta|stä)?", ("School",)),
)
_KIND_WORD = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?P<k{i}>{p})" for i, (p, _) in enumerate(_KINDS))
                        + r")(?![\w-])", re.IGNORECASE)
_TOWN_WORDS = {"kunnan", "kaupungin"}
# what may stand before a capitalised kind word opening its sentence or line ("Hyvinvointialueen johtaja X")
_OPENING = re.compile(r"(?:^|[.!?:]\s+|\n\s*|[–-]\s+)$")
# the kinds whose chair and secretary the annotation posts in the organisation itself, not in a board of it
_SEAT_KINDS = {"Association", "Foundation"}
# one title word between the genitive kind word and the name
_OWN_TITLE = re.compile(r"[ \t]+[a-zåäö][\w-]*\.?[ \t]+")
# how far back in the sentence the kind word may stand (a clause, not a paragraph)
REACH = 120
# a sentence's end before the person: the kind word must be in the person's own sentence
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZÅÄÖ–-])|\n\s*\n")


# between two titled people sharing one kind word: "yhtiön toimitusjohtaja A ja talousjohtaja B" (a comma, "ja" or
# "sekä", then the second one's lower-case title)
_NEXT_TITLED = re.compile(r"[ \t]*(?:,|\bja\b|\bsekä\b)[ \t]+[a-zåäö][\w-]*[ \t]+$")


def _coordinated_titled(m: Mention, person: Mention, between: list[Mention], text: str) -> bool:
    """Whether `m`, standing between the kind word and the person, is a person titled in the same run: "yhtiön
    toimitusjohtaja A ja talousjohtaja B" writes the genitive once for both; an organisation between is its own."""
    if m.type != "Person" or m.end > person.start:
        return False
    if _NEXT_TITLED.fullmatch(text, m.end, person.start) is None:
        return False
    return not any(x.iri and x is not m and x.start >= m.end and x.end <= person.start for x in between)


def kind_word_owner(person: Mention, mentions: SpanIndex[Mention], text: str, *, seat: bool = False,
                    towns: bool = False) -> str | None:
    """The IRI of the organisation a bare kind word before the person's name points back to, or None.

    `mentions` are the document's mentions by position (IRIs resolved); the whole document is read only when a
    kind word stands before the name, which few titled people have. `seat`: the title is a meeting role
    ("puheenjohtaja", "sihteeri"), which a board holds as often as an organisation; only an association's or a
    foundation's kind word in the genitive right before the title says whose it is ("seuran puheenjohtaja X",
    "yhdistyksen sihteeri Y": the club's own chair, as the annotation posts an association's chair in it), and
    a club the person's own sentence names before the word is the one meant, however often others were named.
    `towns`: read only a town's word ("kunnan", "kaupungin") right before one office title, for an office no other
    rule placed ("Kaupunkia edustaa ... kaupungin hyvinvointipäällikkö X"): the town the text has named most."""
    lo = max(0, person.start - REACH)
    ends = list(_SENTENCE_END.finditer(text, lo, person.start))
    if ends:
        lo = ends[-1].end()
    between = [m for m in mentions.starting_in(lo, person.start) if m is not person]
    kind = None
    for hit in _KIND_WORD.finditer(text, lo, person.start):
        if hit.group(0)[1:] != hit.group(0)[1:].lower() or (
                hit.group(0)[0].isupper() and not _OPENING.search(text, max(0, hit.start() - 3), hit.start())):
            continue  # capitalised inside a sentence: a word of a name ("Pirkan Yhdistyksen"), no kind word
        if (hit.group(0).lower() in _TOWN_WORDS) != towns:
            continue  # the town's words are the municipality rules' (or, asked for, the only ones read)
        if any(m.start <= hit.start() < m.end for m in between):  # a word of a name the recogniser read
            continue
        if enumerated_at(hit.start(), hit.end(), text, get_morphology()):
            continue  # "alueen kunnat ja hyvinvointialue ovat edustettuja": a party listed, no owner of the title
        kind = hit
    if kind is None:
        return None
    if any(m.iri and m.start >= kind.end() and not _coordinated_titled(m, person, between, text) for m in between):
        return None  # another person or organisation after the kind word: the word is theirs, or their clause's
    types = next(t for i, (_, t) in enumerate(_KINDS) if kind.group(f"k{i}") is not None)
    if towns:
        if _OWN_TITLE.fullmatch(text, kind.end(), person.start) is None:
            return None
        of_town = [m for m in mentions.spans if m.iri and not m.generic and m.type == "Municipality"]
        before_town = [m for m in of_town if m.end <= kind.start()]
        if before_town:
            named_town = Counter(m.iri for m in before_town)
            return max(reversed(before_town), key=lambda m: named_town[m.iri]).iri
        return None
    if (written := _apposition_of_kind(person, mentions, text, set(types))) is not None:
        return written  # "säätiön johtaja X, Esimerkki-säätiö": the one of that kind written after the name
    if seat and (not set(types) & _SEAT_KINDS or not kind.group(0).lower().endswith("n")
                 or _OWN_TITLE.fullmatch(text, kind.end(), person.start) is None):
        return None
    of_type = sorted((m for m in mentions.spans if m.iri and not m.generic and organisation_kinds(m) & set(types)),
                     key=lambda m: m.start)
    before = [m for m in of_type if m.end <= kind.start()]
    if "Company" in types and (firms := [m for m in before if "School" not in organisation_kinds(m)]):
        # "Y:n ammattikorkeakoulu sai lahjoituksen X Oy:ltä ... yhtiön toimitusjohtaja Z": a university of applied
        # sciences is an Oy in law, but prose calls it by its school word; "yhtiö" points back to a company named as one
        before = firms
    if seat and (own := [m for m in before if m.start >= lo]):
        return own[-1].iri  # "LeKi-Futiksen puolesta ... seuran puheenjohtaja X": the club the sentence names
    if before:
        # the one the text has named most so far, the page's subject ("Essote" over a neighbour the paragraph
        # before named twice); of equally named ones the latest
        named = Counter(m.iri for m in before)
        return max(reversed(before), key=lambda m: named[m.iri]).iri
    distinct = {m.iri for m in of_type}
    return next(iter(distinct)) if len(distinct) == 1 else None


# the comma (and blanks) between a name and an organisation written after it in apposition
_APPOSITION = re.compile(r"[ \t]*,[ \t]*")


def _apposition_of_kind(person: Mention, mentions: SpanIndex[Mention], text: str, types: set[str]) -> str | None:
    """The IRI of the organisation of the kind word's type written right after the name, after a comma ("säätiön
    johtaja X, Esimerkki-säätiö", "yhdistyksen puheenjohtaja Y, Esimerkin Eläkeläiset ry"): a list of people with
    their posts writes the kind word and then the name, and the name is the organisation meant, not the one of that
    kind the text named most before it."""
    gap = _APPOSITION.match(text, person.end)
    if gap is None:
        return None
    after = [m for m in mentions.starting_in(gap.end(), gap.end() + 1) if m.iri and not m.generic]
    return next((m.iri for m in after if organisation_kinds(m) & types), None)



# "A, yhdistyksen puheenjohtaja." / "A, säätiön asiamies, kertoi": the kind word's genitive and one title after the
# name's comma, closing the apposition (not a row going on to name the organisation: "A, hallituksen pj, PHHYKY")
_KIND_AFTER = re.compile(r"[ \t]*,[ \t]*(?P<kind>[a-zåäö][\w-]*n)[ \t]+(?P<title>[a-zåäö][\w-]*)"
                         r"(?=[ \t]*(?:[.;!?)]|\n|$|,(?![ \t]*[A-ZÅÄÖ0-9])))", re.MULTILINE)


def kind_owner_after(person: Mention, mentions: SpanIndex[Mention], text: str,
                     title_of: Callable[[str], str | None],
                     body_seat: Callable[[str, str], tuple[str, str] | None] | None = None) -> tuple[str, str] | None:
    """(post, organisation IRI) of a kind word written after the name: "Seminaarin avasi A, yhdistyksen
    puheenjohtaja." -- the mirror of a kind word before the name (`kind_word_owner`): the organisation of that
    kind the text named most before the name (the latest of equally named ones). A town's word is left to the
    municipality rules; `title_of` gives a word's title (an office or a meeting role) or None. `body_seat` gives
    (a body's head word, the seat) for a body word's genitive and a seat ("ohjausryhmän", "sihteeri"), else None:
    the one body with that head the text named before holds the seat."""
    hit = _KIND_AFTER.match(text, person.end)
    if hit is None or hit["kind"].lower() in _TOWN_WORDS:
        return None
    kind = _KIND_WORD.fullmatch(hit["kind"])
    if kind is None and body_seat is not None and (seat := body_seat(hit["kind"], hit["title"])) is not None:
        # "A, ohjausryhmän sihteeri": a body's word and a seat in it, the one body of that word named before
        head, post = seat
        bodies = {m.iri for m in mentions.spans if m.iri and not m.generic and m.type == "Body"
                  and m.end <= person.start and m.label.lower().split()[-1].endswith(head)}
        return (post, next(iter(bodies))) if len(bodies) == 1 else None
    post = title_of(hit["title"])
    if kind is None or post is None or post != hit["title"].lower():
        return None
    types = set(next(t for i, (_, t) in enumerate(_KINDS) if kind.group(f"k{i}") is not None))
    if "School" in types:
        return None  # a school is told by the head its name ends in (extract/kind_titles.py)
    before = sorted((m for m in mentions.spans if m.iri and not m.generic and m.end <= person.start
                     and organisation_kinds(m) & types), key=lambda m: m.start)
    if not before:
        return None
    named = Counter(m.iri for m in before)
    owner = max(reversed(before), key=lambda m: named[m.iri])
    return post, owner.iri  # type: ignore[return-value]
