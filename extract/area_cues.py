"""A project's or organisation's area named by a word for its target places, then the places.

area_phrases.py reads operating-area words ("toiminta-alue", "verksamhetsområde") and verbs of
serving; lists.py reads "toimii A:n alueella". Project pages and decisions also name the area by
the places a project is aimed at, and those words read no other way:

- target towns or regions: "Hankkeen kohdekunnat ovat A, B ja C", "kohdekuntina A ja B",
  "toteutuskunnat: A, B", "kohdemaakunnat ovat A ja B";
- Swedish "Det primära området för projektet är A och B", "projektområdet omfattar A och B",
  "projektets geografiska område är A", "nya tjänster inom landskapen A och B";
- a verb of reaching before genitive places and a plural area noun towards them: "hanke kohdistuu
  A:n, B:n ja C:n kuntiin", "toiminta ulottuu A:n ja B:n alueille";
- the target group of the places: "Hankkeen kohderyhmänä ovat A:n ja B:n kuntien nuoret";
- the people of genitive places as the object or recipient in a sentence about an undertaking: "Hankkeen avulla on
  tavoitteena saada A:n, B:n ja C:n lapset ja nuoret innostumaan", "tarjoaa A:n kaupungin ikäihmisille".

Each place after the cue (to the end of its clause) is a coversArea of the genitive owner right before
the cue ("X-hankkeen kohdekunnat"), else of the undertaking the sentence is about, else of the page's
project. Registered in the relation rule registry (relations.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from welfare_kg.extract.area_phrases import free_places, place_chains
from welfare_kg.extract.document_indexes import Piece, document_index, key
from welfare_kg.extract.excepted_places import excepted
from welfare_kg.extract.lists import JOINER
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.prefilter import guarded
from welfare_kg.extract.relations import Clause, rule
from welfare_kg.extract.rule_cues import text_needs

PLACES = {"Region", "CooperationArea", "Municipality", "WellbeingCounty"}
# the owner of a cue: what has an area ("X-hankkeen kohdekunnat", "Y ry:n kohdealueet")
_OWNERS = {"Project", "Programme", "Association", "CompetenceCentre", "JointAuthority", "Company", "Agency"}

# a word for the target places, then a copula or a colon; the places follow
_TARGET_PLACES = guarded(re.compile(
    r"\b(?:kohde|hanke|toteutus|toiminta)(?:kunnat|kuntina|kuntia|kaupungit|kaupunkeina|maakunnat|maakuntina|"
    r"seutukunnat|seutukuntina)(?:\s+(?:ovat|olivat|ovat\s+olleet|on|oli))?\s*:?\s+"
    r"|\bkohdealue(?:et|ina)\s+(?:ovat|olivat|:)\s*"
    # "Hankealueen kunnat ovat A, B ja C", "Toiminta-alueen kunnat ovat": the towns of the undertaking's area
    r"|\b(?:hanke|kohde|toteutus|toiminta-)alueen\s+(?:kunnat|kaupungit|maakunnat|seutukunnat)"
    r"(?:\s+(?:ovat|olivat|on|oli))?\s*:?\s+"
    # Swedish: "Det primära området för projektet är", "projektområdet omfattar", "projektets område är"
    r"|\b(?:(?:det\s+)?(?:primära|huvudsakliga|geografiska)\s+)?området\s+för\s+projektet\s+(?:är|var|omfattar)\s+"
    r"|\bprojektområde(?:t|na)?\s+(?:är|var|omfattar|omfattade)\s+"
    r"|\bprojektets\s+(?:geografiska\s+|primära\s+)?(?:område|målområde|verksamhetsområde)\s+(?:är|var|omfattar)\s+"
    # Swedish for "hankekunnat ovat": "Projektkommuner är A, B och C", "Projektets målkommuner var A och B"
    r"|\b(?:projekt|mål)kommuner(?:na)?\s*(?:(?:är|var)\s+|:\s*)"
    # Swedish "inom landskapen A och B", "i kommunerna A, B och C": a plural of an area's kind right before the
    # places names them as where the work is done (the singular, "i landskapet X", is as often a plain location)
    r"|\b(?:i|inom)\s+(?:landskapen|kommunerna|regionerna|städerna)\s+",
    re.IGNORECASE))
# a verb of reaching: the genitive places before a plural area noun towards which the work goes
_REACH = guarded(re.compile(
    r"\b(?:kohdistuu|kohdistuvat|kohdentuu|kohdentuvat|ulottuu|ulottuvat|laajenee|laajentuu)\s+"
    r"(?:(?:koko|myös|erityisesti|pääosin|etenkin)\s+)?", re.IGNORECASE))
_TOWARDS_NOUN = re.compile(r"\s*(?:kuntiin|kuntaan|kaupunkeihin|alueille|alueelle|maakuntiin|maakuntaan|"
                           r"seutukuntiin|seutukuntaan)\b", re.IGNORECASE)
# the target group: "kohderyhmänä ovat A:n ja B:n (kuntien|alueen) nuoret" (the places right after the copula)
_TARGET_GROUP = guarded(re.compile(
    r"\bkohderyhm(?:änä|ä|iä|inä)\s+(?:ovat|on|olivat|oli)\s+(?:(?:erityisesti|etenkin|pääosin|koko)\s+)?",
    re.IGNORECASE))
# after the genitive places of a target group, in its clause: the people, a plural ("kuntien nuoret", "alueen
# asukkaat", "alueelle siteitä omaavat nuoret")
_GROUP_AFTER = re.compile(r"\s*[^.;:!?\n]{0,60}?\b[a-zåäö0-9-]+t\b")
# between the genitive places of a target group, each its own area noun: "A:n seutukunnan sekä B:n kuntien"
_AREA_NOUN_GEN = r"(?:kuntien|kunnan|kaupunkien|kaupungin|alueen|alueiden|seutukunnan|maakunnan|maakuntien)"
_GROUP_JOINER = re.compile(r"\s*(?:" + _AREA_NOUN_GEN + r"\s*)?(?:,|ja|sekä|och|samt)\s*", re.IGNORECASE)
_NOUN_NEXT = re.compile(r"\s+" + _AREA_NOUN_GEN + r"\b", re.IGNORECASE)
# the people of the genitive places right after them, as the object or recipient of what an undertaking does:
# "tavoitteena saada A:n, B:n ja C:n lapset ja nuoret innostumaan", "tarjoaa A:n ja B:n asukkaille", "tavoittaa A:n
# kuntien ikäihmisiä" (a compound head counts: "lapsiperheet", "alakoululaiset"); the people in the genitive
# ("A:n asukkaiden määrä") are a statistic, no target, and are left alone
_PEOPLE_OF_PLACES = re.compile(
    r"\s+(?:" + _AREA_NOUN_GEN + r"\s+)?[a-zåäö-]*(?:"
    r"lap(?:set|sia|sille)|nuor(?:et|ia|ille)|asukk(?:aat|aita|aille)|kuntalais(?:et|ia|ille)|"
    r"kyläläis(?:et|iä|ille)|koululais(?:et|ia|ille)|perhe(?:et|itä|ille)|ihmis(?:et|iä|ille)|"
    r"ikääntynee(?:t|itä|ille)|vanhuks(?:et|ia|ille)|senior(?:it|eja|eille)|työttöm(?:ät|iä|ille)|"
    r"maahanmuuttaj(?:at|ia|ille)|yrittäj(?:ät|iä|ille)|oppila(?:at|ita|ille)|opiskelij(?:at|oita|oille)|"
    r"omaishoitaj(?:at|ia|ille))\b", re.IGNORECASE)
# where the places of a cue end: the sentence's next clause
_CLAUSE_BREAK = re.compile(r";|\.\s|,\s+(?:ja|mutta|sillä|koska|kun|missä|jo(?:ka|ssa|sta|lla|ita|iden|tka)|"
                           r"och|men|där|som)\b|\n", re.IGNORECASE)
# a cue with no owner word at all ("Kohderyhmänä ovat ...", "Kohdekunnat: ...") on a project's page: the project's
_OWNERLESS = re.compile(r"(?:kohde|toteutus|hanke)|kohderyhm|projektkommun|målkommun", re.IGNORECASE)
_PROJECT_WORD = re.compile(r"\b(?:hank(?:e|keen|keessa)|projekt(?:et|ets|in|i)?)\b", re.IGNORECASE)


def _genitive(p: Mention) -> bool:
    return p.case == "omanto" or (p.case is None and p.surface.endswith("n")) or p.surface.endswith("-")


def _run_from(text: str, base: int, places: list[Mention], at: int, stop: int,
              joiner: re.Pattern[str] = JOINER) -> list[Mention]:
    """The places joined by commas and conjunctions from text offset `at` (absolute), up to `stop`."""
    run: list[Mention] = []
    end = at
    for p in sorted(places, key=lambda m: m.start):
        if p.start < end or p.end > stop:
            continue
        gap = text[end - base:p.start - base]
        if (run and joiner.fullmatch(gap) is None) or (not run and gap.strip(" :\t-–")):
            break
        run.append(p)
        end = p.end
    return run


def _owner(c: Clause, cue_start: int) -> str | None:
    """The genitive owner right before the cue, else the undertaking of the sentence, else the page's project."""
    base = c.sent.start
    for m in c.named:
        if m.type in _OWNERS and m.iri and 0 <= cue_start - m.end <= 1 and m.case in {"omanto", None}:
            return m.iri
    if c.target:
        return c.target
    if _PROJECT_WORD.search(c.sent.text, 0, cue_start - base + 40) or _OWNERLESS.match(c.sent.text, cue_start - base):
        return c.ctx.main_project or c.ctx.doc_project
    return None


