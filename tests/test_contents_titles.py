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


def _decided(text: str, kind: str) -> set[tuple[str, str]]:
    ex = extract_document(record(text, kind=kind))
    label = {e.iri: e.label for e in ex.entities.values()}
    return {(label.get(f.subject, f.subject), label.get(f.object, f.object)) for f in ex.facts
            if f.predicate == "decides"}


CONTENTS_LINE = ("Kaupunginhallitus\nPÖYTÄKIRJA 3/2021\nKäsitellyt asiat 21 Kokouksen laillisuus 22 Kylätalo Kukkula "
                 "-hanke 23 Ilmoitusasiat\n")


def test_the_heading_body_decides_the_listed_projects_but_a_body_inside_the_list_does_not() -> None:
    assert any("Kylätalo Kukkula" in o for _s, o in _decided(CONTENTS_LINE, "minutes"))
    # a project report's table of contents names its steering group as a chapter: no meeting decided the chapters
    report = ("LOPPURAPORTTI\nSisällysluettelo 1 Tiivistelmä 2 Ohjausryhmä 3 Kylätalo Kukkula -hanke 4 Tulokset\n")
    assert not any("Kylätalo Kukkula" in o for _s, o in _decided(report, "news"))
