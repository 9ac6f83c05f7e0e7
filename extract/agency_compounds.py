"""A state agency named by one capitalised compound of "virasto": "Maahanmuuttovirasto", "Ruokaviraston kanssa",
"Aluehallintovirastot ovat myöntäneet ...".

Finnish state agencies are called by what they oversee glued to "virasto" (office, agency), one word with a capital.
The reference lists know the agencies of their time; one they lack (a new agency, a renamed one, an older one a
historical page names) was left unread, and with it every fact of its sentence (who grants, who signs). A common
noun is not capitalised inside a sentence, so the capital is the evidence, as for associations' kind compounds
(extract/organisation_names.py); the agency is read in its base form ("Ruokavirastolta" -> "Ruokavirasto"), the
plural written as it stands, since it names the agencies together ("Aluehallintovirastot").

Left out: a town's office ("Kunnanvirasto", "Kaupunginvirastossa": the town hall where a meeting is held) and a
compound after a capitalised word, which is the town's or organisation's own department ("Helsingin Sosiaalivirasto");
a sentence's or list item's first word counts only as the sentence's subject, right before a finite verb or a perfect
("Ruokavirasto myönsi", "Ruokavirasto on myöntänyt"), or when no lexicon knows the word at all.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import FINITE_MOODS, Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text import opens_phrase

RULE = "agency-compound"
_WORD = re.compile(r"(?<![\w-])(?P<word>[A-ZÅÄÖ][a-zåäö]{2,}virast[a-zåäö]*)(?![\w-])")
# a town's offices: the town hall, not an agency
_TOWN_OFFICES = ("kunnan", "kaupungin", "kunta", "kaupunki", "virasto")
_PREVIOUS = re.compile(r"([\w:-]+)[ \t]*$")
_NEXT = re.compile(r"[ \t]+([a-zåäö]+)(?:[ \t]+([a-zåäö]+))?(?:[ \t]+([a-zåäö]+))?")
_PERFECT_AUX = {"on", "ovat", "oli", "olivat"}


def _agency_reading(word: str, morph: Morphology) -> tuple[str, str] | None:
    """(label, case) of a compound of "virasto", else None."""
    for a in morph.analyse(word):
        base = a.base.lower()
        if a.cls != "nimisana" or not base.endswith("virasto") or base.startswith(_TOWN_OFFICES):
            continue
        if len(base) < len("virasto") + 3:
            continue
        if a.number == "plural":
            if a.case != "nimento":
                return None  # "Aluehallintovirastojen": the plural inflected names no one agency
            return word, "nimento"
        return base[:1].upper() + base[1:], a.case or "nimento"
    return None


def _subject(text: str, end: int, morph: Morphology) -> bool:
    """Whether a finite verb or a perfect ("on myöntänyt") follows the word ending at `end`."""
    m = _NEXT.match(text, end)
    if m is None:
        return False
    first, second, third = m.group(1), m.group(2), m.group(3)
    if first in _PERFECT_AUX:
        if second is not None and third is not None and all(a.cls == "seikkasana" for a in morph.analyse(second)):
            second = third  # "on jo myöntänyt": an adverb inside the perfect
        return second is not None and any(a.mood == "past_active" for a in morph.analyse(second))
    return any(a.cls == "teonsana" and a.mood in FINITE_MOODS for a in morph.analyse(first))


def agency_compound_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                             morph: Morphology) -> list[list[Mention]]:
    """per_sentence with each capitalised compound of "virasto" inside a sentence read as a state agency."""
    if "virast" not in text:
        return per_sentence
    have: SpanIndex[Mention] | None = None
    added: list[Mention] = []
    for m in _WORD.finditer(text):
        word = m.group("word")
        read = _agency_reading(word, morph)
        if read is None:
            continue
        if opens_phrase(text, m.start()):
            if not _subject(text, m.end(), morph) and any(a.cls is not None for a in morph.analyse(word)):
                continue  # a sentence's capital says nothing unless the word is its subject or no word at all
        elif (p := _PREVIOUS.search(text, max(0, m.start() - 60), m.start())) is not None \
                and p.group(1)[:1].isupper():
            continue  # "Helsingin Sosiaalivirasto": a town's or organisation's own department
        if have is None:
            have = SpanIndex([x for ms in per_sentence for x in ms])
        if have.overlapping(m.start(), m.end()):
            continue  # read already (a listed agency, a longer name)
        label, case = read
        added.append(Mention(start=m.start(), end=m.end(), surface=word, label=label, type="Agency", case=case,
                             rule=RULE, iri=mint("Agency", fold(label)), key=fold(label) or None))
    return insert_mentions(per_sentence, starts, added) if added else per_sentence