@rule("coversArea:target-places", "coversArea",
      "'Hankkeen kohdekunnat ovat A, B ja C', 'Det primära området för projektet är A och B', "
      "'hanke kohdistuu A:n ja B:n kuntiin', 'kohderyhmänä ovat A:n ja B:n nuoret', "
      "'tavoitteena saada A:n ja B:n lapset liikkumaan'", needs="named")
def _target_places(c: Clause) -> list[Fact]:
    base, text = c.sent.start, c.sent.text
    places = free_places(c)
    if not places:
        return []
    groups: list[tuple[int, list[Mention]]] = []  # cue start, places
    for cue in _TARGET_PLACES.finditer(text):
        brk = _CLAUSE_BREAK.search(text, cue.end())
        stop = base + (brk.start() if brk else len(text))
        run = _run_from(text, base, places, base + cue.end(), stop)
        groups.append((base + cue.start(), run))
    for cue in _REACH.finditer(text):
        run = _run_from(text, base, places, base + cue.end(), base + len(text))
        # the plural noun may be in the last name's mention ("Iisalmen kuntiin"): recognition took it in
        inner = _TOWARDS_NOUN.search(run[-1].surface) if run else None
        noun_inside = inner is not None and inner.start() > 0 and inner.end() == len(run[-1].surface)
        if run and all(_genitive(p) for p in run[:-1]) and (
                noun_inside or (_genitive(run[-1]) and _TOWARDS_NOUN.match(text, run[-1].end - base))):
            groups.append((base + cue.start(), run))
    for cue in _TARGET_GROUP.finditer(text):
        run = _run_from(text, base, places, base + cue.end(), base + len(text), _GROUP_JOINER)
        # "Saarijärvi-Viitasaari seutukunnan": a name left in the nominative before its genitive area noun
        if run and all(_genitive(p) or _NOUN_NEXT.match(text, p.end - base) for p in run) \
                and _GROUP_AFTER.match(text, run[-1].end - base):
            groups.append((base + cue.start(), run))
    if c.target or _PROJECT_WORD.search(text):
        # "Hankkeen avulla on tavoitteena saada A:n, B:n ja C:n lapset ...": the undertaking's target people's places
        for chain in place_chains(text, base, places):
            if all(_genitive(p) for p in chain) and _PEOPLE_OF_PLACES.match(text, chain[-1].end - base):
                groups.append((chain[0].start, chain))
    out: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    for at, run in groups:
        actor = _owner(c, at) if run else None
        if not actor:
            continue
        for p in run:
            if p.iri == actor or (actor, p.iri) in seen or excepted(text, p.start - base, p.end - base):
                continue
            seen.add((actor, p.iri))
            out.append(Fact(actor, "coversArea", p.iri, c.ev, "coversArea:target-places", 0.6))
    return out


