"""A grant list run into one sentence after a colon: "X on myöntänyt avustuksia seuraaville yhteisöille: A ry 5 000
euroa, B 3 000 euroa ja C 1 000 euroa."

The lead names the giver and says money is handed out; after its colon the receivers follow one an item, each with
its own sum, the items parted by commas and "ja"/"sekä"/"och". The rules that read lists want one receiver a line
(funds:grant-list, header_granter.py's rows) or an allative on every name (allative_grants.py); a run-on list gave
nothing, and its unknown names (a dance school, a choir) were no mentions at all.

- `inline_item_mentions`: the name of each item recognition did not read becomes a receiver's mention (rule
  inline-grant-item) where it looks like a name (listed_receivers.row_receiver_name);
- `inline_grant_facts`: the one funder-kind organisation of the lead (nominative, or a board), else the one granter of
  the document's opening (header_granter.granter_of_opening), funds each item's receiver (the project the item names,
  else its organisation) with the item's sum.
At least two items, each ending in an exact euro sum; a receiver another rule already gave a funder is left to it.
It reads layout, not one sentence's grammar: its facts carry their own rule name and a confidence below 0.5.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.allative_grants import RECEIVER_TYPES
from welfare_kg.extract.header_granter import _RECEIVES_AFTER, FUNDER_TYPES, GRANT_WORD, granter_of_opening
from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.listed_receivers import (
    GETS,
    SECTION_RULE,
    base_name,
    club_section,
    kind_of_name,
    row_receiver_name,
    what_the_sum_is_for,
)
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.money import find_amounts
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.named_giver import giver_before, giver_unsaid, sources_listed
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.spans import SpanIndex, outermost
from welfare_kg.extract.text import Sentence
from welfare_kg.extract.text_scans import matches

RULE = "funds:inline-grant-list"
CONFIDENCE = 0.45
MENTION_RULE = "inline-grant-item"
LEAD_REACH = 300  # characters before the colon in which the lead's sentence starts
LIST_REACH = 3000  # characters after the colon the list may run (a bulleted list run into one line is long)
MIN_ITEMS = 2
# items part at a comma or a conjunction, or (a PDF's rows run into one line: "A ry 3 000 € B-seura 600 €") at the
# space between a sum's currency and the next capitalised name; bulleted rows run into one line ("seuraavasti: - A ry
# 500 euroa (vuokraan) - B ry 300 euroa") part also at a bullet between spaces before a capitalised name, only in a
# list whose first item opens with a bullet ("Tampereen NMKY ry – YMCA Tampere 3 000 euroa" is one name otherwise)
_ITEM_SEP = re.compile(r",[ \t]+|[ \t]+(?:ja|sekä|och|samt)[ \t]+|(?:(?<=€)|(?<=\beuroa))[ \t]+(?=[A-ZÅÄÖ])")
_BULLETED_SEP = re.compile(rf"{_ITEM_SEP.pattern}|[ \t]+[-–•*·▪][ \t]+(?=[A-ZÅÄÖ])")
# the bullet of an item's row, kept where the rows ran into one line ("- A ry 500 euroa")
_ITEM_BULLET = re.compile(r"[-–•*·▪][ \t]+(?=[A-ZÅÄÖ])")
_LIST_END = re.compile(r"\.(?=\s+[A-ZÅÄÖ]|\s*$)|\n")
_GIVER_CASES = {None, "nimento", "ulkoeronto"}
# the perfect forms GETS leaves out: "on myöntänyt avustuksia seuraaville:", "har delat ut bidrag till:"
_GAVE = re.compile(r"(?i)\b(?:myöntänyt|myöntäneet|jakanut|jakaneet|lahjoittanut|lahjoittaneet|beviljat|delat\s+ut|"
                   r"delade\s+ut)\b")


# items run on right after a receiving verb, no colon: "Avustusta saivat muun muassa A 2 500 euroa, B 4 000 euroa ja
# C 1 000 euroa", "Bidrag fick bland annat A 2 000 euro och B 900 euro"
_VERB_LEAD = re.compile(r"(?<=[ \t])(?:saivat|saavat|sai|saa|fick|får|beviljades|tilldelades)"
                        r"(?:[ \t]+(?:muun[ \t]+muassa|mm\.|esimerkiksi|mm|bland[ \t]+annat|bl\.a\.|till))?[ \t]+"
                        r"(?=[A-ZÅÄÖ])")


# the colon of a lead, the items after it on its line or in the paragraph below it ("Lahjoituksen saivat:" then
# "A ry 2 500 euroa, B ry 2 000 euroa, ..." as one paragraph: a web list run into one line)
_COLON = re.compile(r":(?:[ \t]+|[ \t]*\n(?:[ \t]*\n)?[ \t]*)(?=\S)")


def inline_lists(text: str) -> list[tuple[int, int, list[tuple[int, int, int]]]]:
    """Each (lead start, colon, items) with each item's (name start, name end, index of its sum in the item's
    amounts: always its last); one pass over the colons of the text."""
    out: list[tuple[int, int, list[tuple[int, int, int]]]] = []
    anchors = sorted([*_COLON.finditer(text), *matches(_VERB_LEAD, text)], key=lambda m: m.start())
    for colon in anchors:
        at = colon.start()
        lead_start = max(text.rfind("\n", max(0, at - LEAD_REACH), at), text.rfind(". ", max(0, at - LEAD_REACH), at))
        lead_start = lead_start + 1 if lead_start >= 0 else max(0, at - LEAD_REACH)
        if not GRANT_WORD.search(text, lead_start, at) or not (GETS.search(text, lead_start, colon.end())
                                                                or _GAVE.search(text, lead_start, at)):
            continue  # "Rahoitus: A 240 000 €, omarahoitus 60 000 €" shares a budget; a list of grants is given
        end = _LIST_END.search(text, colon.end(), min(len(text), colon.end() + LIST_REACH))
        stop = end.start() if end else min(len(text), colon.end() + LIST_REACH)
        items: list[tuple[int, int, int]] = []
        pos = colon.end()
        # a separator inside brackets parts no items: "A ry 45 000 euroa (vuokraan 15 000 euroa ja palkkaan 30 000
        # euroa)" is one item whose purposes the brackets split
        parting = _BULLETED_SEP if _ITEM_BULLET.match(text, pos) else _ITEM_SEP
        seps = [sep for sep in parting.finditer(text, pos, stop)
                if text.count("(", pos, sep.start()) <= text.count(")", pos, sep.start())]
        for sep in [*seps, None]:
            a, z = pos, (sep.start() if sep else stop)
            pos = sep.end() if sep else stop
            bullet = _ITEM_BULLET.match(text, a)
            a = bullet.end() if bullet else a
            amounts = find_amounts(text[a:z], a)
            if not amounts:
                if items and not text[a:z].strip():
                    continue
                items = [] if len(items) < MIN_ITEMS else items
                break  # an item with no sum: the list (if any) is over
            if len(amounts) > 1 and _BRACKETED_PARTS.fullmatch(text, amounts[0].end, z):
                amounts = amounts[:1]  # the item's total, then its parts in brackets after it
            last = amounts[-1]
            tail = text[last.end:z].strip(" \t.;")
            if (tail and not tail[:1].islower() and tail[:1] != "(") or last.share or last.approximate \
                    or len(amounts) > 1:
                break  # "A ry 5 000 euroa toimintaan" keeps its purpose; another name after the sum is no item
            name_end = amounts[0].start
            name = text[a:name_end].rstrip(" \t:–-")
            items.append((a, a + len(name), 0))
        if len(items) >= MIN_ITEMS:
            out.append((lead_start, at, items))
    return out


def inline_item_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                         morph: Morphology) -> list[list[Mention]]:
    """A receiver's mention for each item name of an inline grant list that recognition did not read."""
    lists = inline_lists(text)
    if not lists:
        return per_sentence
    have = SpanIndex([m for ms in per_sentence for m in ms])
    added = []
    drop: set[int] = set()
    for _lead, _colon, items in lists:
        for a, b, _ in items:
            name = text[a:b]
            section = club_section(name, have.overlapping(a, b), a, b)
            if section is not None:
                added.append(Mention(start=a, end=b, surface=name, label=name, type="Association",
                                     rule=SECTION_RULE, case="nimento", key=identity_key(name, morph) or None))
                drop |= {id(m) for m in have.overlapping(a, b)}
                continue
            label = base_name(name, morph)  # "Tanssikoulu Piruetille 3 000 euroa": the base form
            if have.overlapping(a, b) or label is None or not row_receiver_name(label) \
                    or what_the_sum_is_for(label, morph):
                continue  # ... or "Kesäkonsertti Puistossa 5 000 euroa": what the sum is for
            added.append(Mention(start=a, end=b, surface=name, label=label, type=kind_of_name(label),
                                 rule=MENTION_RULE, key=identity_key(label, morph) or None))
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence


