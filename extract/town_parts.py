"""A town said to be part of an area organisation is partOf it: "Pertunmaa on osa Etelä-Savon hyvinvointialuetta",
"Ingå hör till Västra Nylands välfärdsområde", "Pargas ingår i Åbolands samarbetsområde".

"A kuuluu X:ään" and member lists are read by extract/membership.py; the copula with "osa" and the Swedish verbs of
belonging found nothing (issue 12: a municipality partOf its joint authority or county "when the text says so"). The
town stands right before the words, the whole right after them; annotators accept partOf here (for a county, as the
alternative of its coversArea).
"""

from __future__ import annotations

import itertools
import re

from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.relations import Clause, rule

RULE = "partOf:town-is-part"
WHOLES = {"WellbeingCounty", "JointAuthority", "CooperationArea", "Region"}
# between the town and the whole: the copula with "osa" (perhaps "myös", "nykyään"), or a Swedish verb of belonging
_CUE = re.compile(r"\s+(?:(?:on|oli)\s+(?:(?:myös|nykyään|nyt|jatkossa)\s+)?osa|"
                  r"(?:hör|hörde)\s+(?:numera\s+|också\s+)?till|(?:ingår|ingick)\s+(?:numera\s+|också\s+)?i|"
                  r"(?:är|var)\s+(?:numera\s+|också\s+)?(?:en\s+)?del\s+av|tillhör|tillhörde)\s+", re.IGNORECASE)


@rule(RULE, "partOf", "'Pertunmaa on osa Etelä-Savon hyvinvointialuetta', 'Ingå hör till Västra Nylands välfärdsområde"
                      "'", needs="named")
def _town_is_part(c: Clause) -> list[Fact]:
    base, text = c.sent.start, c.sent.text
    named = sorted((m for m in c.named if m.iri and id(m) not in c.inside), key=lambda m: m.start)
    out: list[Fact] = []
    for town, whole in itertools.pairwise(named):
        if town.type != "Municipality" or whole.type not in WHOLES or town.case not in {"nimento", None}:
            continue
        if whole.case not in {"osanto", "nimento", None}:
            continue  # "on osa Pohjois-Savon hyvinvointialueen palveluverkkoa": the genitive is of another thing
        if _CUE.fullmatch(text, town.end - base, whole.start - base) and town.iri != whole.iri:
            out.append(Fact(town.iri, "partOf", whole.iri, c.ev, RULE, 0.65))  # type: ignore[arg-type]
    return out


RUN_RULE = "partOf:towns-form-whole"
# a run of towns: a comma, "ja", "sekä", "och" between them
_RUN_JOIN = re.compile(r"\s*,\s*|\s+(?:ja|sekä|och|samt)\s+|\s*,\s*(?:ja|sekä|och)\s+")
# after the run, before the whole: "muodostavat", "bildar", "är medlemmar i", "ovat"
_FORM = re.compile(r"\s+(?:(?:muodostavat|muodostivat|bildar|bildade)|(?:är|var)\s+medlem(?:mar|skommuner)\s+i|"
                   r"(?P<copula>ovat|olivat))\s+", re.IGNORECASE)
# after the whole's genitive when the verb is the copula: a word for its members ("ovat X:n jäseniä")
_MEMBERS = re.compile(r"\s+(?:jäseni[äa]|jäsenkuntia|jäsenkunnat|jäsenkuntina|jäseninä|osakkaita|osakaskuntia)\b",
                      re.IGNORECASE)


@rule(RUN_RULE, "partOf", "'Hyvinkää, Järvenpää ja Mäntsälä muodostavat X:n', 'A ja B ovat X:n jäsenkuntia'",
      needs="named")
def _towns_form_whole(c: Clause) -> list[Fact]:
    """Each town of a run that forms an area organisation, or is said to be its members, is partOf it."""
    base, text = c.sent.start, c.sent.text
    named = sorted((m for m in c.named if m.iri and id(m) not in c.inside), key=lambda m: m.start)
    out: list[Fact] = []
    run: list[Mention] = []
    for m in named:
        if m.type == "Municipality" and m.case in {"nimento", None} and (
                not run or _RUN_JOIN.fullmatch(text, run[-1].end - base, m.start - base)):
            run.append(m)
            continue
        form = _FORM.fullmatch(text, run[-1].end - base, m.start - base) if run else None
        if form is not None and m.type in WHOLES and len(run) >= 2 and (
                not form.group("copula") or (m.case == "omanto" and _MEMBERS.match(text, m.end - base))):
            out += [Fact(t.iri, "partOf", m.iri, c.ev, RUN_RULE, 0.65) for t in run if t.iri != m.iri]  # type: ignore[arg-type]
        run = [m] if m.type == "Municipality" and m.case in {"nimento", None} else []
    return out
