"""The one grant sum a document states goes on its one grant from another sentence (document_sums.py), and
sums that are no grant's (a budget, an applied or hedged sum, a price, a turnover, a second sum) stay off it."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import extract, needs_voikko

GRANT = "Sastamalan kaupunki myönsi Sastamalan Kotiseutuyhdistykselle avustusta kylätalon korjaamiseen."


def _sums(text: str) -> set[Decimal | None]:
    """The sums on the grants to the association of GRANT."""
    ex = extract(text, "news")
    return {f.amount for f in ex.facts if f.predicate == "funds"
            and ex.entities[f.object].label == "Sastamalan Kotiseutuyhdistys"}


@needs_voikko
def test_a_headline_sum_goes_on_the_one_grant() -> None:
    assert _sums(f"Yhdistys sai 4 500 euroa\n\n{GRANT} Talkoisiin osallistui 30 henkeä.\n") == {Decimal("4500")}
    assert _sums(f"Avustus kylätalolle\n\n{GRANT} Saimme kaupungilta tukea 12 000€.\n") == {Decimal("12000")}


@needs_voikko
def test_sums_that_are_no_grant_stay_off() -> None:
    for other in ("Hankkeen kokonaisbudjetti on 50 000 euroa.",
                  "Yhdistys haki 5 000 euroa. Talon remontin hinta on 20 000 euroa.",
                  "Yhdistyksen liikevaihto oli 40 000 euroa. Avustusta saatiin noin 3 000 euroa.",
                  "Kaikkiaan kaupunki jakoi avustuksia 300 000 euroa.",
                  "Yhdistys sai lisäksi säätiöltä tukea 2 000 euroa, ja kaupungin avustus oli 3 000 euroa.",
                  # another organisation in the sum's clause: the sum may be that one's
                  "Lisäksi Sastamalan Nuorisoseura ry sai 2 000 euroa."):
        assert _sums(f"Avustus kylätalolle\n\n{GRANT} {other}\n") == {None}, other
