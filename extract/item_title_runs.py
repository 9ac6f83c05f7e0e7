"""Projects named only by a minutes item's title, in a run of items about projects.

A regional council's board decides the grants of many projects in one meeting, and its list of items prints them
one after another, each title the project's name and nothing else: "101 § Biohiilen ... Kymenlaaksossa (HITU)",
"102 § ETKOT - Energiatehokkuuden kehittäminen ...", "103 § Fiksu koti - investoinnit". The first ones carry a
shape the other rules read (an acronym in brackets, capitals before a spelt-out title); the next ones may carry
none. The layout says what they are: an item title right after an item whose title names a project, itself a
name-like noun phrase (no act of the meeting, no date or number, no organisation or person, no post or election,
no plural heading over several matters), is the next project of the run. The item's decision is then the body's on
that project (decides, read from the item as for the titles before it).

What is no name in such a run: "Muut asiat", "Ilmoitusasiat" (plural headings), "Kokouksen päättäminen",
"Hankkeen jatkoajan hyväksyminen" (acts), "Osavuosikatsaus 1.1.-30.6.2018" (numbers), "Lausunto ..." (procedural
nouns), a title naming an organisation or a body ("Kesäyliopiston johtokunnan pöytäkirja").
"""

from __future__ import annotations

import re

from welfare_kg.extract.item_titles import TITLE_OPENERS, _procedural
from welfare_kg.extract.item_topic_projects import RULE as TOPIC_RULE
from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.records import DocumentRecord

RULE = "item-title-run"
MIN_WORDS, MAX_WORDS = 2, 10
# the types whose mention in a title makes it about that party, not a project's own name
# (a place further in says where the project runs: "Fiksu koti - älykästä asumista Kouvolassa")
_PLACE_TYPES = {"Municipality", "Region", "CooperationArea"}
# words of a meeting's own business, in any title position ("Kokouksen laillisuus", "Seuraava kokous",
# "Valitusosoitus", "Tiedoksi merkittävät"): a title holding one is the meeting's matter, not a project's name
_MEETING_WORDS = re.compile(r"(?i)\b(?:kokou\w*|pöytäkirj\w*|tiedoksi|ilmoitusasi\w*|valitusosoitus\w*|"
                            r"muutoksenhaku\w*|oikaisuvaatimus\w*|talousarvi\w*|tilinpäätö\w*|osavuosikatsau\w*|"
                            r"toimintakertomu\w*|viranhaltij\w*|valtuutu\w*|edustaj\w*|jäsen\w*|"
                            r"asia|asiat|muut|muu|tehtäv\w*|virka\w*|viran\w*|viraa\w*|toimi|toimen|vaali\w*|valinta\w*|"
                            r"ero|eroanomu\w*|sijai\w*|"
                            r"sammanträde\w*|protokoll\w*|övriga|ärenden|tjänst\w*|val)\b")
# the cases an act noun takes as a title's head or its goal ("myöntäminen", "myöntämisen", "myöntämiseksi")
_ACT_CASES = {"nimento", "omanto", "tulento", "sisatulento"}
_DIGIT = re.compile(r"\d")
# Swedish nouns of the procedure (item_titles._procedural reads the Finnish ones): "Understöd till föreningar",
# "Ansökan om anslag", "Utlåtande om ...", "Kommunens andel", "Föreningsbidrag 2024" are matters, not names
_SWEDISH_PROCEDURAL_ENDINGS = ("understöd", "bidrag", "bidraget", "anslag", "anslaget", "ansökan", "anhållan",
                               "utlåtande", "yttrande", "beslut", "andel", "andelen", "finansiering", "finansieringen",
                               "redovisning", "rapport", "budget", "bokslut", "motion", "förslag", "remiss",
                               "delegering", "information", "avgift", "avgifter", "taxa", "taxor")


def _name_like(title: str, morph: Morphology) -> bool:
    """A title that may be a project's own name: a capital first, two to ten words, no act, no number, no word of
    the meeting's business, no procedural noun, and not a plural heading over several matters."""
    words = title.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS or not words[0][:1].isupper() or _DIGIT.search(title):
        return False
    if _MEETING_WORDS.search(title) or ":" in title or "§" in title:
        return False
    if any(a.mood == "MINEN-infinitive" and a.case in _ACT_CASES
           for w in words for a in morph.analyse(w.strip(",.()"))):
        return False  # "Hankkeen jatkoajan hyväksyminen": an act of the meeting ("asumista" in a name is none)
    if any(_procedural(w) or w.lower().strip(",.") in TITLE_OPENERS
           or w.lower().strip(",.").endswith(_SWEDISH_PROCEDURAL_ENDINGS) for w in words):
        return False
    first = morph.analyse(words[0].strip(",.()"))
    # "Muutokset ...", "Esitykset ...", "Valtuustoaloitteet": a plural heading lists several matters
    return not (first and all(a.number == "plural" and a.case == "nimento" for a in first))


def title_run_mentions(record: DocumentRecord, per_sentence: list[list[Mention]], starts: list[int],
                       morph: Morphology) -> list[list[Mention]]:
    """per_sentence with a Project over each name-like item title that follows an item whose title names a
    project (the run goes on through titles read so)."""
    items = sorted(record.items or [], key=lambda it: it.start)
    if len(items) < 2:
        return per_sentence
    text = record.text
    index = SpanIndex([m for ms in per_sentence for m in ms])
    added: list[Mention] = []
    after_project = False
    for item in items:
        title = (item.title or "").strip()
        at = text.find(title, item.start, item.end) if title else -1
        if at < 0:
            after_project = False
            continue
        inside = index.overlapping(at, at + len(title))
        projects = [m for m in inside if m.type == "Project" and not m.generic]
        if projects:
            # a title read as a project only because its item calls it "hanke" (extract/item_topic_projects.py) is
            # one item about a project, not a run of grant items
            after_project = any(m.rule != TOPIC_RULE for m in projects)
            continue
        parties = [m for m in inside if m.type not in _PLACE_TYPES or m.start <= at]
        if after_project and not parties and _name_like(title, morph):
            name = re.sub(r"\s+", " ", title)
            added.append(Mention(start=at, end=at + len(title), surface=text[at:at + len(title)], label=name,
                                 type="Project", rule=RULE, key=identity_key(name, morph) or None))
            continue
        after_project = False
    return insert_mentions(per_sentence, starts, added) if added else per_sentence
