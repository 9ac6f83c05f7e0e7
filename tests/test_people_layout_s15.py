"""People written in ways a transcript or a town's name hides (fifteenth session): a given name lower-cased by a
transcript, a given name that is also a town's ("Simo"), a DVV surname one letter from a former town's name."""

from __future__ import annotations

import pytest
from helpers import needs_voikko, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _people(text: str) -> set[str]:
    out = extract_document(record(text, kind="news"), gazetteer=reference_gazetteer())
    return {e.label for e in out.entities.values() if e.type == "Person"}


@needs_voikko
@pytest.mark.parametrize(("text", "person"), [
    ("Korkeimman hallinto-oikeuden päätös/maria Teirikko ja muut asiat.", "Maria Teirikko"),
    ("Käsittelijä leena Ruopuro Puhelinnumero Hakemusnumero", "Leena Ruopuro"),
    ("Täyttäjän nimi Simo Viherjälaakso Sähköpostiosoite Puhelinnumero", "Simo Viherjälaakso"),
    ("Vastuuhenkilön nimi Anna Saralahti Asema organisaatiossa Kamreeri", "Anna Saralahti"),
])
def test_people_a_transcript_or_a_town_hides(text: str, person: str) -> None:
    assert person in _people(text)


@needs_voikko
@pytest.mark.parametrize("text", [
    "Kunnanhallituksen kokouksissa/vuokko Mäntymaa esitti asian.",  # "vuokko" is a flower too: left alone
    "Anna kaikki palautteet Virtaselle.",  # the verb
    "Kemin, Tornion ja Simon kunnat sekä Simo Kuntaa edustaen.",  # the town
])
def test_lower_case_words_and_towns_that_are_no_people(text: str) -> None:
    assert _people(text) == set()


@needs_voikko
def test_surname_comma_given_rows_with_a_post_column() -> None:
    text = ("Muut\n\nKarvinen, Marko              strategiapäällikkö\n\n"
            "                     Andersson, Henrik          kielenkääntäjä\n\n"
            "Kokkola, Anna              vieras\n\nMuut asiat, Kaisa   sihteeri\n")
    people = _people(text)
    assert {"Marko Karvinen", "Henrik Andersson"} <= people
    assert "Anna Kokkola" not in people  # no post in the column: left to the list readers
    assert not any("Muut" in p for p in people)


@needs_voikko
@pytest.mark.parametrize("text", [
    "Kokous pidettiin Aleksis Kiven koulussa.",
    "Tilaisuus on Minna Canthin kirjastossa.",
    "Toivo Kuula -sali ja Jean Sibelius -talo olivat varattuina.",
])
def test_places_named_after_someone_are_no_people(text: str) -> None:
    assert _people(text) == set()


@needs_voikko
def test_a_name_glued_by_a_dash_to_any_head_is_no_person() -> None:
    # the spaced-hyphen compound names a club, a villa, a collection after someone: no head list needed
    assert _people("Eino Leino -seura kokoontui. Juhla oli Aino Ackté -huvilassa.") == set()
    assert _people("Apu tuli Veikko Hursti -keräyksestä.") == set()


@needs_voikko
def test_a_firm_named_by_its_owner_is_no_person() -> None:
    assert "Eero Halttunen" not in _people("Työt teki Eero Halttunen Oy.")  # named only in the firm's name
    people = _people("Työt teki Eero Halttunen Oy. Toimitusjohtaja Eero Halttunen kiitti.")
    assert "Eero Halttunen" in people  # the same name with a title is the person


@needs_voikko
def test_a_dash_between_spaces_or_an_adjective_keeps_the_person() -> None:
    assert "Pekka Niemi" in _people("Pekka Niemi - puheenjohtaja - avasi kokouksen.")
    assert "Liisa Korhonen" in _people("Liisa Korhonen -vetoinen työryhmä aloitti.")


@needs_voikko
def test_a_person_before_an_ordinary_noun_stays() -> None:
    assert "Liisa Laine" in _people("Liisa Laineen esitys hyväksyttiin.")
    assert "Matti Virtanen" in _people("Matti Virtanen -niminen henkilö valittiin.")


@needs_voikko
def test_people_in_a_title_in_capitals() -> None:
    text = ("12 VALTUUSTOALOITE / LIISA LAINEEN ALOITE LASTEN PÄIVÄHOIDOSTA\n"
            "14 MATTI VIRTASEN VALINTA SOSIAALIJOHTAJAKSI\n"
            "15 ANNA PALAUTETTA KUNNALLE JA LAPIN LIITON LAUSUNTO\n"
            "16 SIMO KUNNAN TALOUSARVIO\n")
    assert _people(text) == {"Liisa Laine", "Matti Virtanen"}


def test_places_and_body_codes_in_a_surname_first_list_are_no_people() -> None:
    from welfare_kg.extract.model import Mention
    from welfare_kg.extract.people import place_or_code_pair

    def person(label: str) -> Mention:
        return Mention(start=0, end=len(label), surface=label, label=label, type="Person", rule="person-listed")

    assert place_or_code_pair(person("Pietari Tukholma"))  # "Tukholma Pietari -kehityskäytävä"
    assert place_or_code_pair(person("Kh Käsittelyjärjestys"))  # "Käsittelyjärjestys Kh" in an extract's head
    assert not place_or_code_pair(person("Pietari Kotka"))  # Kotka is DVV's surname too
    assert not place_or_code_pair(person("Cc Dahlvik"))
    assert not place_or_code_pair(person("Salla Virtanen"))
    assert place_or_code_pair(person("Inkoo Hanko"))  # a town column run into the rows: "hanko" is a noun too
    assert not place_or_code_pair(person("Kaarina Salo"))  # a given name and a surname DVV holds, both towns


