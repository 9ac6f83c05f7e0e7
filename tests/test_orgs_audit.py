"""Organisations and bodies in shapes that unseen documents write (issue 12 audit, helper "orgs")."""

from __future__ import annotations

import pytest

from tests.helpers import record
from tests.helpers import typed_labels as _typed
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def test_run_of_names_without_commas_is_split_at_kind_words() -> None:
    # a flattened list of thanks: each name ends in its kind word, the last one in its legal form
    found = _typed("Kiitämme Kuusalan kyläyhdistys Pajulan kyläyhdistys Mäntyranta ry Koivulan nuorisoseura "
                   "Hongiston Kivikko ry")
    assert ("Association", "Pajulan kyläyhdistys") in found
    assert ("Association", "Mäntyranta ry") in found
    assert ("Association", "Koivulan nuorisoseura") in found
    assert ("Association", "Hongiston Kivikko ry") in found
    assert not any("kyläyhdistys Mäntyranta" in label for _, label in found)


@pytest.mark.parametrize("name", ["Kotilahden asukasyhdistys Majakka ry", "Kehittämisyhdistys Lähde ry"])
def test_kind_word_inside_a_registered_name_stays(name: str) -> None:
    assert ("Association", name) in _typed(f"Hanketta tukee {name} ja kaupunki.")


def test_hyphened_seura_is_an_association() -> None:
    assert ("Association", "Pajula-Seura") in _typed("Tapahtuman järjesti Pajula-Seura yhdessä koulun kanssa.")


def test_colon_or_dot_glued_before_a_capitalised_word_splits_tokens() -> None:
    from welfare_kg.extract.text import tokenize
    assert [t.text for t in tokenize("valittu:Aino Kallas")] == ["valittu", ":", "Aino", "Kallas"]
    assert [t.text for t in tokenize("Kallas.Koordinaattorit")] == ["Kallas", ".", "Koordinaattorit"]
    # inflected acronyms, web and mail addresses stay whole
    assert [t.text for t in tokenize("STM:n sivu.fi Aino.Kallas@kunta.fi")][:3] == ["STM:n", "sivu.fi", "Aino.Kallas"]


def test_person_after_a_glued_colon_is_found() -> None:
    found = _typed("Työryhmään valittu:Aino Kallas ja Eero Nurmi.Koordinaattorit aloittavat keväällä.")
    assert ("Person", "Aino Kallas") in found
    assert ("Person", "Eero Nurmi") in found


def test_date_glued_to_a_body_word_in_a_table_header() -> None:
    from welfare_kg.extract.text import tokenize
    assert [t.text for t in tokenize("Kunnanhallitus7214.02.20213")] == ["Kunnanhallitus", "7214.02.20213"]
    assert [t.text for t in tokenize("Hyvinvointi2030 K30")] == ["Hyvinvointi2030", "K30"]
    found = _typed("Esimerkin kunta\nKunnanhallitus7214.02.20213\nAsia koskee koulukuljetuksia.", kind="minutes")
    assert any(typ == "Body" and label.lower() == "kunnanhallitus" for typ, label in found)


def test_district_after_a_town_is_no_company() -> None:
    found = _typed("Kerhoa on pidetty Espoon Kalliomäellä kaksi vuotta.")
    assert not any(typ == "Company" for typ, _ in found)
    assert ("Municipality", "Espoo") in found
    # a town's genitive before a capitalised common noun still names a club or a company
    assert ("Company", "Kokkolan Energia") in _typed("Kokkolan Energia sai 5 000 euroa ja seura 100 euroa.")


def test_parent_organisation_word_opens_its_company_name() -> None:
    found = _typed("Anna Berg, projektchef vid Kommunförbundet Tjänst Ab, leder arbetet.")
    assert ("Company", "Kommunförbundet Tjänst Ab") in found
    assert not any(label == "Kommunförbundet" for _, label in found)


def test_swedish_council_takes_the_towns_name() -> None:
    ex = extract_document(record("PARGAS STAD\nÄldrerådet 4.5.2023\nNärvarande: Eva Lund, ordförande\n"
                                 "Äldrerådet behandlade servicenätet.", kind="minutes"),
                          gazetteer=reference_gazetteer())
    labels = {e.label for e in ex.entities.values() if e.type == "Body"}
    assert "Pargas äldreråd" in labels


def test_kind_compound_opening_a_line_with_a_business_id() -> None:
    found = _typed("Osatoteuttajat\nPuutarhayhdistys, 1234567-8\nEsimerkin kunta, 7654321-0")
    assert ("Association", "Puutarhayhdistys") in found
    # without the business ID a capitalised kind word opening a line is just a capitalised common noun
    assert not any(typ == "Association" for typ, _ in _typed("Puutarhayhdistys on tärkeä asia."))


