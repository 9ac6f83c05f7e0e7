"""The organisations a project page lists as working "together with" the project's owner: participatesIn.

A page about one project says who else works in it in a list after "tillsammans med" ("Socialstyrelsen är
projektägare och arbetar tillsammans med SKR, Skolverket och Västmanland", a field "Projektägare: Örnsköldsviks
Kommun, tillsammans med Brynge Kulturförening, Ulvö Kapellag och Grundsunda Hembygdsförening") or between "yhdessä"
and "kanssa" ("Hanketta toteutetaan yhdessä A:n ja B:n kanssa"), or after "projekt mellan" ("ett samverkansprojekt
mellan Hylte kommun, Falkenbergs kommun och Laholms kommun"), or right before a word of joint work ("Hanke toteutettiin
A:n, B:n ja C:n yhteistyönä", "A:n ja B:n yhteinen hanke"). The annotation makes each listed organisation a
participant of the project (eval/ANNOTATION.md: "toteutetaan yhteistyössä"), and no specific rule relates them:
the sentence names the project only as "projektet"/"hanke", or not at all under a project field's label.

So, for the document's one main project (document_roles.main_project), a sentence that names no other project and
speaks of a project (a project word, its own or in the label line right before it) offers the organisations listed
right after "tillsammans med" or "projekt mellan", or between "yhdessä" and "kanssa", as participants: each one the
rules did not already relate to the project participatesIn it. A place (a region, a bare town name) in the list is
where, not who; a Swedish region written as its authority ("Region Västmanland") is who.

The fact carries its own rule name and a confidence below 0.5: the project is read from the document's topic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.document_roles import PARTICIPANTS, main_project
from welfare_kg.extract.model import Evidence, Fact, Mention, related_pairs
from welfare_kg.extract.sentence_hits import found
from welfare_kg.extract.text import Sentence

RULE = "participatesIn:together-with"
CONFIDENCE = 0.4
MAX_CHARS = 600  # a longer "sentence" is a run of list lines or a table
MAX_LABEL = 40  # a field label line ("Projektägare", "Hankkeen toteuttajat")
_CUE = re.compile(r"(?i)(?:\b(?:tillsammans\s+med|yhdessä)|projekt(?:et)?\s+mellan)\s+")
# a word of joint work right after a list of genitives: "toteutettiin A:n, B:n ja C:n yhteistyönä / kumppanuutena",
# "A:n ja B:n yhteinen hanke", "A:n ja B:n välinen projekti"
_JOINT = re.compile(r"(?i)\s+(?:yhteistyönä|yhteishankkeena|kumppanuutena|yhteinen|yhteisenä|välinen|välisenä)\b")
_KANSSA = re.compile(r"(?i)\bkanssa\b")
# between two listed names: commas and "och"/"ja", and a name the recogniser missed ("SKR, Skolverket", "Ulvö
# Kapellag och Grundsunda Hembygdsförening"): capitalised words only
_JOIN = re.compile(r"^(?:[\s,]+(?![\s,])|(?:och|samt|ja|sekä)\b|[A-ZÅÄÖ][\wåäöÅÄÖ:-]*(?![\wåäöÅÄÖ:-]))*$")
MAX_GAP = 40
_LEAD = re.compile(r"^(?:[\wåäöÅÄÖ-]+\s+){0,2}$")  # "yhdessä alueen ", "tillsammans med de tre " before the first name
_PROJECT = re.compile(r"(?i)(?:hanke|hankkee|hanket|projekt)")
# a town named as a party ("Kronoby kommun", "Keuruun kaupungin"); a bare town name in the list is where one of
# the others sits ("Kosolan talo Oy, Lappo och Kronoby kommun"); the word stands on its own, since a town's own name
# may end in it ("Carlsro, Kristinestad", "Kristiinankaupunki", "Uusikaupunki" are bare town names)
_TOWN_WORD = re.compile(r"(?i)(?<![\w-])(?:kunta|kunna|kaupunk|kaupung|kommun|stad)")
# a Swedish region written as its authority ("Region Västmanland", "Region Örebro län", "Landstinget i Uppsala län"):
# the regional body that runs health care and development is a party, as a town written "X kommun" is
_REGION_AS_PARTY = re.compile(r"(?:Region|Landstinget)[ \t]")
_NEGATION = re.compile(r"(?i)\b(?:ei|eivät|inte|ej)\b")
# "Hankkeessa ovat yhdistäneet voimansa A, B, C ja D.", "I projektet medverkar A, B och C.": the project word in the
# inessive (where) opens the clause, and the list of organisations closes the sentence as its subject
_IN_PROJECT = re.compile(r"(?i)(?:hankkee|projekti|hankkeisto)ssa\b|\bi\s+projektet\b")
CLOSING_RULE = "participatesIn:closing-list"
CLOSING_MIN = 3  # two names after a verb are as often an object ("... tukevat A ja B"); three are a partner list
_CLOSING_END = re.compile(r"^[\s.!]*$")


def together_partner_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                           facts: Sequence[Fact]) -> list[Fact]:
    """participatesIn from each organisation listed after "tillsammans med" / "yhdessä" to the main project."""
    project = main_project(per_sentence)
    if project is None:
        return []
    # a partner that also pays is both: its funds fact leaves its part in the work to be said ("genomförs tillsammans
    # med X och finansieras med stöd från X")
    related = related_pairs(f for f in facts if f.predicate != "funds")
    out: list[Fact] = []
    previous = ""
    # the three cues' sentences, searched ahead beside recognition on a large document (sentence_hits.py)
    said = [found(p, sents) for p in (_CUE, _JOINT, _IN_PROJECT)]
    for i, (s, ms) in enumerate(zip(sents, per_sentence, strict=False)):
        label, previous = previous, s.text
        if not any(cue_in(i) for cue_in in said):
            continue  # no cue, joint word or "in the project": the test below would skip it too
        cue = _CUE.search(s.text)
        joint = None if cue else _JOINT.search(s.text)
        inside = None if cue or joint else _IN_PROJECT.search(s.text)
        if len(s.text) > MAX_CHARS or not (cue or joint or inside) or _NEGATION.search(s.text):
            continue
        if any(m.type == "Project" and m.iri and m.iri != project for m in ms):
            continue  # another project: the partners may be that one's
        if not (any(m.iri == project for m in ms) or _PROJECT.search(s.text)
                or (len(label) <= MAX_LABEL and _PROJECT.search(label))):
            continue
        listed = _listed_before(s, ms, joint.start()) if joint else _listed_after(s, ms, cue) if cue else \
            _closing_list(s, ms, inside.end()) if inside else []
        rule = CLOSING_RULE if inside else RULE
        for m in listed:
            party = (m.type in PARTICIPANTS and (m.type != "Municipality" or _TOWN_WORD.search(m.surface))) \
                or (m.type == "Region" and _REGION_AS_PARTY.match(m.surface))
            if party and m.iri and (m.iri, project) not in related:
                related.update({(m.iri, project), (project, m.iri)})
                out.append(Fact(m.iri, "participatesIn", project, Evidence(s.text, s.start, s.end), rule,
                                CONFIDENCE))
    return out


def _outer(ms: Sequence[Mention]) -> list[Mention]:
    """The names not inside another, in text order."""
    return sorted((m for m in ms if not any(x is not m and x.start <= m.start and m.end <= x.end for x in ms)),
                  key=lambda m: m.start)


def _listed_before(s: Sentence, ms: Sequence[Mention], at: int) -> list[Mention]:
    """The run of names right before a word of joint work ("A:n, B:n ja C:n yhteistyönä")."""
    listed: list[Mention] = []
    for m in reversed(_outer(ms)):
        a, b = m.start - s.start, m.end - s.start
        if b > at:
            continue
        gap = s.text[b:at]
        if not (len(gap) <= MAX_GAP and _JOIN.match(gap)):
            break
        listed.append(m)
        at = a
    return listed


def _closing_list(s: Sentence, ms: Sequence[Mention], after: int) -> list[Mention]:
    """The run of at least CLOSING_MIN organisations in the nominative that closes the sentence after its project
    word in the inessive ("hankkeessa ovat yhdistäneet voimansa A, B, C ja D."); none if a word other than a
    joiner stands between two of them or after the last."""
    outer = [m for m in _outer(ms) if m.start - s.start >= after]
    if len(outer) < CLOSING_MIN or not _CLOSING_END.match(s.text[outer[-1].end - s.start:]):
        return []
    listed = [outer[-1]]
    for m in reversed(outer[:-1]):
        gap = s.text[m.end - s.start:listed[-1].start - s.start]
        if len(gap) > MAX_GAP or not _JOIN.match(gap):
            break
        listed.append(m)
    if len(listed) < CLOSING_MIN or any(m.case not in {None, "nimento"} for m in listed):
        return []
    return listed


def _listed_after(s: Sentence, ms: Sequence[Mention], cue: re.Match[str]) -> list[Mention]:
    """The run of names right after "tillsammans med" / "projekt mellan", or between "yhdessä" and "kanssa"."""
    finnish = cue.group(0).lower().startswith("yh")
    end = len(s.text)
    if finnish:
        if not (k := _KANSSA.search(s.text, cue.end())):
            return []
        end = k.start()
    at = cue.end()
    listed: list[Mention] = []
    for m in _outer(ms):
        a, b = m.start - s.start, m.end - s.start
        if a < at or b > end:
            continue
        gap = s.text[at:a]
        if not ((len(gap) <= MAX_GAP and _JOIN.match(gap)) or (not listed and _LEAD.match(gap))):
            break
        listed.append(m)
        at = b
    return listed
