"""Organisations congratulated on a grant: "vi vill gratulera A, B och C till det beviljade projektstödet",
"Onnittelemme A:ta ja B:tä myönnetystä avustuksesta".

An umbrella association's news of a round of grants often ends by congratulating its members that received one.
The congratulation names the receivers and the grant they got ("till det beviljade projektstödet", "saamastaan
avustuksesta"), not the giver; the giver is the one the news names as such: the opening's granter
(header_granter.granter_of_opening), else the one agency, ministry or foundation the document names ("bidrag från
Boverket"). Each organisation named between the verb of congratulating and the grant gets a funds fact from it.
No such giver, or a congratulation on anything but a grant ("till priset", "syntymäpäivänä"): no fact. It reads one
construction of general Finnish and Swedish, not a document's wording; the giver is read from the page, so its
confidence is below 0.5.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.allative_grants import RECEIVER_TYPES
from welfare_kg.extract.header_granter import granter_of_opening
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.spans import outermost
from welfare_kg.extract.text import Sentence

RULE = "funds:congratulated-receivers"
CONFIDENCE = 0.45
_CONGRATULATED = re.compile(
    r"(?i)\b(?:gratulera\w*|gratulerar|grattis|onnittel\w*)\b(?P<names>[^.!?]{3,300}?)"
    r"(?:\btill[ \t]+(?:det|den|de|ert|era|sitt|sina)?[ \t]*(?:beviljade|erhållna|nya)[ \t]+\w*(?:stöd|bidrag|anslag)"
    r"\w*|\b(?:saadusta|saamastaan|saamistaan|myönnetystä|myönnetyistä)[ \t]+"
    r"\w*(?:avustu|tue|tuista|rahoitu|apura)\w*)")
# the grant's own giver named after it in the sentence ("... avustuksesta, jonka myönsi Kuopion kaupunki", "till
# det nya stödet från kommunen", "... saamastaan avustuksesta Kelalta"): not the page's giver
_OWN_GIVER = re.compile(r"(?i)[^.!?]{0,80}?(?:\bfrån\b|\bav\b|\bmyön\w*|\b\w{3,}(?:lta|ltä)\b)")
_BARE_HEAD = re.compile(r"(?i)^(?:lokal|paikallis)?(?:föreningen|förening|förbundet|yhdistys|liitto|seura)$")
_GIVER_TYPES = {"Agency", "Ministry"}
_FOUNDATION = re.compile(r"(?i)säätiö|stiftelse|fond")


def congratulated_receiver_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                                 facts: Sequence[Fact], text: str) -> list[Fact]:
    """funds facts from the page's giver to the organisations it congratulates on a grant."""
    said = [(s, ms, c) for s, ms in zip(sents, per_sentence, strict=False)
            for c in _CONGRATULATED.finditer(s.text)]
    if not said:
        return []
    giver = granter_of_opening(sents, per_sentence, text) or _one_giver(per_sentence)
    if giver is None:
        return []
    funded = {f.object for f in facts if f.predicate == "funds"}
    out: list[Fact] = []
    for s, ms, c in said:
        if _OWN_GIVER.match(s.text, c.end()) and not any(m.iri == giver for m in ms if m.start >= s.start + c.end()):
            continue
        a, b = s.start + c.start("names"), s.start + c.end("names")
        for m in outermost([m for m in ms if m.iri and not m.generic]):
            if _BARE_HEAD.match(m.label.strip()):
                continue  # "Lokalföreningen" cut from "Lokalföreningen 127 Örnsköld": a head word is no one receiver
            if a <= m.start and m.end <= b and m.type in RECEIVER_TYPES and m.iri not in funded and m.iri != giver:
                funded.add(m.iri)  # type: ignore[arg-type]
                out.append(Fact(giver, "funds", m.iri, Evidence(s.text, s.start, s.end), RULE,  # type: ignore[arg-type]
                                CONFIDENCE))
    return out


def _one_giver(per_sentence: Sequence[Sequence[Mention]]) -> str | None:
    """The one agency, ministry or foundation the page names."""
    iris = {m.iri for ms in per_sentence for m in ms if m.iri and not m.generic
            and (m.type in _GIVER_TYPES or (m.type == "Association" and _FOUNDATION.search(m.label)))}
    return iris.pop() if len(iris) == 1 else None
