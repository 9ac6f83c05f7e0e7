"""A Swedish region written as its authority in a "tillsammans med" list is a partner of the page's project, also when
it pays too (extract/together_partners.py); a region named as a place is not."""

from __future__ import annotations

from tests.helpers import extract

PAGE = ("Region Dalarna\n\nGröna kraftfält på landsbygden\n\n"
        "I projektet Gröna kraftfält på landsbygden kartlägger vi platser i länen.\n\n{}\n")


def _parts(sentence: str) -> set[str]:
    ex = extract(PAGE.format(sentence))
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {label[f.subject] for f in ex.facts if f.predicate == "participatesIn" and f.subject in label}


def test_a_region_written_as_its_authority_is_a_partner() -> None:
    assert "Region Västmanland" in _parts("Projektet genomförs tillsammans med Region Västmanland.")


def test_a_partner_that_also_pays_is_both() -> None:
    sentence = ("Projektet genomförs tillsammans med Region Västmanland och finansieras med stöd från "
                "Kulturrådet samt Region Västmanland.")
    ex = extract(PAGE.format(sentence))
    label = {iri: e.label for iri, e in ex.entities.items()}
    preds = {f.predicate for f in ex.facts if label.get(f.subject) == "Region Västmanland"}
    assert {"funds", "participatesIn"} <= preds


def test_a_county_named_as_a_place_is_no_partner() -> None:
    assert "Västmanlands län" not in _parts("Projektet genomförs tillsammans med föreningar i Västmanlands län.")