_ACTORS = {"Association", "Company", "CompetenceCentre", "JointAuthority", "Project", "Agency"}
_LOCATIVE_CASES = {"sisaolento", "ulkoolento"}  # inessive, adessive
# the participle after locative places, then at most a kind word before the actor's name: "Kangasalla ja Orivedellä
# toimiva Kehittämisyhdistys X ry"; or the actor named before "on" and the kind word after it: "X ry on Pohjois-Savossa
# toimiva Leader-ryhmä"
_KIND = (r"(?:[A-ZÅÄÖa-zåäö-]*(?:yhdistys|ryhmä|järjestö|säätiö|yhtiö|osuuskunta|hanke|keskus|kuntayhtymä|"
         r"toimintaryhmä|palvelukeskus|liitto))")
# before the name only a capitalised kind word, the first word of the name itself ("Kehittämisyhdistys Kantri ry");
# a common noun there ("toimiva yhdistys X ry") is left alone, as membership.py's working-in-places leaves it
_KIND_IN_NAME = r"(?:[A-ZÅÄÖ][a-zåäö-]*(?:yhdistys|ryhmä|järjestö|säätiö|yhtiö|osuuskunta|keskus|kuntayhtymä|liitto))"
_WORKING_KIND = re.compile(r"\s+toimiv(?:a|at|an|ien)\s+(?:" + _KIND_IN_NAME + r"\s+)?$")
_WORKING_PREDICATE = re.compile(r"\s+toimiv(?:a|at)\s+" + _KIND + r"\b")
_IS = re.compile(r"\s+(?:on|oli|ovat)\s+(?:(?:koko|eri\s+puolilla)\s+)?$", re.IGNORECASE)


