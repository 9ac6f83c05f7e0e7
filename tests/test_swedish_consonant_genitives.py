"""A known organisation's Swedish name in the genitive whose last noun ends in a consonant ("Nylands förbunds
representantmöte"): the bare -s is the genitive's (extract/gazetteer.py `_candidates`)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _types(text: str) -> dict[str, str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="minutes",
                                         language="sv"))
    return {e.label: e.type for e in ex.entities.values()}


def test_regional_councils_swedish_genitive_is_the_known_council() -> None:
    found = _types("Kommunstyrelsen valde en representant i Egentliga Finlands förbunds representantmöte.")
    assert found.get("Varsinais-Suomen liitto") == "JointAuthority"
    assert "Finlands förbund" not in found


def test_a_finnish_word_ending_in_s_after_a_vowel_is_no_genitive() -> None:
    found = _types("Kokous pidettiin Varsinais-Suomen liiton tiloissa.")
    assert found.get("Varsinais-Suomen liitto") == "JointAuthority"


def test_a_joint_authority_named_in_an_item_title_is_no_publisher_of_a_towns_board() -> None:
    text = ("Kommunstyrelsen nr 2/2014 INNEHÅLLSFÖRTECKNING KST 20 Mötets konstituering KST 21 Val av representant i "
            "Egentliga Finlands förbunds representantmöte\n\nMÖTESPROTOKOLL Närvarande medlemmar Lindholm Sara, "
            "ordförande Ekberg Jonas, medlem Övriga närvarande Wikström Anna, bildningschef Holm Peter, ekonomichef "
            "Underskrifter Sara Lindholm ordförande\n")
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="minutes",
                                         language="sv"))
    labels = {iri: e.label for iri, e in ex.entities.items()}
    posts = {(labels.get(f.subject), labels.get(f.object)) for f in ex.facts if f.predicate == "holdsPost"}
    assert not any(org == "Varsinais-Suomen liitto" for _, org in posts)
