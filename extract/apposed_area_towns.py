"""Towns spelled out right after an area's town noun, in the same case: each town is partOf the area, and an
undertaking working in the area works in each town (partOf:apposed-area-towns, coversArea:apposed-area-towns).

Finnish names the towns of an area by a plural town noun in a locative after the area's genitive and then the towns
in the same locative, as an apposition: "Härkätien sosiaali- ja terveyspalvelujen yhteistoiminta-alueen kunnissa,
Liedossa, Koskella Tl, Tarvasjoella ja Marttilassa", "Kyrönmaan kolmessa kunnassa Laihialla, Isossakyrössä ja
Vähässäkyrössä", "Kainuun kunnissa Kajaanissa, Sotkamossa ja Kuhmossa"; Swedish writes the towns in the nominative
after "kommuner", and only after "i" ("i Kyrönmaas tre kommuner Laihela, Storkyro och Lillkyro"; "Samarbetspartner
är städerna Tavastehus och Kotka" names partners, no area). The bracketed form ("seutukunnassa (A,
B ja C)") is bracketed_area_towns.py's and the colon form ("kunnissa: A, B ja C") colon_place_lists.py's; without
brackets or a colon the towns stand with no verb or cue of their own, and the area rules read only the area.

The shape is grammar, not a name: a plural town noun ("kunnissa", "kaupungeissa", "kommuner") or a counted singular
("kolmessa kunnassa", the Finnish numeral's singular), optionally a comma, then two or more towns all in one locative
(inessive or adessive) joined by commas and a conjunction, nothing else between them. A singular noun without a
numeral ("Kempeleen kunnassa Liminka ...") names one town and is left alone.

- partOf: the area whose genitive stands right before the town noun (a region, a co-operation area or a joint
  authority: the contract makes a town partOf those) has each town as its part. A wellbeing county is no whole of
  towns in the contract: it covers them (membership.py reads "a county made of towns" that way), so it gets
  coversArea instead.
- coversArea: an undertaking (a project, a programme, an agreement) a rule already gave the area covers each town
  too; an organisation working or studying in the area ("X-säätiö selvitti asumista Y:n kunnissa, A:ssa ...") has
  an area of its own, which the towns need not be. When the area is not one the document names as an entity (no
  genitive mention before the noun) the counted or plural noun still says "in these towns": the one undertaking the
  sentence names, else the document's project when the sentence names no undertaking or organisation at all and the
  document is no minutes (a report's passive "X:n kolmessa kunnassa A:ssa, B:ssä ja C:ssä on kokeiltu ..."), covers
  the towns.

Over the development annotation the shape stands in two reports of two publishers (a social services area's towns,
a sub-region's towns where the project was tried); both annotate the towns as the project's area, one of them the
towns as the area's parts too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.page_project import page_project
from welfare_kg.extract.text import Sentence

PART_RULE = "partOf:apposed-area-towns"
AREA_RULE = "coversArea:apposed-area-towns"
CONFIDENCE = 0.55
WHOLES = {"Region", "CooperationArea", "JointAuthority"}
COUNTIES = {"WellbeingCounty"}
LOCATIVES = {"sisaolento", "ulkoolento"}  # inessive "Liedossa", adessive "Koskella"
UNDERTAKINGS = {"Project", "Programme", "Agreement"}
ORGANISATIONS = {"Association", "Company", "CompetenceCentre", "Agency", "Body", "JointAuthority",
                 "WellbeingCounty", "Municipality"}
_NUMERAL = (r"(?:kahdessa|kolmessa|neljässä|viidessä|kuudessa|seitsemässä|kahdeksassa|yhdeksässä|kymmenessä|"
            r"\d{1,2})")
_SV_NUMERAL = r"(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|\d{1,2})"
# the town noun after the area (or opening the phrase): a plural locative, or a numeral and the singular locative;
# "eri" and "seuraavissa" may precede the plural ("eri kunnissa")
_FI_NOUN = re.compile(r"\s*(?:(?:(?:kaikissa|eri|seuraavissa|näissä)\s+)?(?:kunnissa|kunnissaan|kaupungeissa)|"
                      + _NUMERAL + r"\s+(?:eri\s+)?(?:kunnassa|kunnassaan|kaupungissa))\s*,?\s+")
_SV_NOUN = re.compile(r"\s*(?:(?:" + _SV_NUMERAL + r")\s+)?(?:kommuner|kommunerna|städer|städerna)\s*,?\s+")
_SV_IN = re.compile(r"\bi\s+(?:[A-ZÅÄÖ][\w-]*s)?\s*$")  # "i kommunerna", "i Kyrönmaas" (an area the text names)
_JOIN = re.compile(r"\s*(?:,\s*(?:(?:ja|sekä|och|samt)\s+)?|\s+(?:ja|sekä|och|samt)\s+)", re.IGNORECASE)
MIN_TOWNS = 2


def _run(text: str, base: int, at: int, towns: Sequence[Mention], swedish: bool) -> list[Mention]:
    """The towns listed from absolute offset `at` on, each right after the one before (only a comma or a
    conjunction between), all in one locative (Finnish) or all uninflected (Swedish)."""
    out: list[Mention] = []
    pos = at
    for t in towns:
        if t.start < pos:
            continue
        gap = text[pos - base:t.start - base]
        if (out and _JOIN.fullmatch(gap) is None) or (not out and gap.strip()):
            break
        if (swedish and t.case not in {None, "nimento"}) or (not swedish and not _locative(t)):
            break
        out.append(t)
        pos = t.end
    return out if len(out) >= MIN_TOWNS else []


# a town of two words takes the ending on its first ("Koskella Tl"), and the analyser reads the last
_LOCATIVE_FIRST = re.compile(r"[\w-]+(?:ssa|ssä|lla|llä)(?:\s|$)")


def _locative(t: Mention) -> bool:
    """Whether a town is named in the inessive or the adessive (each town of a list by its own name: "Liedossa,
    Koskella Tl")."""
    return t.case in LOCATIVES or (t.case in {None, "nimento"} and _LOCATIVE_FIRST.match(t.surface) is not None)


def apposed_area_town_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                            facts: Sequence[Fact], mentions: Sequence[Mention], kind: str = "") -> list[Fact]:
    """partOf and coversArea from the towns an area's town noun spells out in apposition (`kind`: the document's;
    minutes are about many things, and the project they name most is no subject of a sentence naming none)."""
    have = {(f.subject, f.predicate, f.object) for f in facts}
    covered: dict[str, set[str]] = {}  # area IRI -> undertakings a rule gave it
    for f in facts:
        if f.predicate == "coversArea":
            covered.setdefault(f.object, set()).add(f.subject)
    kinds = {m.iri: m.type for m in mentions if m.iri}
    doc_project: str | None = None
    doc_project_read = False
    out: list[Fact] = []

    def add(subject: str, predicate: str, obj: str, s: Sentence, rule: str) -> None:
        if subject != obj and (subject, predicate, obj) not in have:
            have.add((subject, predicate, obj))
            out.append(Fact(subject, predicate, obj, Evidence(s.text, s.start, s.end), rule, CONFIDENCE))

    for s, ms in zip(sents, per_sentence, strict=False):
        low = s.text.lower()
        if "kunn" not in low and "kaupung" not in low and "kommun" not in low and "städer" not in low:
            continue
        towns = sorted((m for m in ms if m.type == "Municipality" and m.iri), key=lambda m: m.start)
        if len(towns) < MIN_TOWNS:
            continue
        for noun in (*_FI_NOUN.finditer(s.text), *_SV_NOUN.finditer(s.text)):
            swedish = noun.re is _SV_NOUN
            run = _run(s.text, s.start, s.start + noun.end(), towns, swedish)
            if not run:
                continue
            at = s.start + noun.start()
            area = next((m for m in ms if m.iri and m.end == at and m.type in WHOLES | COUNTIES
                         and (m.case in {"omanto", None})), None)
            # Swedish names towns after "kommuner" for many reasons ("Samarbetspartner är städerna A och B"): only
            # "i" before the phrase says they are where something is done
            if swedish and _SV_IN.search(s.text, 0, (area.start if area else at) - s.start) is None:
                continue
            if area is not None:
                assert area.iri is not None
                for t in run:
                    assert t.iri is not None
                    if area.type in COUNTIES:
                        add(area.iri, "coversArea", t.iri, s, AREA_RULE)
                    else:
                        add(t.iri, "partOf", area.iri, s, PART_RULE)
                # the undertakings a rule gave the area: an organisation working or studying there has its own area
                subjects = {u for u in covered.get(area.iri, set()) if kinds.get(u) in UNDERTAKINGS}
            else:
                # no area named before the noun: the one undertaking of the sentence, or the document's project
                # when the sentence names no undertaking nor organisation besides the towns
                named = {m.iri for m in ms if m.iri and m.type in UNDERTAKINGS and not m.generic}
                others = [m for m in ms if m.iri and m.type in ORGANISATIONS and m not in run]
                if len(named) == 1:
                    subjects = named
                elif not named and not others and kind != "minutes":
                    if not doc_project_read:
                        doc_project_read = True
                        doc_project = page_project(mentions).strict  # a tie: no project of the page's own
                    subjects = {doc_project} if doc_project else set()
                else:
                    subjects = set()
            for subject in sorted(subjects):
                for t in run:
                    assert t.iri is not None
                    add(subject, "coversArea", t.iri, s, AREA_RULE)
    return out