def _locative_runs(text: str, base: int, places: list[Mention]) -> list[list[Mention]]:
    """Places in the inessive or adessive joined by commas and conjunctions."""
    runs: list[list[Mention]] = []
    for p in sorted(places, key=lambda m: m.start):
        if p.case not in _LOCATIVE_CASES:
            continue
        if runs and JOINER.fullmatch(text[runs[-1][-1].end - base:p.start - base]) is not None:
            runs[-1].append(p)
        else:
            runs.append([p])
    return runs


@rule("coversArea:working-there-kind", "coversArea",
      "'Kangasalla ja Orivedellä toimiva Kehittämisyhdistys X ry', 'X ry on Pohjois-Savossa toimiva Leader-ryhmä'",
      needs="named",
      text_cues=("toimiv",))
def _working_there_kind(c: Clause) -> list[Fact]:
    """Where an organisation works, said by a participle after locative places, with the organisation's kind word.

    The participle is what makes it the area: a bare "A:ssa X ry" is as often only where X sits or met.
    """
    base, text = c.sent.start, c.sent.text
    places = free_places(c)
    actors = [m for m in c.named if m.type in _ACTORS and m.iri and id(m) not in c.inside]
    if not places or not actors or "toimiv" not in text:
        return []
    out: list[Fact] = []
    for run in _locative_runs(text, base, places):
        after = run[-1].end - base
        actor = None
        # "A:ssa toimiva Kehittämisyhdistys X ry": the actor right after the participle and its kind word
        nxt = next((m for m in sorted(actors, key=lambda m: m.start) if m.start - base >= after), None)
        if nxt is not None and _WORKING_KIND.fullmatch(text, after, nxt.start - base) is not None:
            actor = nxt
        # "X ry on A:ssa toimiva Leader-ryhmä": the nominative actor right before "on"
        elif _WORKING_PREDICATE.match(text, after):
            prev = [m for m in actors if m.end - base <= run[0].start - base and m.case in {"nimento", None}
                    and _IS.fullmatch(text, m.end - base, run[0].start - base) is not None]
            actor = prev[-1] if prev else None
        if actor is None:
            continue
        out += [Fact(actor.iri or "", "coversArea", p.iri or "", c.ev, "coversArea:working-there-kind", 0.6)
                for p in run if p.iri != actor.iri]
    return out


# the undertaking's activity at places: "Toimintaa järjestetään A:ssa ja B:llä", "Hanke on käynnissä A:ssa",
# Swedish "Projektet riktar sig till unga i A och B"
_ACTIVITY_AT = guarded(re.compile(
    r"\b(?:toimintaa\s+(?:on|oli|järjestetään|järjestettiin|toteutetaan|toteutettiin)|(?:on|oli|ovat|olivat)\s+"
    r"käynnissä|riktar\s+sig\s+(?:främst\s+|särskilt\s+)?till\s+[a-zåäö ,-]{0,60}?\bi)\s+(?:(?:mm\.|muun\s+muassa|"
    r"bland\s+annat|esimerkiksi)\s+)?", re.IGNORECASE))


@rule("coversArea:activity-at-places", "coversArea",
      "'Hankkeen toimintaa järjestetään A:ssa ja B:llä', 'Hanke on käynnissä A:ssa', 'Projektet riktar sig till unga "
      "i A och B'")
