"""An official's decision prints its reasons under their own heading after the decision: they are no part of it
(loaders/minutes.py PART_HEADINGS "päätöksen perustelut")."""

from __future__ import annotations

from helpers import extract, record

DECISION = ("Oulun kaupunki\n\nPöytäkirja\n\nKaupunginkanslia\n\nHallinto-osasto\n\n02.03.2024\n\nHallintojohtaja\n\n"
            "6 §\n\nMäärärahan myöntäminen vuodelle 2024 Kumppanuusverkosto-yhteistyön toteuttamiseksi\n\n"
            "Päätös\n\nHallintojohtaja päätti myöntää yksikölle 15 000 euroa vuodelle 2024.\n\n"
            "{heading}\n\nKaupunginhallitus on hyväksynyt kaupunkien välisen Kumppanuusverkosto-yhteistyösopimuksen "
            "päätöksellään 10.12.2022 § 12.\n")


def test_the_reasons_heading_ends_the_decision_part() -> None:
    text = DECISION.format(heading="Päätöksen perustelut")
    (item,) = record(text, kind="minutes").items
    start, end = item.parts["decision"]
    assert "Hallintojohtaja päätti" in text[start:end]
    assert "Kaupunginhallitus on hyväksynyt" not in text[start:end]
    assert "Kaupunginhallitus on hyväksynyt" in text[slice(*item.parts["reasoning"])]


def test_the_agreement_the_reasons_tell_of_is_not_decided_by_the_letterhead_office() -> None:
    def deciders(heading: str) -> set[str]:
        facts = extract(DECISION.format(heading=heading), kind="minutes").facts
        return {f.subject.rsplit("/", 1)[-1] for f in facts if f.predicate == "decides" and "osasto" in f.subject}
    assert deciders("Päätöksen perustelut") == set()
    assert deciders("Lisäksi todetaan") != set()  # without the heading the reasons run on in the decision part
