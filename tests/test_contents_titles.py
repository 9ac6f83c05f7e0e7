"""A list of items run into one line pairs nothing across its titles (issue 12; extract/contents_titles.py).

The texts are written for these tests in the shape of minutes transcripts whose list of items is one line.
"""

from __future__ import annotations

from helpers import needs_voikko, record

from welfare_kg.extract.contents_titles import run_on_titles
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.text import sentences


def _labelled_facts(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(record(text, kind="minutes"))
    label = {e.iri: e.label for e in ex.entities.values()}
    return {(label.get(f.subject, f.subject), f.predicate, label.get(f.object, f.object)) for f in ex.facts}


def test_consecutive_item_numbers_cut_a_run_on_line() -> None:
    text = "PÖYTÄKIRJA Kunnanhallitus 41 Kokouksen avaus 42 Talousarvio 43 Tonttien myynti 44 Ilmoitusasiat"
    (s,) = sentences(text)
    assert [text[p:p + 2] for p in run_on_titles(s, None)] == ["41", "42", "43", "44"]
    # a number or two in running text is no list
    (t,) = sentences("Hallitus myönsi 12 yhdistykselle avustusta ja 3 kylätoimikunnalle tukea.")
    assert run_on_titles(t, None) == []


@needs_voikko
def test_a_title_does_not_fund_or_join_the_next_titles_undertaking() -> None:
    text = ("PÖYTÄKIRJA 5/2019 Kunnanhallitus Kunnanhallituksen kokoushuone 61 Kokouksen laillisuus 62 Pöytäkirjan "
            "tarkastus 63 Mäntyharjun Lämpö Oy / Varastohallin vuokrasopimus 64 Mäntyharjun Sähkö Oy / takauksen "
            "myöntäminen 65 Ilmoitusasiat\n\n§ 61 Kokouksen laillisuus\nKokous todettiin lailliseksi.\n")
    facts = _labelled_facts(text)
    assert not any(p == "funds" for _s, p, _o in facts), facts