def _activity_at_places(c: Clause) -> list[Fact]:
    """The places right after a word for the undertaking's activity being there: where it works."""
    target = c.own_target
    if target is None:
        return []
    base, text = c.sent.start, c.sent.text
    places = free_places(c)
    out: list[Fact] = []
    for cue in _ACTIVITY_AT.finditer(text):
        swedish = cue.group(0).lower().startswith("riktar")
        run = _run_from(text, base, places, base + cue.end(), base + len(text))
        if run and (swedish or all(p.case in _LOCATIVE_CASES for p in run)):
            out += [Fact(target, "coversArea", p.iri or "", c.ev, "coversArea:activity-at-places", 0.55)
                    for p in run if p.iri != target]
    return out


_INDEX = "_area_cues_opens_name"  # piece -> the (project, area) pairs it completes: extract/document_indexes.py
_STATE = "_area_cues_opens_name_state"  # without the index (sentence_facts on its own): the walk's state, kept here
_AREA_TYPES = {"Region", "CooperationArea"}


def _fold(s: str) -> str:
    return " ".join(s.lower().split())


@dataclass
class _OpensName:
    """The walk over the pieces in order: the areas and projects named so far, the pairs stated.

    Kept by the index's walk (before the sentence loop), not by the context: it grows all the document long,
    and a context that does never equals a guessed one (extract/sentence_pool.py).
    """

    seen: dict[str, str] = field(default_factory=dict)  # folded genitive of each area named on its own -> its IRI
    pending: list[tuple[str, str]] = field(default_factory=list)  # (project IRI, folded surface) named so far
    done: set[tuple[str, str]] = field(default_factory=set)

    def step(self, named: list[Mention], inside: set[int]) -> list[tuple[str, str]]:
        seen, pending, done = self.seen, self.pending, self.done
        old_projects, old_areas = len(pending), len(seen)
        for m in named:
            if m.type in _AREA_TYPES and m.iri and id(m) not in inside and m.case == "omanto" \
                    and len(m.surface.split()) >= 2:
                seen.setdefault(_fold(m.surface), m.iri)
            elif m.type == "Project" and m.iri and len(m.surface.split()) >= 3:
                pending.append((m.iri, _fold(m.surface)))
        if len(pending) == old_projects and len(seen) == old_areas:
            return []
        # a pair matches or not for good, so it can first match in the sentence that adds its project or its area:
        # earlier projects meet only the areas new here (every sentence pairing all of them was quadratic in the
        # text: 4.7 of 25.6 CPU-s on a 0.5 MB page); the order of the full loop (projects, then areas as seen) is kept
        areas = list(seen.items())
        new_areas = areas[old_areas:]
        out: list[tuple[str, str]] = []
        for i in range(0 if new_areas else old_projects, len(pending)):
            project, name = pending[i]
            for area_gen, area in (areas if i >= old_projects else new_areas):
                if name.startswith(area_gen + " ") and (project, area) not in done:
                    done.add((project, area))
                    out.append((project, area))
        return out


@document_index(_INDEX)
def _opens_name_index(walk: list[Piece], _morph: Morphology) -> dict[tuple[int, int], list[tuple[str, str]]]:
    state = _OpensName()
    return {key(p.sent): pairs for p in walk if (pairs := state.step(p.named, p.inside))}


@rule("coversArea:area-opens-name", "coversArea",
      "'Oulun seudun välityömarkkinat' with 'Oulun seudun' read as an area elsewhere: the area the name opens with")
def _area_opens_name(c: Clause) -> list[Fact]:
    """A project whose name opens with an area's genitive covers that area, once the text reads the area on its own.

    The gazetteer finds a region's one-word genitive in a name (document.py reads those); an area of several
    words ("Oulun seudun", "Ylä-Savon seutukunnan") is known only where the recogniser took it as an area, so the
    name is compared with the genitives of the areas the whole text names, in any order. The sentence that
    completes a match is the evidence (a fact's evidence lies in its sentence).
    """
    index = getattr(c.ctx, _INDEX, None)
    if index is not None:
        pairs = index.get(key(c.sent), ())
    else:
        state = getattr(c.ctx, _STATE, None) or _OpensName()
        setattr(c.ctx, _STATE, state)
        pairs = state.step(c.named, c.inside)
    return [Fact(project, "coversArea", area, c.ev, "coversArea:area-opens-name", 0.6) for project, area in pairs]


