"""Bodies that share their owner or are named "yhteinen": the owner a text writes once for several bodies.

Two shapes left bodies without the organisation they belong to (issue 12, bodies and partOf on unseen documents):

- a joint organ: "Kouvolan seurakuntayhtymän yhteinen kirkkoneuvosto", "Yhteinen kirkkovaltuusto" in a parish
  union's minutes. The Church Act (kirkkolaki 652/2023, 8 luku) names a parish union's council and board "yhteinen
  kirkkovaltuusto" and "yhteinen kirkkoneuvosto", and the Local Government Act (kuntalaki 410/2015 51 §) a joint
  organ of towns "yhteinen toimielin"; "yhteinen" is part of the name. The recogniser read only the body word, so
  the entity's names lacked the one the text uses and the adjective stood between the owner's genitive and the body
  (`joint_organ_mentions` takes it into the body's span, before IRIs are minted);
- coordinated bodies after one genitive: "Lapin hyvinvointialueen vanhusneuvosto ja vammaisneuvosto", "Oulun
  kaupungin sivistyslautakunta ja ympäristölautakunta": the genitive names the owner of each (`partOf:
  coordinated-body`), as partOf:parent-genitive-body (extract/body_parents.py) does for the first.
"""

from __future__ import annotations

import re
from collections import Counter

from welfare_kg.extract.body_parents import (
    KIND_PREFIXES,
    PARENTS,
    other_kind_owner,
    parent_after_preposition,
    parent_genitive_before,
)
from welfare_kg.extract.model import Evidence, Fact, Mention, related_pairs
from welfare_kg.extract.relations import Clause, rule

# "yhteinen" in the cases a body's name takes, right before the body word (the owner's genitive may stand before it)
_JOINT = re.compile(r"(?:^|(?<=\s))(?P<word>[Yy]hteise(?:n|ssä|stä|en|lle|llä|ltä|nä|ksi)|[Yy]hteinen|[Yy]hteistä)"
                    r"\s+$")
# the Swedish name of a parish union's organs: "gemensamma kyrkorådet", "gemensamma kyrkofullmäktige"
_GEMENSAMMA = re.compile(r"(?:^|(?<=\s))(?P<word>[Gg]emensamma)\s+$")
_LOOK_BACK = 16  # characters: the longest form of the adjective and a space or two


def joint_organ_mentions(mentions: list[Mention], text: str) -> None:
    """Take "yhteinen" before a one-word body into its span and name (in place): "Yhteinen kirkkoneuvosto".

    The label is the base form whatever the case ("yhteisen kirkkoneuvoston" -> "Yhteinen kirkkoneuvosto"); the
    body's own label stays among its names. Runs before bodies get their IRIs and before the owner's genitive is
    taken into the span (body_parents.owner_genitive_bodies), which then finds the owner right before the new start.
    """
    for body in mentions:
        if body.type != "Body" or body.iri or body.generic or len(body.label.split()) != 1:
            continue
        before = text[max(0, body.start - _LOOK_BACK):body.start]
        m = _JOINT.search(before) or _GEMENSAMMA.search(before)
        if m is None:
            continue
        word = "Gemensamma" if m.group("word").lower() == "gemensamma" else "Yhteinen"
        start = body.start - len(before) + m.start("word")
        name = f"{word} {body.label.lower()}"
        body.parts = tuple(dict.fromkeys((name, body.label, *body.parts)))
        body.label = name
        body.start, body.surface = start, text[start:body.end]


# what joins two bodies that share the genitive before the first: a comma, "ja", "sekä", "och", "samt"
_JOIN = re.compile(r"\s*,\s*|\s+(?:ja|sekä|och|samt)\s+|\s*,\s*(?:ja|sekä|och|samt)\s+")


def _kind_prefixed(body: Mention) -> bool:
    """A body whose name opens with its organisation's kind (aluehallitus): partOf:kind-prefixed-body places it."""
    name = body.label.lower()
    return any(name.startswith(prefix) and len(name) > len(prefix) + 3 for prefix, _, _ in KIND_PREFIXES)


def top_bodies(c: Clause) -> list[Mention]:
    """The clause's bodies not inside another body's name, by start (a name read twice kept twice)."""
    bodies = sorted((m for m in c.named if m.type == "Body" and m.iri), key=lambda m: (m.start, -m.end))
    top: list[Mention] = []  # sorted by start, the longest first: one pass
    reach = -1
    for b in bodies:
        if b.end > reach or (top and (top[-1].start, top[-1].end) == (b.start, b.end)):
            top.append(b)
        reach = max(reach, b.end)
    return top


