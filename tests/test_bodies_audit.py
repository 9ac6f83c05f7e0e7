"""Organisations, bodies and municipalities in shapes that unseen documents write (issue 12 audit)."""

from __future__ import annotations

import pytest
from helpers import entity_label_sets
from helpers import extract as _extract
from helpers import gazetteer_iris as _iris

from welfare_kg.extract.gazetteer import reference_gazetteer


@pytest.mark.parametrize(("text", "iri"), [
    # a long town name opening a sentence: Voikko's common-noun compound reading is a guess, not a word
    ("Siilinjärvellä avattiin uusi palvelukeskus.", "municipality/749"),
    ("Kiuruvedellä kokeillaan liikkuvaa neuvolaa.", "municipality/263"),
    # a surname-first attendance row: the town after the first name is the town of the post
    ("Virtanen Matti Nousiaisten kunnanjohtaja", "municipality/538"),
    ("Matti Virtasen mukaan Haapajärven kaupunki hyötyy.", "municipality/069"),
])
def test_town_is_found(text: str, iri: str) -> None:
    assert iri in _iris(text)


@pytest.mark.parametrize(("text", "iri"), [
    # an inflected surname right after a first name is the person's, not the town's
    ("Jäsen Liisa Juvan ehdotuksesta asia palautettiin.", "municipality/178"),
    ("Asiasta keskusteltiin Pekka Salon kanssa.", "municipality/734"),
    ("Anna-Maija Rauman esitys hyväksyttiin.", "municipality/684"),
    # a short town name that is a common word still needs its head opening a sentence
    ("Salossa oli kaatunut puita.", "municipality/734"),
])
def test_place_word_is_not_the_town(text: str, iri: str) -> None:
    assert iri not in _iris(text)


def _bodies(text: str) -> dict[str, set[str]]:
    return entity_label_sets(text, "Body")


def _part_of(text: str) -> set[tuple[str, str]]:
    return {(f.subject.rsplit("/id/", 1)[-1], f.object.rsplit("/id/", 1)[-1]) for f in _extract(text).facts
            if f.predicate == "partOf"}


@pytest.mark.parametrize(("text", "iri", "label"), [
    # the town written with its head in the genitive before the board: the town's board, by both names
    ("Kuopion kaupungin hyvinvointilautakunta käsitteli kerhotoiminnan avustuksia.",
     "body/297-hyvinvointilautakunta", "Kuopion hyvinvointilautakunta"),
    ("Kuopion kaupungin hyvinvointilautakunta käsitteli kerhotoiminnan avustuksia.",
     "body/297-hyvinvointilautakunta", "Kuopion kaupungin hyvinvointilautakunta"),
    # a coordinated body name after a county's genitive keeps the county in its name
    ("Pohjois-Savon hyvinvointialueen sosiaali- ja terveyslautakunta kokoontui eilen.",
     "body/13-sosiaali-ja-terveyslautakunta", "Pohjois-Savon hyvinvointialueen sosiaali- ja terveyslautakunta"),
    # Swedish: the town's head "stads" carries the genitive
    ("Borgå stads socialnämnd behandlade ärendet i går.", "body/638-socialnamnd", "Borgå stads socialnämnd"),
])
def test_body_named_with_its_owner(text: str, iri: str, label: str) -> None:
    bodies = _bodies(text)
    assert iri in bodies, bodies
    assert label in bodies[iri]


@pytest.mark.parametrize(("text", "fact"), [
    ("Borgå stads socialnämnd behandlade ärendet i går.", ("body/638-socialnamnd", "municipality/638")),
    # Voikko reads "välfärdsområdes" as a Finnish nominative: the Swedish body word says it is a genitive
    ("Österbottens välfärdsområdes styrelse sammanträdde i går.", ("body/17-aluehallitus", "wellbeing-county/17")),
])
def test_body_part_of_its_owner(text: str, fact: tuple[str, str]) -> None:
    assert fact in _part_of(text)


def test_body_without_owner_before_it_keeps_its_name() -> None:
    """A town elsewhere in the sentence is not the board's owner by position."""
    bodies = _bodies("Perusturvalautakunta päätti, että Kuopion kaupunki saa lausunnon.")
    assert not any(iri.startswith("body/297-") for iri in bodies), bodies


