"""Grant decisions of minutes items whose applicant is named in the item's title, not in the decision.

A municipal body's minutes decide one application an item: the title names the applicant ("§ 56 Avustushakemus /
Juuan Latu ry", "Juuan Yrittäjät ry:n avustushakemus"), the description repeats it ("X ry hakee avustusta ..."), and
the proposal or decision grants with no name at all or with a word for the applicant ("Kunnanhallitus myöntää
yhdistykselle 2 000 euron avustuksen", "myöntää hakijalle 1 200 euroa", "päättää myöntää avustusta 800 euroa"). No
sentence names both the granter and the receiver, so the sentence rules give nothing; the item's layout says who
receives (its applicant) and who gives (the body deciding the item, posts.item_body).

The reading, per item:
- the applicant: the one receiving-kind organisation the title names (the document's own town left out), else the one
  named right before "hakee", "anoo", "on hakenut" in the item;
- the grant: the first active grant verb ("myöntää", "päättää myöntää", "myönsi", "myönnetään") of the proposal or
  decision, else of the item's text, in a sentence that names no other receiver and speaks of money (a sum or a word
  of grant: "myöntää eron" or "myöntää luvan" grant no money);
- its sum: the first exact euro sum after the verb in that sentence, none otherwise;
- nothing where the item was rejected, returned or tabled, or where another rule already gave the applicant a funder.
It reads layout, not one sentence: its facts carry their own rule name and a confidence below the sentence rules'.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from welfare_kg.extract.allative_grants import RECEIVER_TYPES
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.money import find_amounts
from welfare_kg.extract.spans import SpanIndex, outermost
from welfare_kg.records import DocumentRecord

RULE = "funds:item-applicant"
RULE_INTO = "funds:item-grant-into-project"  # "Lautakunta päättää myöntää määrärahaa A-projektiin"
RULE_ALLATIVE = "funds:item-grant-allative"  # "1. Myöntää X ry:lle 15 000 euron avustuksen" with no granter named
_FUNDS_WORD = re.compile(r"(?i)määrära|\bvaro(?:ja|ista|t)\b|\brahaa\b|anslag|medel\b")
CONFIDENCE = 0.55
_GRANT_VERB = re.compile(r"(?i)\b(?:myöntää|myönsi|myöntävät|myönsivät|myönnetään|päättää\s+myöntää|"
                         r"päätti\s+myöntää|beviljar|beviljade|beviljas|besluter\s+bevilja|beslöt\s+bevilja)\b")
# support given as a sum: "aluejohtokunta tukee kyläkirjan tekoa enintään 1 500 eurolla" grants without "myöntää";
# Swedish "stöder föreningen med 500 euro"
_SUPPORT_VERB = re.compile(r"(?i)\b(?:tukee|tukevat|tuki|tukivat|päättää\s+tukea|päätti\s+tukea|tuetaan|"
                           r"stöder|stödjer|understöder|stöds|(?:besluter|beslutar|beslöt)\s+att\s+(?:stöda|stödja))\b")
_ADESSIVE_SUM = re.compile(r"(?i)\d\s*(?:eurolla|€:lla)\b|\bmed\s+\d[\d \u00a0.,]*\s*(?:euro|€)")
_MONEY = re.compile(r"(?i)avustu|apura|\btuki|\btuke|\btuen\b|rahoitu|bidrag|understöd|stöd\b")
_APPLIES = re.compile(r"(?i)[ \t]+(?:hakee|anoo|on\s+hakenut|on\s+anonut|ovat\s+hakeneet|hakevat|anovat|ansöker|"
                      r"har\s+ansökt|anhåller)\b")
_NOT_GRANTED = {"rejected", "returned", "tabled"}
_SENTENCE_END = re.compile(r"\.(?=\s)|\n\s*\n|\n(?=[ \t]*(?:Päätös|Ehdotus|Esitys|Beslut|Förslag)\b)")
TITLE_LINES = 2  # the title may wrap onto one more line


def item_grant_facts(record: DocumentRecord, mentions: Sequence[Mention], facts: Sequence[Fact],
                     granter_of: dict[int, str | None], municipality: str | None) -> list[Fact]:
    """funds facts from each item's deciding body (`granter_of`: item index -> IRI) to the applicant its title
    names, for items whose grant sentence names no receiver."""
    items = record.items or []
    if not items:
        return []
    text = record.text
    receivers = SpanIndex([m for m in mentions if m.iri and not m.generic])
    funded = {f.object for f in facts if f.predicate == "funds"}
    fund_starts = sorted(f.evidence.start for f in facts if f.predicate == "funds")  # bisected per item: linear
    out: list[Fact] = []
    for idx, item in enumerate(items):
        granter = granter_of.get(idx)
        if granter is None or item.outcome in _NOT_GRANTED:
            continue
        title = _title_span(text, item)
        applicant = _applicant(text, item, title, receivers, municipality)
        if applicant is None:
            out += _illative_projects(text, item, title[1], receivers, granter, funded) \
                or _allative_receiver(text, item, title[1], receivers, granter, fund_starts)
            continue
        if applicant == granter or applicant in funded:
            continue
        grant = _grant_sentence(text, item, title[1])
        if grant is None:
            continue
        verb_end, a, z = grant
        named = [m for m in outermost(receivers.overlapping(a, z)) if m.type in RECEIVER_TYPES
                 and m.iri not in {applicant, municipality} and m.start >= verb_end]
        if named:
            continue  # the sentence names its own receiver: the sentence rules read it
        amounts = [x for x in find_amounts(text[verb_end:z], verb_end) if not x.share]
        if not amounts and not _MONEY.search(text, verb_end, z):
            continue  # "myöntää eron", "myöntää luvan": no money
        amount = amounts[0].value if amounts and not amounts[0].approximate else None
        funded.add(applicant)
        out.append(Fact(granter, "funds", applicant, Evidence(text[a:z].strip(), a, z), RULE, CONFIDENCE,
                        amount=amount))
    return out


def _illative_projects(text: str, item: object, title_end: int, receivers: SpanIndex[Mention], granter: str,
                       funded: set[str]) -> list[Fact]:
    """The projects a titleless grant sends money into: "myöntää määrärahaa A-projektiin ja B-projektiin" (the
    projects in the illative after the verb, money in the sentence, no other receiver named)."""
    grant = _grant_sentence(text, item, title_end)
    if grant is None:
        return []
    verb_end, a, z = grant
    named = [m for m in outermost(receivers.overlapping(verb_end, z)) if m.type in RECEIVER_TYPES
             and m.start >= verb_end]
    into = [m for m in named if m.type == "Project" and m.case == "sisatulento"]
    if not into or len(into) < len(named):
        return []  # a receiver besides the projects ("myöntää X ry:lle avustusta Y-hankkeeseen"): the sentence rules
    amounts = [x for x in find_amounts(text[verb_end:z], verb_end) if not x.share]
    if not amounts and not _MONEY.search(text, verb_end, z) and not _FUNDS_WORD.search(text, verb_end, z):
        return []
    amount = amounts[0].value if len(into) == 1 and amounts and not amounts[0].approximate else None
    out: list[Fact] = []
    for m in into:
        if m.iri in funded or m.iri == granter:
            continue
        funded.add(m.iri)
        out.append(Fact(granter, "funds", m.iri, Evidence(text[a:z].strip(), a, z), RULE_INTO, CONFIDENCE,
                        amount=amount))
    return out


def _allative_receiver(text: str, item: object, title_end: int, receivers: SpanIndex[Mention], granter: str,
                       fund_starts: list[int]) -> list[Fact]:
    """The one receiver a subjectless grant of the proposal names in the allative: "1. Myöntää X ry:lle 15 000
    euron väliaikaisrahoituksen" (the board of the item grants; the sentence names no granter, so the sentence
    rules give it none). Nothing where a rule already read a grant from that sentence, or where the sentence
    names a granter before its verb ("ELY-keskus myönsi X ry:lle"): its subject grants, not the board."""
    grant = _grant_sentence(text, item, title_end)
    if grant is None:
        return []
    verb_end, a, z = grant
    i = bisect_left(fund_starts, a)
    if i < len(fund_starts) and fund_starts[i] < z:  # a rule already read a grant from this sentence
        return []
    before = [m for m in outermost(receivers.overlapping(a, verb_end)) if m.type in RECEIVER_TYPES | {"Body"}
              and m.case in {None, "nimento"} and m.end <= verb_end]
    named = [m for m in outermost(receivers.overlapping(verb_end, z)) if m.type in RECEIVER_TYPES
             and m.start >= verb_end]
    if before or len({m.iri for m in named}) != 1 or named[0].case != "ulkotulento" or named[0].iri == granter:
        return []
    amounts = [x for x in find_amounts(text[verb_end:z], verb_end) if not x.share]
    if not amounts and not _MONEY.search(text, verb_end, z):
        return []  # "myöntää X:lle eron": no money
    amount = amounts[0].value if len(amounts) == 1 and not amounts[0].approximate else None
    return [Fact(granter, "funds", named[0].iri or "", Evidence(text[a:z].strip(), a, z), RULE_ALLATIVE, CONFIDENCE,
                 amount=amount)]


def _title_span(text: str, item: object) -> tuple[int, int]:
    """The item's title: its title text where the loader found it, else its first lines."""
    start, end, title = item.start, item.end, getattr(item, "title", "") or ""  # type: ignore[attr-defined]
    at = text.find(title, start, end) if title else -1
    if at >= 0:
        return at, at + len(title)
    stop = start
    for _ in range(TITLE_LINES):
        nl = text.find("\n", stop + 1, end)
        stop = end if nl < 0 else nl
    return start, stop


