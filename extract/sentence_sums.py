"""The one sum of a grant sentence on the funds fact read from it without one.

Many funds rules read who pays whom from a sentence's shape and leave its sum alone: "Hanketta rahoittaa
Opetushallitus 45 000 eurolla" (funds:object-first), "Rahoittaja: Kainuun liitto, 240 000 €" where the field's
own reading took no sum, a document-level guess whose sentence states one. A funds fact that the text gives with
a sum but the graph holds without one says less than the text, and to a reader of the graph (and to the scoring,
which asks the sum where the text states one) it is not the grant.

Where the sentence (the fact's evidence, one sentence or one row) states exactly one euro sum and is the evidence
of exactly one funds fact, that fact gets it: the sum is the grant the sentence tells of. Not where the sentence
speaks of a budget, costs or an application ("kokonaisbudjetti", "kustannukset", "haettu", "ansökt"): its sum is
then not the grant; nor a share ("80 %"), nor a hedged sum ("lähes 80 000 euroa"), which the rules leave off on
purpose. The rule name of the fact gets SUFFIX so that the sum's source stays visible.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from welfare_kg.extract.header_granter import HEDGE
from welfare_kg.extract.listed_receivers import RULE as LISTED_RULE
from welfare_kg.extract.model import Fact
from welfare_kg.extract.money import NOT_GRANT_WORDS, find_amounts, not_granted_sum

SUFFIX = "+amount:sentence-sum"
MAX_CHARS = 400  # a longer evidence is a paragraph or an item, whose one sum need not be this grant's
MIN_SUM = 100
# a sum that is no grant (money.NOT_GRANT_WORDS), or one applied for and not yet granted
_NOT_GRANT = re.compile(r"(?i)" + NOT_GRANT_WORDS + r"|haettu|haetaan|hakee|haki\b|hakenut|anoo|anottu|ansök|sökt")

# "myönsi A:lle ja B:lle yhteensä N euroa", "beviljade till A och B sammanlagt N euro": a total over several
# receivers, which funds:grant-verb leaves off on purpose: no one receiver's own sum
_TOTAL_OVER_SEVERAL = re.compile(r"(?i)(?:\w+lle\b[^.;:]{0,80}?(?:,|\bja\b|\bsekä\b)[^.;:]{0,80}?\w+lle|"
                                 # "jakoi tutkimuskonsortioille yhteensä N euroa": a plural allative, many receivers
                                 r"\w{3,}ille|"
                                 r"\btill\b[^.;:]{0,80}?(?:,|\boch\b)[^.;:]{0,80}?)\s+"
                                 r"(?:yhteensä|kaikkiaan|sammanlagt|totalt)\s+$")

# "... myönsi A:lle avustusta, ja B sai 20 000 euroa": after a clause break a named party receives the sum; the
# fact read from the sentence's first clause need not be B's
_LATER_RECEIPT = re.compile(r"[,;][^,;]*?\b[A-ZÅÄÖ][\w-]+[^,;]*?\b(?:sai|saivat|saa|saavat|saanut|saaneet|fick|får|"
                            r"erhöll)\b[^,;]*$")


def sentence_sums(facts: Sequence[Fact]) -> None:
    """Give each funds fact without a sum the one sum its evidence sentence states, where that is safe."""
    spans = Counter((f.evidence.start, f.evidence.end) for f in facts if f.predicate == "funds")
    for f in facts:
        if f.predicate != "funds" or f.amount is not None or f.share is not None:
            continue
        if f.rule.startswith(LISTED_RULE):
            continue  # a listed receiver's row said its own sum or none; its evidence holds the rows before it
        ev = f.evidence
        if spans[(ev.start, ev.end)] != 1 or len(ev.text) > MAX_CHARS or _NOT_GRANT.search(ev.text):
            continue
        amounts = find_amounts(ev.text)
        if len(amounts) != 1 or amounts[0].share or amounts[0].approximate or amounts[0].value < MIN_SUM \
                or HEDGE.search(ev.text, max(0, amounts[0].start - 12), amounts[0].start) \
                or not_granted_sum(ev.text, amounts[0].start, amounts[0].end) \
                or _LATER_RECEIPT.search(ev.text, max(0, amounts[0].start - 200), amounts[0].start) \
                or _TOTAL_OVER_SEVERAL.search(ev.text[max(0, amounts[0].start - 200):amounts[0].start]):
            continue  # a hedged sum ("lähes 80 000 euroa") is no grant's sum: the rules leave it off too
        f.amount = amounts[0].value
        f.rule += SUFFIX
