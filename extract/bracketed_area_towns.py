"""Towns in brackets right after an area a rule already gave an undertaking: coversArea each town
(coversArea:bracketed-area-towns).

A text that places a project or an organisation in a sub-region or a region often spells the area out in brackets:
"Hanke toteutetaan Ylä-Savon seutukunnassa (Iisalmi, Kiuruvesi, Sonkajärvi ja Vieremä)", "X ry toimii Kuopion
seudulla (Kuopio+Siilinjärvi)", "Projektet verkar i Åboland (Pargas, Kimitoön)". The sentence rules read the area
and state its coversArea; the towns in the brackets stand after it with no verb of their own, so no rule joins them.
Here the layout is read: for each coversArea fact a sentence rule stated, the area's mention in the fact's sentence,
at most an area noun after it ("alueella", "seudulla"), then brackets holding nothing but two or more places joined by
commas, "+", "/" or a conjunction. The fact's subject covers each place in the brackets. The anchor is a fact, not a
word, so a bracket after a town where an event is held or a person lives, which no rule made an area, gives nothing.

A joint authority or a wellbeing county is no area of the contract, but "X-hanke toimii Y kuntayhtymän alueella
(A, B, C)" spells its area out as towns: with one undertaking before it, a verb of working between the two and no
meeting or event in the sentence, the undertaking covers each bracketed town.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.text import Sentence

RULE = "coversArea:bracketed-area-towns"
CONFIDENCE = 0.55
AREAS = {"Region", "CooperationArea", "WellbeingCounty"}
PLACES = {"Municipality", "Region", "CooperationArea"}
_AREA_NOUN = re.compile(r"\s*(?:(?:koko\s+)?(?:alueella|alueen|alueelle|alueilla|seudulla|seudun|seutukunnassa|"
                        r"seutukunnan|maakunnassa|kunnissa|kuntien|området|regionen|landskapet))?\s*\(", re.IGNORECASE)
_JOIN = re.compile(r"\s*(?:,|\+|/|&|\bja\b|\bsekä\b|\boch\b|\bsamt\b)\s*", re.IGNORECASE)
MIN_TOWNS = 2


def _bracket_places(text: str, base: int, at: int, places: Sequence[Mention]) -> list[Mention]:
    """The places of the brackets opening at absolute offset `at` (the "("), when they hold nothing else."""
    close = text.find(")", at - base)
    if close < 0 or close - (at - base) > 200:
        return []
    inside = sorted((p for p in places if at < p.start and p.end <= base + close), key=lambda p: p.start)
    pos, out = at + 1, []
    for p in inside:
        if p.start < pos:
            continue  # nested in the one just read
        gap = text[pos - base:p.start - base]
        if gap.strip() and (not out or _JOIN.fullmatch(gap) is None):
            return []
        out.append(p)
        pos = p.end
    if text[pos - base:close].strip() or len(out) < MIN_TOWNS:
        return []
    return out


def bracketed_area_town_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                              facts: Sequence[Fact]) -> list[Fact]:
    """coversArea from an undertaking to the towns bracketed after an area it already covers in the sentence."""
    if not any("(" in s.text for s in sents):
        return []
    starts = [s.start for s in sents]
    by_sentence: dict[int, list[Fact]] = {}
    for f in facts:
        if f.predicate == "coversArea" and f.rule.startswith("coversArea:") and f.rule != RULE:
            i = bisect_right(starts, f.evidence.start) - 1
            if i >= 0 and f.evidence.end <= sents[i].end and "(" in sents[i].text:
                by_sentence.setdefault(i, []).append(f)
    have = {(f.subject, f.object) for f in facts if f.predicate == "coversArea"}
    out: list[Fact] = []
    for i, stated in by_sentence.items():
        s, ms = sents[i], per_sentence[i]
        places = [m for m in ms if m.type in PLACES and m.iri]
        for f in stated:
            for a in (m for m in ms if m.iri == f.object and m.type in AREAS):
                noun = _AREA_NOUN.match(s.text, a.end - s.start)
                if noun is None:
                    continue
                for p in _bracket_places(s.text, s.start, s.start + noun.end() - 1, places):
                    pair = (f.subject, p.iri or "")
                    if p.iri and p.iri != f.subject and pair not in have:
                        have.add(pair)
                        out.append(Fact(f.subject, "coversArea", p.iri, Evidence(s.text, s.start, s.end), RULE,
                                        CONFIDENCE))
    out += _authority_area_towns(sents, per_sentence, have)
    return out


# the area of a joint authority or a wellbeing county, spelled out: "X:n alueella (A, B ja C)"
_AUTHORITY_AREA = re.compile(r"\s*(?:alueella|alueen\s+kunnissa|toiminta-alueella|området|område)\s*\(",
                             re.IGNORECASE)
AUTHORITIES = {"JointAuthority", "WellbeingCounty"}
_WORKING = re.compile(r"\b(?:toimi[a-z]*|toteute[a-z]*|toteutta[a-z]*|käynnisty[a-z]*|kehittä[a-z]*|palvele[a-z]*|"
                      r"tarjoa[a-z]*|verkar|verkade|genomförs|genomfördes|pågår|pågick)\b", re.IGNORECASE)
_EVENT = re.compile(r"(?:kokou|kokoonn|pidet|pidettiin|seminaari|tilaisuu|tapahtum|koulutus|möte|träff|seminarium|"
                    r"evenemang)", re.IGNORECASE)
UNDERTAKINGS = {"Project", "Association", "Company", "CompetenceCentre"}


def _authority_area_towns(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                          have: set[tuple[str, str]]) -> list[Fact]:
    """"Hanke toimii Ylä-Savon SOTE kuntayhtymän alueella (Iisalmi, Kiuruvesi, Sonkajärvi)": a joint authority is
    no area of the contract, its towns in the brackets are; the one undertaking named before it in the sentence
    covers each (one only: with two, whose area it is is a guess)."""
    out: list[Fact] = []
    for s, ms in zip(sents, per_sentence, strict=False):
        if "(" not in s.text:
            continue
        places = [m for m in ms if m.type in PLACES and m.iri]
        for a in ms:
            if a.type not in AUTHORITIES or not a.iri or a.case not in {"omanto", None}:
                continue
            noun = _AUTHORITY_AREA.match(s.text, a.end - s.start)
            if noun is None:
                continue
            before = [m for m in ms if m.type in UNDERTAKINGS and m.iri and not m.generic and m.end <= a.start]
            if len({m.iri for m in before}) != 1:
                continue
            # a verb of working between the undertaking and the area; a meeting or an event held there is no area
            between = s.text[before[-1].end - s.start:a.start - s.start]
            if _WORKING.search(between) is None or _EVENT.search(s.text):
                continue
            subject = before[-1].iri or ""
            for p in _bracket_places(s.text, s.start, s.start + noun.end() - 1, places):
                pair = (subject, p.iri or "")
                if p.iri and pair not in have:
                    have.add(pair)
                    out.append(Fact(subject, "coversArea", p.iri, Evidence(s.text, s.start, s.end), RULE, CONFIDENCE))
    return out