def _applicant(text: str, item: object, title: tuple[int, int], receivers: SpanIndex[Mention],
               municipality: str | None) -> str | None:
    """The one receiving organisation the title names, else the one that applies in the item's text."""
    in_title = {m.iri for m in outermost(receivers.overlapping(*title)) if m.type in RECEIVER_TYPES
                and m.iri != municipality and title[0] <= m.start and m.end <= title[1]}
    if len(in_title) == 1:
        return next(iter(in_title))
    if in_title:
        return None
    applying = {m.iri for m in outermost(receivers.overlapping(title[1], item.end))  # type: ignore[attr-defined]
                if m.type in RECEIVER_TYPES and m.iri != municipality and m.case in {None, "nimento"}
                and _APPLIES.match(text, m.end)}
    return next(iter(applying)) if len(applying) == 1 else None


def _grant_sentence(text: str, item: object, title_end: int) -> tuple[int, int, int] | None:
    """(end of the grant verb, start, end) of the item's first grant sentence: in its proposal or decision, else
    anywhere after its title."""
    parts = getattr(item, "parts", {})
    spans = [parts[k] for k in ("proposal", "decision") if k in parts] + [(title_end, item.end)]  # type: ignore[attr-defined]
    for a, z in spans:
        verb = _GRANT_VERB.search(text, a, z)
        if verb is not None:
            return _sentence_of(text, verb, a, z)
        if not _sum_words(text, a, z):
            continue  # no sum in the adessive: the item's support is no grant (exact tests before the pattern)
        for support in _SUPPORT_VERB.finditer(text, a, z):
            found = _sentence_of(text, support, a, z)
            if _ADESSIVE_SUM.search(text, found[0], found[2]):
                return found
    return None


def _sum_words(text: str, a: int, z: int) -> bool:
    """A word a sum in the adessive needs is in a..z ("eurolla", "€:lla", Swedish "med N euro" beside "stöd")."""
    return text.find("eurolla", a, z) >= 0 or text.find("€:lla", a, z) >= 0 or text.find("stöd", a, z) >= 0


def _sentence_of(text: str, verb: re.Match[str], a: int, z: int) -> tuple[int, int, int]:
    """(end of the verb, start, end) of the sentence holding `verb`, within the part a..z."""
    back = max(text.rfind(". ", a, verb.start()) + 2, text.rfind("\n\n", a, verb.start()) + 2, a)
    stop = _SENTENCE_END.search(text, verb.end(), z)
    return verb.end(), back, stop.start() if stop else z
