"""The chair who signs at the foot of a minutes page, the next page's number after a blank line
(extract/page_end_chairs.py). The transcripts are written for these tests: an invented social board's record of a
real Swedish municipality, invented people."""

from __future__ import annotations

from tests.helpers import extract, needs_voikko
from welfare_kg.extract.page_end_chairs import RULE

RECORD = ("1 Kungsörs kommun Socialnämnden SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2019-04-24 Blad 1 "
          "Ärenden 1 Information från förvaltningen 2 Budget 2019 3 Meddelanden {signature}\n\n"
          "2 Kungsörs kommun Socialnämnden SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Blad "
          "Socialnämnden beslutar att godkänna budgeten.\n")


def _chairs(text: str, kind: str = "minutes", *, any_rule: bool = False) -> set[tuple[str, str]]:
    ex = extract(text, kind)
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object]) for f in ex.facts
            if f.rule == RULE or (any_rule and f.predicate == "holdsPost")}


@needs_voikko
def test_the_name_and_the_chairs_word_ending_the_page_either_way_round() -> None:
    after = _chairs(RECORD.format(signature="Övrigt Annika Berglund Ordförande"))
    assert {person for person, _ in after} == {"Annika Berglund"}
    assert all("ocialnämnd" in body for _, body in after)
    # after an "Underskrift" label the signature block is the attendance rules' (extract/posts.py); unlabelled, here
    signed = "Sekreterare Per Lindgren Ordförande Annika Berglund"
    before = _chairs(RECORD.format(signature="Meddelanden " + signed))
    assert {person for person, _ in before} == {"Annika Berglund"}
    labelled = _chairs(RECORD.format(signature="Underskrift " + signed), any_rule=True)
    assert {person for person, _ in labelled} == {"Annika Berglund"}


@needs_voikko
def test_a_name_under_another_role_or_not_at_the_pages_end_is_no_chair() -> None:
    assert _chairs(RECORD.format(signature="Underskrift Sekreterare Per Lindgren Ordförande")) == set()
    mid = RECORD.format(signature="Annika Berglund Ordförande och Per Lindgren sekreterare")
    assert _chairs(mid) == set()


@needs_voikko
def test_a_news_page_or_a_head_naming_no_body_gives_nothing() -> None:
    assert _chairs(RECORD.format(signature="Övrigt Annika Berglund Ordförande"), kind="news") == set()
    # the body named only far below the head (its decision on a later page)
    headless = RECORD.format(signature="Övrigt Annika Berglund Ordförande").replace(
        "Kungsörs kommun Socialnämnden", "Kungsörs kommun")
    headless = headless.replace("Blad Social", "Blad " + "Det följs. " * 60 + "Social")
    assert _chairs(headless) == set()
