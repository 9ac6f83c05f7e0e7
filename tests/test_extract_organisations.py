"""Registered names before "ry" / "Oy": lower-case kinds inside, places in the genitive, case endings after.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def orgs(text: str) -> set[tuple[str, str]]:
    ex = extract_document(record(text))
    return {(e.type, e.label) for e in ex.entities.values() if e.type in {"Association", "Company"}}


@pytest.mark.parametrize(("text", "expected"), [
    ("- Koivukylän asukastaloyhdistys Kajastus ry 8 000 euroa",
     ("Association", "Koivukylän asukastaloyhdistys Kajastus ry")),
    ("Avustus maksetaan Lintulahti-Kallio -kaupunginosayhdistys ry:lle.",
     ("Association", "Lintulahti-Kallio -kaupunginosayhdistys ry")),
    ("Hankkeen toteuttaa Kajaanin Ladun Hiihtäjät ry yhdessä kaupungin kanssa.",
     ("Association", "Kajaanin Ladun Hiihtäjät ry")),
    ("Sopimus tehtiin Oulun Kiinteistöhuolto Oy:n kanssa.", ("Company", "Oulun Kiinteistöhuolto Oy")),
])
def test_registered_names(text: str, expected: tuple[str, str]) -> None:
    assert expected in orgs(text)


def test_name_starts_at_its_capital_and_stops_at_other_words() -> None:
    got = orgs("Kaupunki ja pieni Kotiapu ry sopivat asiasta.")
    assert got == {("Association", "Kotiapu ry")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Avustus myönnettiin Osuuskunta Kylän Kauppa -yhdistykselle.", ("Company", "Osuuskunta Kylän Kauppa")),
    ("Palvelun tuottaa Tmi Hoivakoti Lähde.", ("Company", "Tmi Hoivakoti Lähde")),
    ("Vuokrasopimus tehtiin Kiinteistö Oy Kajaanin Torni kanssa.", ("Company", "Kiinteistö Oy Kajaanin Torni")),
    ("Mukana on Stiftelsen Folkhälsan sr.", ("Association", "Stiftelsen Folkhälsan sr")),
])
def test_legal_form_written_first_or_swedish(text: str, expected: tuple[str, str]) -> None:
    assert expected in orgs(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a common noun inside the registered name, after the capital that opens it
    ("Hallitus päätti myydä osakkeet Maakuntien tilakeskus Oy:lle.", ("Company", "Maakuntien tilakeskus Oy")),
    ("Hankkeessa on mukana yritys Sunnuntaiaamun hoiva Oy sekä kunta.", ("Company", "Sunnuntaiaamun hoiva Oy")),
    # a sentence's capitalised first word is not the name's start
    ("Kunnan tytäryhtiö Kuntien Tiera Oy hoitaa asian.", ("Company", "Kuntien Tiera Oy")),
    # other legal forms: limited partnership
    ("Palvelun tuottaa Jäälin Palvelukoti Ky.", ("Company", "Jäälin Palvelukoti Ky")),
    # the form written first, any case, a genitive and the common noun it names
    ("Kiinteistöosakeyhtiö Laakson yhteissairaalan hallitukseen valittiin jäsenet.",
     ("Company", "Kiinteistöosakeyhtiö Laakson yhteissairaala")),
])
def test_company_names_with_common_nouns_and_other_forms(text: str, expected: tuple[str, str]) -> None:
    assert expected in orgs(text)


def test_lower_case_words_before_the_name_stay_out() -> None:
    got = orgs("Sopimus tehtiin kaupungin ja Hoivatiimi Oy:n kanssa.")
    assert got == {("Company", "Hoivatiimi Oy")}


@pytest.mark.parametrize(("text", "expected"), [
    # invented national associations (Mielenterveyden keskusliitto and Kehitysvammaliitto are reference data now)
    ("Hakijana on Tunturiperheiden keskusliitto.", ("Association", "Tunturiperheiden keskusliitto")),
    ("Hankkeen toteuttaa Kuulovammaliitto yhdessä kaupungin kanssa.", ("Association", "Kuulovammaliitto")),
    ("Rahaa lahjoitti Uuden lastensairaalan tukisäätiö.", ("Association", "Uuden lastensairaalan tukisäätiö")),
])
def test_associations_named_by_their_kind(text: str, expected: tuple[str, str]) -> None:
    assert expected in orgs(text)


@pytest.mark.parametrize("text", [
    "Yhdistys järjesti tapahtuman kaupungin kanssa.",  # the bare kind is no name
    # a sentence opener is capitalised anyway: a local club's kind as subject names none (extract/opening_kind_names.py
    # reads "Kuulovammaliitto myönsi rahaa." as a name: the sentence's singular subject)
    "Kyläyhdistys myönsi rahaa.",
    "Pohjois-Savon maakuntaliitto myönsi rahaa.",  # a regional council: reference data, not an association
])
def test_kind_words_that_name_no_association(text: str) -> None:
    assert not {t for t in orgs(text) if t[0] == "Association"}


def test_kind_compound_before_a_legal_form_keeps_the_whole_registered_name() -> None:
    got = orgs("Avustusta saa Kalliolan Kannatusyhdistys ry 70 000 euroa.")
    assert ("Association", "Kalliolan Kannatusyhdistys ry") in got
    assert ("Association", "Kannatusyhdistys") not in got


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    # a heading run into the text: a common noun in the nominative before the capital is no word of the name
    ("1 TOIMINTAKERTOMUS Toiminnan tarkoitus Hatoseutu ry:n tarkoituksena on maaseudun kehittäminen.",
     ("Association", "Hatoseutu ry"), ("Association", "Toiminnan tarkoitus Hatoseutu ry")),
    # a participle before a capital closes the phrase that describes the name after it
    ("Suomen Voimisteluliittoon kuuluva Ruskon Naisvoimistelijat ry haki avustusta.",
     ("Association", "Ruskon Naisvoimistelijat ry"),
     ("Association", "Suomen Voimisteluliittoon kuuluva Ruskon Naisvoimistelijat ry")),
    ("Vuonna 1988 perustettu Kalevan Muistiyhdistys ry on omaisyhdistys.",
     ("Association", "Kalevan Muistiyhdistys ry"), ("Association", "perustettu Kalevan Muistiyhdistys ry")),
])
def test_heading_and_participle_before_a_registered_name(text: str, expected: tuple[str, str],
                                                         not_expected: tuple[str, str]) -> None:
    got = orgs(text)
    assert expected in got
    assert not_expected not in got


def test_participle_frees_the_federation_before_it() -> None:
    got = orgs("Suomen Voimisteluliittoon kuuluva Ruskon Naisvoimistelijat ry haki avustusta.")
    assert ("Association", "Suomen Voimisteluliitto") in got


def test_kind_compound_before_another_registered_name() -> None:
    """"Xliiton ja Y Oy:n": the conjunction starts the other name, so the legal form after it is not the
    compound's own (an organisation-swapped copy of a dev page read no federation here)."""
    got = orgs("Valmistelussa hyödynnettiin STM:n rahoittaman Kolvanaliiton ja Hyvil Oy:n yhdyspintaprojektin "
               "tuloksia.")
    assert ("Association", "Kolvanaliitto") in got
    assert ("Company", "Hyvil Oy") in got


def test_swedish_regional_council_by_its_kind_is_a_joint_authority() -> None:
    ex = extract_document(record("Samarbetsgruppen för Österbotten\n\nFöreträdare Personlig ersättare ordf. Michael "
                                 "Luther ( ) Hans-Erik Lindgren ( ) Landskapsförbundet och dess medlemskommuner "
                                 "Ann-Sofi Backgren ( ).\n"))
    assert ("JointAuthority", "Landskapsförbundet") in {(e.type, e.label) for e in ex.entities.values()}
