"""What web pages, cards and agreements say by layout rather than in sentences: one entry point.

extract/document.py calls `page_mentions` after recognition and `page_facts` after the
sentence rules; the layouts themselves live in extract/fields.py (label: value cards),
extract/lists.py (party lists, participant lists, area lists), extract/tables.py (grant and
project tables flattened into rows) and extract/titles.py
(a document's own title as the agreement or project it is about).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from welfare_kg.extract.fields import card_facts, card_mentions
from welfare_kg.extract.lists import alias_mentions, list_facts, list_item_mentions
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.project_lists import project_list_facts
from welfare_kg.extract.tables import table_facts, table_mentions
from welfare_kg.extract.text import Sentence
from welfare_kg.extract.titles import generic_name, province_mentions, quoted_mentions, title_mentions
from welfare_kg.extract.topic_projects import topic_project_mentions
from welfare_kg.loaders.record import DocumentRecord


def page_mentions(record: DocumentRecord, sents: list[Sentence], per_sentence: list[list[Mention]],
                  morph: Morphology) -> list[list[Mention]]:
    """Mentions corrected by layout: card fields, document titles, and no names that are not names."""
    if record.kind == "minutes":
        return per_sentence
    starts = [s.start for s in sents]
    text = record.text
    per_sentence = [[m for m in ms if not generic_name(m, text, morph) and not _address_place(m, text)
                     and not _redacted(m)] for ms in per_sentence]
    per_sentence = card_mentions(record.text, per_sentence, starts, morph)
    per_sentence = list_item_mentions(text, per_sentence, starts)
    per_sentence = alias_mentions(text, per_sentence)
    per_sentence = table_mentions(text, per_sentence, starts, morph)
    per_sentence = quoted_mentions(text, per_sentence, starts, morph)
    per_sentence = province_mentions(text, per_sentence, starts)
    per_sentence = title_mentions(record, per_sentence, starts, morph)
    return topic_project_mentions(record, per_sentence, starts, morph)  # a heading naming the page's project


# a postal code right before the town on its line (not a figure after a word: "Forssa 17716 Hattula", table rows run
# together), or alone on the line above ("$" would also pass the line break after a table's figure: "Ylivieska 17716"
# / "Alavieska 8727")
_POSTCODE = re.compile(r"(?<![^\W\d_] )\b\d{5}[ \t]*\Z|(?:\A|\n)[ \t]*\d{5}[ \t]*\n\Z")
_REDACTED = re.compile(r"^[Xx]+$")


def _address_place(m: Mention, text: str) -> bool:
    """"00610 Helsinki": the post office of an address names no party of the page."""
    return m.type == "Municipality" and _POSTCODE.search(text[max(0, m.start - 8):m.start]) is not None


def _redacted(m: Mention) -> bool:
    """"Xxxx Xxxxxxxxx": a name blanked out for publication is nobody."""
    return m.type == "Person" and all(_REDACTED.match(w) for w in m.surface.split())


def page_facts(record: DocumentRecord, mentions: list[Mention], facts: list[Fact]) -> list[Fact]:
    """The facts with those of fields and lists added; a field's own facts replace prose rules' there."""
    facts = project_list_facts(record, mentions, facts)  # lists of projects, minutes too: extract/project_lists.py
    if record.kind == "minutes":
        return facts
    fields, spans = card_facts(record.text, mentions)
    if spans:
        ordered = sorted(spans)
        starts = [a for a, _ in ordered]

        def in_field(f: Fact) -> bool:
            """Whether the fact's evidence shares a character with a field (fields are disjoint, sorted)."""
            k = bisect_left(starts, max(f.evidence.end, f.evidence.start + 1))
            return k > 0 and ordered[k - 1][1] > f.evidence.start

        # a funding told in prose across a card ("Myönnetty määräraha: X on myöntänyt Y-hankkeelle ...") stays when
        # no field states any funding of its own
        field_funds = any(f.predicate == "funds" for f in fields)
        # a unit named with its organisation in a field ("Hallinnoija: X, Y-yksikkö") is X's whatever role the field
        # gives them: a body's partOf there stays, unless the field places the same body itself
        bodies = {m.iri for m in mentions if m.type == "Body" and m.iri}
        field_parts = {f.subject for f in fields if f.predicate == "partOf"}
        facts = [f for f in facts if not in_field(f) or (f.predicate == "funds" and not field_funds)
                 or (f.predicate == "partOf" and f.subject in bodies and f.subject not in field_parts)]
    facts = list_facts(record, mentions, facts + fields) + table_facts(record.text, mentions)
    return facts + _bare_county_places(record.text, mentions, facts)


# "Hyvinvointialue muodostuu 22 Keski-Suomen kunnasta." on a county's page before the page names the county
_BARE_MADE_OF = re.compile(r"(?:^|(?<=[.!?:]\s)|(?<=\n))[ \t]*(?:Hyvinvointialue|Kuntayhtymä|Välfärdsområdet)\s+"
                           r"(?:muodostuu|koostuu|käsittää|omfattar|består\s+av)\b[^.\n]*", re.MULTILINE)


_OF_TOWNS = re.compile(r"\s*(?:kunnista|kunnasta|kommuner)")


def _bare_county_places(text: str, mentions: list[Mention], facts: list[Fact]) -> list[Fact]:
    """The places of a sentence whose subject is the bare word "Hyvinvointialue" are covered by the one
    wellbeing county the page names (anywhere: a page may name itself only further down).

    Sentence rules read the same sentence when the county was named before it; a sentence that already
    has an area fact is left to them. Two counties on the page leave the word unresolved.
    """
    counties = {m.iri for m in mentions if m.type == "WellbeingCounty" and m.iri}
    if len(counties) != 1:
        return []
    county = counties.pop()
    sentences = list(_BARE_MADE_OF.finditer(text))
    if not sentences:
        return []
    # read per sentence by bisection, not by a scan of every mention and fact (quadratic on a big page); the
    # places keep the order of the mention list
    covered_at = sorted(f.evidence.start for f in facts if f.predicate == "coversArea")
    indexed = sorted(((m.start, k) for k, m in enumerate(mentions) if m.iri and m.type in {"Region", "Municipality"}))
    starts = [start for start, _ in indexed]
    out: list[Fact] = []
    for sent in sentences:
        a, b = sent.start(), sent.end()
        c = bisect_left(covered_at, a)
        if c < len(covered_at) and covered_at[c] < b:
            continue
        inside = sorted(k for _, k in indexed[bisect_left(starts, a):bisect_right(starts, b)])
        places = [mentions[k] for k in inside if mentions[k].end <= b]
        munis = [m for m in places if m.type == "Municipality"]
        regions = [m for m in places if m.type == "Region" and _OF_TOWNS.match(text, m.end)]
        covered = regions + (munis if len(munis) >= 2 else [])
        ev = Evidence(text[a:b], a, b)
        out += [Fact(county, "coversArea", m.iri, ev, "coversArea:made-of-places", 0.65)
                for m in dict((m.iri, m) for m in covered).values()]
    return out
