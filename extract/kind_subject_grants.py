"""A grant told again with the receiver's kind word as the subject: "Yhdistys saa myös 53 000 euroa".

News of a funder's grants name a receiver and its grant in one sentence ("A ry on saamassa 157 000 euroa
perustamismenoihin") and then go on with a second grant to the same receiver, written with a bare kind word as the
subject of the receiving verb: "Yhdistys saa myös 53 000 euroa nuorten tukemiseen", "Seura sai lisäksi 2 000
euroa", "Föreningen fick även 5 000 euro". The sentence names neither giver nor receiver, so no sentence rule reads
it (funds:anaphor-receiver reads the kind word in the allative of a passive grant, "yhdistykselle myönnettiin").

What ties the second grant is structure, not names: the kind word opens the sentence as its subject, the verb is
one of receiving, and the one organisation of that kind the sentence before (or the one before that) names, a giver
of the text's grants left out, has a grant already read from exactly one giver. That giver funds it again, with the
one exact sum the sentence states.
Two organisations of the kind there, two givers, no sum, a hedged or second sum, or any organisation named in the
sentence itself (a giver "STEA:lta" or another receiver) give nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.money import find_amounts
from welfare_kg.extract.text import Sentence

RULE = "funds:kind-subject-again"
CONFIDENCE = 0.55
BACK = 2  # sentences before the receiving one in which its antecedent may stand

# the kind word and the type of organisation it stands for
KINDS = {"yhdistys": "Association", "järjestö": "Association", "seura": "Association", "säätiö": "Association",
         "föreningen": "Association", "stiftelsen": "Association",
         "kaupunki": "Municipality", "kunta": "Municipality", "kommunen": "Municipality", "staden": "Municipality",
         "seurakunta": "Parish", "församlingen": "Parish",
         "yhtiö": "Company", "yritys": "Company", "bolaget": "Company", "företaget": "Company"}
_SHAPE = re.compile(r"\s*(?:(?:Nyt|Lisäksi|Samoin|Nu|Dessutom)\s+)?(" + "|".join(KINDS) + r")\s+"
                    r"(?:saa|sai|saavat|saivat|(?:on|oli)\s+(?:saanut|saamassa)|får|fick|erhöll|har\s+(?:fått|erhållit))"
                    r"\b", re.IGNORECASE)
_HEDGE = re.compile(r"(?i)\b(?:lähes|noin|n\.|yli|runsaat|vajaat|enintään|yhteensä|kaikkiaan|nästan|drygt|över|"
                    r"cirka|totalt|sammanlagt)\s*$")
ORGS = {"Association", "Municipality", "Parish", "Company", "Body", "Agency", "Ministry", "Programme", "Project",
        "JointAuthority", "WellbeingCounty", "RegionalCouncil", "CompetenceCentre"}


def kind_subject_grant_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                             facts: Sequence[Fact]) -> list[Fact]:
    """funds from the one giver of the antecedent's grant to the antecedent, with the kind-word sentence's sum."""
    givers: dict[str, set[str]] = {}
    stated = set()
    for f in facts:
        if f.predicate == "funds":
            givers.setdefault(f.object, set()).add(f.subject)
            stated.add((f.subject, f.object, f.amount))
    funders = {f.subject for f in facts if f.predicate == "funds"}
    out: list[Fact] = []
    for k, (s, ms) in enumerate(zip(sents, per_sentence, strict=False)):
        shape = _SHAPE.match(s.text)
        if shape is None or any(m.iri and m.type in ORGS for m in ms):
            continue
        sums = [a for a in find_amounts(s.text) if not a.share and a.start >= shape.end()]
        if len(sums) != 1 or sums[0].approximate or _HEDGE.search(s.text[:sums[0].start]):
            continue
        antecedent = _antecedent(per_sentence[max(0, k - BACK):k], KINDS[shape.group(1).lower()], funders)
        if antecedent is None or len(givers.get(antecedent, ())) != 1:
            continue
        (giver,) = givers[antecedent]
        if giver == antecedent or (giver, antecedent, sums[0].value) in stated:
            continue
        out.append(Fact(giver, "funds", antecedent, Evidence(s.text, s.start, s.end), RULE, CONFIDENCE,
                        amount=sums[0].value))
    return out


def _antecedent(before: Sequence[Sequence[Mention]], kind: str, funders: set[str]) -> str | None:
    """The one organisation of the kind named in the nearest sentence before that names any; a giver of the text's
    grants is none ("RAY edellyttää ..." between the grant and "Yhdistys saa myös": RAY speaks, it does not receive)."""
    for ms in reversed(before):
        found = {m.iri for m in ms if m.iri and m.type == kind and m.iri not in funders}
        if found:
            return next(iter(found)) if len(found) == 1 else None
    return None
