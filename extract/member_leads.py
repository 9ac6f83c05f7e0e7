"""Member lists whose whole the sentence names only by a bare kind word, or not at all.

A joint authority's own page, charter or report writes of itself as "kuntayhtymä" / "samkommunen" and lists its
members around that word in every order the language allows; extract/membership.py reads the lists after a named whole
and after a bare kind word. These shapes it leaves:

- the members first, the kind word in the predicate: "A, B ja C ovat kuntayhtymän jäsenkuntia", "A, B ja C kuuluvat
  kuntayhtymään", "A:n, B:n ja C:n kunnat omistavat kuntayhtymän", "A, B och C är medlemmar i samkommunen",
  "Samkommunen ägs av A, B och C";
- a member noun opening its clause with no whole at all: "Jäsenkuntina ovat A, B ja C", "Medlemskommuner är A och B";
- a member noun with a possessive suffix before the towns in apposition, any case: "palvelut jäsenkunnilleen A:lle,
  B:lle ja C:lle", "jäsenkuntiensa A:n, B:n ja C:n asukkaille";
- "Kuntayhtymässä ovat mukana A, B ja C".

The kind word stands for the one organisation of that kind the document names (membership._Doc.bare_whole); no kind
word, for the document's one joint authority. Each shape is a rule of its own.
"""

from __future__ import annotations

import re

from welfare_kg.extract.member_tables import document_whole, table_rows
from welfare_kg.extract.membership import _COUNT, _JOIN, WHOLES, _Doc, _facts, _in_parentheses, _list_after
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.text_scans import matches

RULE_BEFORE_KIND = "partOf:members-before-kind"
RULE_OPENING_NOUN = "partOf:member-noun-opening"
RULE_KIND_LEAD = "partOf:kind-lead-members"
RULE_MADE_OF_COLON = "partOf:made-of-listed"
RULE_OWN_MEMBERS = "partOf:own-members-apposition"
CONFIDENCE = 0.55

_KIND_GEN = r"(?:kuntayhtymän|yhtymän|samkommunens)"
_KIND_ILL = r"(?:kuntayhtymään|yhtymään)"
# after the members: the predicate naming the kind; "kunnat" after genitive members
_BEFORE_KIND = re.compile(
    rf"\s+(?P<towns>kunnat\s+|kaupungit\s+|kuntien\s+|kaupunkien\s+)?(?:"
    rf"(?:ovat|olivat)\s+(?:kaikki\s+)?(?P<gen>{_KIND_GEN})\s+(?:jäsenkuntia|jäseniä|omistajakuntia|omistajia|"
    rf"jäsenkunnat|omistajakunnat|jäsenet|omistajat)|"
    rf"(?:kuuluvat|kuuluivat)\s+(?:myös\s+)?(?P<ill>{_KIND_ILL})|"
    rf"(?:muodostavat|muodostivat|omistavat|omistivat|perustivat)\s+(?:yhdessä\s+)?(?P<acc>{_KIND_GEN})|"
    r"(?:är|var)\s+(?:alla\s+)?medlemmar\s+i\s+(?P<sv>samkommunen|förbundet)|"
    r"(?:ovat|olivat)\s+(?:myös\s+)?mukana\s+(?P<ine>kuntayhtymässä|yhtymässä)|"
    # "A:n, B:n ja C:n kuntien muodostama kuntayhtymä": the makers' participle, the kind after it
    r"(?:yhdessä\s+)?(?:muodostama|perustama|omistama)(?:n|ssa|lla|an|na)?\s+(?P<part>kuntayhtymä|yhtymä)\w*)\b",
    re.IGNORECASE)
# "Samkommunen ägs av A, B och C", "Kuntayhtymässä ovat mukana A, B ja C": the kind word, then the members
_KIND_THEN = re.compile(r"\b(?P<kind>samkommunen)\s+(?:ägs|ägdes)\s+av\s+(?:kommunerna\s+|städerna\s+)?|"
                        r"\b(?P<ine>kuntayhtymässä|yhtymässä|samkommunen)\s+(?:ovat|olivat|är|var)\s+"
                        r"(?:mukana|med)(?:\s+(?:myös|nykyisin|också))?\s+", re.IGNORECASE)
# a bare kind word, then a lead-in of membership and the members: "Kuntayhtymän alueeseen kuuluvat A ja B",
# "kuntayhtymä, johon kuuluvat A ja B", "kuntayhtymä, jonka jäseniä ovat A ja B", "Kuntayhtymän omistajia ovat",
# "Kuntayhtymässä on mukana kolme kuntaa:", "I samkommunen ingår A och B"
_KIND_LEAD = re.compile(
    r"\b(?:(?:kuntayhtymän|yhtymän)\s+(?:toiminta-)?alueeseen\s+kuulu(?:vat|u|ivat|i)|"
    r"(?:kuntayhtymä|yhtymä)\s*,\s*(?:johon\s+kuulu(?:vat|u|ivat|i)|jonka\s+(?:jäseniä|jäsenkuntia|jäsenkunnat|"
    r"omistajia|omistajakuntia|omistajakunnat)\s+(?:ovat|olivat))|"
    r"(?:kuntayhtymän|yhtymän)\s+(?:omistajia|omistajat|omistajina)\s+(?:ovat|olivat|toimivat)|"
    r"(?:kuntayhtymässä|yhtymässä)\s+(?:on|oli|ovat|olivat)\s+mukana|"
    r"(?:jäsenkuntia|omistajakuntia)\s+(?:on|oli)(?=\s+\w+\s*:)|"
    r"i\s+samkommunen\s+ingår(?:\s+kommunerna)?)" + _COUNT, re.IGNORECASE)
