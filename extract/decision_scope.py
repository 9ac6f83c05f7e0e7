"""Which body decides in a minutes item: the item's own, not one its preparation text tells of.

A minutes item is one decision of the body that meets (or of the body its decision paragraph names). Its
preparation text tells what other bodies did before ("Perusturvalautakunta on hyväksynyt sopimuksen", "Socialnämnden
beslöt godkänna avtalet"), what the body is informed of (an item of "tiedoksi"/"för kännedom" matters) and whom an
appeal is made to ("oikaisuvaatimus kaupunginhallitukselle, joka hyväksyi ..."): a sentence rule reads each as a
decision of the body it names (decides:approve-verb), and on unseen minutes those were the largest share of the wrong
decides facts. The layout says which text is the decision: the item's proposal and decision parts; the item's own
body is the one posts.item_body reads (named by the item, deciding in it, or the letterhead's).

Yet the preparation text also records real decisions of other bodies ("Kaupunginhallitus hyväksyi 28.5.2018, § 385
hankkeen tarveselvityksen"), which the annotation counts. So a decides fact by a body other than the item's own,
outside the item's proposal and decision, is dropped only where the layout or the sentence says the body did not
decide there: the item is one the meeting only noted (its outcome "merkittiin tiedoksi"), the sentence stands in a
part of notices, appeal instructions or contacts, or its verb is one of proposing, preparing or hearing ("päätti
esittää kaupunginhallitukselle", "beslöt föreslå", "kuultiin"). Facts outside every item (a memo without §-items, a
news page) are left alone: there the layout says nothing of who meets.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from welfare_kg.extract.item_decisions import UNDECIDED
from welfare_kg.extract.model import Fact
from welfare_kg.records import DocumentRecord

# the rules that read a decision from a sentence wherever it stands; the item rules already take the item's body
SENTENCE_RULES = {"decides:approve-verb", "decides:approve-verb-compound", "decides:endorse-verb", "decides:anaphor"}
# an item the meeting did not decide on (noted, tabled, returned): its proposal's bare "hyväksyy hankkeen" was never
# decided, so the anaphor's reading of it is no decision either
DECIDING_PARTS = ("proposal", "decision")
# parts of an item that tell of others' decisions, never the meeting's own (loaders/minutes.py PART_HEADINGS)
TELLING_PARTS = ("notice", "appeal", "contact", "attachments")
# a body that proposes, prepares, hears or appeals: "päätti esittää", "on esittänyt", "ehdottaa", "valmistelee",
# "kuultiin", "föreslår", "bereder", "oikaisuvaatimus"; the stems, in any inflection
_NOT_DECIDING = re.compile(r"(?i)\b(?:esittä|esitti|ehdott|ehdotta|valmistel|kuult|kuulee|kuuli|oikaisuvaatim|"
                           r"valitu|föreslå|föreslog|föreslag|bered|hörde|rättelseyrkande|besvär)\w*")


def scoped_decisions(record: DocumentRecord, facts: list[Fact], body_of: Callable[[object], str | None]) -> list[Fact]:
    """The facts without the sentence-read decisions of bodies other than the item's own that the item only
    tells of (`body_of(item)`: the IRI of the item's body, or None)."""
    items = sorted(record.items or [], key=lambda it: it.start)
    if not items:
        return facts
    starts = [it.start for it in items]
    owners: dict[int, str | None] = {}
    out = []
    for f in facts:
        if f.predicate != "decides" or f.rule not in SENTENCE_RULES or f.evidence is None:
            out.append(f)
            continue
        at = f.evidence.start
        k = bisect_right(starts, at) - 1
        if k < 0 or at >= items[k].end:
            out.append(f)
            continue
        item = items[k]
        if f.rule == "decides:anaphor" and item.outcome in UNDECIDED:
            continue
        if any(a <= at < z for a, z in (item.parts[p] for p in DECIDING_PARTS if p in item.parts)):
            out.append(f)
            continue
        if k not in owners:
            owners[k] = body_of(item)
        if owners[k] is not None and owners[k] == f.subject:
            out.append(f)
            continue
        told = any(a <= at < z for a, z in (item.parts[p] for p in TELLING_PARTS if p in item.parts))
        if item.outcome == "noted" or told or _NOT_DECIDING.search(f.evidence.text):
            continue
        out.append(f)
    return out
