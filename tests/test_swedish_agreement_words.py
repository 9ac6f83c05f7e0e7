"""Swedish compounds of "avtal" in running text are agreements a decision can take (extract/swedish_agreement_words.py).

Written for these tests: invented Swedish protokoll of invented towns and joint authorities.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.swedish_agreement_words import swedish_agreement_mentions


def _labels(text: str, language: str = "sv") -> list[tuple[str, bool]]:
    found = swedish_agreement_mentions(text, language, [[]], [0], get_morphology())
    return [(m.label, m.generic) for ms in found for m in ms]


def test_a_compound_in_its_definite_form_is_a_generic_agreement_in_its_base_form() -> None:
    assert _labels("Stadsstyrelsen godkänner samarbetsavtalet.") == [("samarbetsavtal", True)]


def test_an_agreement_for_an_organisation_is_named_by_it() -> None:
    text = "Samkommunen bad om utlåtanden om utkastet till grundavtal för Kustbygdens välfärdsområde."
    assert _labels(text) == [("Grundavtal för Kustbygdens välfärdsområde", False)]


def test_the_bare_word_a_lease_and_a_contract_of_employment_are_no_agreements_of_collaboration() -> None:
    assert _labels("Enligt avtal, hyresavtalet och anställningsavtalet gäller detta.") == []


def test_finnish_documents_are_left_to_the_finnish_rules() -> None:
    assert _labels("Stadsstyrelsen godkänner samarbetsavtalet.", language="fi") == []


def test_a_word_inside_a_mention_already_read_is_left_to_it() -> None:
    text = "Stadsstyrelsen godkänner samarbetsavtalet."
    at = text.index("samarbetsavtalet")
    known = Mention(start=at, end=at + 16, surface="samarbetsavtalet", label="x", type="Agreement")
    found = swedish_agreement_mentions(text, "sv", [[known]], [0], get_morphology())
    assert found == [[known]]


def test_a_swedish_decision_to_approve_the_agreement_decides_it() -> None:
    text = ("Kustby stad\nStadsstyrelsen\nPROTOKOLL 5/2024\n\n§ 88 Begäran om utlåtande\n\n"
            "Förslag\nStadsstyrelsen godkänner samarbetsavtalet med Norrby kommun.\n")
    rec = record(text, kind="minutes")
    rec.language = "sv"
    ex = extract_document(rec)
    decided = [ex.entities[f.object].label for f in ex.facts if f.predicate == "decides" and f.object in ex.entities]
    assert decided == ["samarbetsavtal"], decided
