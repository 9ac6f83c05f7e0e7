"""A Swedish list of funders after a funding phrase whose first name nobody recognised: the names after it still fund.

"Projektet finansieras med stöd från Xyzrådet, Region Örebro län samt Region Västmanland", "Projektet har fått stöd
från Xyz, Region Uppsala och Tierps kommun": the sentence rules take the list's first name as the funder, and
coordinated_funders.py gives each other member of a list the fact one member was read in. Where the first name is one
recognition does not know (a new foundation, a foreign agency: common on unseen pages), no member is read and the
whole list is lost, though the phrase right before it says what every member is. The structure decides: a phrase that
names the givers after it (the s-passive and the participle "finansieras/finansierat av/från", "fått stöd från"),
then capitalised words no mention covers, then nothing but a list's joints (commas, "och", "samt") between recognised
organisations that can give money. Each of those funds what the sentence names as a project before the phrase, else
the project the document names most; the unread head itself is left to entity recognition (granting_acronyms.py,
unread_givers.py), and a pair some rule already relates by money is left as it is (a partner named before may fund
too). The Finnish forms ("rahoittajina toimivat X, A ja B", "Hanketta rahoittavat X, A ja B") are read whole by the
role-noun and object-first rules already, head or no head.

A guess from layout and a phrase: its own rule name, confidence below the strict graph's 0.5.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.cooccurrence import most_named_project
from welfare_kg.extract.coordinated_funders import MONEY_PREDICATES, can_fund
from welfare_kg.extract.model import Evidence, Fact, Mention, related_pairs
from welfare_kg.extract.spans import outermost
from welfare_kg.extract.text import Sentence

RULE = "funds:unread-list-head"
CONFIDENCE = 0.4
# the phrase whose agents follow it, and the capitalised head right after it (one to four words, as a name)
_PHRASE = re.compile(
    r"\b(?:(?:med|sam)?finansiera(?:s|d|t|des|de)[ \t]+(?:(?:med|genom)[ \t]+(?:stöd|medel|bidrag)[ \t]+)?(?:av|från)"
    r"|(?:fått|får|fick|erhållit|erhåller|erhöll)[ \t]+(?:ekonomiskt[ \t]+)?"
    r"(?:stöd|bidrag|finansiering|medel)[ \t]+från)"
    r"[ \t]+(?P<head>[A-ZÅÄÖ][\w&-]*(?:[ \t]+[A-ZÅÄÖ][\w&-]*){0,3})")
# nothing but a list's joints between two names
_JOINT = re.compile(r"[ \t]*(?:,[ \t]*(?:ja|sekä|och|samt)?|\bja\b|\bsekä\b|\boch\b|\bsamt\b)[ \t]*", re.IGNORECASE)
_PROJECT_TYPES = {"Project", "Programme"}


def unread_list_head_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                           facts: Sequence[Fact]) -> list[Fact]:
    """funds facts for the recognised members of each funders' list whose first name no rule read."""
    related = related_pairs(f for f in facts if f.predicate in MONEY_PREDICATES)  # a partner may fund too
    topic: str | None = None
    topic_known = False
    out: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    for s, ms in zip(sents, per_sentence, strict=False):
        if "inansier" not in s.text and "från" not in s.text:
            continue
        named = sorted(outermost([m for m in ms if m.iri]), key=lambda m: m.start)
        for phrase in _PHRASE.finditer(s.text):
            head_start, head_end = s.start + phrase.start("head"), s.start + phrase.end("head")
            if any(m.start < head_end and m.end > head_start for m in named):
                continue  # the head is read: the sentence rules and coordinated_funders.py have the list
            members = _members_after(s.text, s.start, head_end, named)
            if not members:
                continue
            obj = next((m.iri for m in reversed(named) if m.end <= s.start + phrase.start()
                        and m.type in _PROJECT_TYPES), None)
            if obj is None:
                if not topic_known:
                    topic, topic_known = most_named_project(per_sentence), True
                obj = topic
            if obj is None:
                continue
            evidence = Evidence(s.text, s.start, s.start + len(s.text))
            for m in members:
                pair = (m.iri or "", obj)
                if not m.iri or m.iri == obj or pair in seen or pair in related:
                    continue
                seen.add(pair)
                out.append(Fact(m.iri, "funds", obj, evidence, RULE, CONFIDENCE))
    return out


def _members_after(text: str, offset: int, at: int, named: list[Mention]) -> list[Mention]:
    """The organisations joined to the unread head by nothing but a list's joints, up to the first that is no
    giver or no mention; none when the head is not followed by a joint."""
    by_start = {m.start: m for m in named}
    members: list[Mention] = []
    pos = at
    while True:
        joint = _JOINT.match(text, pos - offset)
        if joint is None or joint.end() == joint.start():
            break
        m = by_start.get(offset + joint.end())
        if m is None or not can_fund(m):
            break
        members.append(m)
        pos = m.end
    return members