@needs_voikko
def test_a_street_in_a_row_of_names_is_no_part_of_a_name() -> None:
    from welfare_kg.extract.morphology import get_morphology
    from welfare_kg.extract.people import listed_people

    text = ("Läsnä Koivisto Outi puheenjohtaja Rantala Eeva jäsen Hallamaa Leo rehtori, Opisto, Lohja "
            "Kuusiniitynkatu Kallasvuo Pirjo talousjohtaja Saarela Ismo jäsen\n")
    people = {(p.first, p.surname): p.role for p in listed_people(text, get_morphology())}
    assert ("Pirjo", "Kallasvuo") in people
    assert not any("katu" in f"{first} {surname}" for first, surname in people)
    assert people[("Leo", "Hallamaa")] == "rehtori, Opisto"  # the row's address ends its role


@needs_voikko
@pytest.mark.parametrize(("text", "person"), [
    ("Eroanomus luottamustehtävästä; Silvala Suvi Kehitysvammaisten autetun asumisen yksikön perustaminen",
     "Suvi Silvala"),  # a run-in list: the next item's title opens with a capitalised common word
    ("Tilojen myynti 80 Pulliainen Outi ja Matti / lisämaan ostotarjous", "Outi Pulliainen"),  # after its number
])
def test_surname_first_pairs_in_run_in_item_lists(text: str, person: str) -> None:
    assert person in _people(text)


@needs_voikko
def test_a_verb_after_a_given_name_is_no_surname() -> None:
    assert _people("Asia. Matti Päättää asiasta.") == set()
    assert "Martta Sido" in _people("Päätöksen teki sosiaalijohtaja Martta Sido.")  # after a title it may be
    assert "Ulla Siiriä" in _people("Ohjelman johtajana toimii Ulla Siiriä.")


@needs_voikko
def test_a_surname_with_initials_in_a_surname_comma_given_list() -> None:
    people = _people("Jäsenet\n\nMoring, Anna\n\nRoos, J.P.\n\nThors, Moa\n\nKokous, K.\n")
    assert "J.P. Roos" in people
    assert not any("Kokous" in p for p in people)


@needs_voikko
def test_a_person_named_in_a_caps_title_gets_no_post_from_it() -> None:
    text = "Kunnanhallitus 12.5.2011\n14 KUNNANJOHTAJA MATTI VIRTASEN VIRKAVAPAUS\n"
    out = extract_document(record(text, kind="minutes"), gazetteer=reference_gazetteer())
    assert "Matti Virtanen" in {e.label for e in out.entities.values() if e.type == "Person"}
    assert not [f for f in out.facts if f.predicate == "holdsPost"]


@needs_voikko
@pytest.mark.parametrize("text", [
    "Läsnä Kokkola Sampsa Hirvelä Kannus Ritva Vuorenmaa Toholampi Eino Kaartinen Lestijärvi Aila Rautio",
    "Läsnä Sampsa Hirvelä Kokkola Ritva Vuorenmaa Kannus Eino Kaartinen Toholampi",
])
def test_a_town_column_run_into_the_names_shifts_no_name(text: str) -> None:
    # each town is a member's, before or after the name: no "Sampsa Kokkola", no "Kannus Hirvelä"
    from welfare_kg.extract.morphology import get_morphology
    from welfare_kg.extract.people import listed_people

    names = {f"{p.first} {p.surname}" for p in listed_people(text, get_morphology())}
    assert {"Sampsa Hirvelä", "Ritva Vuorenmaa", "Eino Kaartinen"} <= names
    assert not any(town in name for name in names for town in ("Kokkola", "Kannus", "Toholampi", "Lestijärvi"))


@needs_voikko
@pytest.mark.parametrize(("text", "column"), [
    ("Läsnä Perusturva Sampsa Hirvelä Sivistys Ritva Vuorenmaa Tekninen Eino Kaartinen Ympäristö Aila Rautio",
     ("Perusturva", "Sivistys", "Tekninen", "Ympäristö")),  # a department column
    ("Läsnä Sampsa Hirvelä Kesk Ritva Vuorenmaa Kok Eino Kaartinen Vihr Aila Rautio Vas",
     ("Kesk", "Kok", "Vihr", "Vas")),  # each member's party
    ("Läsnä Hirvelä Sampsa Kokkola Vuorenmaa Ritva Kannus Kaartinen Eino Toholampi Rautio Aila Halsua",
     ("Kokkola", "Kannus", "Toholampi")),  # surname first, each row's town after it
])
def test_a_column_of_common_words_parties_or_towns_is_no_part_of_a_name(text: str, column: tuple[str, ...]) -> None:
    from welfare_kg.extract.morphology import get_morphology
    from welfare_kg.extract.people import listed_people

    names = {f"{p.first} {p.surname}" for p in listed_people(text, get_morphology())}
    assert {"Sampsa Hirvelä", "Ritva Vuorenmaa", "Eino Kaartinen", "Aila Rautio"} <= names
    assert not any(word in name for name in names for word in column)


@needs_voikko
def test_a_heading_of_capitalised_common_nouns_is_no_person() -> None:
    # a given name, then a common noun no register holds as a surname, then another capitalised dictionary word
    assert _people("Meri Pelastus Seura\n\nKylätalolla vietettiin iltaa.") == set()
    assert "Meri Pelastus" in _people("Puheenjohtaja Meri Pelastus avasi kokouksen.")
    assert "Anja Kylävalli" in _people("Läsnä: Anita Kostiainen Anja Kylävalli Riitta Niskanen")  # a name follows
