"""An abbreviation a page defines in brackets after an organisation's name, used alone later
(extract/bracket_acronym_echoes.py). Invented names."""

from __future__ import annotations

from tests.helpers import labelled_facts as _facts
from tests.helpers import needs_voikko

pytestmark = needs_voikko


def test_bracketed_abbreviation_of_a_council_funds_later() -> None:
    facts = _facts("Pohjolan Akatemian yhteydessä toimiva Kestävän tutkimuksen neuvosto (KTN) valitsi konsortiot. "
                   "KTN:n rahoittama Kiertotalous-hanke tukee yrityksiä.")
    assert ("Kestävän tutkimuksen neuvosto", "funds", "Kiertotalous") in facts


def test_bracketed_abbreviation_of_an_association_employs_later() -> None:
    facts = _facts("Pohjolan Kylät ry (PKY) valitsi hankkeet. PKY:n toiminnanjohtaja Anna Virtanen kertoo asiasta.")
    assert ("Anna Virtanen", "holdsPost", "Pohjolan Kylät ry") in facts
