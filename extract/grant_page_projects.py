"""The projects an organisation's own news of its grants tells of are its own: coordinates.

An association, a foundation or a college writes up the grants it got: "STEA:lta 350 000 euron avustusehdotus
Miellen toimintaan", "Mielen ry:n saamat avustukset vuonna 2023", "X on saanut myönteisen avustusehdotuksen",
"Y-ammattikorkeakoululle merkittävä rahoitus". The page's opening names the money and the one organisation that
receives it; further on it names the projects the money goes to ("Ehdotukseen sisältyy myös uusi Paikka auki
-hanke", "• Seniorit Surffaa – digiluotsi auttaa 130 000 euroa, uusi projekti"), in sentences that name no one
else: the receiver runs them (the annotation: the owner of such a page coordinates each of its projects, as the
owner of an annual report does, extract/report_owner_projects.py).

So, on a page that is no minutes and whose first lines (TITLE_CHARS) speak of a grant, the owner is the first
organisation of an owner kind (no town, ministry, agency or joint authority: they grant, publish and report others'
projects) that the opening names and that funds nothing in the document (the granter named first,
"Raha-automaattiyhdistyksen avustukset", is no owner), when the document names it more than once and more often than
any other such organisation (a funder's news of many receivers names each about once). It then coordinates each
project named with its kind word that no rule gave a coordinator, that nothing relates to the owner, and each of
whose sentences names no organisation but the owner and the document's funders (a list of other receivers' projects,
"• Eläkeliitto ry, Elämää käsillä", is theirs) and no word of joining near it (report_owner_projects.JOINING, shared).

The fact carries its own rule name and a confidence below 0.5: it is read from the page's subject, not a phrase.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from welfare_kg.extract.model import Evidence, Fact, Mention, related_pairs
from welfare_kg.extract.report_owner_projects import JOINING, PROJECT_WORD
from welfare_kg.extract.text import Sentence

RULE = "coordinates:grant-page-owner"
CONFIDENCE = 0.35
TITLE_CHARS = 300  # the page's title and lead, where it says that it is about a grant
OPENING_CHARS = 800  # the title and the lead paragraph, where the receiver is named
# no joint authority either: a regional council or a hospital district grants or is one receiver of many
OWNER_TYPES = {"Association", "Company", "Parish", "CompetenceCentre"}
NEAR = 30
# a grant in the title or lead: "avustus", "avustusehdotus", "rahoitus", "apuraha", "myönsi", "bidrag", "understöd"
_GRANT = re.compile(r"(?i)(?<![\w-])(?:avustu|avustusehdotu|rahoitu|apura|myönt|myönsi|myönne|bidrag|understöd|"
                    r"beviljad|beviljat)\w*")
# a grant-making fund by its name: its grant is the news, it runs nothing here
_FUND_NAME = re.compile(r"(?i)rahasto|rahaston|fond\b|fonden|raha-automaattiyhdistys|veikkaus")


def grant_page_project_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                             facts: Sequence[Fact], text: str, kind: str | None = None) -> list[Fact]:
    """coordinates from the receiver a grant page opens with to each project of the page that has no runner."""
    if kind == "minutes" or not _GRANT.search(text, 0, TITLE_CHARS):
        return []
    funders = {f.subject for f in facts if f.predicate == "funds"}
    owner = _owner(per_sentence, funders)
    if owner is None:
        return []
    coordinated = {f.object for f in facts if f.predicate == "coordinates"}
    related = related_pairs(facts)
    worded = {m.iri for ms in per_sentence for m in ms if m.type == "Project" and PROJECT_WORD.search(m.surface)}
    own: dict[str, Sentence] = {}
    others: set[str] = set()  # projects some sentence names beside another organisation, or joined
    for s, ms in zip(sents, per_sentence, strict=False):
        strangers = any(m.iri and m.iri != owner and m.iri not in funders and m.type in OWNER_TYPES | {
            "Municipality", "Agency", "WellbeingCounty", "Body"} and not m.generic for m in ms)
        for m in ms:
            if m.type != "Project" or m.iri not in worded or m.generic or m.iri in coordinated \
                    or (owner, m.iri) in related:
                continue
            a, b = m.start - s.start, m.end - s.start
            if strangers or JOINING.search(s.text, max(0, a - NEAR), min(len(s.text), b + NEAR)):
                others.add(m.iri)
            else:
                own.setdefault(m.iri, s)
    return [Fact(owner, "coordinates", iri, Evidence(s.text, s.start, s.end), RULE, CONFIDENCE)
            for iri, s in own.items() if iri not in others]


def _owner(per_sentence: Sequence[Sequence[Mention]], funders: set[str]) -> str | None:
    """The first owner-kind organisation the opening names that funds nothing, when the document names it more than
    once and more often than any other of those kinds (a funder's news of many receivers names each about once)."""
    named = [m for ms in per_sentence for m in ms if m.type in OWNER_TYPES and m.iri and not m.generic
             and m.iri not in funders and not _FUND_NAME.search(m.label)]
    counts = Counter(m.iri for m in named)
    first = min((m for m in named if m.start < OPENING_CHARS), key=lambda m: m.start, default=None)
    if first is None or counts[first.iri] < 2 or any(n >= counts[first.iri] for iri, n in counts.items()
                                                     if iri != first.iri):
        return None
    return first.iri
