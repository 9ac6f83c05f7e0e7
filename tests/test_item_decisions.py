"""An item whose title is procedural decides what its proposal or decision names (extract/item_decisions.py), and
a lower-case office title right before a signer's name is the signer's post (posts.signed_title).

Written for these tests: short minutes of an invented town's board and invented projects.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.item_decisions import PROPOSAL_CONFIDENCE, PROPOSAL_RULE
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.posts import signed_title
from welfare_kg.ontology.namespace import ID

MORPH = get_morphology()


def _decides(text: str) -> list[tuple[str, str, str, str, float]]:
    ex = extract_document(record(text, kind="minutes"))
    labels = {iri: e.label for iri, e in ex.entities.items()}
    return [(labels.get(f.subject, ""), labels.get(f.object, ""), f.object.removeprefix(ID), f.rule, f.confidence)
            for f in ex.facts if f.predicate == "decides"]


PROCEDURAL_TITLE = """Perusturvalautakunta 14.3.2023 § 12

§ 12 Kuntaosuus

Dnro 45/2023

Perustelut:
Hanke jatkaa Kotikulman Kylätalo -hankkeen työtä.

Päätösehdotus:
Kunta osallistuu Kotona Varttuen -hankkeeseen omalla rahoitusosuudellaan.

Päätös:
Ehdotus hyväksyttiin.
"""


def test_a_procedural_title_leaves_the_item_to_its_proposal() -> None:
    found = _decides(PROCEDURAL_TITLE)
    hits = [x for x in found if x[3] == PROPOSAL_RULE]
    assert hits, found
    assert all("perusturvalautakunta" in s.lower() for s, *_ in hits), hits
    assert any("kotona varttuen" in o.lower() for _, o, *_ in hits), hits
    assert all(c == PROPOSAL_CONFIDENCE for *_, c in hits)


def test_the_reasoning_names_projects_in_passing_and_decides_nothing() -> None:
    assert not any("kylätalo" in o.lower() for _, o, *_ in _decides(PROCEDURAL_TITLE))


TWO_ITEMS = """Kunnanhallitus 12.6.2023

§ 45 Lausunto

Päätösehdotus:
Lausunnossa puolletaan Ikäpolku Länsi -hanketta.

Päätös:
Hyväksyttiin.

§ 46 Hankehakemus

Päätösehdotus:
Kunta on mukana Työpolku Rannikko -hankkeessa.

Päätös:
Hyväksyttiin.
"""


def test_every_item_inherits_the_header_body_for_what_its_proposal_names() -> None:
    hits = [x for x in _decides(TWO_ITEMS) if x[3] == PROPOSAL_RULE]
    objects = {o.lower() for _, o, *_ in hits}
    assert any("ikäpolku" in o for o in objects) and any("työpolku" in o for o in objects), hits
    assert len({s for s, *_ in hits}) == 1 and "kunnanhallitus" in hits[0][0].lower(), hits


NAMED_TITLE = PROCEDURAL_TITLE.replace("§ 12 Kuntaosuus", "§ 12 Kuntaosuus Arjen Apu -hankkeeseen")


def test_an_item_whose_title_names_a_project_is_not_read_from_its_proposal() -> None:
    assert not [x for x in _decides(NAMED_TITLE) if x[3] == PROPOSAL_RULE]


def test_a_lower_case_title_before_a_signers_name_is_the_signers_post() -> None:
    # "... on pidetty yleisesti nähtävänä kunnanvirastossa klo palvelusihteeri Pirjo X": the time lost in a transcript
    assert signed_title("on pidetty yleisesti nähtävänä kunnanvirastossa klo palvelusihteeri", MORPH) == \
        "palvelusihteeri"
    assert signed_title("puheenjohtaja hallintosihteeri", MORPH) is None  # two roles run together: a column
    assert signed_title("Puheenjohtaja Hallintosihteeri", MORPH) is None
    assert signed_title("vs. hallintosihteeri", MORPH) is None  # an abbreviation before it: no sentence of its own


CERTIFICATE = """Kunnanhallitus 12.6.2023

Läsnä
Aho Heikki puheenjohtaja
Lind Sari jäsen

Pöytäkirjan tarkastus
Tarkastettu pöytäkirja on pidetty yleisesti nähtävänä kunnanviraston palvelupisteessä maanantaina klo \
palvelusihteeri Pirjo Rantanen

§ 45 Kokouksen avaus
"""


def test_the_certificates_signer_holds_the_post_in_the_town() -> None:
    ex = extract_document(record("Rautalammin kunta\n" + CERTIFICATE, kind="minutes"))
    posts = [(ex.entities[f.subject].label, f.post, ex.entities[f.object].type) for f in ex.facts
             if f.predicate == "holdsPost" and f.subject in ex.entities and f.object in ex.entities]
    assert ("Pirjo Rantanen", "palvelusihteeri", "Municipality") in posts, posts


JOINT_BODY = """Lumilaakson seutuhallitus
Pöytäkirja 2/2023

Kokousaika 3.5.2023 klo 9.00
Kokouspaikka Seututalo

Läsnä
Aho Heikki, puheenjohtaja
Lind Sari, jäsen
Mononen Kirsi, yhteistyöjohtaja, esittelijä
Salo Kari, kaupunginjohtaja

§ 1 Kokouksen avaus
Puheenjohtaja avasi kokouksen.
"""


def _posts(text: str) -> dict[str, tuple[str, str | None, str, float]]:
    ex = extract_document(record(text, kind="minutes"))
    return {ex.entities[f.subject].label: (ex.entities[f.object].type, f.post, f.rule, f.confidence)
            for f in ex.facts if f.predicate == "holdsPost" and f.subject in ex.entities and f.object in ex.entities}


def test_an_official_of_an_organisation_nobody_names_serves_the_meeting_body() -> None:
    # a joint body's minutes name no town or publisher: the official listed with a title is the body's staff,
    # a weaker reading than an employer named in the text
    posts = _posts(JOINT_BODY)
    assert posts.get("Kirsi Mononen") == ("Body", "yhteistyöjohtaja", "holdsPost:listed-office-body", 0.45), posts
    assert posts.get("Heikki Aho", ("",))[0] == "Body"


def test_a_towns_office_is_not_read_as_a_post_in_the_board() -> None:
    # "kaupunginjohtaja" is held in a town the minutes do not name, not in the board it attends
    assert "Kari Salo" not in _posts(JOINT_BODY)
