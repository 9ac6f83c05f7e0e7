"""A body that approved an item in its decision history decides the item's subject; one that only proposed it
to another body does not (extract/stage_decisions.py)."""

from __future__ import annotations

from tests.helpers import extract

DECIDED = """Kaupunginhallitus
Pöytäkirja 12.04.2021

Osallistuminen Arjen polut -hankkeeseen

Sosiaali- ja terveyslautakunta 15.03.2021 § 12

Valmistelija: sosiaalijohtaja Aino Virtanen

Perustelut
Ranuan kunta on hakenut rahoitusta Arjen polut -hankkeelle.

Ehdotus
Lautakunta hyväksyy osallistumisen Arjen polut -hankkeeseen omalta osaltaan.

Päätös
Hyväksyttiin.

Kaupunginhallitus 12.04.2021 § 60

Ehdotus
Kaupunginhallitus hyväksyy kunnan osallistumisen hankkeeseen.

Päätös
Hyväksyttiin yksimielisesti.
"""


def _stage_deciders(text: str) -> set[str]:
    return {f.subject for f in extract(text, kind="minutes").facts
            if f.predicate == "decides" and f.rule == "decides:history-stage"}


def test_a_stage_that_approved_decides() -> None:
    assert any("sosiaali-ja-terveyslautakunta" in s for s in _stage_deciders(DECIDED))


def test_a_stage_that_only_proposed_does_not() -> None:
    text = DECIDED.replace("Lautakunta hyväksyy osallistumisen Arjen polut -hankkeeseen omalta osaltaan.",
                           "Lautakunta esittää kaupunginhallitukselle, että kunta osallistuu hankkeeseen.")
    assert not _stage_deciders(text)


def test_a_swedish_stage_that_proposed_to_the_council_does_not() -> None:
    text = ("Kommunfullmäktige\nProtokoll\n\nDeltagande i projektet Arjen polut\n\n"
            "Kommunstyrelsen 12.3.2021 § 45\n\nBeslutsförslag\nKommunstyrelsen föreslår att fullmäktige godkänner "
            "deltagandet i projektet Arjen polut.\n\nBeslut\nGodkändes.\n\nKommunfullmäktige 29.3.2021 § 20\n\n"
            "Beslut\nGodkändes enhälligt.\n")
    assert not _stage_deciders(text)


def test_a_stage_that_rejected_or_noted_does_not() -> None:
    assert not _stage_deciders(DECIDED.replace("Päätös\nHyväksyttiin.\n\nKaupunginhallitus",
                                               "Päätös\nMerkittiin tiedoksi.\n\nKaupunginhallitus"))