# a bare member noun, then the members in parentheses: "Kuntayhtymän jäsenkunnat (A, B ja C) päättivät"
_NOUN_PARENS = re.compile(r"\b(?:jäsenkunnat|jäsenkuntien|jäsenkunnissa|jäsenkunnille|jäsenkuntiin|omistajakunnat|"
                          r"omistajakuntien|medlemskommunerna|medlemskommuner)\s*\(\s*", re.IGNORECASE)
# a member noun and a heading of figures before a colon: "Kuntayhtymän jäsenkuntien asukasluvut: A 2 600, B 10 900"
_NOUN_FIGURES = re.compile(r"\b(?:jäsenkuntien|jäsenkunnat|omistajakuntien|medlemskommunernas|medlemskommuner)"
                           r"(?:\s+[a-zåäö-]+){0,3}\s*:\s*", re.IGNORECASE)
_FIGURE_AFTER = re.compile(r"[ \t]+\d{1,3}(?:[ \u00a0.]?\d{3})*(?:,\d+)?"
                           r"(?:[ \t]*(?:%|as\.|asukasta|invånare|ääntä|röster))?")
# a make-up of towns counted before a colon: "Hyvinvointialue muodostuu 11 Kanta-Hämeen kunnasta:", "X koostuu
# seuraavista kunnista:", "Samkommunen består av följande kommuner:"; the list after it in any layout
_MADE_OF_COLON = re.compile(
    r"\b(?P<kind>hyvinvointialue|kuntayhtymä|yhtymä|välfärdsområdet|samkommunen)?\s*"
    r"(?:muodostuu|muodostui|koostuu|koostui|käsittää|omfattar|består\s+av|bestod\s+av)\s+"
    r"[^.:\n]{0,60}?\b(?:kunnasta|kunnista|kunnan|kuntaa|kommuner|kommunerna)\b[^.:\n]{0,40}:[ \t]*",
    re.IGNORECASE)
_KIND_TYPES = {"hyvinvointialue": "WellbeingCounty", "välfärdsområdet": "WellbeingCounty",
               "kuntayhtymä": "JointAuthority", "yhtymä": "JointAuthority", "samkommunen": "JointAuthority"}
# a member noun opening a clause: "Jäsenkuntina ovat", "Jäsenkuntia ovat", "Medlemskommuner är"
_OPENING_NOUN = re.compile(r"(?:^|(?<=[.!?:]\s)|(?<=\n))[ \t]*(?:jäsenkuntina|jäsenkuntia|jäsenkunnat|omistajakuntina|"
                           r"omistajakuntia|omistajakunnat|medlemskommuner(?:na)?|ägarkommuner(?:na)?)\s+"
                           r"(?:ovat|olivat|är|var)" + _COUNT, re.IGNORECASE | re.MULTILINE)
# a member noun with a possessive suffix, the towns after it in apposition
_OWN_MEMBERS = re.compile(r"\b(?:jäsenkun|omistajakun)(?:tiensa|nilleen|nissaan|niltaan|tiinsa|nistaan|nillaan|"
                          r"tansa|nansa)\s+(?=[A-ZÅÄÖ])")