_ITEM_CASES = {None, "nimento"}
# what follows an item's total when the rest is its parts in brackets ("(vuokraan 15 000 euroa ja palkkaan 30 000
# euroa)")
_BRACKETED_PARTS = re.compile(r"[ \t]*\([^()]*\)[ \t.;]*")


def inline_grant_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                       facts: Sequence[Fact], text: str) -> list[Fact]:
    """The lead's giver (else the opening's one granter) funds each item's receiver with the item's sum."""
    lists = inline_lists(text)
    if not lists:
        return []
    index = SpanIndex([m for ms in per_sentence for m in ms if m.iri and not m.generic])
    funded = {f.object for f in facts if f.predicate == "funds"}
    opening: str | bool | None = False  # computed once, where a lead names no giver
    out: list[Fact] = []
    for lead_start, colon, items in lists:
        if sources_listed(text[lead_start:colon]):
            continue  # "Yhdistys sai avustuksia: A 3 000 euroa, B 1 000 euroa": the items gave
        in_lead = [m for m in outermost(index.overlapping(lead_start, colon)) if m.start >= lead_start]
        if any(m.type in FUNDER_TYPES and m.case in _GIVER_CASES and _RECEIVES_AFTER.match(text, m.end, colon)
               for m in in_lead):
            continue  # "X ry sai avustuksia: A 3 000 euroa, B 1 000 euroa": the lead's subject receives, the items give
        givers = {m.iri for m in in_lead if m.type in FUNDER_TYPES and m.case in _GIVER_CASES}
        if len(givers) > 1:
            continue
        if givers:
            granter = next(iter(givers))
        else:
            if opening is False:
                opening = granter_of_opening(sents, per_sentence, text)
            granter = opening if isinstance(opening, str) else None
        if not granter and not _givers_listed(index, text, items) and not giver_unsaid(text[lead_start:colon]):
            # the one giving-kind organisation the text names before the lead: the page's own giver
            granter = giver_before(per_sentence, lead_start, _item_iris(index, text, items))
        if not granter:
            continue
        for a, b, _ in items:
            # the item's receiver opens it in the nominative: a place inside an item ("Retki Ouluun 200 euroa",
            # "Leiri Oulussa") is what the sum is for, not who gets it
            inside = [m for m in outermost(index.overlapping(a, b)) if a <= m.start and m.end <= b + 4
                      and not text[a:m.start].strip(" \t•*–-") and m.case in _ITEM_CASES]
            receiver = next((m for m in inside if m.type == "Project"), None) or next(
                (m for m in inside if m.type in RECEIVER_TYPES and m.case != "omanto"), None)
            if receiver is None or receiver.iri in funded or receiver.iri == granter:
                continue
            z = text.find("\n", b)
            amounts = find_amounts(text[b:z if z >= 0 else len(text)], b)
            if not amounts:
                continue
            funded.add(receiver.iri or "")
            out.append(Fact(granter, "funds", receiver.iri or "", Evidence(text[a:amounts[0].end], a, amounts[0].end),
                            RULE, CONFIDENCE, amount=amounts[0].value))
    return out


def _item_iris(index: SpanIndex[Mention], text: str, items: list[tuple[int, int, int]]) -> set[str]:
    """The organisations the items open with: receivers, never the list's giver."""
    return {m.iri or "" for a, b, _ in items for m in index.overlapping(a, b) if not text[a:m.start].strip(" \t•*–-")}


_GIVING_KINDS = {"Agency", "Ministry", "Programme"}


def _givers_listed(index: SpanIndex[Mention], text: str, items: list[tuple[int, int, int]]) -> bool:
    """An item opening with an agency, a ministry or a programme: the list names where money came from ("STEA
    5 000 euroa, kunta 2 000 euroa"), not whom a giver before it paid."""
    return any(m.type in _GIVING_KINDS for a, b, _ in items for m in index.overlapping(a, b)
               if not text[a:m.start].strip(" \t•*–-"))
