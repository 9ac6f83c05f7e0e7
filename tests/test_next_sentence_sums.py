"""A grant's sum in the next sentence whose subject is the grant itself (next_sentence_sums.py); a next sentence
about something else, naming another organisation or hedging its sum gives nothing."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import extract, needs_voikko

GRANT = "Lieksan Kyläyhdistys ry on saanut Pohjois-Karjalan ELY-keskukselta rahoituspäätöksen kylätalohankkeeseen."
# a second grant of the document with its own sum, so that the document's one-sum rule (document_sums) is silent
OTHER = "Lieksan kaupunki myönsi Lieksan Nuorisoseuralle 2 000 euroa."


def _sums(text: str) -> set[Decimal | None]:
    """The sums on the ELY centre's grants to the association of GRANT."""
    ex = extract(text, "news")
    return {f.amount for f in ex.facts if f.predicate == "funds"
            and ex.entities[f.object].label == "Lieksan Kyläyhdistys ry"}


@needs_voikko
def test_the_next_sentence_about_the_grant_gives_its_sum() -> None:
    for nxt, value in (("Myönnetty tuki on 48 001,87 euroa.", Decimal("48001.87")),
                       ("Tukea myönnetään 12 500 euroa.", Decimal("12500"))):
        assert _sums(f"Kylätalo\n\n{GRANT} {nxt} Hanke kestää vuoden.\n\n{OTHER}\n") == {value}, nxt


@needs_voikko
def test_other_next_sentences_give_nothing() -> None:
    for nxt in ("Hankkeen kokonaisbudjetti on 60 000 euroa.",
                "Myönnetty tuki on noin 48 000 euroa.",
                "Tukea myönnetään 12 500 euroa myös Lieksan Nuorisoseuralle."):
        assert _sums(f"Kylätalo\n\n{GRANT} {nxt} Hanke kestää vuoden.\n\n{OTHER}\n") == {None}, nxt
