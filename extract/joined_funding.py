"""Co-funders told as taking part in the funding: "Kuopion kaupunki on mukana rahoittamassa X-hanketta", "Aura ja
Koski osallistuvat hankkeen rahoittamiseen", "Kunnat osallistuvat X:n rahoitukseen".

Towns and regional councils that pay a share of a project are written as joining its funding rather than as funding
it: "olla mukana rahoittamassa" (the third infinitive after "mukana") or "osallistua rahoittamiseen/rahoitukseen". The
run of names in the nominative right before the verb (joined by commas, "ja", "sekä") funds the undertaking named
right after "rahoittamassa" (partitive) or in the genitive before "rahoittamiseen"/"rahoitukseen"; the bare
"hanketta"/"hankkeen" stands for the sentence's project (its target). Only named organisations count: "kunnat" or
"yritykset" are no one in particular.
"""

from __future__ import annotations

import re

from welfare_kg.extract.activity_funders import nominative_run
from welfare_kg.extract.lists import JOINER
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.prefilter import guarded
from welfare_kg.extract.relations import FUNDERS, ORGS, UNDERTAKINGS, Clause, rule

RULE = "funds:joins-funding"
_GIVERS = FUNDERS | {"Parish", "Body"}
_FUNDED = (ORGS - {"Body"}) | UNDERTAKINGS
_ADVERB = r"(?:(?:myös|jo|edelleen|osaltaan|taloudellisesti)[ \t]+)?"
# after the run: "on mukana rahoittamassa", "osallistuu ... rahoittamiseen"
_MUKANA = guarded(re.compile(rf"[ \t]+(?:on|ovat|oli|olivat|on[ \t]+ollut|ovat[ \t]+olleet)[ \t]+{_ADVERB}"
                             rf"mukana[ \t]+{_ADVERB}rahoittamassa[ \t]+", re.IGNORECASE))
_OSALLISTUU = guarded(re.compile(rf"[ \t]+(?:osallistuu|osallistuvat|osallistui|osallistuivat|on[ \t]+osallistunut|"
                                 rf"ovat[ \t]+osallistuneet)[ \t]+{_ADVERB}", re.IGNORECASE))
_TO_FUNDING = re.compile(r"[ \t]+(?:rahoittamiseen|rahoitukseen|kustannuksiin)(?![\w-])", re.IGNORECASE)
_BARE_PARTITIVE = re.compile(r"(?:hanketta|projektia)(?![\w-])", re.IGNORECASE)
_BARE_GENITIVE = re.compile(r"(?:hankkeen|projektin)(?=[ \t]+(?:rahoittamiseen|rahoitukseen|kustannuksiin))",
                            re.IGNORECASE)


@rule(RULE, "funds", "'Kuopion kaupunki on mukana rahoittamassa X-hanketta', 'A ja B osallistuvat hankkeen "
      "rahoittamiseen'", needs="named",
      text_cues=("rahoittamassa", "osallistu"))
def _joins_funding(c: Clause) -> list[Fact]:
    """The run of named organisations before "on mukana rahoittamassa" / "osallistuu ... rahoittamiseen" funds what
    follows."""
    text, base = c.sent.text, c.sent.start
    lowered = text.lower()
    if "rahoittamassa" not in lowered and "osallistu" not in lowered:
        return []
    named = sorted((m for m in c.free_named if m.iri), key=lambda m: m.start)
    for i, last in enumerate(named):
        if last.type not in _GIVERS or last.case not in {"nimento", None}:
            continue
        funded = _funded_after(c, named[i + 1:], last.end - base)
        if funded is None:
            continue
        run = nominative_run(named[:i + 1], text, base, _GIVERS, JOINER)
        return [Fact(m.iri or "", "funds", funded, c.ev, RULE, 0.65, start_date=c.start, end_date=c.end)
                for m in run if m.iri != funded]
    return []


def _funded_after(c: Clause, after: list[Mention], at: int) -> str | None:
    """What the verb after offset `at` (sentence-relative) says is funded: a name or the sentence's project."""
    text, base = c.sent.text, c.sent.start
    verb = _MUKANA.match(text, at)
    if verb is not None:
        head = next((m for m in after if m.start - base == verb.end()), None)
        if head is not None and head.type in _FUNDED:
            return head.iri
        return c.own_target if _BARE_PARTITIVE.match(text, verb.end()) else None
    verb = _OSALLISTUU.match(text, at)
    if verb is None:
        return None
    if _BARE_GENITIVE.match(text, verb.end()):
        return c.own_target
    head = next((m for m in after if m.start - base == verb.end()), None)
    if head is not None and head.type in _FUNDED and _TO_FUNDING.match(text, head.end - base):
        return head.iri
    return None
