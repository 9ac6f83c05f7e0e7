"""A known place the text uses as something other than a place it speaks of is no place mention: the town of a
postal address, the area around a town ("seutu"), a region's genitive inside the name of an office or unit that
belongs to someone else. Invented sentences and addresses."""

from __future__ import annotations

import pytest

from welfare_kg.extract.entities import Recogniser
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.text import sentences


def places(recogniser: Recogniser, text: str) -> list[str]:
    out = []
    for sent in sentences(text):
        out += [m.surface for m in recogniser.sentence_mentions(sent, text)
                if m.type in {"Municipality", "Region"}]
    return out


@pytest.mark.parametrize("text", [
    "Kokouspaikka: Kunnantalo, Esimerkkikatu 12 B, Kuopio",
    "Postiosoite PL 45, 70101 Kuopio",
    "Toimisto sijaitsee osoitteessa Rantatie 3, Kuopio.",
    "Sammanträdesplats: Exempelgatan 4, Vasa",
    "Hanke toimii Kuopion seudulla.",
    "Kuopion seudun yritykset osallistuvat.",
])
def test_an_address_town_or_a_towns_surroundings_is_no_municipality(recogniser: Recogniser, text: str) -> None:
    assert places(recogniser, text) == [], places(recogniser, text)


@pytest.mark.parametrize("text", [
    "Osaamiskeskuksen Lapin toimintayksikkö järjestää koulutuksen.",
    "Hakemus osoitetaan LAPIN LÄÄNINHALLITUS -viranomaiselle.",
    "Lausunto pyydettiin Itä-Suomen aluehallintovirastolta ja Pirkanmaan toimipisteeltä.",
])
def test_a_region_naming_an_office_or_unit_is_no_region(recogniser: Recogniser, text: str) -> None:
    assert not [p for p in places(recogniser, text) if not p.startswith("Itä-Suomen")], places(recogniser, text)


@pytest.mark.parametrize(("text", "place"), [
    ("Hanke toimii Kuopiossa ja sen kylissä.", "Kuopiossa"),
    ("Lapin kunnat osallistuvat hankkeeseen.", "Lapin"),
    ("Vuonna 2020 Kuopio myönsi avustuksen.", "Kuopio"),  # a year before the town is no house number
    ("Tapahtuma on Kuopiossa 12.5. klo 10.", "Kuopiossa"),
])
def test_places_the_text_speaks_of_stay(recogniser: Recogniser, text: str, place: str) -> None:
    assert place in places(recogniser, text), places(recogniser, text)


@pytest.mark.parametrize(("text", "place"), [
    ("Kymenlaakson toiminta toteutuu kahdesta toimipisteestä.", "Kymenlaakson"),
    ("Mäntyharju osallistuu vuosittain ryhmän toimintaan.", "Mäntyharju"),
    ("Seinäjoella järjestetään seminaari.", "Seinäjoella"),
])
def test_a_long_place_name_opening_a_sentence(recogniser: Recogniser, text: str, place: str) -> None:
    # Voikko also reads these as compounds of common nouns; the place stands all the same
    assert places(recogniser, text) == [place], places(recogniser, text)


@pytest.mark.parametrize("text", ["Pellon reunalla kasvaa ohraa.", "Salon puut kaadettiin."])
def test_a_short_common_noun_opening_a_sentence_is_no_place(recogniser: Recogniser, text: str) -> None:
    assert places(recogniser, text) == [], places(recogniser, text)


def test_a_provinces_office_is_no_province(gaz: Gazetteer) -> None:
    from tests.helpers import record
    from welfare_kg.extract.document import extract_document

    ex = extract_document(record("Avustusta haetaan Länsi-Suomen lääninhallitukselta ja Lapin läänin kunnilta."),
                          gazetteer=gaz)
    got = {(e.type, e.label) for e in ex.entities.values()}
    assert ("Agency", "Länsi-Suomen lääninhallitus") in got, got
    assert ("Region", "Lapin lääni") in got, got
    assert not [g for g in got if g[0] == "Region" and "Länsi" in g[1]], got


@pytest.mark.parametrize(("text", "label"), [
    ("Valmistelua on tehty Kuopion seutukunnassa koko vuoden.", "Kuopion seutukunta"),
    ("Mottagande av flyktingar till Vasaregionen diskuterades.", "Vasaregionen"),
    ("Vasaregionens kommuner samarbetar.", "Vasaregionen"),
])
def test_a_sub_region_named_after_its_town(recogniser: Recogniser, text: str, label: str) -> None:
    got = [(m.type, m.label) for s in sentences(text) for m in recogniser.sentence_mentions(s, text)]
    assert ("CooperationArea", label) in got, got
    assert not [g for g in got if g[0] == "Municipality"], got


def test_a_towns_surroundings_in_a_project_name_are_the_projects_words(recogniser: Recogniser) -> None:
    text = "Kuopion seutukunnan kehittämishanke jatkuu."
    got = [(m.type, m.label) for s in sentences(text) for m in recogniser.sentence_mentions(s, text)]
    assert not [g for g in got if g[0] in {"CooperationArea", "Municipality"}], got


@pytest.mark.parametrize(("text", "place"), [
    ("Osaamiskeskus toimii Lapin ja Pohjois-Pohjamaan alueella.", "Pohjois-Pohjamaan"),  # one letter missing
    ("Projektet genomfördes i landskapen Södra Österbotten och Östebotten.", "Östebotten"),
    ("Hanke laajenee Keski-Suommeen ensi vuonna.", "Keski-Suommeen"),  # one letter doubled
])
def test_a_long_place_name_with_one_letter_wrong(recogniser: Recogniser, text: str, place: str) -> None:
    assert place in places(recogniser, text), places(recogniser, text)


@pytest.mark.parametrize("text", [
    "Puheenjohtajana toimi Kaisa Pohjanmies.",  # a surname near a region's name is no region
    "Esimerkkilä ja Naapurila sopivat yhteistyöstä.",
])
def test_words_two_letters_from_a_place_stay_words(recogniser: Recogniser, text: str) -> None:
    assert places(recogniser, text) == [], places(recogniser, text)


def test_a_surname_opening_a_list_line_is_no_town(recogniser: Recogniser) -> None:
    assert places(recogniser, "Kankaanpää Matti puheenjohtaja") == [], places(recogniser, "Kankaanpää Matti")
