"""An item title opens with the document it is about ("Lausuntopyyntö X Oy:n lupahakemuksesta"), capitalised
only as the title's first word: that noun is no word of the company's name after it
(extract/organisation_names.py `_organisations`). Invented companies."""

from __future__ import annotations

from helpers import typed_labels


def test_request_noun_opening_a_title_stays_out_of_the_company_name() -> None:
    got = typed_labels("Kunnanhallitus kokoontui. Lausuntopyyntö Vesivarma Oy:n ottolupahakemuksesta saapui.",
                       kind="minutes")
    assert ("Company", "Vesivarma Oy") in got, got
    assert not any(label.startswith("Lausuntopyyntö") for _t, label in got), got


def test_offer_noun_before_a_company_in_the_ablative() -> None:
    got = typed_labels("Kokous alkoi. Tarjous Puuhamaa Oy:ltä hyväksyttiin.", kind="minutes")
    assert ("Company", "Puuhamaa Oy") in got, got


def test_common_nouns_inside_a_registered_name_stay() -> None:
    got = typed_labels("Kunta omistaa Pälkäneen Asuntotuotanto Oy:n osakkeet.", kind="minutes")
    assert any(label == "Pälkäneen Asuntotuotanto Oy" for _t, label in got), got
