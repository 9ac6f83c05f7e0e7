"""What web pages, cards and agreements say by layout rather than in sentences: one entry point.

extract/document.py calls `page_mentions` after recognition and `page_facts` after the
sentence rules; the layouts themselves live in extract/fields.py (label: value cards),
extract/lists.py (party lists, participant lists, area lists) and extract/titles.py
(a document's own title as the agreement or project it is about).
"""

from __future__ import annotations

from welfare_kg.extract.fields import card_facts, card_mentions
from welfare_kg.extract.lists import list_facts
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.text import Sentence
from welfare_kg.extract.titles import generic_name, title_mentions
from welfare_kg.loaders.record import DocumentRecord


def page_mentions(record: DocumentRecord, sents: list[Sentence], per_sentence: list[list[Mention]],
                  morph: Morphology) -> list[list[Mention]]:
    """Mentions corrected by layout: card fields, document titles, and no names that are not names."""
    if record.kind == "minutes":
        return per_sentence
    starts = [s.start for s in sents]
    per_sentence = [[m for m in ms if not generic_name(m, record.text, morph)] for ms in per_sentence]
    per_sentence = card_mentions(record.text, per_sentence, starts, morph)
    return title_mentions(record, per_sentence, starts, morph)


def page_facts(record: DocumentRecord, mentions: list[Mention], facts: list[Fact]) -> list[Fact]:
    """The facts with those of fields and lists added; a field's own facts replace prose rules' there."""
    if record.kind == "minutes":
        return facts
    fields, spans = card_facts(record.text, mentions)
    if spans:
        facts = [f for f in facts if not any(a <= f.evidence.start < b or f.evidence.start <= a < f.evidence.end
                                             for a, b in spans)]
    return facts + fields + list_facts(record, mentions)
