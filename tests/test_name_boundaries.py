"""Where names end, and phrases that look like names but are not: rules measured on real documents.

Sentences written for these tests (any names; none copied from the development corpus).
"""

from __future__ import annotations

import pytest

from tests.helpers import typed_labels as labels

UNDERTAKINGS = {"Project", "Programme", "WorkPackage", "Agreement"}


def undertakings(text: str, kind: str = "news") -> set[str]:
    return {label for typ, label in labels(text, kind) if typ in UNDERTAKINGS}


@pytest.mark.parametrize("text", [
    # Swedish sentences before a Swedish head: Voikko only guesses at the words, they are no Finnish modifiers
    "I regionen genomfördes ett eget projekt med många aktörer.",
    "Ansökningstiden för understöd för projekt går ut i september.",
    "Delprojektet ingår i ett av regeringens spetsprojekt.",
    # a Swedish owner's genitive before the head: whose project, not which
    "Ministeriet stöder Högskolan Arcadas projekt med 100 000 euro.",
])
def test_swedish_phrases_before_a_head_are_no_names(text: str) -> None:
    assert undertakings(text) == set()


@pytest.mark.parametrize("text", [
    # several things of a kind: a plural head with lower-case words before it
    "Järjestöt voivat hakea avustusta juhlavuoden ohjelmiin.",
    "Opiskelijat valitaan yliopistojen koulutusohjelmista.",
    # words that describe a kind in lower case, with no genitive that says which
    "Ministeriö avasi haun kolmeen syksyllä käynnistyvään avustusohjelmaan.",
])
def test_descriptions_of_a_kind_are_no_names(text: str) -> None:
    assert not any(label.lower().endswith(("ohjelma", "koulutusohjelma")) for label in undertakings(text))


def test_an_agreement_does_not_swallow_its_parties() -> None:
    """Attributes agree with their head in number: a singular party is no part of plural agreements."""
    text = "Oulun kaupunki ja Tampereen yliopisto allekirjoittavat strategiset kumppanuussopimukset keväällä."
    found = undertakings(text)
    assert not any("yliopisto" in label for label in found)


def test_named_agreements_and_capitalised_programmes_stay() -> None:
    text = ("Oulun kaupungin ja Tampereen yliopiston kumppanuussopimuksen tavoitteena on yhteistyö. "
            "Kunta osallistuu Hyvän arjen ohjelmaan.")
    found = undertakings(text)
    assert "Oulun kaupungin ja Tampereen yliopiston kumppanuussopimus" in found
    assert "Hyvän arjen ohjelma" in found


def organisations(text: str, kind: str = "minutes") -> set[tuple[str, str]]:
    return {(typ, label) for typ, label in labels(text, kind) if typ in {"Association", "Company"}}


def test_a_registered_name_in_a_capitalised_item_title_starts_after_the_title_words() -> None:
    """Item titles print the whole line in capitals; only genitives lead back from the legal form to the name."""
    text = ("12 VARAJÄSENEN NIMEÄMINEN POHJOIS-SAVON VAMMAISTEN TUKI- YHDISTYS RY:N HALLITUKSEEN\n"
            "13 LAUSUNTO LUONNOKSESTA ITÄISEN UUDENMAAN TIETOPALVELUT OY:N PYYNNÖSTÄ\n")
    found = organisations(text)
    assert ("Association", "Pohjois-Savon vammaisten tukiyhdistys ry") in found
    assert any(typ == "Company" and label.lower() == "itäisen uudenmaan tietopalvelut oy" for typ, label in found)
    assert not any("NIMEÄMINEN" in label.upper() or "LUONNOKSESTA" in label.upper() for _, label in found)


def test_an_inflected_legal_form_ends_the_name_before_it() -> None:
    text = "Käsitellään Asunto Oy Koivukujan ja Testi Ab:n yhtiökokousasiat Kuntalehti Oy:n osalta."
    found = organisations(text)
    assert ("Company", "Kuntalehti Oy") in found
    assert not any("yhtiökokousasiat" in label for _, label in found)


def test_a_place_inside_a_name_after_a_swedish_head_is_no_place_mention() -> None:
    """'projektet Hälsa Södra Savolax' names a project; the region is a word of its name."""
    text = "Ministeriet har beviljat projektet Hälsa Södra Savolax 2 miljoner euro. Projektet pågår i tre år."
    found = labels(text)
    assert ("Project", "Hälsa Södra Savolax") in found
    assert not any(typ == "Region" for typ, _ in found)


def test_a_place_outside_the_swedish_name_stays() -> None:
    text = "I Södra Savolax genomförs projektet Hälsa för alla."
    assert any(typ == "Region" for typ, _ in labels(text))


@pytest.mark.parametrize(("text", "body"), [
    ("Information från samarbetsnämndens sammanträde delges.", "samarbetsnämnd"),
    ("Bengt Ek har anfört besvär över fullmäktiges beslut.", "fullmäktige"),
    ("Närvarande: Anna Berg, kfge:s ordförande.", "kommunfullmäktige"),
    ("Närvarande: Anna Berg, fullm. I viceordf.", "fullmäktige"),
])
def test_swedish_bodies_in_genitive_and_abbreviated(text: str, body: str) -> None:
    found = {label.lower() for typ, label in labels(text, "minutes") if typ == "Body"}
    assert any(label.endswith(body) for label in found), found
