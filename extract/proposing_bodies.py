"""Which body of a sentence decides: not the one that only proposes the decision to another.

"Kaupunginhallitus esittää valtuustolle, että valtuusto hyväksyy X-sopimuksen", "Styrelsen föreslår att
fullmäktige godkänner avtalet": the sentence opens with the body that sends the matter on and names the deciding
body after the verb of proposing, as the subject of the verb of deciding. The sentence rule decides:approve-verb
took the sentence's first body in the nominative, so the proposer was said to decide and the body that decides was
left out. The annotation counts a proposing body's decides at most as optional (extract/stage_decisions.py reads
the same distinction in an item's history), so the deciding body is the nominative one between the verb of
proposing and the verb of deciding; where none stands there ("Lautakunta esittää, että asia hyväksytään"), the
sentence says who proposes, not who decides, and no body is taken.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

# the verbs of sending a matter on to another body for its decision (lemmas)
PROPOSING = {"esittää", "ehdottaa", "föreslå"}
# the perfect's participles and Swedish forms the lemmatiser leaves as they are ("on hyväksynyt", "godkänner")
DECIDING_STEMS = ("godkän", "beslut", "päättän", "hyväksyn")


def deciding_subject(word_lemmas: Sequence[tuple[Any, str]], bodies: list[Any],
                     deciding: Collection[str]) -> list[Any]:
    """`bodies` (nominative body mentions in text order) with the one that decides first: unchanged where no verb of
    proposing comes before the verb of deciding; else the last body between the two, or none at all."""
    verb = next((t.start for t, lem in word_lemmas if lem in deciding or lem.startswith(DECIDING_STEMS)), None)
    if verb is None:
        return bodies
    proposing = next((t.start for t, lem in word_lemmas if lem in PROPOSING and t.start < verb), None)
    if proposing is None or not any(m.start < proposing for m in bodies):
        return bodies  # "X hyväksyy Y:n esittämän sopimuksen": the proposal is another's, the subject decides
    between = [m for m in bodies if proposing < m.start < verb]
    if not between:
        return []
    return [between[-1], *[m for m in bodies if m is not between[-1]]]
