"""Places a sentence names only to leave them out are no area of anything (extract/excepted_places.py)."""

from __future__ import annotations

from helpers import ID, extract, needs_voikko_for

from welfare_kg.extract.excepted_places import excepted

KUOPIO = ID + "municipality/297"
POHJOIS_SAVO, KAINUU = ID + "region/11", ID + "region/18"

voikko = needs_voikko_for("the cases of the places are told by Voikko's analysis")


def _at(text: str, place: str) -> bool:
    start = text.index(place)
    return excepted(text, start, start + len(place))


def test_a_word_of_exception_before_the_place_leaves_it_out() -> None:
    assert _at("Kaikki maakunnan kunnat paitsi Pertunmaa", "Pertunmaa")
    assert _at("alla kommuner i regionen utom Pargas", "Pargas")
    assert _at("i hela landskapet med undantag för Närpes", "Närpes")


def test_a_postposition_of_exception_after_the_place_leaves_it_out() -> None:
    assert _at("Jyväskylän seutua lukuun ottamatta kaikki seutukunnat", "Jyväskylän seutua")
    assert _at("koko maakunta Kuopio pois lukien", "Kuopio")


def test_a_place_beside_the_exception_but_not_under_it_stays() -> None:
    text = "Hanke toimii Kainuussa paitsi Kajaanissa"
    assert not _at(text, "Kainuussa")
    assert _at(text, "Kajaanissa")
    assert not _at("Paitsi koulutusta hanke järjestää Oulussa tapahtumia", "Oulussa")


def _areas(text: str) -> set[str]:
    return {f.object for f in extract(text).facts if f.predicate == "coversArea"}


@voikko
def test_a_region_left_out_of_the_locative_run_is_no_area() -> None:
    areas = _areas("Hyvä Arki -hanke järjestää koulutuksia Pohjois-Savossa ja Kainuussa paitsi Kuopion seudulla.")
    assert {POHJOIS_SAVO, KAINUU} <= areas
    assert ID + "cooperation-area/kuopion-seutukunta" not in areas


@voikko
def test_a_town_left_out_after_the_operating_verb_is_no_area() -> None:
    areas = _areas("Hyvä Arki -hanke toimii Pohjois-Savon ja Kainuun alueella paitsi Kuopiossa.")
    assert {POHJOIS_SAVO, KAINUU} <= areas
    assert KUOPIO not in areas


@voikko
def test_the_one_area_a_project_page_names_only_to_leave_out_is_not_its_area() -> None:
    page = ("Hyvä Arki -hanke kehittää vanhuspalveluita. Kehittämiselle on tarvetta maakunnassa, sillä {} kaikki "
            "muut seutukunnat ikääntyvät nopeasti. Hyvä Arki -hanke järjestää koulutuksia.")
    seutu = ID + "cooperation-area/jyvaskylan-seutukunta"
    assert seutu not in _areas(page.format("Jyväskylän seutua lukuun ottamatta"))
    assert seutu in _areas(page.format("Jyväskylän seudulla ja"))  # named as where the need is: the page's area
