"""Two local branches of one national association named with one plural branch word ("SPR:n Kiteen ja Rääkkylän
osastot") are two associations, not the national one (extract/elided_branches.py); a run of receivers ends with its
sentence, so a total stated after it is no sum of the last receiver (extract/listed_receivers.py). Sentences are
invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _extract(text: str):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))


def _labels(ex) -> set[str]:
    return {e.label for e in ex.entities.values() if e.type == "Association"}


def test_two_branches_sharing_one_plural_word_are_two_associations() -> None:
    ex = _extract("Keräyksen tuotto jaetaan Eläkeliiton Kiteen ja Rääkkylän yhdistyksille.")
    labels = _labels(ex)
    assert {"Eläkeliiton Kiteen yhdistys", "Eläkeliiton Rääkkylän yhdistys"} <= labels


def test_a_banks_gift_goes_to_the_branches_and_the_total_to_no_one() -> None:
    ex = _extract("Liperin Osuuspankin joululahjoitus kohdistettiin tänä vuonna kahteen kohteeseen. Lahjoituksen "
                  "saajina ovat SPR:n Kiteen ja Rääkkylän osastot. Yhteensä varoja lahjoitetaan 6.000 euroa.")
    labels = {e.iri: e.label for e in ex.entities.values()}
    funded = {(labels.get(f.object), f.amount) for f in ex.facts if f.predicate == "funds"}
    assert ("SPR:n Rääkkylän osasto", None) in funded
    assert not any(label == "Suomen Punainen Risti" for label, _amount in funded)
    assert not any(amount is not None for _label, amount in funded)