# "hallituksen varajäsenyydestä ja jaoksen jäsenyydestä": the word each body's genitive goes with, then the join
_GAPPED = re.compile(r"\s+(?P<word>[a-zåäö]+)\s+(?:ja|sekä|och|samt)\s+")
_WORD_AFTER = re.compile(r"\s+(?P<word>[a-zåäö]+)")
_SAME_ENDING = 5  # letters: the two words share their case ending and the stem's end ("-jäsenyydestä")


def _gapped(gap: str, text: str, after: int) -> bool:
    """Two genitive bodies each followed by its own head noun, the nouns alike ("A:n varajäsenyydestä ja B:n
    jäsenyydestä"): the list is of the phrases, and the genitive before the first body still owns each body."""
    first = _GAPPED.fullmatch(gap)
    second = _WORD_AFTER.match(text, after)
    if first is None or second is None:
        return False
    a, b = first.group("word"), second.group("word")
    return min(len(a), len(b)) > _SAME_ENDING \
        and (a.endswith(b) or b.endswith(a) or a[-_SAME_ENDING:] == b[-_SAME_ENDING:])


@rule("partOf:coordinated-body", "partOf",
      "'Lapin hyvinvointialueen vanhusneuvosto ja vammaisneuvosto': the genitive owns each body of the run",
      needs="named")
def _coordinated_body(c: Clause) -> list[Fact]:
    """Each body joined to a body its owner's genitive names, without a genitive of its own, is that owner's too.

    Only a body written in lower case continues the run (a capital opens another name), and only the owner
    read from a genitive carries over; a body of another kind of organisation ("ja aluehallitus") ends it.
    """
    parents = [m for m in c.named if m.type in PARENTS and m.iri]
    out: list[Fact] = []
    owner: Mention | None = None
    prev: Mention | None = None
    for body in top_bodies(c):
        own = next((p for p in parents if p.iri != body.iri and parent_genitive_before(c, body, p)), None)
        carried = None
        if own is None and owner is not None and prev is not None and body.start > prev.end:
            gap = c.sent.text[prev.end - c.sent.start:body.start - c.sent.start]
            word = c.sent.text[body.start - c.sent.start:body.end - c.sent.start]
            joined = _JOIN.fullmatch(gap) or _gapped(gap, c.sent.text, body.end - c.sent.start)
            if joined and word[:1].islower() and owner.iri != body.iri \
                    and not _kind_prefixed(body) and not other_kind_owner(body, owner):
                carried = owner
                out.append(Fact(body.iri, "partOf", owner.iri, c.ev, "partOf:coordinated-body", 0.7))  # type: ignore[arg-type]
        owner = own or carried
        prev = body
    return out


PREPOSITION_RULE = "partOf:coordinated-body-before-preposition"
_SWEDISH_BODY = re.compile(r"(?:nämnd|styrelse|fullmäktige|direktion|sektion|utskott)\w*$", re.IGNORECASE)


@rule(PREPOSITION_RULE, "partOf",
      "'revisionsnämnden och styrelsen för X', 'social- och bildningsnämnden i X': the owner after the run owns each",
      needs="named")
def _coordinated_before_preposition(c: Clause) -> list[Fact]:
    """Swedish names a body's owner after it with "för", "vid", "i" (body_parents.parent_after_preposition): written
    once after a list of bodies, it owns each body of the list, as a Finnish genitive before the list does.

    Only a Swedish body word without an owner of its own continues the run backwards, lower case but for the
    sentence's first word; a body of another kind of organisation ("samkommunstyrelse") ends it."""
    parents = [m for m in c.named if m.type in PARENTS and m.iri]
    top = top_bodies(c)
    base, text = c.sent.start, c.sent.text
    out: list[Fact] = []
    for i in range(len(top) - 1, 0, -1):
        owner = next((p for p in parents if p.iri != top[i].iri and parent_after_preposition(c, top[i], p)), None)
        if owner is None:
            continue
        nxt = top[i]
        for body in reversed(top[:i]):
            word = text[body.start - base:body.end - base]
            if body.end > nxt.start or not _JOIN.fullmatch(text, body.end - base, nxt.start - base) \
                    or not (word[:1].islower() or body.start == base) or not _SWEDISH_BODY.search(body.label) \
                    or body.iri == owner.iri or _kind_prefixed(body) or other_kind_owner(body, owner) \
                    or any(p.iri != body.iri and parent_genitive_before(c, body, p) for p in parents):
                break
            out.append(Fact(body.iri, "partOf", owner.iri, c.ev, PREPOSITION_RULE, 0.7))  # type: ignore[arg-type]
            nxt = body
    return out


