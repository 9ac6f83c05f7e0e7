"""Names no rule read that stand in one list beside organisations the recognisers did read, or before a role.

Partners are named in coordinated lists ("Konsortioon kuuluvat Lapin yliopisto, Oulun yliopisto, Sokela ja
Himonoseura", "samverkansprojekt mellan Hylte kommun, Falkenbergs kommun och Jesokigen", "Lisäksi Hopukes, Turun
kaupunki ja Turun yliopisto"), and the recognisers read the names a reference list or a legal form vouches for: a
partner with a coined name of its own (or a name swapped for a coined word) stays unread, and with it every role the
sentence gives it. The role-slot reader (role_slot_organisations.py) takes such names only after a role word
("Hanketta hallinnoi", "Kumppanit:"); a list joined by commas and "ja", "sekä", "och", "samt" says the same by its
shape: its items are things of one kind, so when two of them are organisations named as such, an unread item is
one too, if its own form allows nothing else:

- a single word no lexicon knows (a coined name: "Sokela", "Jesokigen"), not in capitals;
- an abbreviation in capitals ("NNV", "KDM") that names no funding instrument or document;
- up to four capitalised words ending in a kind of organisation ("Roroyliopisto", "Kainuun Kansanopisto").

A town named with its kind ("Hylte kommun", "Turun kaupunki") vouches, a place alone ("Alajärvi") does not: a
list of places may hold a village no list knows. An item is read only where nothing was read.

The subject of a project's running role stands before its role as often as after ("Stundars är huvudman för
projektet", "X toimii hankkeen hallinnoijana"): a name of the same forms right before that predicate is an
organisation as well (the role word is what vouches there); so is an abbreviation in the genitive before an agent
participle of running ("VSV:n koordinoimaan hankkeeseen"), which the role-slot reader's genitives leave.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.role_slot_organisations import (
    _ACRONYM,
    _NOT_ACTORS,
    _ORG_HEAD,
    _SV_GENERIC,
    _SV_ORG_HEAD,
    _capitalised_back,
    _coined_word,
    _kind,
    _name_at,
    common_apart_from_places,
)
from welfare_kg.extract.spans import SpanIndex

RULE = "listed-organisation"
# the kinds of what a list of organisations holds, read by the recognisers
_ORGS = {"Association", "Company", "Agency", "Parish", "JointAuthority", "WellbeingCounty", "Ministry",
         "CompetenceCentre"}
# a town vouches only when named as an organisation, with its kind ("Hylte kommun", "Turun kaupunki")
_TOWN_KIND = re.compile(r"(?i)(?:kunta|kunnan|kaupunki|kaupungin|kommun|stad)\b")
_JOIN = re.compile(r",?[ \t]+(?:ja|sekä|och|samt)[ \t]+|,[ \t]+")
_BACK_JOIN = re.compile(r"(?:,?[ \t]+(?:ja|sekä|och|samt)|,)[ \t]+\Z")
VOUCHERS = 2  # organisations read in the list that vouch for an unread item of it
MAX_ITEMS = 12
# a running role right after its subject: "X är huvudman/projektägare", "X toimii (hankkeen) hallinnoijana"
_ROLE_AFTER = re.compile(r"[ \t]+(?:är|var)[ \t]+(?:huvudman|projektägare|huvudprojektägare|lead[ \t]+partner)\b|"
                         r"[ \t]+(?:toimii|toimi)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:hallinnoijana|päätoteuttajana|"
                         r"koordinaattorina)\b", re.IGNORECASE)
# an abbreviation in the genitive before an agent participle of running: "VSV:n koordinoimaan hankkeeseen"
_ACRONYM_AGENT = re.compile(r"(?<![\w-])([A-ZÅÄÖ]{2,6})(:n)[ \t]+(?:hallinnoim|koordinoim|toteuttam|johtam|vetäm)a")
_GAP = re.compile(r"[ \t]+")
_NAME_BEFORE = re.compile(r"(?<![\w-])[A-ZÅÄÖ][\wÅÄÖåäö-]*(?:[ \t]+[A-ZÅÄÖ][\wÅÄÖåäö-]*){0,3}\Z")


# a preposition before a word makes it a place or a complement, not an item ("Riläväsen i Kahipiten samt ...")
_PREPOSITION_BEFORE = re.compile(r"(?:^|[ \t])(?:i|på|vid|för|av|från|till|inom|med|hos)[ \t]+\Z", re.IGNORECASE)
# after the item's joiner: a common word ("X ja hyvinvoinnin teknologian keskus") or a genitive and a common noun
# ("Xn sekä Kemi-Tornion ammattikorkeakoulut"): the item is a modifier shared with what follows, not a name
_LOWER_NEXT = re.compile(r"[a-zåäö]")
_GENITIVE_AND_NOUN = re.compile(r"[A-ZÅÄÖ][\wÅÄÖåäö-]*n[ \t]+[a-zåäö]")


def _item_alone(text: str, a: int, b: int) -> bool:
    """The unread words at a..b stand as an item of their own: no preposition before them, and the list does not go
    on with common words or an elided genitive after them."""
    if _PREPOSITION_BEFORE.search(text[max(0, a - 8):a]):
        return False
    join = _JOIN.match(text, b)
    if join is None:
        return True
    return not (_LOWER_NEXT.match(text, join.end())
                or (text[b - 1] == "n" and _GENITIVE_AND_NOUN.match(text, join.end())))


def _vouches(m: Mention) -> bool:
    return m.type in _ORGS or (m.type == "Municipality" and bool(_TOWN_KIND.search(m.surface)))


def _headed(name: str) -> bool:
    """The last word ends in a kind of organisation and is more than that kind ("Roroyliopisto", not "Yliopisto")."""
    last = name.split()[-1].lower()
    head = _ORG_HEAD.search(last) or _SV_ORG_HEAD.search(last)
    return head is not None and (head.start() > 0 or len(name.split()) > 1)


def _organisation_form(name: str, morph: Morphology) -> bool:
    """A coined word, an abbreviation or a name headed by a kind of organisation, and no place's or common words."""
    words = name.split()
    if len(words) == 1 and _ACRONYM.fullmatch(name):
        return name not in _NOT_ACTORS
    if len(words) == 1 and _coined_word(name, morph):
        return not _SV_GENERIC.fullmatch(name)  # "Kommunen är huvudman": a Swedish common noun no Finnish lexicon knows
    return _headed(name) and not common_apart_from_places(name, morph) and not any(
        a.cls in {"etunimi", "paikannimi"} for a in morph.analyse(words[0]) if len(words) == 1)


