"""A bare joint body word on a page about one of a joint authority's own units is that authority's body.

Written for these tests; the organisations come from the bundled reference data.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document

UNIT_PAGE = """Verso jatkaa osaamiskeskuksena

Verso on siirtynyt uuteen organisaatioon. Muutos hyväksyttiin Verson johtokunnassa, yhtymän hallituksessa
sekä 30.11. yhtymäkokouksessa. HUS:ssa asian käsittelee vielä HUS-yhtymän hallitus.
"""

AUTHORITY_NAMED = """Hollolan kunnanhallitus

Päijät-Hämeen hyvinvointikuntayhtymän yhtymäkokous pidetään 14.6. Kunnanhallitus nimeää edustajan
yhtymäkokoukseen.
"""

OTHER_AUTHORITY = """HUS tiedottaa

HUS:n yhtymäkokous hyväksyi talousarvion. Verso ei osallistunut asian käsittelyyn.
"""


def _bodies(text: str, kind: str = "news") -> set[str]:
    out = extract_document(record(text, kind=kind))
    return {iri.rsplit("/id/", 1)[-1] for iri, e in out.entities.items() if e.type == "Body"}


def test_bare_joint_meeting_on_a_units_page_is_its_hosts() -> None:
    # the page names HUS too, but opens with Verso, a unit of Päijät-Hämeen hyvinvointikuntayhtymä
    named = _bodies(AUTHORITY_NAMED, kind="minutes")
    bare = _bodies(UNIT_PAGE)
    assert "body/phhyky-yhtymakokous" in named
    assert "body/phhyky-yhtymakokous" in bare
    assert "body/hus-yhtymakokous" not in bare


def test_a_named_owner_still_wins_over_the_unit_named_later() -> None:
    assert "body/hus-yhtymakokous" in _bodies(OTHER_AUTHORITY)


def test_two_municipalities_boards_stay_apart() -> None:
    a = _bodies("Hollolan kunta Pöytäkirja\nKunnanhallitus\n\n§ 5 Talousarvio\n\nKunnanhallitus hyväksyi sen.\n",
                kind="minutes")
    b = _bodies("Kärkölän kunta Pöytäkirja\nKunnanhallitus\n\n§ 5 Talousarvio\n\nKunnanhallitus hyväksyi sen.\n",
                kind="minutes")
    boards_a = {i for i in a if i.endswith("-kunnanhallitus")}
    boards_b = {i for i in b if i.endswith("-kunnanhallitus")}
    assert boards_a and boards_b and not boards_a & boards_b
