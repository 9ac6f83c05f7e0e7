"""A reference acronym that minutes also write for a town's own body ("KST": Åland's joint authority Kommunernas
socialtjänst, and any Swedish-speaking town's kommunstyrelse) names the organisation only where the document names
it otherwise or its area; elsewhere it is the body (session 12).

All texts here are invented; they imitate layouts, not particular documents.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer

KST = "https://w3id.org/welfare-kg/id/joint-authority/kst"


def test_kst_is_a_contextual_acronym_with_its_names_and_area() -> None:
    names = reference_gazetteer().contextual_acronyms["KST"]
    assert "Kommunernas socialtjänst" in names and "Åland" in names


def test_kst_heading_a_mainland_towns_minutes_is_its_kommunstyrelse() -> None:
    text = ("-2, KST 2011-03-07 18:00 Tid 07.03.2011 kl. 18.00 Plats Kommungården Närvarande Östman Per, "
            "ordförande Backman Gustav, ledamot\n45, KST 2011-03-07 18:00 LAGLIGHET OCH BESLUTFÖRHET "
            "KST 45 Konstaterades. Protokollet undertecknat Vörå 07.03.2011\n")
    out = extract_document(record(text, kind="minutes"))
    assert KST not in out.entities
    bodies = [e for e in out.entities.values() if e.type == "Body" and "KST" in e.labels]
    assert bodies and "kommunstyrelse" in bodies[0].label.lower()


def test_kst_beside_aland_is_the_joint_authority() -> None:
    text = ("Ålands kommuner bildade KST år 2021. KST ansvarar för socialvården i hela landskapet.\n")
    out = extract_document(record(text))
    assert KST in out.entities


def test_the_acronyms_out_of_context_are_asked_of_the_whole_text() -> None:
    gaz = reference_gazetteer()
    assert gaz.acronyms_out_of_context("Kst § 104 Vörå kommun") == frozenset({"KST"})
    assert gaz.acronyms_out_of_context("Kommunernas socialtjänstens styrelse, KST") == frozenset()
    assert gaz.acronyms_out_of_context("Ahvenanmaan kunnat ja KST") == frozenset()