def test_joint_authority_named_by_its_kind_and_acronym() -> None:
    found = _typed("Asiaa kommentoi Koulutuskuntayhtymä KESKOn hallintojohtaja Aino Kallas.")
    assert ("JointAuthority", "Koulutuskuntayhtymä KESKO") in found


def test_hyphened_kind_name_is_no_conjunct_of_the_next_company() -> None:
    found = _typed("Mukana ovat Esimerkki-strategiatoimisto ja Kehitys Oy.")
    assert ("Company", "Kehitys Oy") in found
    assert not any("strategiatoimisto ja" in label for _, label in found)


def test_organisation_slots_in_a_list_of_people() -> None:
    found = _typed("Jäsenet: Aino Kallas, Espoon kaupunki Eero Nurmi, Kehitysvoima Oona Salo, Turun kaupunki.")
    assert ("Company", "Kehitysvoima") in found
    found = _typed("Jäsenet: Aino Kallas, Espoon kaupunki Eero Nurmi, Vireo Virium Turku (estynyt) Oona Salo, Kela.")
    assert ("Company", "Vireo Virium Turku") in found
    found = _typed("Koordinaatioon Aino Kallas (Kelpo) ja Eero Nurmi (VSSHP).")
    assert ("Company", "Kelpo") in found


def test_parties_and_posts_in_person_slots_are_no_organisations() -> None:
    found = _typed("Paikalla olivat Aino Kallas (SDP), Eero Nurmi (Kela) ja Oona Salo, Puheenjohtaja.")
    assert not any(typ == "Company" for typ, _ in found)


def test_unknown_genitive_before_a_title_and_a_name_is_the_employer() -> None:
    found = _typed("Zelvoren johtaja Aino Kallas avasi seminaarin.")
    assert ("Company", "Zelvore") in found
    # a common noun, a family name or a place in the genitive before the title is no organisation
    for text in ("Hankkeen johtaja Aino Kallas avasi seminaarin.", "Virtasen johtaja Aino Kallas avasi seminaarin."):
        assert not any(typ == "Company" for typ, _ in _typed(text))


def test_foreign_surname_ending_like_an_allative_is_kept_whole() -> None:
    people = {label for typ, label in _typed("Lisätietoja antaa Tom Granville, puh. 040 123 4567.") if typ == "Person"}
    assert people == {"Tom Granville"}
    # a vowel-final foreign stem still loses its allative
    people = {label for typ, label in _typed("Kiitos kuuluu Anna Roschkelle.") if typ == "Person"}
    assert people == {"Anna Roschke"}


def test_two_given_names_then_a_common_noun_surname() -> None:
    found = _typed("Puheenjohtajana toimii Anna Liisa Aula.")
    assert ("Person", "Anna Liisa Aula") in found
    assert not any(typ == "Company" for typ, _ in found)


def test_learned_plural_name_in_its_plural_cases() -> None:
    ex = extract_document(record("Kainuun Kylät ry on päähakija. Kainuun Kylien toiminta alkoi. "
                                 "Kainuun Kylille myönnettiin tukea.", kind="news"), gazetteer=reference_gazetteer())
    assoc = [e for e in ex.entities.values() if e.type == "Association"]
    assert len(assoc) == 1
    assert {"Kainuun Kylien", "Kainuun Kylille"} <= assoc[0].surfaces


@pytest.mark.parametrize(("text", "name"), [
    ("Koulutusta järjestää Koulutuskuntayhtymä Kelpola.", "Koulutuskuntayhtymä Kelpola"),
    ("Opiskelijat ovat Koulutuskuntayhtymä Kelpolan opiskelijoita.", "Koulutuskuntayhtymä Kelpola"),
])
def test_joint_authority_named_by_its_kind_and_a_proper_word(text: str, name: str) -> None:
    assert ("JointAuthority", name) in _typed(text)


@pytest.mark.parametrize("text", ["Koulutuskuntayhtymän Hallitus kokoontui.", "Koulutuskuntayhtymä Päättää asiasta.",
                                  "Perusturvakuntayhtymä Aino Kallas kertoi."])
def test_kind_word_before_a_board_verb_or_person_names_no_joint_authority(text: str) -> None:
    assert not any(typ == "JointAuthority" for typ, _ in _typed(text))


def test_national_associations_regional_district() -> None:
    found = _typed("Hanketta hallinnoi Mannerheimin Lastensuojeluliiton Pohjois-Savon piiri Kuopiossa.")
    assert ("Association", "Mannerheimin Lastensuojeluliiton Pohjois-Savon piiri") in found
    assert not any(typ == "Region" for typ, _ in found)  # the area is the district's name
    assert ("Municipality", "Kuopio") in found
