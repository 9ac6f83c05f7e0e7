"""A town's grant without a sum of its own sentence takes the town's stated share (municipal_share_sums.py);
another town's share, all towns' share together or a hedged share stay off it."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import extract, needs_voikko

GRANT = "Kajaanin kaupunki myönsi Kajaanin Kotiseutuyhdistykselle avustusta kylätalon korjaamiseen."


def _sums(text: str) -> set[Decimal | None]:
    """The sums on the grants to the association of GRANT."""
    ex = extract(text, "news")
    return {f.amount for f in ex.facts if f.predicate == "funds"
            and ex.entities[f.object].label == "Kajaanin Kotiseutuyhdistys"}


@needs_voikko
def test_the_towns_share_is_its_grants_sum() -> None:
    share = "Hankkeen kokonaisbudjetti on 40 000 euroa, josta Kajaanin kaupungin osuus on 8 000 euroa."
    assert _sums(f"Kylätalo korjataan\n\n{GRANT} {share}\n") == {Decimal("8000")}
    yearly = "Kajaanin kaupungin rahoitusosuus koko kaudelle olisi yhteensä 12 000 euroa eli 3 000 euroa vuodessa."
    assert _sums(f"Kylätalo korjataan\n\n{GRANT} {yearly}\n") == {Decimal("12000")}


@needs_voikko
def test_other_shares_stay_off() -> None:
    for other in ("Hankkeen budjetti on 40 000 euroa, josta Sotkamon kunnan osuus on 8 000 euroa.",
                  "Hankkeen budjetti on 40 000 euroa, josta kuntien osuus on 8 000 euroa.",
                  "Hankkeen budjetti on 40 000 euroa, josta Kajaanin kaupungin osuus on noin 8 000 euroa."):
        assert _sums(f"Kylätalo korjataan\n\n{GRANT} {other}\n") == {None}, other
