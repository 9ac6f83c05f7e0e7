"""The meeting's own body written bare in the header of minutes (extract/header_bodies.py)."""

from __future__ import annotations

import pytest
from helpers import extract

from welfare_kg.extract.model import Extraction


def _extract(text: str, kind: str = "minutes") -> Extraction:
    return extract(text, kind)


def _bodies(ex: Extraction) -> dict[str, str]:
    return {e.iri: e.label for e in ex.entities.values() if e.type == "Body"}


def _posts(ex: Extraction) -> set[tuple[str, str]]:
    return {(f.subject.rsplit("/", 1)[-1], ex.entities[f.object].label) for f in ex.facts
            if f.predicate == "holdsPost" and f.object in ex.entities}


@pytest.mark.parametrize(("text", "label"), [
    ("Pikkukylän Kotiseutuyhdistys ry\nHallitus\nPöytäkirja 2/2021\n\nLäsnä\nRaili Rantala, puheenjohtaja\n",
     "Hallitus"),
    ("Esimerkkilän koulutuskuntayhtymä\nJohtokunta 14.05.2022 § 12\n\nLäsnä\nVeikko Vaara puheenjohtaja\n",
     "Johtokunta"),
    ("Perhekeskuksen johtoryhmä\nMuistio 3/2024\n\nLäsnä: Aino Aalto, puheenjohtaja\n", "Perhekeskuksen johtoryhmä"),
    ("Ledningsgruppen\nProtokoll 4/2022\n\nNärvarande: Karin Berg, ordförande\n", "Ledningsgrupp"),
    # the meeting's number in the year after the word ("Hallitus 7 / 2018"), no date on the line
    ("Hallitus 5 / 2019\nKokousaika 4.6.2019 klo 13.00\n\nLäsnä\nOssi Orava, puheenjohtaja\n", "Hallitus"),
])
def test_header_names_the_meeting_body_and_its_chair(text: str, label: str) -> None:
    ex = _extract(text)
    assert label in _bodies(ex).values()
    assert any(body == label for _, body in _posts(ex))


@pytest.mark.parametrize("text", [
    # a news page's heading: the Government, not a meeting
    "Uutiset\nHallitus 12.3.2024\nHallitus antoi esityksen eduskunnalle.\n",
    # a web page's section heading with no word of minutes near it
    "Yhdistys\n\nHallitus\n\nHallitus on yhdistyksen toimeenpaneva elin.\n",
    # a generic owner names no one group
    "Kunnan johtoryhmä\nMuistio 3/2024\n\nLäsnä: Aino Aalto, puheenjohtaja\n",
    # running text that a line break leaves at a line's start
    "Pöytäkirja 2/2021\nAsiasta antoi lausunnon\nhallitus 12.3.2021\n",
])
def test_no_meeting_body_without_a_minutes_header(text: str) -> None:
    assert not _bodies(_extract(text, kind="news"))


def test_a_joint_council_is_not_the_page_s_own_council() -> None:
    # "vanhus- ja vammaisneuvosto" ends in the town's council's name but is another, joint council
    ex = _extract("Vammaisneuvosto, kokous 7.11.2017\n\n§ 19 Kuulumiset\n\nPuheenjohtaja kertoi, että Esimerkkiyhtymän "
                  "vanhus- ja vammaisneuvoston kokous pidetään keväällä.\n")
    bodies = _bodies(ex)
    assert len({iri for iri, label in bodies.items() if label.lower().endswith("vammaisneuvosto")}) == 2


def test_a_post_in_a_bare_board_names_that_board() -> None:
    # "hallituksen puheenjohtaja", "johtokunnan jäsen" in a joint authority's assembly: boards with office-holders
    ex = _extract("Esimerkkilän kuntayhtymä\nYhtymäkokous 12.3.2024 § 5\n\nLäsnä\nAino Aalto puheenjohtaja\n\n"
                  "Muut läsnäolijat\nMauno Mäkelä, hallituksen puheenjohtaja\nLeena Laakso, johtokunnan jäsen\n")
    posts = _posts(ex)
    assert ("mauno-makela", "Hallitus") in posts
    assert ("leena-laakso", "Johtokunta") in posts


@pytest.mark.parametrize("text", [
    "Hallituksen esitys annettiin eduskunnalle. Hallituksen jäsenet kokoontuivat.",
    # acting as chair of a project's group is said beside the person's own post
    "Hankkeen johtoryhmän puheenjohtajana on toiminut rehtori Veikko Vaara.",
    # an owner's genitive before the board: its post is the owner's
    "Kaupunginhallitus päätti nimetä yhdistyksen hallituksen jäseneksi Ville Virran.",
])
def test_no_bare_board_without_its_post(text: str) -> None:
    labels = {label.lower() for label in _bodies(_extract(text, kind="news")).values()}
    assert not labels & {"hallitus", "johtoryhmä"}


