"""The member towns of the joint authority whose own document this is: extract/header_members.py (issue 12)."""

from __future__ import annotations

from tests.helpers import extract, needs_voikko

RULE = "partOf:header-authority-member"


def _members(text: str) -> set[tuple[str, str]]:
    """(town label, authority label) of the facts the header rule states."""
    ex = extract(text, "minutes")
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object]) for f in ex.facts if f.rule == RULE}


MINUTES = ("{head}\nYhtymähallitus\nPöytäkirja 4/2024\n\nAika 12.3.2024 klo 13.00\n\nLäsnä\n"
           "Virtanen Matti, {a}\nKorhonen Liisa, {b}\n\n1 § Kokouksen avaus\n\n"
           "Puheenjohtaja avasi kokouksen ja totesi sen lailliseksi.\n\n2 § Talousarvion toteutuminen\n\n"
           "Yhtymähallitukselle esitellään talousarvion toteutuminen tammi-helmikuulta. Toimintakulut ovat "
           "toteutuneet suunnitellusti, ja investointien aikataulu on pitänyt. Päätösehdotus: Yhtymähallitus "
           "merkitsee tiedoksi talousarvion toteutuman.\n\nPäätös: Hyväksyttiin.\n\n3 § Kokouksen päättäminen\n\n"
           "Puheenjohtaja päätti kokouksen klo 14.10. Pöytäkirja tarkastetaan sähköisesti viikon kuluessa ja "
           "pidetään nähtävänä yleisessä tietoverkossa.\n")


@needs_voikko
def test_towns_in_the_minutes_of_an_authority_the_data_does_not_know_are_its_members() -> None:
    text = MINUTES.format(head="Hämeen vesihuollon kuntayhtymä", a="Hattula", b="Janakkala")
    found = _members(text)
    assert {town for town, _ in found} == {"Hattula", "Janakkala"}
    assert {authority for _, authority in found} == {"Hämeen vesihuollon kuntayhtymä"}


@needs_voikko
def test_only_the_known_members_of_a_known_authority() -> None:
    # the data lists Akseli's member towns: a town outside them is a guest, not a member
    text = MINUTES.format(head="Perusturvakuntayhtymä Akseli", a="Masku", b="Kuopio")
    assert {town for town, _ in _members(text)} == {"Masku"}


@needs_voikko
def test_an_authority_the_data_places_only_by_its_region_takes_no_town() -> None:
    text = MINUTES.format(head="Peruspalvelukuntayhtymä Selänne", a="Haapajärvi", b="Pyhäjärvi")
    assert _members(text) == set()


@needs_voikko
def test_an_authority_named_only_further_down_owns_no_towns() -> None:
    text = MINUTES.format(head="Hattulan kunta", a="Hattula", b="Janakkala") + "\n" * 3 + "x " * 200 + (
        "\nAsia koskee Hämeen vesihuollon kuntayhtymää.\n")
    assert _members(text) == set()


@needs_voikko
def test_a_sentence_or_two_has_no_head() -> None:
    assert _members("Hämeen vesihuollon kuntayhtymä toimii Hattulan ja Janakkalan alueella.") == set()


@needs_voikko
def test_two_authorities_in_the_head_give_no_owner() -> None:
    text = MINUTES.format(head="Hämeen vesihuollon kuntayhtymä ja Forssan seudun jätehuollon kuntayhtymä",
                          a="Hattula", b="Janakkala")
    assert _members(text) == set()


PLACED = ("Hämeen vesihuollon kuntayhtymä\nYhtymähallitus\nPöytäkirja 4/2024\n\nKokouspaikka {place}\n\nLäsnä\n"
          "Virtanen Matti, Hattula\nKorhonen Liisa, Janakkala\n\n1 § Kokouksen avaus\n\n"
          "Puheenjohtaja avasi kokouksen ja totesi sen lailliseksi. {sentence}\n\n2 § Talousarvion toteutuminen\n\n"
          "Yhtymähallitukselle esitellään talousarvion toteutuminen tammi-helmikuulta. Toimintakulut ovat "
          "toteutuneet suunnitellusti, ja investointien aikataulu on pitänyt. Päätösehdotus: Yhtymähallitus "
          "merkitsee tiedoksi talousarvion toteutuman.\n\nPäätös: Hyväksyttiin.\n\n3 § Kokouksen päättäminen\n\n"
          "Puheenjohtaja päätti kokouksen klo 14.10. Pöytäkirja tarkastetaan sähköisesti viikon kuluessa ja "
          "pidetään nähtävänä yleisessä tietoverkossa.\n")


@needs_voikko
def test_the_meeting_place_and_places_in_a_locative_are_not_members() -> None:
    # the meeting is held in Riihimäki, the next one in Loppi: places, not member towns
    text = PLACED.format(place="Riihimäen kaupungintalo, valtuustosali",
                         sentence="Seuraava kokous pidetään Lopella toukokuussa.")
    assert {town for town, _ in _members(text)} == {"Hattula", "Janakkala"}


@needs_voikko
def test_a_town_before_a_street_address_or_a_place_noun_in_a_locative_is_a_place() -> None:
    text = PLACED.format(place="virtuaalinen",
                         sentence="Henkilöstö tapasi Forssan kirjastossa ja Tammela (Hämeentie 5) toimii varapaikkana.")
    assert {town for town, _ in _members(text)} == {"Hattula", "Janakkala"}


@needs_voikko
def test_the_adessive_of_having_still_names_a_member() -> None:
    text = PLACED.format(place="virtuaalinen", sentence="Perussopimuksen mukaan Lopella on kaksi edustajaa.")
    assert {town for town, _ in _members(text)} == {"Hattula", "Janakkala", "Loppi"}


@needs_voikko
def test_a_town_alone_with_a_date_after_it_is_where_the_minutes_were_signed() -> None:
    text = PLACED.format(place="virtuaalinen", sentence="Forssa 12.03.2024 Matti Virtanen, puheenjohtaja.")
    assert {town for town, _ in _members(text)} == {"Hattula", "Janakkala"}


@needs_voikko
def test_a_capitalised_place_field_and_the_checking_and_display_fields_name_places() -> None:
    # "Paikka" as the field's label (not only "Kokouspaikka"/"PAIKKA"), and the town the minutes are checked in and
    # laid out for the public in: places, not member towns
    text = MINUTES.format(head="Hämeen vesihuollon kuntayhtymä", a="Hattula", b="Janakkala").replace(
        "Aika 12.3.2024 klo 13.00\n", "Aika 12.3.2024 klo 13.00 Paikka Forssan ammattiopisto, Opintie 3, Forssa\n")
    text += "\nPÖYTÄKIRJAN TARKASTUS Tammela Matti Virtanen\nPÖYTÄKIRJA YLEISESTI NÄHTÄVILLÄ Loppi\n"
    assert {town for town, _ in _members(text)} == {"Hattula", "Janakkala"}


@needs_voikko
def test_a_town_beside_a_street_is_an_address() -> None:
    # a street (with or without its number) right before the town, or after the town's genitive: a postal address
    text = PLACED.format(place="virtuaalinen",
                         sentence="Varapaikkana toimii Ammattiopisto Ahjo, Koulutie Forssa. Käsitellään asumisyksikön "
                                  "perustamisesta Tammelan Rantakadulle 39 tehty esitys.")
    assert {town for town, _ in _members(text)} == {"Hattula", "Janakkala"}