@pytest.mark.parametrize(("text", "iri", "owner"), [
    # the owner after "för": the county's board, not that of the regional council named in the next sentence
    ("Styrelsen för Österbottens välfärdsområde höll möte. Österbottens förbund deltog i arbetet.",
     "body/17-aluehallitus", "wellbeing-county/17"),
    ("Socialnämnden i Korsholm behandlade frågan.", "body/499-socialnamnd", "municipality/499"),
])
def test_swedish_owner_after_preposition(text: str, iri: str, owner: str) -> None:
    assert iri in _bodies(text)
    assert (iri, owner) in _part_of(text)


def test_finnish_area_name_with_its_own_head() -> None:
    """"HYKS-ervan kunnat": an area name that carries its area head is no modifier of the word after it."""
    assert _iris("HYKS-ervan kunnat ovat mukana.") == ["cooperation-area/hyks"]
    assert "cooperation-area/kys" not in _iris("Itä-Suomen yliopisto järjesti kurssin.")


def test_swedish_joint_authority_and_its_council() -> None:
    """The 2022 joint authority of the Ostrobothnian municipalities, named in Swedish with "för": its council
    is its own, not that of a hospital district the same text names."""
    text = ("Fullmäktige för samkommunen för Österbottens välfärdsområde beslöt att köpa aktier. "
            "Mellersta Finlands sjukvårdsdistrikt säljer dem.")
    ja = "joint-authority/pohjanmaan-hyvinvointialueen-kuntayhtyma"
    assert ja in _iris("Samkommunen för Österbottens välfärdsområde inledde sin verksamhet.")
    assert any(body.startswith("body/pohjanmaan-hyvinvointialueen-kuntayhtyma") for body in _bodies(text))
    assert not any("ksshp" in body for body in _bodies(text))


@pytest.mark.parametrize(("text", "iris"), [
    # both parts of an Uusi- town inflect, and Voikko does not know every such town
    ("Kerho kokoontuu Uudessakaarlepyyssä.", ["municipality/893"]),
    ("Uudenkaarlepyyn kaupunki myönsi avustuksen.", ["municipality/893"]),
    # so do both parts of a Vähä- town (a former one, Voikko knows none): each case form of "vähä" leads
    ("Kokeilu tehtiin vuonna 2005 Vähässäkyrössä ja Laihialla.", ["municipality/399", "municipality/942"]),
    ("Vuonna 2006 Vähänkyrön kunta haki avustusta.", ["municipality/942"]),
    # two towns written as one hyphened word: each is named
    ("Sodankylä-Kittilä seutu hakee rahoitusta.", ["municipality/261", "municipality/758"]),
])
def test_towns_in_compound_forms(text: str, iris: list[str]) -> None:
    assert sorted(set(_iris(text)) & set(iris)) == iris


@pytest.mark.parametrize("text", [
    "Kone laskeutui Helsinki-Vantaan lentoasemalle.",  # an airport, not two towns
    "Kone laskeutui Helsinki-Vantaalle aamulla.",
    "Uudenlaisessa toiminnassa on mukana monia.",  # "uusi" inflected before no town
    "Isonlaisessa salissa on mukana monia.",  # nor "iso"
])
def test_no_towns_in_other_compounds(text: str) -> None:
    assert not [i for i in _iris(text) if i.startswith("municipality/")]


def test_board_of_a_joint_authority_named_after_for_is_not_the_countys() -> None:
    """"Samkommunstyrelsen för X": the name says the board is a joint authority's, so X is not its owner."""
    assert ("body/17-aluehallitus", "wellbeing-county/17") not in _part_of(
        "Samkommunstyrelsen för Österbottens välfärdsområde sammanträdde.")
    assert not any(o == "wellbeing-county/17" for _s, o in _part_of(
        "Samkommunstyrelsen för Österbottens välfärdsområde sammanträdde."))


@pytest.mark.parametrize(("text", "found"), [
    ("Päätökset julkistettiin Kuopiossa 5. maaliskuuta.", False),  # where it was announced
    ("Allekirjoitettu Raumalla, 1.2.2021", False),  # where it was signed
    ("Kuopiossa 14 yhdistystä sai avustusta.", True),  # a number, not a day
    ("Palvelu toimii Kuopiossa maaliskuusta alkaen.", True),
])
def test_town_before_a_date_is_a_place(text: str, found: bool) -> None:
    assert any(i.startswith("municipality/") for i in _iris(text)) is found


