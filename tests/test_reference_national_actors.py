"""National actors that welfare documents name and that no page-written rule finds: police departments, church
bodies, banks and the public broadcaster, EU and Nordic programmes (data/police_departments.csv,
church_bodies.csv, banks_and_media.csv, programmes.csv; sources in data/SOURCES.md).

Reference data carries over to documents nobody tuned for; the sentences here are invented. The guards check that a
listed name does not fire on a web address, a compound or a longer name that only starts like it.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from helpers import entity_types, gazetteer_iris

from welfare_kg.data import build_reference

TABLES = ["police_departments.csv", "church_bodies.csv", "banks_and_media.csv"]


def _rows(name: str) -> list[dict[str, str]]:
    with (Path(build_reference.__file__).parent / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("table", TABLES)
def test_the_new_tables_are_built_and_every_row_names_its_source(table: str) -> None:
    assert table in build_reference.ORG_TABLES
    rows = _rows(table)
    assert rows and all("Source:" in r["note"] for r in rows)


def test_eleven_police_departments_as_the_ministry_lists_them() -> None:
    rows = [r for r in _rows("police_departments.csv") if r["slug"].startswith("poliisilaitos-")]
    assert len(rows) == 11
    assert all(r["name_fi"].endswith(" poliisilaitos") for r in rows)
    assert all(r["name_sv"].startswith("Polisinrättningen i ") for r in rows)


def test_nine_dioceses_of_the_lutheran_church() -> None:
    assert len([r for r in _rows("church_bodies.csv") if "hiippakunta" in r["name_fi"]]) == 9


@pytest.mark.parametrize(("text", "iri"), [
    ("Hanketta rahoittaa Länsi-Uudenmaan poliisilaitos.", "agency/poliisilaitos-lansi-uusimaa"),
    ("Työryhmään kuuluu Oulun poliisilaitoksen edustaja.", "agency/poliisilaitos-oulu"),
    ("I arbetsgruppen deltar Polisinrättningen i Österbotten.", "agency/poliisilaitos-pohjanmaa"),
    ("Tapausta tutkii KRP.", "agency/keskusrikospoliisi"),
    ("Kirkkohallitus myönsi avustuksen.", "parish/kirkkohallitus"),
    ("Hiippakuntien yhteistyöhön osallistuu Borgå stift.", "parish/porvoon-hiippakunta"),
    ("Lapuan hiippakunnan piispa vieraili seurakunnassa.", "parish/lapuan-hiippakunta"),
    ("Keräyksen tuotto ohjataan Kirkon Ulkomaanavulle.", "association/kirkon-ulkomaanapu"),
    ("Asiasta kertoi Yle torstaina.", "company/yleisradio"),
    ("Svenska Yle rapporterade om projektet.", "company/svenska-yle"),
    ("Lahjoituksen antoivat Nordea ja S-Pankki.", "company/nordea"),
    ("Tapahtuman pääyhteistyökumppani on OP Ryhmä.", "company/op-ryhma"),
    ("Koulu sai Nordplus-ohjelmasta tukea vaihtoon.", "programme/nordplus"),
    ("Projektet finansieras av Northern Periphery Programme inom EU.", "programme/interreg-npa"),
    ("Hanke sai rahoitusta Euroopan meri- ja kalatalousrahastosta.", "programme/emkr"),
])
def test_listed_national_actor_is_recognised_inflected(text: str, iri: str) -> None:
    assert iri in gazetteer_iris(text)


def test_a_police_department_is_not_read_as_its_region() -> None:
    labels = entity_types("Hanketta rahoittaa Länsi-Uudenmaan poliisilaitos yhdessä kaupungin kanssa.")
    assert labels.get("Länsi-Uudenmaan poliisilaitos") == "Agency" and "Länsi-Uusimaa" not in labels


def test_church_bodies_are_typed_as_the_church() -> None:
    labels = entity_types("Kirkkohallitus ja Suomen ortodoksinen kirkko allekirjoittivat sopimuksen.")
    assert labels.get("Kirkkohallitus") == "Parish" and labels.get("Suomen ortodoksinen kirkko") == "Parish"


@pytest.mark.parametrize("text", [
    "Lue lisää sivulta yle.fi tai www.yle.fi/uutiset.",  # a web address
    "Yle-veron tuotto kasvoi vuonna 2020.",  # a compound
    "1. Yleistä\nHanke alkoi vuonna 2020.",  # the heading 'General', which Voikko also reads as Yle in the plural
])
def test_the_broadcaster_does_not_fire_on_addresses_or_compounds(text: str) -> None:
    assert "company/yleisradio" not in gazetteer_iris(text)


def test_a_longer_name_that_starts_like_a_listed_bank_is_not_the_bank() -> None:
    iris = gazetteer_iris("Aktiastiftelsen i Vasa delade ut bidrag. OP Keski-Suomi lahjoitti rahaa.")
    assert "company/aktia" not in iris and "company/op-ryhma" not in iris


def test_a_diocese_inside_the_name_of_its_unit_is_still_the_diocese() -> None:
    # the regional register of a diocese is a body of its own; the diocese inside its name is still the diocese
    labels = entity_types("Lapuan hiippakunnan alueellinen keskusrekisteri aloittaa toimintansa.")
    assert labels.get("Lapuan hiippakunta") == "Parish"


@pytest.mark.parametrize(("text", "iri"), [
    ("Avustusta sai Sotainvalidien Veljesliitto.", "association/sotainvalidien-veljesliitto"),
    ("Avustusta sai Suomen somalialaisten liitto.", "association/suomen-somalialaisten-liitto"),
    ("Hanketta hallinnoi Suomen Pakolaisapu.", "association/suomen-pakolaisapu"),
    ("SOSTEn perustivat STKL, YTY ja Tekry.", "association/stkl"),
    ("Asunnot hankki Y-Säätiö.", "association/y-saatio"),
    ("Palvelut tuottaa Asumispalvelusäätiö ASPA.", "association/aspa"),
    ("Leirin järjesti Suomen Partiolaiset.", "association/suomen-partiolaiset"),
])
def test_listed_national_organisation_is_recognised(text: str, iri: str) -> None:
    assert iri in gazetteer_iris(text)


def test_the_common_noun_partio_is_not_the_scout_association() -> None:
    assert "association/suomen-partiolaiset" not in gazetteer_iris("Partio on lasten suosituin harrastus.")


@pytest.mark.parametrize(("text", "iri"), [
    ("Hankkeessa olivat mukana EVTEK ja KyAMK.", "company/metropolia"),
    ("Hankkeessa olivat mukana EVTEK ja KyAMK.", "company/xamk"),
    ("Projektet drevs av Svenska yrkeshögskolan.", "company/novia"),
    ("Tutkimus tehtiin Teknillisessä korkeakoulussa.", "agency/aalto-yliopisto"),
    ("Joensuun yliopiston tutkija kertoi tuloksista.", "agency/ita-suomen-yliopisto"),
])
def test_a_former_school_is_read_as_its_successor(text: str, iri: str) -> None:
    assert iri in gazetteer_iris(text)


def test_a_compass_word_is_no_former_school() -> None:
    assert "company/novia" not in gazetteer_iris("Vinden kom från sydväst. Sydväst om staden ligger en sjö.")


def test_the_mission_organisations_of_the_church() -> None:
    iris = gazetteer_iris("Lähetysavustukset saivat Suomen Lähetysseura, Sley ja Medialähetys Sanansaattajat.")
    expected = {"association/suomen-lahetysseura", "association/sley", "association/medialahetys-sanansaattajat"}
    assert expected <= set(iris)


def test_common_nouns_are_no_mission_organisations() -> None:
    assert not gazetteer_iris("Kylväjä kylvää siemenen. Sanansaattajat toivat viestin.")


def test_the_private_care_association_by_its_acronym_and_not_the_noun() -> None:
    assert "association/hyvinvointiala-hali" in gazetteer_iris("HALI:n mukaan hoiva-alan yritykset kasvavat.")
    assert not gazetteer_iris("Hali on tärkeä. Hän antoi ystävälleen halin.")


def test_foundations_that_fund_welfare_work() -> None:
    iris = gazetteer_iris("Hankkeelle myönsivät apurahan Emil Aaltosen Säätiö ja Alli Paasikiven Säätiö.")
    assert {"association/emil-aaltosen-saatio", "association/alli-paasikiven-saatio"} <= set(iris)



@pytest.mark.parametrize("text", [
    "Pohjoinen periferia ja arktinen alue ovat haasteita.",  # the programme's name without Interreg is a plain phrase
    "Kaupunkiin perustetaan terveyden edistämisen keskus.",  # a town's own centre, no national organisation
])
def test_plain_phrases_are_no_listed_names(text: str) -> None:
    assert not gazetteer_iris(text)


def test_a_renamed_technical_university_keeps_its_own_name() -> None:
    iris = gazetteer_iris("Hän opiskeli Tampereen teknillisessä korkeakoulussa.")
    assert iris == ["agency/tampereen-teknillinen-yliopisto"]


def test_pensioners_organisations() -> None:
    iris = gazetteer_iris("Tilaisuuteen osallistuivat KRELLI:n, SPF:n ja EETU:n edustajat.")
    assert {"association/krelli", "association/svenska-pensionarsforbundet", "association/eetu"} <= set(iris)


def test_a_local_pensioners_association_is_not_cut_to_a_national_one() -> None:
    iris = gazetteer_iris("Vanhusneuvostoon nimettiin Nakkilan Eläkeläiset ry:n edustaja.")
    assert not [i for i in iris if i.startswith("association/")]