# the organs of a parish or a parish union (kirkkolaki 652/2023): they belong to the church, never to a town
_CHURCH_BODY = re.compile(r"(?:yhteinen\s+)?(?:kirkko(?:neuvosto|valtuusto)|seurakuntaneuvosto)|"
                          r"(?:gemensamma\s+)?kyrko(?:råd|fullmäktige)\w*|församlingsråd\w*", re.IGNORECASE)
# a parish union's name ("Kouvolan seurakuntayhtymä", "Esbo kyrkliga samfällighet"): recognition types a Finnish one a
# Parish (organisation_names.py); one typed a joint authority (a Swedish one, a list's) is still the church's
_PARISH_UNION = re.compile(r"seurakuntayhtymä|kyrkliga samfällighet|församlingar", re.IGNORECASE)
CHURCH_RULE = "partOf:church-body"


def church_body_facts(mentions: list[Mention], facts: list[Fact]) -> list[Fact]:
    """partOf from each church organ no fact places to the one parish or parish union the document names.

    A parish union's minutes name the union in the letterhead and the organ ("Yhteinen kirkkoneuvosto") on the
    next line, with no genitive between them; a church organ has no other kind of owner, so the only church
    organisation of the document is its owner. With two or more (a union and its parishes) the owner is unsure.
    """
    placed = {f.subject for f in facts if f.predicate == "partOf"}
    churches = {m.iri for m in mentions if m.iri and (m.type == "Parish" or (
        m.type == "JointAuthority" and _PARISH_UNION.search(f"{m.label} {m.surface}")))}
    if len(churches) != 1:
        return []
    (church,) = churches
    out: list[Fact] = []
    for body in mentions:
        if body.type != "Body" or not body.iri or body.iri in placed or not _CHURCH_BODY.fullmatch(body.label):
            continue
        placed.add(body.iri)
        out.append(Fact(body.iri, "partOf", church, Evidence(body.surface, body.start, body.end), CHURCH_RULE, 0.6))
    return out


# a bare kind word in the genitive right before a body: whose the body is, without the owner's name ("Hyvinvointialueen
# vammaisneuvosto", "kuntayhtymän tarkastuslautakunta", "Stadens socialnämnd") -> the types it points back to
_KIND_GENITIVES = (
    (r"hyvinvointialueen|välfärdsområdets", ("WellbeingCounty",)),
    (r"(?:kunta)?yhtymän|samkommunens|(?:maakunta)?liiton|förbundets", ("JointAuthority",)),
    (r"kaupungin|kunnan|stadens|kommunens", ("Municipality",)),
)
_KIND_GENITIVE = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?P<k{i}>{p})" for i, (p, _) in enumerate(_KIND_GENITIVES))
                            + r")\s+$", re.IGNORECASE)
KIND_RULE = "partOf:kind-genitive-body"


class _Pointer:
    """The organisation a kind word points back to, for kind words met in text order: of those of its types named
    before it, the one named most (the page's subject), the latest of equally named ones; with none before, the only
    one the document names. Counted as the words advance, so each organisation is read once (a large page has
    thousands of bodies and organisations)."""

    def __init__(self, of_type: list[Mention]) -> None:
        self.by_end = sorted(of_type, key=lambda m: (m.end, m.start))
        self.only = of_type[0] if len({m.iri for m in of_type}) == 1 else None
        self.next = 0
        self.named: Counter[str] = Counter()
        self.latest: dict[str, Mention] = {}
        self.at = -1

    def owner(self, at: int) -> Mention | None:
        if at < self.at:  # a word before the last one asked (overlapping windows): count afresh
            self.next, self.named, self.latest = 0, Counter(), {}
        self.at = at
        while self.next < len(self.by_end) and self.by_end[self.next].end <= at:
            m = self.by_end[self.next]
            self.named[m.iri] += 1  # type: ignore[index]
            if m.iri not in self.latest or m.start >= self.latest[m.iri].start:  # type: ignore[index]
                self.latest[m.iri] = m  # type: ignore[index]
            self.next += 1
        if not self.named:
            return self.only
        iri = max(self.named, key=lambda i: (self.named[i], self.latest[i].start))
        return self.latest[iri]


