"""A donation received from a giver in the ablative is funding ("X on saanut lahjoituksen Y Oy:ltä", its sum in the
next sentence) (session 35 output audit a38: a university of applied sciences' news of a company's gift).

The sentences are invented; the university of applied sciences is a real one of the reference data.
"""

from __future__ import annotations

from helpers import labelled_grants, needs_voikko_for

needs_voikko = needs_voikko_for("cases and lemmas come from Voikko")


@needs_voikko
def test_a_donation_received_from_a_company_in_the_ablative_funds_the_receiver() -> None:
    text = ("Lapin ammattikorkeakoulu on saanut lahjoituksen varainhankintaansa Kuusitalo Oy:ltä. "
            "15 000 euron lahjoitus kohdistetaan opetuksen kehittämiseen.")
    grants = {(f, r) for f, r, _amount in labelled_grants(text)}
    assert ("Kuusitalo Oy", "Lapin ammattikorkeakoulu") in grants
