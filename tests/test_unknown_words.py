"""Words no lexicon knows in organisations' names (extract/morphology.py `unknown_nominative`): a new
association's own word, a founder's rare given name, a club's coined plural. The recogniser's rules asked for
"every reading nominative", and the suffix stripper's guesses for an unknown word always include a partitive or
other case, so such names were cut short or lost. The words and sentences below are invented for these tests."""

from __future__ import annotations

from helpers import entity_types, needs_voikko_for

from welfare_kg.extract.morphology import get_morphology, unknown_nominative

MORPH = get_morphology()
needs_voikko = needs_voikko_for("only Voikko tells a known word from a coined one")


@needs_voikko
def test_a_coined_word_may_be_a_nominative_a_known_or_inflected_one_not() -> None:
    assert unknown_nominative("Vurekkä", MORPH)  # a guessed partitive from the last vowel does not count
    assert unknown_nominative("Tolmosit", MORPH)
    assert not unknown_nominative("Kotikylä", MORPH)  # a word of the lexicon
    assert not unknown_nominative("Vurekän", MORPH)  # a guessed genitive
    assert not unknown_nominative("Vurekälle", MORPH)  # a guessed allative


@needs_voikko
def test_a_coined_own_name_after_a_lower_case_kind() -> None:
    names = entity_types("Avustuksen saivat Kuoreveden kyläyhdistys Vurekkä 2 000 euroa ja Längelmäen nuorisoseura "
                         "900 euroa.")
    assert names.get("Kuoreveden kyläyhdistys Vurekkä") == "Association"


@needs_voikko
def test_an_inflected_coined_word_after_the_kind_is_no_own_name() -> None:
    names = entity_types("Kuoreveden kyläyhdistys Vurekän kanssa järjestettiin talkoot.")
    assert "Kuoreveden kyläyhdistys Vurekän" not in names


@needs_voikko
def test_a_founders_rare_given_name_belongs_to_the_foundation() -> None:
    names = entity_types("Hallitus esittää, että Tuulikki ja Ruusalotta Kolmosen säätiö saa tilat käyttöönsä.")
    assert names.get("Tuulikki ja Ruusalotta Kolmosen säätiö") == "Association"
    names = entity_types("Hakemuksen jätti myös Ruusalotta Tuulikki Kolmosen muistosäätiö.")
    assert names.get("Ruusalotta Tuulikki Kolmosen muistosäätiö") == "Association"


@needs_voikko
def test_a_coined_word_alone_before_a_surname_is_no_founder() -> None:
    # without a known given name beside it an unknown capitalised word may be anything (a heading's word)
    names = entity_types("Hakemuksen jätti myös Ruusalotta Kolmosen muistosäätiö.")
    assert "Ruusalotta Kolmosen muistosäätiö" not in names


@needs_voikko
def test_a_towns_club_with_a_coined_plural_name() -> None:
    names = entity_types("Tuhat euroa sai myös Kangasalan Tolmosit, joka järjestää kesäleirin.")
    assert names.get("Kangasalan Tolmosit") == "Association"


@needs_voikko
def test_a_coined_singular_after_a_town_is_no_club() -> None:
    names = entity_types("Tuhat euroa sai myös Kangasalan Tolmosi, joka järjestää kesäleirin.")
    assert names.get("Kangasalan Tolmosi") != "Association"


@needs_voikko
def test_a_towns_genitive_before_a_coined_word_names_a_company() -> None:
    names = entity_types("Suurimmat lahjoittajat olivat Kokkolan Vekkura (50 000 euroa) ja Oulun Energia.")
    assert names.get("Kokkolan Vekkura") == "Company"


@needs_voikko
def test_a_towns_genitive_before_a_coined_district_or_inflected_word_is_no_company() -> None:
    names = entity_types("Kokous pidettiin Vantaan Vekkurakoskella. Lahjan saivat Kokkolan Vekkuralle kuuluvat.")
    assert not any(typ == "Company" for typ in names.values())


@needs_voikko
def test_three_people_each_with_a_bracketed_name_give_their_organisations() -> None:
    names = entity_types("Paikalla olivat toiminnanjohtajat Anna Kallio (Vekkura), Maarit Teuri (Tolmosi), "
                         "Pia Poikonen (Sarvikka) ja Taina Sainio (Kurmela).")
    assert {"Vekkura", "Tolmosi", "Sarvikka", "Kurmela"} <= set(names)
    assert names["Vekkura"] == "Association"  # nothing says a company: the more frequent kind of unlisted name


@needs_voikko
def test_two_people_with_bracketed_names_no_known_one_give_none() -> None:
    names = entity_types("Paikalla olivat Anna Kallio (Vekkura) ja Maarit Teuri (Tolmosi).")
    assert "Vekkura" not in names and "Tolmosi" not in names


@needs_voikko
def test_a_given_name_read_as_a_place_or_a_swedish_nominative_opens_no_company() -> None:
    names = entity_types("Projektledare: Malin Andtbacka. Ordförande i Mariehamn Förbundsstyrelsens möte.")
    assert names.get("Malin Andtbacka") == "Person"
    assert not any(typ == "Company" for typ in names.values())


@needs_voikko
def test_a_kind_cut_at_a_line_end_is_no_brand() -> None:
    names = entity_types("Yhteistyössä oli mukana Kangasalan Vanhustenyhdisty, joka vastasi kahvituksesta.")
    assert not any(typ == "Company" for typ in names.values())


def test_without_voikko_no_word_is_unknown() -> None:
    # the suffix stripper guesses for every word: "unknown" would then mean every capitalised word
    from welfare_kg.extract.morphology import FallbackMorphology
    assert not unknown_nominative("Vurekkä", FallbackMorphology())