def member_lead_facts(text: str, mentions: list[Mention]) -> list[Fact]:
    """Members of a whole written as a bare kind word, or of the document's one joint authority."""
    doc = _Doc(text, mentions)
    out: list[Fact] = []
    for cue in matches(_BEFORE_KIND, text):
        out += _before_kind(doc, cue)
    for cue in matches(_KIND_THEN, text):
        whole = doc.bare_whole(cue.end("kind")) if cue.group("kind") else document_whole(doc)
        members = [m for m in _list_after(doc, cue.end()) if m.case in {None, "nimento"}]
        if whole is not None and len(members) >= 2:
            out += _ruled(_facts(whole, members, text, cue.start(), members[-1].end), RULE_BEFORE_KIND)
    for cue in matches(_KIND_LEAD, text):
        whole = document_whole(doc)
        members = [m for m in _list_after(doc, cue.end()) if m.case in {None, "nimento"}]
        if whole is not None and len(members) >= 2:
            out += _ruled(_facts(whole, members, text, cue.start(), members[-1].end), RULE_KIND_LEAD)
    for cue in matches(_MADE_OF_COLON, text):
        whole = _made_of_whole(doc, cue)
        members = _any_list(doc, cue.end())
        if whole is not None and len(members) >= 2:
            out += _ruled(_facts(whole, members, text, cue.start(), members[-1].end), RULE_MADE_OF_COLON)
    for cue in matches(_NOUN_PARENS, text):
        whole = doc.bare_whole(cue.start()) or document_whole(doc)
        members = _in_parentheses(doc, cue.end())
        if whole is not None and len(members) >= 2:
            out += _ruled(_facts(whole, members, text, cue.start(), members[-1].end), RULE_OPENING_NOUN)
    for cue in matches(_NOUN_FIGURES, text):
        whole = doc.bare_whole(cue.start()) or document_whole(doc)
        members = _figure_run(doc, cue.end())
        if whole is not None and len(members) >= 2:
            out += _ruled(_facts(whole, members, text, cue.start(), members[-1].end), RULE_OPENING_NOUN)
    for cue in matches(_OPENING_NOUN, text):
        whole = document_whole(doc)
        members = _list_after(doc, cue.end())
        if whole is not None and len(members) >= 2:
            out += _ruled(_facts(whole, members, text, cue.start(), members[-1].end), RULE_OPENING_NOUN)
    for cue in matches(_OWN_MEMBERS, text):
        whole = document_whole(doc)
        members = doc.run_after(cue.end())
        if whole is not None and len(members) >= 2 and len({_genitive(m) or m.case for m in members}) == 1:
            out += _ruled(_facts(whole, members, text, cue.start(), members[-1].end), RULE_OWN_MEMBERS)
    return out


def _made_of_whole(doc: _Doc, cue: re.Match[str]) -> Mention | None:
    """The whole a make-up is of: named right before the verb, else the one organisation of the bare kind word's
    kind the document names."""
    i = doc.at(cue.start()) - 1
    if not cue.group("kind") and i >= 0 and doc.ms[i].type in WHOLES \
            and not doc.text[doc.ms[i].end:cue.start()].strip():
        return doc.ms[i]
    kind = _KIND_TYPES.get((cue.group("kind") or "").lower())
    named = doc.by_type.get(kind, set()) if kind else set()
    return Mention(0, 0, "", "", kind, next(iter(named))) if kind and len(named) == 1 else None


def _any_list(doc: _Doc, pos: int) -> list[Mention]:
    """The towns listed from pos in whatever layout: a run in the sentence, bullet or bare lines, towns with figures,
    a table under a header row."""
    members = _list_after(doc, pos)
    if len(members) >= 2:
        return members
    members = _figure_run(doc, pos)
    if len(members) >= 2:
        return members
    members = table_rows(doc, pos)
    nl = doc.text.find("\n", pos, pos + 3)
    return members if members or nl < 0 else table_rows(doc, nl + 1)


def _figure_run(doc: _Doc, pos: int) -> list[Mention]:
    """Towns from pos, each with a figure after it, joined by commas and conjunctions ("A 2 600, B 10 900 ja
    C 5 100")."""
    run: list[Mention] = []
    end = pos
    for m in doc.ms[doc.at(pos):doc.at(pos) + 80]:
        gap = doc.text[end:m.start]
        if m.type != "Municipality" or (run and _JOIN.fullmatch(gap) is None) or (not run and gap.strip()):
            break
        figure = _FIGURE_AFTER.match(doc.text, m.end)
        if figure is None:
            break
        run.append(m)
        end = figure.end()
    return run


def _before_kind(doc: _Doc, cue: re.Match[str]) -> list[Fact]:
    """The members right before the predicate: nominatives, or genitives when "kunnat" follows them."""
    kind_end = next(cue.end(g) for g in ("gen", "ill", "acc", "sv", "part", "ine") if cue.group(g))
    whole = doc.bare_whole(kind_end) if not (cue.group("part") or cue.group("ine")) else document_whole(doc)
    members = doc.run_before(cue.start())
    if whole is None or len(members) < 2:
        return []
    towns = bool(cue.group("towns")) or _TOWNS_NOUN.search(members[-1].surface) is not None  # "Nivalan kunnat"
    genitive = all(_genitive(m) for m in members)
    if genitive != towns:
        return []  # "A:n ja B:n terveysasemat kuuluvat ...": genitives only before "kunnat", nominatives without it
    return _ruled(_facts(whole, members, doc.text, members[0].start, kind_end), RULE_BEFORE_KIND)


_TOWNS_NOUN = re.compile(r"\s(?:kunnat|kaupungit)$", re.IGNORECASE)


def _genitive(m: Mention) -> bool:
    """A town in the genitive, its name's first word read so whatever case the analyser gave ("Sievin" is at
    times an instructive; "Nivalan kunnat" one nominative name)."""
    word = m.surface.split()[0] if m.surface else ""
    if _TOWNS_NOUN.search(m.surface):  # "Nivalan kunnat" read as one name
        return word.endswith("n")
    return (m.case in {"omanto", "keinonto", None} and word.endswith("n")) or m.case == "omanto"


def _ruled(facts: list[Fact], rule: str) -> list[Fact]:
    return [Fact(f.subject, f.predicate, f.object, f.evidence, rule, CONFIDENCE) for f in facts]
