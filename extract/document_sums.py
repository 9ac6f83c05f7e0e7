"""The one grant sum a document states, on the one grant it tells of, where the sum stands in another sentence.

A news page or a short notice about one grant often names who pays whom in one sentence and the sum in
another: the headline ("Yhdistys sai 2 000 euroa"), a later line ("Saimme OKM:ltä seuratukea 12 000€"), a
field row ("Myönnetty tuki: 45 000 €"). sentence_sums.py gives a fact the sum of its own sentence only; a fact
left without one then says less than the text, and the scoring asks the sum where the text states it.

Read by the document's shape, not its wording: where ALL the document's funds facts are one funder -> receiver
pair, none of them has a sum, and every sum the document states in a clause of granting (a word of granting,
giving or receiving in its sentence; not a budget, a cost, an own share, an application, a price, a loan, a
hedged or a per-person sum) is one and the same value, that value is the grant's. Two different such sums, or
two grants, leave everything as it was: nothing in the document then says whose sum is which.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from welfare_kg.extract.header_granter import HEDGE
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.money import NOT_GRANT_WORDS, find_amounts, not_granted_sum
from welfare_kg.extract.text import Sentence

SUFFIX = "+amount:document-sum"
MIN_SUM = 100
# a word of granting, giving or receiving money, as a stem anywhere in a word ("seuratukea", "kyläavustus")
_GRANT_CLAUSE = re.compile(r"(?i)myön|rahoit|avustu|tuki|tuke|tuen\b|apura|lahjoi|stipend|bevilj|bidrag|stöd|"
                           r"anslag|finansier|\bsai\b|saivat|saanut|saaneet|saatiin|\bfick\b|erhöll|jako\b|jakoi|"
                           r"jaettiin|lohkesi|ropisi")
# the sum's clause speaks of something else than the grant: a budget, a cost, a loan, a turnover, an own share
_NOT_GRANT = re.compile(r"(?i)" + NOT_GRANT_WORDS + r"|osuude|hinta|hinna|"
                        r"arvo\b|arvoinen|investoin|vuokra|palkk|säästö|"
                        # a total over many grants ("jakoi avustuksia kaikkiaan 300 000 euroa"): no one grant's sum
                        r"yhteensä|kaikkiaan|sammanlagt|totalt|\bsumma\b|"
                        # grants in the plural ("Avustuksia myönnettiin 12 miljoonaa euroa"): a sum over several
                        r"avustuksia|avustukset|avustuksina|apurahoja|apurahat|tukia\b|tuet\b")
_CLAUSE_BREAK = re.compile(r"[.;:!?\n]")


def _clause_before(text: str, at: int) -> str:
    """The sentence's words before position `at` back to a clause break (or 160 characters)."""
    lo = max(0, at - 160)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, at)]
    return text[breaks[-1] if breaks else lo:at]


def _someone_else(ms: Sequence[Mention], pair: set[str], lo: int, hi: int) -> bool:
    """An organisation other than the grant's funder and receiver named in the clause of the sum ("..., ja
    Pohjois-Karjalan maakuntaliitto sai 20 000 euroa"): the sum may be that one's."""
    return any(lo <= m.start < hi and m.iri and not m.generic and m.iri not in pair
               and m.type not in {"Region", "CooperationArea", "Person"}
               and not (m.type == "Municipality" and m.case not in {None, "nimento", "ulkotulento"}) for m in ms)


def grant_sums(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
               pair: set[str]) -> set[Decimal] | None:
    """The distinct sums stated in clauses of granting; None where a sum of the document is unsure (hedged,
    approximate, or said beside another organisation) so that nothing is read from it."""
    out: set[Decimal] = set()
    for s, ms in zip(sents, per_sentence, strict=False):
        if not _GRANT_CLAUSE.search(s.text):
            continue
        for a in find_amounts(s.text):
            if a.share or a.value < MIN_SUM:
                continue
            before = _clause_before(s.text, a.start)
            after = s.text[a.end:a.end + 30]
            if _NOT_GRANT.search(before) or _NOT_GRANT.search(after) \
                    or not_granted_sum(s.text, a.start, a.end):
                continue
            if a.approximate or HEDGE.search(s.text, max(0, a.start - 12), a.start) \
                    or _someone_else(ms, pair, s.start + a.start - len(before), s.end):
                return None
            out.add(a.value)
    return out


def document_sums(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                  facts: Sequence[Fact]) -> None:
    """Give the document's one grant its one stated sum, where the document has one grant and one such sum."""
    funds = [f for f in facts if f.predicate == "funds"]
    if not funds or any(f.amount is not None or f.share is not None for f in funds):
        return
    if len({(f.subject, f.object) for f in funds}) != 1:
        return
    sums = grant_sums(sents, per_sentence, {funds[0].subject, funds[0].object})
    if not sums or len(sums) != 1:
        return
    value = next(iter(sums))
    for f in funds:
        f.amount = value
        f.rule += SUFFIX
