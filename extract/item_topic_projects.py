"""The project a minutes item is about when only its title names it (issue 12).

A board's item on a development project is often titled with what the project develops, without the word
"hanke": "§ 46 Ikäihmisten kotihoidon kehittäminen", and its text then says only "hanke": "Hyvinvointialue on
käynnistänyt hankkeen ...", "Hankkeeseen osallistuvat Juvan kunta ja ...", "Hanketta rahoittaa ...". The sentence
rules attach who joins, runs or funds "the project" to the item's undertaking in focus (extract/document.py
`item_focus`: an undertaking named in the item's title); with none named there, the focus of an earlier item
(another item's agreement or project) took them. The page-level twin of this rule is extract/topic_projects.py.

The title is taken as the project's name only when its structure says so, not its words:
- it is a short noun phrase (two to MAX_WORDS words, no verb, no digits, not in capitals, no other name read in
  it but places) that holds a nominative noun of developing something (DEVELOPMENT_NOUNS: "kehittäminen",
  "edistäminen", "vahvistaminen", "pilotointi"; "Utveckling av ...") -- a procedure's noun ("hyväksyminen",
  "myöntäminen", "valinta") names an act of the board, not an undertaking;
- the title holds no word of an undertaking (those are the title rules' of extract/item_titles.py);
- the item's text speaks of an unnamed project in the singular ("hanke", "hankkeen", "projektet") within
  BODY_REACH characters and names no project of its own (a programme it names is the project's frame).
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology, verbless
from welfare_kg.extract.names import identity_key
from welfare_kg.records import DocumentRecord

RULE = "item-title-topic"
MAX_WORDS = 8  # an item's title that names a project is a short phrase
BODY_REACH = 1500  # characters of the item's text read for the word "hanke"
# nominative nouns of developing, improving or trying something: what a development project is named for
DEVELOPMENT_NOUNS = frozenset({
    "kehittäminen", "edistäminen", "vahvistaminen", "uudistaminen", "parantaminen", "tukeminen", "ehkäiseminen",
    "vähentäminen", "lisääminen", "juurruttaminen", "mallintaminen", "yhteensovittaminen", "pilotointi",
    "kehittämistyö", "utveckling", "främjande", "förstärkning"})
# a word of an undertaking in the title: the title rules of extract/item_titles.py read those
_UNDERTAKING_WORD = re.compile(r"(?i)hank|projekt|ohjelm|program|sopimu|avtal|överenskommel|pilotti|kokeilu|"
                               r"verkosto|strategi|suunnitelm")
# the project word on its own (not a compound: "rakennushanke", "investointihanke" name other kinds), singular
_PROJECT_WORD = re.compile(r"(?<![\w-])(?:[Hh]anke|[Hh]ankkee(?:n|ssa|sta|seen|lla|lle|lta|na|ksi)|[Hh]anketta|"
                           r"[Pp]rojekti(?:n|a|ssa|sta|in|lla|lle|lta|na|ksi)?|[Pp]rojekte[tn]s?)(?![\w-])")
_PLACE_TYPES = frozenset({"Municipality", "Region", "WellbeingCounty", "Subregion", "CooperationArea"})
# a programme named in the item is the project's frame ("Hanke on osa X-ohjelmaa"), not what "hanke" means
_NAMED_UNDERTAKINGS = frozenset({"Project", "WorkPackage"})


def item_topic_projects(record: DocumentRecord, per_sentence: list[list[Mention]], starts: list[int],
                        morph: Morphology) -> list[list[Mention]]:
    """per_sentence with a Project mention over each item title that names the project its text calls "hanke"."""
    if record.kind != "minutes" or not record.items:
        return per_sentence
    text = record.text
    mentions = [m for ms in per_sentence for m in ms]
    added = []
    for item in record.items:
        title = item.title.strip()
        at = text.find(title, item.start, item.end) if title else -1
        if at < 0 or not _names_development(title, morph):
            continue
        end = at + len(title)
        if any(m.start < end and at < m.end and m.type not in _PLACE_TYPES for m in mentions):
            continue  # an organisation, a person or an undertaking read in the title: the rules that read it decide
        body_end = min(item.end, end + BODY_REACH)
        if not _PROJECT_WORD.search(text, end, body_end):
            continue
        if any(end <= m.start < item.end and m.type in _NAMED_UNDERTAKINGS and not m.generic for m in mentions):
            continue  # the item names its project: "hanke" is that one
        added.append(Mention(start=at, end=end, surface=title, label=title, type="Project", rule=RULE,
                             key=identity_key(title, morph) or None))
    return insert_mentions(per_sentence, starts, added) if added else per_sentence


def _names_development(title: str, morph: Morphology) -> bool:
    """A short verbless noun phrase in ordinary case, headed by a noun of developing something."""
    words = title.split()
    if not 2 <= len(words) <= MAX_WORDS or not title[:1].isupper() or any(ch.isdigit() for ch in title):
        return False
    letters = [ch for ch in title if ch.isalpha()]
    if all(ch.isupper() for ch in letters) or title.endswith((".", ":", "?", "!")):
        return False
    if _UNDERTAKING_WORD.search(title):
        return False
    if not any(w.lower().strip(",;") in DEVELOPMENT_NOUNS for w in words):
        return False
    return verbless(title, morph)
