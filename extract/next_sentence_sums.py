"""A grant's sum in the sentence right after it: "X on saanut ELY-keskukselta tuen. Myönnetty tuki on 48 000 euroa."

A decision's reasons or a notice name the funder and the receiver in one sentence and the sum in the next, whose
subject is the grant itself ("Myönnetty tuki on N euroa", "Tukea myönnetään N euroa", "Avustuksen määrä on N
euroa", Swedish "Stödet uppgår till N euro"). sentence_sums.py reads a sum only in the grant's own sentence, and
document_sums.py only where the document has one grant; a minutes item with the grant and the town's own
bridging loan has two.

Read only where the next sentence opens with the grant as its subject (so its sum is that grant's and nobody
else's), names no organisation, states one exact granted sum, and the grant's own sentence states none; and the
grant sentence holds one funds pair without a sum. A total ("Rahoituksen määrä on yhteensä N euroa") is not read: it
may add up several grants or the project's whole budget (tests/test_programme_granters.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.money import find_amounts, not_granted_sum
from welfare_kg.extract.text import Sentence

SUFFIX = "+amount:next-sentence"
# the grant as the sentence's subject: "Myönnetty tuki on", "Myönnetyn avustuksen määrä on", "Tukea myönnetään",
# "Avustusta myönnettiin", "Rahoituksen suuruus on", "Stödet uppgår till", "Beviljat stöd är"
_GRANT_OPENS = re.compile(
    r"(?i)^\s*(?:(?:myönnet(?:ty|yn)|myönnettävä(?:n)?)\s+)?(?:tuki|tuen|avustus|avustuksen|rahoitus|rahoituksen|"
    r"apuraha|apurahan)(?:\s+(?:määrä|suuruus|summa))?\s+(?:on|oli)\s+(?=\d)|"
    r"^\s*(?:tukea|avustusta|rahoitusta)\s+(?:myönnetään|myönnettiin|myönnettäisiin)\s+(?=\d)|"
    r"^\s*(?:(?:beviljat|beviljade)\s+)?(?:stödet|bidraget|understödet|stöd|bidrag)\s+(?:är|var|uppgår\s+till)\s+(?=\d)")


def next_sentence_amounts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                          facts: Sequence[Fact]) -> None:
    """Give a grant without a sum the sum of the next sentence that is about the grant itself."""
    bare = [f for f in facts if f.predicate == "funds" and f.amount is None and f.share is None]
    if not bare:
        return
    for i, s in enumerate(sents[:-1]):
        grants = [f for f in bare if s.start <= f.evidence.start < s.end]
        if not grants or len({(f.subject, f.object) for f in grants}) != 1:
            continue
        if any(f.predicate == "funds" and f.amount is not None and s.start <= f.evidence.start < s.end
               for f in facts) or any(not a.share for a in find_amounts(s.text)):
            continue  # the grant sentence states a sum itself: whose it is is that sentence's business
        nxt = sents[i + 1]
        opener = _GRANT_OPENS.match(nxt.text)
        if opener is None or any(m.iri and not m.generic and m.type != "Person" for m in per_sentence[i + 1]):
            continue
        sums = [a for a in find_amounts(nxt.text) if not a.share]
        if not sums or sums[0].start != opener.end() or sums[0].approximate \
                or not_granted_sum(nxt.text, sums[0].start, sums[0].end):
            continue
        for f in grants:
            f.amount = sums[0].value
            f.rule += SUFFIX