def kind_genitive_body_facts(mentions: list[Mention], facts: list[Fact], text: str) -> list[Fact]:
    """partOf from each body no fact places that a bare kind genitive before it gives to an organisation of that kind.

    "Pohjois-Savon hyvinvointialue järjesti ... Hyvinvointialueen vammaisneuvosto": the genitive says the county's,
    and the county is the one the text has named. An organisation named right before the kind word ("Kiteen
    kaupungin") is the owner itself, read by partOf:parent-genitive-body.
    """
    placed = {f.subject for f in facts if f.predicate == "partOf"}
    related = related_pairs(facts)
    orgs = sorted((m for m in mentions if m.iri and not m.generic and m.type != "Body"), key=lambda m: m.start)
    ends = {m.end for m in mentions if m.iri}
    out: list[Fact] = []
    last: tuple[Mention, Mention, int] | None = None  # the body last placed, its owner, where the kind word stood
    pointers: dict[tuple[str, ...], _Pointer] = {}
    for body in sorted((m for m in mentions if m.type == "Body" and m.iri), key=lambda m: m.start):
        if body.iri in placed:
            last = None
            continue
        kind = _KIND_GENITIVE.search(text, max(0, body.start - 24), body.start)
        owner: Mention | None = None
        if kind is not None and not any(kind.start() - k in ends and "\n" not in text[kind.start() - k:kind.start()]
                                        for k in range(3)):  # a heading line above is no owner's genitive
            types = next(t for i, (_, t) in enumerate(_KIND_GENITIVES) if kind.group(f"k{i}") is not None)
            if types not in pointers:
                pointers[types] = _Pointer([m for m in orgs if m.type in types])
            owner, at = pointers[types].owner(kind.start()), kind.start()
        elif last is not None and _JOIN.fullmatch(text, last[0].end, body.start) and body.surface[:1].islower() \
                and not _kind_prefixed(body):
            owner, at = last[1], last[2]  # "Hyvinvointialueen vammaisneuvosto ja vanhusneuvosto": both
        last = None
        if owner is None or owner.iri == body.iri or (body.iri, owner.iri) in related or other_kind_owner(body, owner):
            continue
        placed.add(body.iri)
        last = (body, owner, at)
        out.append(Fact(body.iri, "partOf", owner.iri, Evidence(text[at:body.end], at, body.end),  # type: ignore[arg-type]
                        KIND_RULE, 0.6))
    return out


COMPOUND_RULE = "partOf:compound-body-parts"
# a body written with a coordinated prefix: "vanhus- ja vammaisneuvosto", "social- och omsorgsnämnden"
_COMPOUND = re.compile(r"(?P<first>[^\W\d_]+)-\s+(?:ja|och|sekä)\s+(?P<second>[^\W\d_]+)", re.IGNORECASE)
_HEAD_MIN = 4  # letters of the shared head ("-neuvosto", "-nämnd"): a shorter tail is no body word


def compound_body_facts(mentions: list[Mention], facts: list[Fact]) -> list[Fact]:
    """partOf for each body a coordinated compound stands for, when the document names both bodies on their own.

    "hyvinvointialueen vanhus- ja vammaisneuvostoon" places the compound; a page that also names "Vanhusneuvosto"
    and "Vammaisneuvosto" apart has two councils, and the genitive owns each. A compound whose parts the document
    never names alone ("sosiaali- ja terveyslautakunta") is one body, and stays so.
    """
    bodies: dict[str, set[str]] = {}
    for m in mentions:
        if m.type == "Body" and m.iri:
            bodies.setdefault(m.label.lower(), set()).add(m.iri)
    placed = {(f.subject, f.object) for f in facts if f.predicate == "partOf"}
    labels = {m.iri: m.label for m in mentions if m.type == "Body" and m.iri}
    out: list[Fact] = []
    for f in facts:
        label = labels.get(f.subject) if f.predicate == "partOf" else None
        match = _COMPOUND.fullmatch(label.strip()) if label else None
        if match is None:
            continue
        first, second = match.group("first").lower(), match.group("second").lower()
        parts = [bodies.get(first + second[k:], set()) for k in range(1, len(second) - _HEAD_MIN + 1)]
        own = next((p for p in parts if p), set())
        alone = bodies.get(second, set())
        if len(own) != 1 or len(alone) != 1:
            continue  # both parts named alone, each once: otherwise the compound is one body
        for iri in (*own, *alone):
            if iri != f.object and iri != f.subject and (iri, f.object) not in placed:
                placed.add((iri, f.object))
                out.append(Fact(iri, "partOf", f.object, f.evidence, COMPOUND_RULE, 0.6))
    return out