# a verb of carrying out, then a count or "seuraavissa" and a word for towns, then the towns after a colon or in
# parentheses: "Hanke toteutetaan seuraavissa kunnissa: A, B ja C", "toteutetaan kolmessa kunnassa (A, B ja C)"
_IN_TOWNS_LISTED = guarded(re.compile(
    r"\b(?:toteutetaan|toteutettiin|toteutuu|toteutui|toimii|toimivat|toimi|järjestetään|järjestettiin)\s+"
    r"(?:(?:seuraavissa|näissä|\d{1,2}|kahdessa|kolmessa|neljässä|viidessä|kuudessa|seitsemässä|kahdeksassa|"
    r"yhdeksässä|kymmenessä)\s+)?(?:eri\s+)?(?:kunnassa|kunnissa|kaupungissa|kaupungeissa|maakunnassa|maakunnissa|"
    r"paikkakunnalla|paikkakunnilla)\s*(?::|\()\s*", re.IGNORECASE))
# offices at places: "X ry:llä on toimipisteet A:ssa ja B:llä", "hanke toimii kahdessa toimipisteessä (A:lla ja B:llä)"
_OFFICES_AT = guarded(re.compile(
    r"\btoimipiste(?:et|itä|ttä)?\s+(?:(?:on|ovat|sijaitsevat|sijaitsee)\s+)?"
    r"|\btoimipisteessä\s*\(\s*|\btoimipisteissä\s*(?::|\()\s*", re.IGNORECASE))
# aimed at the people of places: "Hanke on suunnattu A:n ja B:n nuorille", "tarkoitettu Kainuun alueen ikäihmisille"
_AIMED_AT = guarded(re.compile(
    r"\b(?:suunnattu|suunnataan|suunnattiin|tarkoitettu|kohdennettu|kohdistettu)\s+"
    r"(?:(?:erityisesti|etenkin|ensisijaisesti|pääosin|koko)\s+)?", re.IGNORECASE))
_TO_PEOPLE = re.compile(r"\s*(?:" + _AREA_NOUN_GEN + r"\s+)?(?:[a-zåäö-]+\s+){0,2}?[a-zåäö0-9-]+(?:ille|ille)\b",
                        re.IGNORECASE)
# serving the whole of a place: "Hanke palvelee koko Pohjois-Savoa", "yhdistys palvelee koko Kainuuta"
_SERVES_WHOLE = guarded(re.compile(r"\b(?:(?:palvelee|palvelevat|palveli|palvelivat)\s+koko|"
                                   r"riktar\s+sig\s+till\s+hela)\s+", re.IGNORECASE))
# the places themselves the object of covering, closing the clause: "Hyvinvointialue kattaa A:n, B:n ja C:n."
_COVERS_TOWNS = guarded(re.compile(r"\b(?:kattaa|kattavat|kattoi|käsittää|käsitti)\s+", re.IGNORECASE))
_CLOSES = re.compile(r"\s*(?:[.;!?]|$|,\s+(?:ja|mutta|joissa|joiden)\b)")
_OWNER_ADESSIVE = re.compile(r"\s+on\s+$")


@rule("coversArea:listed-towns", "coversArea",
      "'Hanke toteutetaan seuraavissa kunnissa: A, B ja C', 'X ry:llä on toimipisteet A:ssa ja B:llä', "
      "'Hanke on suunnattu A:n ja B:n nuorille', 'Hanke palvelee koko Pohjois-Savoa', 'X kattaa A:n ja B:n.'",
      needs="named")
def _listed_towns(c: Clause) -> list[Fact]:
    """Towns listed after a cue of working there, offices there, being aimed at their people, serving the whole."""
    base, text = c.sent.start, c.sent.text
    places = free_places(c)
    if not places:
        return []
    groups: list[tuple[str | None, list[Mention]]] = []
    target = c.own_target
    for cue in _IN_TOWNS_LISTED.finditer(text):
        brk = _CLAUSE_BREAK.search(text, cue.end())
        groups.append((target, _run_from(text, base, places, base + cue.end(),
                                         base + (brk.start() if brk else len(text)))))
    for cue in _OFFICES_AT.finditer(text):
        run = _run_from(text, base, places, base + cue.end(), base + len(text))
        if not run or not all(p.case in _LOCATIVE_CASES for p in run):
            continue
        # the owner in the adessive right before "on" ("X ry:llä on toimipisteet"), else the sentence's undertaking
        owner = next((m.iri for m in c.named if m.type in _OWNERS and m.iri and m.case == "ulkoolento"
                      and _OWNER_ADESSIVE.fullmatch(text, m.end - base, cue.start() - base)), None)
        groups.append((owner or target, run))
    for cue in _AIMED_AT.finditer(text):
        run = _run_from(text, base, places, base + cue.end(), base + len(text), _GROUP_JOINER)
        if run and all(_genitive(p) or _NOUN_NEXT.match(text, p.end - base) for p in run) \
                and _TO_PEOPLE.match(text, run[-1].end - base):
            groups.append((target, run))
    for cue in _SERVES_WHOLE.finditer(text):
        run = _run_from(text, base, places, base + cue.end(), base + len(text))[:1]
        subjects = [m for m in c.named if m.type in _OWNERS and m.iri and id(m) not in c.inside
                    and m.end - base <= cue.start() and m.case in {"nimento", None}]
        groups.append((subjects[-1].iri if subjects else target, run))
    for cue in _COVERS_TOWNS.finditer(text):
        run = _run_from(text, base, places, base + cue.end(), base + len(text))
        if run and all(_genitive(p) for p in run) and _CLOSES.match(text, run[-1].end - base):
            subjects = [m for m in c.named if m.type in _OWNERS | {"WellbeingCounty"} and m.iri
                        and id(m) not in c.inside and m.end - base <= cue.start() and m.case in {"nimento", None}]
            groups.append((subjects[-1].iri if subjects else target, run))
    out: list[Fact] = []
    for actor, run in groups:
        if actor:
            out += [Fact(actor, "coversArea", p.iri or "", c.ev, "coversArea:listed-towns", 0.6)
                    for p in run if p.iri != actor]
    return out