def test_county_board_in_common_words_is_the_aluehallitus() -> None:
    """"X:n hyvinvointialueen hallitus" and "Aluehallitus" on one page are one body, with both names."""
    bodies = _bodies("Kainuun hyvinvointialueen hallitus kokoontui. Aluehallitus käsitteli talousarviota.")
    assert set(bodies) == {"body/20-aluehallitus"}, bodies
    assert "Kainuun hyvinvointialueen hallitus" in bodies["body/20-aluehallitus"]


def _minutes_bodies(text: str) -> set[str]:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from helpers import record

    from welfare_kg.extract.document import extract_document

    ex = extract_document(record(text, kind="minutes"), gazetteer=reference_gazetteer())
    return {e.iri.rsplit("/id/", 1)[-1] for e in ex.entities.values() if e.type == "Body"}


@pytest.mark.parametrize(("text", "body"), [
    # a city's minutes: "KH" is the kaupunginhallitus the same minutes name in full
    ("RAUMAN KAUPUNKI PÖYTÄKIRJA 3/2020\nKaupunginhallitus 12.3.2020\nKH 2.3.2020 § 55 Asia palautettiin.",
     "body/684-kunnanhallitus"),
    # a municipality's minutes: "Kh" stays the kunnanhallitus
    ("EURAN KUNTA PÖYTÄKIRJA 3/2020\nKunnanhallitus 12.3.2020\nKh 2.3.2020 § 55 Asia palautettiin.",
     "body/050-kunnanhallitus"),
])
def test_board_abbreviation_follows_the_town_kind(text: str, body: str) -> None:
    bodies = _minutes_bodies(text)
    assert body in bodies, bodies
    assert not any(b.endswith(("-kunnanhallitus", "-kaupunginhallitus")) and b != body for b in bodies), bodies


@pytest.mark.parametrize(("text", "iri"), [
    ("Toimintaa kehitetään yhdessä Ensi- ja turvakotien liiton kanssa.", "association/ensi-ja-turvakotien-liitto"),
    ("Helsingin Diakonissalaitos vastaa palvelusta.", "association/helsingin-diakonissalaitos"),
])
def test_national_welfare_organisations(text: str, iri: str) -> None:
    assert iri in _iris(text)
    assert "municipality/091" not in _iris(text)


def test_swedish_town_ending_in_s_names_its_boards() -> None:
    """"NÄRPES STAD": the town's genitive is its name, so its boards are "Närpes stadsstyrelse", not "Närpess"."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from helpers import record

    from welfare_kg.extract.document import extract_document

    text = "NÄRPES STAD PROTOKOLL 2/2020\nStadsstyrelsen 10.2.2020 § 12\nStadsstyrelsen beslöt att godkänna avtalet."
    ex = extract_document(record(text, kind="minutes"), gazetteer=reference_gazetteer())
    labels = {x for e in ex.entities.values() if e.type == "Body" for x in e.labels}
    assert "Närpes stadsstyrelse" in labels, labels
    assert not any(x.startswith("Närpess") for x in labels)


@pytest.mark.parametrize(("text", "found"), [
    ("Läsnä: Lahti Pekka, Kemi Anna ja Pori Jussi.", False),  # surname-first rows
    ("Edustajat: Kuopio Pekka Virtanen.", True),  # the town before a whole name
    ("Hankkeessa mukana Kemi, Tornio ja Keminmaa.", True),
])
def test_town_before_a_first_name(text: str, found: bool) -> None:
    assert any(i.startswith("municipality/") for i in _iris(text)) is found


@pytest.mark.parametrize(("text", "iri"), [
    ("NordLab hyvinvointiyhtymä aloitti toimintansa.", "joint-authority/nordlab-hyvinvointiyhtyma"),
    ("Laboratoriopalvelut tuottaa NordLab.", "joint-authority/pohjois-suomen-laboratoriokeskus"),
])
def test_laboratory_joint_authorities(text: str, iri: str) -> None:
    assert iri in _iris(text)
