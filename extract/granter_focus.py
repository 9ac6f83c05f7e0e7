"""The granter in focus: the organisation a text last named handing out money, kept for the sentences after it.

Grant texts name the giver once and the receivers in the sentences that follow: "STM on myöntänyt
rahoitusta tutkimushankkeille. X saa rahoitusta N euroa.", "RAY jakaa tukia ... X, joka saa tukea N euroa",
"Ympäristöministeriö myöntää avustuksia ... Eniten avustuksia saavat A, B sekä C", "X on myöntänyt
valtionavustusta ... Työhön myönnettiin A:lle N euroa". Several rules read such a giver. Each recognises
the naming sentence in its own way (those tests differ and each was tuned against its own mistakes), but
they keep what they found the same way, with `GranterFocus`:

- `name`: a sentence names a granter: it is in focus afresh, at age 0 (no rule takes a grant from the naming
  sentence itself); funds:granter-in-focus also renews it with each grant it reads from it;
- `step`: any other sentence reads the granter held and ages it by one; once read at age `span` it is
  dropped, so a granter named near the top of a page does not pay for what the page says much further on.
  A sentence is one run of the relation rules: an item line of minutes counts as one.

The policies below are the rules' uses, side by side so their spans can be compared and changed as
parameters. Each keeps its own attribute on the Context: one rule's naming sentence does not move another
rule's focus, which is what each rule was measured with.

What is kept is a plain value (`Held`, a tuple), never an object the rules change in place:
extract/sentence_pool.py snapshots the Context with pickle and compares contexts with `==`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class Held(NamedTuple):
    """The granter in focus as the Context keeps it."""

    granter: str  # IRI
    age: int  # sentences that read it before this one since it was named (0 in the sentence right after)
    # funds:granter-in-focus only: the granter is a council handing out a round of grants, which gives money to
    # associations, companies and foundations only
    council: bool = False


@dataclass(frozen=True)
class GranterFocus:
    """One rule's granter in focus: where on the Context it is kept and for how many sentences."""

    use: str  # the rule it serves; the Context attribute is named after it
    # the oldest age still read: the span + 1 sentences after the naming one read the granter (0: the next one only)
    span: int

    @property
    def attr(self) -> str:
        return f"_granter_focus_{self.use}"

    def name(self, ctx: object, granter: str, council: bool = False) -> None:
        """`granter` is in focus from the next sentence on, for `span` more after that."""
        setattr(ctx, self.attr, Held(granter, 0, council))

    def held(self, ctx: object) -> Held | None:
        """The granter in focus, without ageing it: for a rule that reads another rule's focus."""
        return getattr(ctx, self.attr, None)

    def step(self, ctx: object) -> Held | None:
        """The granter in focus for this sentence, aged by one for the next (dropped once past `span`)."""
        held: Held | None = getattr(ctx, self.attr, None)
        if held is not None:
            setattr(ctx, self.attr, held._replace(age=held.age + 1) if held.age < self.span else None)
        return held


# funds:receiver-after-grant (grant_rows.py). Set by a sentence whose one nominative ministry or agency grants
# ("STM on myöntänyt rahoitusta ... hankkeille") with no receiver in the allative. Lasts one sentence: only the
# very next one may name the receiver with its sum ("X saa rahoitusta N euroa"); any sentence in between ends it.
GRANT_THEN_RECEIVER = GranterFocus("receiver_after_grant", span=0)

# funds:granter-in-focus (grant_rows.py). Set by a sentence whose nominative organisation actively "jakaa" or
# "myöntää" (or a council's round of grants, `council`), and again by every grant the rule reads from it, so a
# list of its grants goes on as long as its items come. Lasts 8 sentences after the last of those: a list of
# the granter's grants, not the rest of the page.
FOCUS_GRANTER = GranterFocus("granter_in_focus", span=8)

# funds:fronted-receivers (relations.py). Set by a sentence whose subject sits right before an active grant verb
# ("X myöntää", "X on jakanut", "X beviljade"; allative_grants.granting_subject). Lasts 6 sentences: the lead names
# the granter and the list of receivers ("Eniten avustuksia saavat A, B sekä C") follows within a paragraph.
FRONTED_RECEIVERS = GranterFocus("fronted_receivers", span=6)

# funds:passive-allative-grant (role_shapes.py). Set by a sentence naming one organisation granting ("X on
# myöntänyt", "X:n myöntämä"). Lasts 12 sentences: a decision or a news item names the granter in its opening and
# lists the passive grants ("Työhön myönnettiin A:lle N euroa") further down.
# funds:receivers-got (grant_receipts.py) reads the same focus without ageing it (its rule runs before
# role_shapes' in each sentence, so it sees the age the sentence before left) and only while the age is at most
# RECEIPTS_REACH: a receiving sentence ("A sai N euroa") stands closer to its granter than a passive grant list.
PASSIVE_GRANTS = GranterFocus("passive_allative_grant", span=12)
RECEIPTS_REACH = 8
