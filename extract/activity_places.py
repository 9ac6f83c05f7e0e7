"""Towns listed where a project's work was done: coversArea from a run of several towns in a locative.

Project pages and reports say where the project worked by telling what it did there, with no verb of carrying out
("toteuttaa", "toimia": coversArea:carried-out-in) and no area word ("alueella", "kunnissa": coversArea:area-phrase):
"Hankkeen aikana järjestettiin koulutuksia Kangasalla, Lempäälässä ja Pirkkalassa", "Hankkeessa kehitettiin
palveluja Oriveden ja Ruoveden kirkonkylissä" is the area phrase's, "Under projekttiden hölls tre utbildningar i
Pedersöre, Korsholm och Närpes". The annotation makes the project cover each such town.

One town in a locative is as often where a seminar was held or where the writer sits ("seminaari pidettiin
Tampereella") as where the project works, so carried-out-in reads a lone town only after its verbs. A run of two or
more towns joined by commas and "ja"/"sekä"/"och" in the locative (Finnish inessive or adessive; Swedish "i" before
the run) is a spread of work, not a venue. So: in a sentence about one project (the relation rules' own target, a
project, not a fund or programme), every run of at least two municipalities in the locative, each of them outside
any other name, gives coversArea from the project to each town of the run. A run after "kuten" ("such as") or
inside brackets is still the project's; a run whose towns are the subject of the sentence in the nominative is not
read (Finnish towns are in the locative here by definition; a Swedish run needs "i" right before it).

The sentence names the project, refers to it ("Hankkeen aikana"), or has a project word within NEAR characters
before the run ("Under projekttiden hölls ... i A, B och C"), or is the run alone on its line ("Missä? Rovaniemellä,
Posiolla ja Ranualla" on a project's page): then the project is the page's one project, else the latest named.
"""

from __future__ import annotations

import re

from welfare_kg.extract.excepted_places import excepted
from welfare_kg.extract.lists import JOINER
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.relations import Clause, rule

RULE = "coversArea:activity-places"
CONFIDENCE = 0.5
PLACE_CASES = {"sisaolento", "ulkoolento"}
_SWEDISH_IN = re.compile(r"(?i)(?:^|\s)i\s+$")
_PROJECT_WORD = re.compile(r"(?i)\b(?:hank|projekt)")
LONGEST = 400  # characters of the longest sentence read: a longer one is a transcript's run of lines
NEAR = 80  # characters before a run within which a bare project word points to the latest project


def _runs(c: Clause, towns: list[Mention]) -> list[list[Mention]]:
    """Maximal runs of towns whose gaps are list joiners only."""
    base, text = c.sent.start, c.sent.text
    runs: list[list[Mention]] = []
    for m in towns:
        if runs and JOINER.fullmatch(text[runs[-1][-1].end - base:m.start - base]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return [r for r in runs if len({m.iri for m in r}) >= 2]


@rule(RULE, "coversArea", "'Hankkeen aikana järjestettiin koulutuksia Kangasalla, Lempäälässä ja Pirkkalassa'",
      needs="named")
def _activity_places(c: Clause) -> list[Fact]:
    base, text = c.sent.start, c.sent.text
    if len(text) > LONGEST:
        return []  # a run-on transcript (a minutes' contents and page furniture in one "sentence") is no statement
    # "Under projekttiden hölls ...": a project word no rule reads as an anaphor points to the latest project, if
    # it stands close before the run (a run of a minutes transcript's page furniture far after "projektfinansiering"
    # is none of the project's)
    target = c.own_target
    near = None if target else (c.ctx.doc_project if c.ctx.doc_project and not c.ctx.doc_project_tied
                                else c.ctx.main_project)
    if target and not any(u.iri == target and u.type == "Project" for u in c.und) \
            and target not in {c.ctx.main_project, c.ctx.doc_project}:
        return []
    if not target and not near:
        return []
    towns = sorted((m for m in c.named if m.type == "Municipality" and m.iri and id(m) not in c.inside
                    and not excepted(text, m.start - base, m.end - base)), key=lambda m: m.start)
    out: list[Fact] = []
    for run in _runs(c, towns):
        finnish = all(m.case in PLACE_CASES for m in run)
        swedish = all(m.case in {None, "nimento"} for m in run) and _SWEDISH_IN.search(text[:run[0].start - base])
        alone = text[:run[0].start - base].strip().lower() in {"", "i"} and not text[run[-1].end - base:].strip(" .;")
        if not target and not (near and (alone or _PROJECT_WORD.search(text, max(0, run[0].start - base - NEAR),
                                                                       run[0].start - base))):
            continue
        if finnish or swedish:
            project = target or near or ""
            out += [Fact(project, "coversArea", m.iri or "", c.ev, RULE, CONFIDENCE) for m in run if m.iri != project]
    return list({f.object: f for f in out}.values())
