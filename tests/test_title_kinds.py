"""A title that says the kind of organisation it is held in keeps a rule from giving it to another kind
(extract/title_kinds.py, used by extract/posts.py for attendance rows). The minutes here are invented."""

from __future__ import annotations

from tests.helpers import employers, needs_voikko, record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.resolve import minted_type
from welfare_kg.extract.title_kinds import title_kinds

MINUTES = ("PERUSPALVELUKUNTAYHTYMÄ KALLIO PÖYTÄKIRJA 3/2019 Yhtymähallitus AIKA klo 17:00-18:30 OSALLISTUJAT "
           "LÄSNÄ Aaltonen Kaisa puheenjohtaja Berg Olli jäsen Castrén Ritva jäsen MUU Dahl Veikko kaupunginjohtaja "
           "Eskola Sanna kunnanjohtaja Forsman Leena kuntayhtymän johtaja Grönlund Aki talouspäällikkö "
           "Hiltunen Maija sihteeri")


def test_the_title_names_its_kind_of_organisation() -> None:
    assert title_kinds("kaupunginjohtaja") == {"Municipality"}
    assert title_kinds("vs. kuntayhtymän johtaja") == {"JointAuthority"}
    assert title_kinds("talouspäällikkö") is None


def test_an_iri_says_the_class_it_was_minted_for() -> None:
    assert minted_type("https://w3id.org/welfare-kg/id/joint-authority/kallio") == "JointAuthority"
    assert minted_type("https://w3id.org/welfare-kg/id/municipality/091") == "Municipality"
    assert minted_type("https://example.org/x") is None and minted_type(None) is None


@needs_voikko
def test_a_town_manager_at_a_joint_authoritys_meeting_is_not_its_employee() -> None:
    ex = extract_document(record(MINUTES, kind="minutes"))
    kallio = "Peruspalvelukuntayhtymä Kallio"  # a joint authority of the reference data
    assert kallio not in employers(ex, "Veikko Dahl")  # a member town's manager, the town unnamed
    assert kallio not in employers(ex, "Sanna Eskola")
    assert kallio in employers(ex, "Leena Forsman")  # the joint authority's own director keeps the post
    assert kallio in employers(ex, "Aki Grönlund")