def _name_tail(text: str, a: int, b: int, morph: Morphology) -> tuple[int, int] | None:
    """The longest tail of the capitalised words in text[a:b] that has an organisation's form: a sentence's first
    word is no word of the name after it ("Lisäksi Hopukes", "Nyt Stundars"). A name cut off by the end of the
    text ("..., Anu Talka, Etel") is no name."""
    if not text[b:].strip():
        return None
    pos = a
    while pos < b:
        if _organisation_form(text[pos:b], morph) or ((pos > a or not _opens_sentence(text, a)) and _coined_words(
                text[pos:b], morph)):
            return pos, b
        gap = _GAP.search(text, pos, b)
        if gap is None:
            return None
        pos = gap.end()
    return None


def _opens_sentence(text: str, a: int) -> bool:
    return not text[:a].strip() or text[:a].rstrip()[-1] in ".!?:\n" or text[max(0, a - 1)] == "\n"


def _coined_words(name: str, morph: Morphology) -> bool:
    """Two or three capitalised words none of which a lexicon knows ("Folkrörelsernas Konstfrämjande"): a name as
    written, unless a word is a Swedish common noun."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(_coined_word(w, morph) and not _SV_GENERIC.fullmatch(w) for w in words)


def _mention(a: int, b: int, name: str) -> Mention:
    typ = _kind(name)
    return Mention(start=a, end=b, surface=name, label=name, type=typ, rule=RULE, iri=mint(typ, fold(name)),
                   key=fold(name) or None)


def _list_items(text: str, first: Mention, by_start: dict[int, Mention], have: SpanIndex,
                morph: Morphology) -> tuple[list[Mention], list[tuple[int, int]]]:
    """The list through `first`: the mentions in it and the spans of the unread capitalised names in it."""
    read, unread = [first], []
    pos = first.end
    for _ in range(MAX_ITEMS):  # rightwards
        join = _JOIN.match(text, pos)
        if join is None or "\n" in join.group():
            break
        nxt = by_start.get(join.end())
        if nxt is not None:
            read.append(nxt)
            pos = nxt.end
            continue
        found = _name_at(text, join.end(), morph)
        if found is None or have.overlapping(*found):
            break
        unread.append(found)
        pos = found[1]
    b = first.start
    for _ in range(MAX_ITEMS):  # leftwards, over the unread names before the first one read
        join = _BACK_JOIN.search(text[max(0, b - 8):b])
        if join is None:
            break
        end = max(0, b - 8) + join.start()
        prev = next((m for m in have.overlapping(max(0, end - 1), end) if m.end == end), None)
        if prev is not None:
            read.append(prev)
            b = prev.start
            continue
        a, words = _capitalised_back(text, end)
        if not words or have.overlapping(a, end):
            break
        unread.append((a, end))
        b = a
    return read, unread


def listed_organisation_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                                 morph: Morphology) -> list[list[Mention]]:
    """A mention for each unread name of an organisation's form in a list beside organisations, or right before a
    running role."""
    have = SpanIndex([m for ms in per_sentence for m in ms])
    added: list[Mention] = []
    taken: set[tuple[int, int]] = set()
    for ms in per_sentence:
        if sum(1 for m in ms if _vouches(m)) < VOUCHERS:
            continue
        by_start = {m.start: m for m in ms}
        done: set[int] = set()
        for m in ms:
            if not _vouches(m) or id(m) in done:
                continue
            read, unread = _list_items(text, m, by_start, have, morph)
            done.update(id(x) for x in read)
            vouchers = [x for x in {id(x): x for x in read}.values() if _vouches(x)]
            if len(vouchers) < VOUCHERS or 2 * sum(1 for x in vouchers if x.case == "omanto") > len(vouchers):
                continue  # "Lapin yliopiston, Hamarojien ja X:n muodostama": a list of genitives, its words inflected
            for a, b in unread:
                if not _item_alone(text, a, b):
                    continue
                span = _name_tail(text, a, b, morph)
                if span is not None and span not in taken:
                    taken.add(span)
                    added.append(_mention(*span, text[span[0]:span[1]]))
    for role in _ROLE_AFTER.finditer(text):
        before = _NAME_BEFORE.search(text[max(0, role.start() - 80):role.start()])
        if before is None:
            continue
        a, b = max(0, role.start() - 80) + before.start(), role.start()
        span = _name_tail(text, a, b, morph) if not have.overlapping(a, b) else None
        if span is not None and span not in taken:
            taken.add(span)
            added.append(_mention(*span, text[span[0]:span[1]]))
    for agent in _ACRONYM_AGENT.finditer(text):
        a, b = agent.span(1)
        name = agent.group(1)
        if name not in _NOT_ACTORS and (a, b) not in taken and not have.overlapping(a, agent.end(2)):
            taken.add((a, b))
            added.append(Mention(start=a, end=agent.end(2), surface=text[a:agent.end(2)], label=name,
                                 type="Association", rule=RULE, iri=mint("Association", fold(name)),
                                 key=fold(name) or None, case="omanto"))
    return insert_mentions(per_sentence, starts, added) if added else per_sentence
