"""A Swedish protocol's municipality named only as the bare town after its municipal building (thirty-first
session, recall audit of fresh Swedish pages).

The texts are written for these tests: invented people in two real Swedish municipalities' protocol layout
("Plats och tid Vård- och omsorgsförvaltningen, Heby", "Förvaringsplats Kommunhuset Strängnäs"). The protocol names
its municipality nowhere else, so the officials' posts had none to go to. The town is read only from Sweden's
municipal register (data/swedish_municipalities.csv) and only after a municipal building or office
(extract/foreign_municipalities.py `_placed`).
"""

from __future__ import annotations

from helpers import needs_voikko, post_rows, record

from welfare_kg.extract.document import extract_document


@needs_voikko
def test_officials_work_for_the_town_named_after_the_office() -> None:
    text = ("SAMMANTRÄDESPROTOKOLL\nPlats och tid Vård- och omsorgsförvaltningen, Heby, kl 13 Beslutande Anna "
            "Lind (M), ordförande Tjänstemän och övriga deltagare Elsa Tengvall, nämndsekreterare Gunnar Persson, "
            "förvaltningschef\nFörvaringsplats för protokollet Kommunkontoret, Heby\n")
    rows = post_rows(text)
    assert ("Elsa Tengvall", "nämndsekreterare", "Heby kommun") in rows, rows
    assert ("Gunnar Persson", "förvaltningschef", "Heby kommun") in rows, rows


@needs_voikko
def test_a_bare_town_elsewhere_is_no_municipality() -> None:
    out = extract_document(record("Vi åkte till Heby i somras och besökte Mora och Sala.\n", kind="news"))
    assert not any(e.type == "Municipality" for e in out.entities.values()), out.entities


@needs_voikko
def test_a_word_after_the_building_that_is_no_swedish_municipality_is_not_read() -> None:
    out = extract_document(record("Plats och tid Kommunhuset Stora salen kl 18\n", kind="minutes"))
    assert not any(e.type == "Municipality" for e in out.entities.values()), out.entities