# an organisation's own towns after its genitive: "X ry:n kunnat ovat A, B ja C", "X:n toiminta-alueella on kolme
# kuntaa: A, B ja C", "X:n alueella (A, B ja C)"; a joint authority's towns are its members (partOf), not read here
_OWN_TOWNS = guarded(re.compile(
    r"(?:kunnat|kuntina|jäsenkunnat)\s+(?:ovat|olivat|:)\s*"
    r"|(?:toiminta-)?alueella\s+(?:on|ovat|oli|olivat)\s+(?:\w+\s+)?(?:kuntaa|kunnat|kaupunkia|maakuntaa)\s*:\s*"
    r"|(?:toiminta-)?alueella\s*\(\s*", re.IGNORECASE))
_TOWN_OWNERS = {"Association", "CompetenceCentre", "Company"}  # a project's towns are as often its partners


@rule("coversArea:owner-towns", "coversArea",
      "'X ry:n kunnat ovat A, B ja C', 'X:n toiminta-alueella on kolme kuntaa: A, B ja C', 'X:n alueella (A, B ja C)'",
      needs="named")
def _owner_towns(c: Clause) -> list[Fact]:
    """The towns an association, competence centre or company calls its own, right after its genitive."""
    base, text = c.sent.start, c.sent.text
    places = free_places(c)
    owners = [m for m in c.named if m.type in _TOWN_OWNERS and m.iri and id(m) not in c.inside
              and m.case in {"omanto", None}]
    if not places or not owners:
        return []
    out: list[Fact] = []
    for cue in _OWN_TOWNS.finditer(text):
        owner = next((m for m in owners if 0 <= cue.start() + base - m.end <= 1), None)
        if owner is None or not owner.surface.endswith("n"):
            continue
        brk = _CLAUSE_BREAK.search(text, cue.end())
        run = _run_from(text, base, places, base + cue.end(), base + (brk.start() if brk else len(text)))
        out += [Fact(owner.iri or "", "coversArea", p.iri or "", c.ev, "coversArea:owner-towns", 0.6)
                for p in run if p.iri != owner.iri]
    return out


# the kind of an organisation or project whose area the genitives before it name: "Itä-Suomen yhteistyöalueen
# osaamiskeskus Poske", "X on Pirkanmaan, Kanta-Hämeen ja Etelä-Pohjanmaan sosiaalialan osaamiskeskus",
# "X on Pohjois-Savon maakunnallinen hanke"; "A:n ja B:n yhteinen hanke" is the towns' joint one (participation)
_AREA_KIND = re.compile(
    r"\s+(?:(?!yhtei|yhteis)[a-zåäö-]+(?:n|inen|llinen)\s+){0,2}?"
    r"(?:(?:sosiaalialan\s+)?osaamiskeskus|osaamiskeskuksena|Leader-ryhmä|leader-ryhmä|toimintaryhmä|"
    r"kehittämisyhdistys|kehittämishanke|hanke|hankkeena|kuntayhtymä|hyvinvointikuntayhtymä)\b")
_IS_BEFORE = re.compile(r"\s+(?:on|oli|toimii)\s+$")
_KIND_ACTORS = {"CompetenceCentre", "Association", "Project", "JointAuthority", "Company"}


