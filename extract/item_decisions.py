"""What a minutes item decides when its title names no project or agreement.

A § item is one decision of the body that meets. Its title often names the project or agreement it is about
(extract/document.py reads that), but as often the title is procedural ("Kuntaosuus", "Lausunto",
"Hankehakemus", "Esteellisyys") and the undertaking is named only where the body decides: in the item's
proposal or its decision ("Kunnanhallitus päättää osallistua X-hankkeeseen", "Konsernijaosto päätti hyväksyä
Y:n osakassopimuksen"). The deciding body is the item's own: the one its heading names, else the one that
decides in it, else the document header's, which every item of the minutes inherits (posts.item_body).

Only the parts where the decision is written count: the reasoning of an item names other projects in passing
("hanke jatkaa X-hankkeen työtä"), and a transcript's running text names whatever the meeting heard of
(a broader reading, the header's body deciding every project a minutes document names, was right a third of
the time on unseen minutes and was dropped).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.records import DocumentRecord

DECIDED_TYPES = {"Project", "Agreement"}
PROPOSAL_RULE = "decides:item-proposal"
PROPOSAL_CONFIDENCE = 0.6
# the parts of an item where the body's own decision is written (loaders/minutes.py PART_HEADINGS)
DECIDING_PARTS = ("proposal", "decision")
# outcomes of an item the meeting did not decide: only noted ("merkittiin tiedoksi"), tabled ("pöydälle") or sent
# back for more preparation ("palautettiin"): the item names the undertaking, but no decision was made on it
UNDECIDED = {"noted", "tabled", "returned"}


def decidable(m: Mention) -> bool:
    """A project or agreement the text names by its own name (a bare "hanke" or "sopimus" says nothing of
    which one)."""
    return bool(m.iri) and m.type in DECIDED_TYPES and not m.generic


# a verb of approving or making an agreement, before the agreement it takes as object in the decision part
_APPROVING = re.compile(r"(?i)\b(?:hyväksy|allekirjoit|solmi|tehdä|tekee|teh[dt]ään|päättää\s+tehdä|godkän|"
                        r"underteckn|ingå)\w*")
COMPOUND_RULE = "decides:item-proposal-compound"
COMPOUND_CONFIDENCE = 0.5
OBJECT_CASES = {"omanto", "osanto", "nimento", None}


def compound_agreement(m: Mention) -> bool:
    """An agreement the decision names only by the compound of its kind ("hyväksyy X Oy:n kanssa tehtävän
    palvelusopimuksen", "godkänner serviceavtalet"): in a minutes item the one agreement of that kind it decides.
    The bare head ("sopimus", "avtal") says nothing of which kind and stays out."""
    return bool(m.iri) and m.type == "Agreement" and m.generic and m.rule == "generic-head" \
        and m.case in OBJECT_CASES and m.label.lower() not in {"sopimus", "avtal", "avtalet"}


def proposal_decisions(record: DocumentRecord, mentions: list[Mention], subjects: dict[int, list[str]],
                       body_of: Callable[[object], str | None]) -> list[Fact]:
    """The item's body (`body_of(item)`, an IRI) decides each project or agreement its proposal or decision
    names, for every item whose title named none (`subjects`: item index -> what the title names)."""
    index = SpanIndex([m for m in mentions if decidable(m)])
    compounds = SpanIndex([m for m in mentions if compound_agreement(m)])
    text = record.text
    facts = []
    for idx, item in enumerate(record.items or []):
        if subjects.get(idx) or item.outcome in UNDECIDED:
            continue
        named = [m for k in DECIDING_PARTS if k in item.parts for m in index.starting_in(*item.parts[k])]
        kinds = [] if named else [m for k in DECIDING_PARTS if k in item.parts
                                  for m in compounds.starting_in(*item.parts[k])
                                  if _APPROVING.search(text, item.parts[k][0], m.start)]
        if not named and not kinds:
            continue
        body = body_of(item)
        if body is None:
            continue
        for m in named:
            ev = Evidence(text[m.start:m.end], m.start, m.end)
            facts.append(Fact(body, "decides", m.iri, ev, PROPOSAL_RULE, PROPOSAL_CONFIDENCE))  # type: ignore[arg-type]
        for m in dict((x.iri, x) for x in kinds).values():  # one kind of agreement once, where first named
            ev = Evidence(text[m.start:m.end], m.start, m.end)
            facts.append(Fact(body, "decides", m.iri, ev, COMPOUND_RULE, COMPOUND_CONFIDENCE))  # type: ignore[arg-type]
    return facts