def test_swedish_board_abbreviation_and_bilingual_town() -> None:
    # "sst:s representant" in a nämnd's attendance list is the city board's; the Finnish inflected town name in
    # the bilingual text ("Paraisilla") is not the Swedish nominative of the board's name
    ex = _extract("5/2014 Social- och hälsovårdsnämnden\nTID - AIKA 12.06.2014\n"
                  "Protokollet hålls framlagt i stadshuset i Pargas\n"
                  "Pöytäkirja pidetään nähtävänä kaupungintalolla Paraisilla\n"
                  "NÄRVARANDE LEDAMÖTER - LÄSNÄ OLLEET JÄSENET\nBerg Anna ordförande\n"
                  "ÖVRIGA NÄRVARANDE - MUUT LÄSNÄ OLLEET\nLind Hanna sst:s representant\n")
    labels = {x.lower() for e in ex.entities.values() if e.type == "Body" for x in e.labels}
    assert "sst" in labels
    assert not any("paraisilla" in x for x in labels)


def test_a_joint_authority_s_board_keeps_the_name_the_text_writes() -> None:
    ex = _extract("Kuntayhtymän hallitus 12.3.2024 § 5\nLäsnä: Aino Aalto puheenjohtaja\n")
    labels = {x for e in ex.entities.values() if e.type == "Body" for x in e.labels}
    assert {"Kuntayhtymän hallitus", "Yhtymähallitus"} <= labels


def test_county_council_one_word_after_the_county() -> None:
    # a bare "valtuusto" one word after the county's genitive is the county's council, not another organisation's
    ex = _extract("Terveisiä Keski-Uudenmaan hyvinvointialueen toisesta valtuuston kokouksesta. HUS yhtymän "
                  "sopimus esiteltiin. HUS yhtymässä tarvitaan valvontaa.", kind="news")
    bodies = _bodies(ex)
    assert any(iri.endswith("-aluevaltuusto") for iri in bodies)
    assert not any("hus" in iri for iri in bodies)


def test_a_statute_s_town_board_in_a_city_s_minutes_is_no_second_board() -> None:
    ex = _extract("Kaupunginhallitus, kokous 4.10.2021\n\n§ 694 Vanhusneuvoston asettaminen\n\nPerustelut\n\n"
                  "Kaupunginhallitus on asettanut vanhusneuvoston.\n\nKuntalain 27 §:n mukaan kunnanhallituksen on "
                  "asetettava vanhusneuvosto ja huolehdittava sen toimintaedellytyksistä.\n")
    boards = [labels for labels in ({x.lower() for x in e.labels} for e in ex.entities.values() if e.type == "Body")
              if any(x.endswith("hallitus") for x in labels)]
    assert len(boards) == 1


def test_an_association_page_s_board_list_adds_no_body() -> None:
    # outside minutes, "hallituksen jäsen" on an association's page is the association's own organ
    ex = _extract("Hallitus\n\nYhdistyksen asioita hoitaa hallitus.\n\nHallituksen jäsenet\n\n"
                  "Aino Aalto, puheenjohtaja\nPaula Pelto, hallituksen jäsen\n", kind="news")
    assert not _bodies(ex)


def test_a_joint_authority_s_council_named_by_its_short_genitive() -> None:
    # "Essoten": the reference data's short name with a glued genitive; the same council written later without
    # its owner is that council
    ex = _extract("Vammaisneuvosto, kokous 7.11.2017\n\n§ 19 Essoten vanhus- ja vammaisneuvoston terveiset\n\n"
                  "Alueen vanhus- ja vammaisneuvoston sihteerit kutsutaan neuvostoon.\n")
    joint = [e for e in ex.entities.values()
             if e.type == "Body" and e.label.lower().endswith("vanhus- ja vammaisneuvosto")]
    assert len(joint) == 1
    assert "Essoten vanhus- ja vammaisneuvosto" in joint[0].labels


def test_a_bare_board_heading_minutes_is_not_the_meeting_towns() -> None:
    """"Hallitus 5 / 2019" of a regional council meeting in a town: the town has a kaupunginhallitus, not this board."""
    ex = _extract("Hallitus 5 / 2019\nKokousaika 4.6.2019 klo 13.00\nKokouspaikka Kouvola, Valtuustosali\n\n"
                  "Läsnä\nOssi Orava, puheenjohtaja\n")
    assert "Hallitus" in _bodies(ex).values()
    assert not [f for f in ex.facts if f.rule == "partOf:body-of"]