@rule("coversArea:kind-of-area", "coversArea",
      "'Itä-Suomen yhteistyöalueen osaamiskeskus Poske', 'X on A:n, B:n ja C:n sosiaalialan osaamiskeskus'",
      needs="named")
def _kind_of_area(c: Clause) -> list[Fact]:
    """Genitive places before the kind word of an organisation or project: the area it is of."""
    base, text = c.sent.start, c.sent.text
    places = free_places(c)
    actors = sorted((m for m in c.named if m.type in _KIND_ACTORS and m.iri and id(m) not in c.inside),
                    key=lambda m: m.start)
    if not places or not actors:
        return []
    out: list[Fact] = []
    for run in place_chains(text, base, places):
        if not all(_genitive(p) for p in run):
            continue
        kind = _AREA_KIND.match(text, run[-1].end - base)
        if kind is None:
            continue
        after = next((m for m in actors if m.start - base >= kind.end()), None)
        before = [m for m in actors if m.end <= run[0].start and m.case in {"nimento", None}
                  and _IS_BEFORE.fullmatch(text, m.end - base, run[0].start - base) is not None]
        if after is not None and text[kind.end():after.start - base].strip() == "":
            actor = after  # "Itä-Suomen yhteistyöalueen osaamiskeskus Poske"
        elif before:
            actor = before[-1]  # "Pikassos on Sisä-Suomen yhteistyöalueen osaamiskeskus"
        else:
            continue
        out += [Fact(actor.iri or "", "coversArea", p.iri or "", c.ev, "coversArea:kind-of-area", 0.6)
                for p in run if p.iri != actor.iri]
    return out


# verbs of an undertaking starting, piloting or working at places: "Hanke käynnistyy Kuopiossa ja Iisalmessa",
# "Kuopiossa käynnistyy X-hanke", "hanke pilotoi mallia A:ssa", "X ry palvelee asiakkaita A:ssa ja B:llä"
_RUN_VERBS = {"käynnistyä", "käynnistää", "pilotoida", "kokeilla", "palvella", "työskennellä"}
_RUN_WORDS = re.compile(r"\b(?:käynnisty|käynnistet|pilotoi|kokeil|palvele|työskennel)", re.IGNORECASE)


@rule("coversArea:runs-at-places", "coversArea",
      "'Hanke käynnistyy Kuopiossa ja Iisalmessa', 'Kuopiossa käynnistyy X-hanke', 'X ry palvelee asiakkaita A:ssa'",
      needs="named",
      text_cues=text_needs(_RUN_WORDS))
def _runs_at_places(c: Clause) -> list[Fact]:
    """Towns in the inessive or adessive of a clause whose verb starts, pilots or works: the actor works there.

    The actor is the sentence's undertaking, else an association, company or competence centre in the nominative
    before the verb. Regions in a locative are coversArea:locative-area already.
    """
    text, base = c.sent.text, c.sent.start
    if _RUN_WORDS.search(text) is None:
        return []
    verbs = [t for t, lem in c.word_lemmas if lem in _RUN_VERBS]
    if not verbs:
        return []
    verb = verbs[0]
    brk = _CLAUSE_BREAK.search(text, verb.end)
    stop = base + (brk.start() if brk else len(text))
    # the clause's towns: after the verb up to the clause's end, or a run closing right before the verb
    towns = [m for m in c.named if m.type == "Municipality" and m.iri and id(m) not in c.inside
             and m.case in _LOCATIVE_CASES
             and ((m.start >= base + verb.end and m.end <= stop) or m.end <= base + verb.start)]
    before = [m for m in towns if m.end <= base + verb.start]
    if before:
        runs = _locative_runs(text, base, before)
        last = runs[-1] if runs else []
        before = last if last and text[last[-1].end - base:verb.start].strip() == "" else []
    towns = [m for m in towns if m.start >= base + verb.end] + before
    if not towns:
        return []
    target = c.own_target
    if target is None:
        subjects = [m for m in c.named if m.type in {"Association", "Company", "CompetenceCentre"} and m.iri
                    and id(m) not in c.inside and m.end <= base + verb.start and m.case in {"nimento", None}]
        target = subjects[-1].iri if subjects else None
    if target is None:
        return []
    return [Fact(target, "coversArea", m.iri or "", c.ev, "coversArea:runs-at-places", 0.55)
            for m in dict((m.iri, m) for m in towns).values() if m.iri != target]
