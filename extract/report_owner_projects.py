"""The projects an organisation's annual report tells of are its own: coordinates.

An annual report ("Toimintakertomus 2015", "Varsinais-Suomen Muistiyhdistys vuosikertomus", "Verksamhetsberättelse")
is one organisation's account of its year: its title says what kind of paper it is, its opening names whose it is,
and its chapters tell of the projects the organisation runs ("5. Kehittämishankkeet 5.1 ... 5.2 ...", "Muistin eväät
-hanke"). The annotation makes the report's owner the coordinator of each project the report tells of as its own
(eval/gold: the Socca, muistiyhdistys, Leader-association and foundation reports), which no sentence rule states:
the report says "yhdistys toteuttaa", "hankkeessa", or names the project only as a chapter's heading.

So, on a page that is no minutes and whose first lines (TITLE_CHARS) name it an annual report, the first organisation
(OWNER_TYPES: not a town, ministry or agency, who publish others' reports and fund) that the opening (OPENING_CHARS)
names, when the document names no other organisation of those kinds more often, coordinates each project the
document names (with its kind word, once at least) that no rule gave a coordinator and that nothing relates to the
owner yet. A project every mention of which has a word of taking part or working with someone NEAR it
("osallistuimme X-hankkeeseen", "yhteistyössä X-hankkeen kanssa") is someone else's and is left.

An organisation's page of its projects says the same by its title line alone: "Hankkeet", "Päättyneet hankkeet",
"Länsi-Suomen X:n hankkeet", "Våra projekt" over the projects' sections, each a heading and a paragraph that names no
runner (the page is the runner's own). Its owner is read as the report's is, and each project so (the rule name
coordinates:projects-page-owner).

The fact carries its own rule name and a confidence below 0.5: it is read from the document's kind and owner, not
from a phrase.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from welfare_kg.extract.model import Evidence, Fact, Mention, related_pairs
from welfare_kg.extract.text import Sentence

RULE = "coordinates:report-owner"
PAGE_RULE = "coordinates:projects-page-owner"
# the document-wide guesses of a grant (document_roles.py, cooccurrence.py) that the owner's running overrides
OWNER_GUESSES = frozenset({"funds:document", "funds:co-occurrence"})
CONFIDENCE = 0.35
TITLE_CHARS = 400  # the page's title and first lines, where it says what kind of paper it is
OPENING_CHARS = 1200  # the title, the download and transcript lines, and the report's first paragraph
OWNER_TYPES = {"Association", "Company", "Parish", "CompetenceCentre", "JointAuthority"}
# a word of joining this near the project's name speaks of it: a table of contents run into one line ("5.1 Muistin
# eväät -hanke 5.2 Lähiavustajapalvelu 5.3 Hankeyhteistyö") is one "sentence" of many chapters
NEAR = 30
_REPORT = re.compile(r"(?i)(?<![\w-])(?:toimintakertomus|vuosikertomus|verksamhetsberättelse|årsberättelse)(?![\w-])")
# the first line of an organisation's page of its projects: "Hankkeet", "Käynnissä olevat hankkeet", "X:n hankkeet",
# "Päättyneet projektit", "Våra projekt"; a heading alone on its line whose words before the plural are genitives
# and plural attributes (-n, -t), no sentence ("Säätiö esittelee tässä hankkeet")
_PROJECTS_PAGE = re.compile(r"(?i)\A\s*(?:(?:[\w:-]*[nt]|käynnissä|våra)[ \t]+){0,3}?(?:hankkeet|hankkeemme|projektit|"
                            r"projektimme|projekt|projekten)[ \t]*\n")
PROJECT_WORD = re.compile(r"(?i)(?:hanke|hankkee|hanket|projekt)")
# a sentence that has the organisation joining or working with another's project, not running its own
# "X:n kanssa": the organisation is the one worked with
_WITH = re.compile(r"[ \t]+(?:kanssa|tillsammans)\b")
JOINING = re.compile(r"(?i)(?:osallistu|mukana|kumppan|yhteistyö|partner|samarbet|samverk|medverk|deltag|deltog)")


def report_owner_project_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                               facts: Sequence[Fact], text: str, kind: str | None = None) -> list[Fact]:
    """coordinates from an annual report's owner to each project the report names that has no coordinator."""
    if kind == "minutes":
        return []
    rule = RULE if _REPORT.search(text, 0, TITLE_CHARS) else PAGE_RULE if _PROJECTS_PAGE.match(text) else None
    if rule is None:
        return []
    owner = _owner(per_sentence, text)
    if owner is None:
        return []
    coordinated = {f.object for f in facts if f.predicate == "coordinates"}
    # the owner's grant to its own project that only a document-wide guess read ("funds:document": a foundation is a
    # funder kind) says nothing against its running it, so that guess is no relation here
    related = related_pairs([f for f in facts if not (f.rule in OWNER_GUESSES and f.subject == owner)])
    # a project the report names with its kind word somewhere ("Muistin eväät -hanke"): a chapter heading the
    # recogniser took for a name ("1. Yleistä") has none
    worded = {m.iri for ms in per_sentence for m in ms if m.type == "Project" and PROJECT_WORD.search(m.surface)}
    own: dict[str, Sentence] = {}  # project -> the first sentence naming it with no word of joining
    for s, ms in zip(sents, per_sentence, strict=False):
        for m in ms:
            if m.type != "Project" or m.iri not in worded or m.generic or m.iri in coordinated \
                    or (owner, m.iri) in related:
                continue
            a, b = m.start - s.start, m.end - s.start
            joining = JOINING.search(s.text, max(0, a - NEAR), min(len(s.text), b + NEAR)) is not None
            if not joining:
                own.setdefault(m.iri, s)
    return [Fact(owner, "coordinates", iri, Evidence(s.text, s.start, s.end), rule, CONFIDENCE)
            for iri, s in own.items()]


def with_report_owner_projects(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                               facts: list[Fact], text: str, kind: str | None = None) -> list[Fact]:
    """`facts` with the owner's projects added (`report_owner_project_facts`) and the owner's guessed grants to those
    projects dropped: the page's owner runs them."""
    added = report_owner_project_facts(sents, per_sentence, facts, text, kind)
    if not added:
        return facts
    owned = {(f.subject, f.object) for f in added}
    return [f for f in facts if not (f.rule in OWNER_GUESSES and (f.subject, f.object) in owned)] + added


def _owner(per_sentence: Sequence[Sequence[Mention]], text: str = "") -> str | None:
    """The first owner-kind organisation the opening names (the report's title or its first lines: a partner is
    named after it, "yhdistyksen toimintaa ohjaavat Muistiliiton kanssa yhteiset arvot"), when the document names no
    other of those kinds more often. One named only as a partner worked with ("Metropolian kanssa toteutettava
    X-projekti", where the recogniser missed the owner's name in the title) owns nothing."""
    named = [m for ms in per_sentence for m in ms if m.type in OWNER_TYPES and m.iri and not m.generic]
    alone = {m.iri for m in named if not _WITH.match(text, m.end)}
    partners = {m.iri for m in named if m.iri not in alone}
    named = [m for m in named if m.iri not in partners]
    counts = Counter(m.iri for m in named)
    first = min((m for m in named if m.start < OPENING_CHARS), key=lambda m: m.start, default=None)
    if first is None or any(n > counts[first.iri] for iri, n in counts.items() if iri != first.iri):
        return None
    return first.iri
