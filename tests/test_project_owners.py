"""Who runs and who takes part in a page's project, read from the page's structure: the same facts whichever layout
carries them (an owner's genitive, the heading, the opening, the footer; a partner list as a sentence, as bullets,
as a run-on field row), and none from a funder, a newspaper's footer or joint owners."""

from __future__ import annotations

import pytest
from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer

BODY = ("Hankkeen tavoitteena on koota kylän perimätieto kirjoitettuun ja kuvalliseen muotoon sekä herättää "
        "kyläläisten kiinnostus omaa asuinpaikkaansa kohtaan.\n"
        "Hankkeen tila: Käynnissä\nKokonaisbudjetti: 4000 €\n")


def _facts(text: str, predicate: str) -> dict[str, str]:
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    return {f.subject.removeprefix(ID): f.rule for f in out.facts if f.predicate == predicate}


def _runners(text: str) -> dict[str, str]:
    return _facts(text, "coordinates")


def test_owner_genitive() -> None:
    text = ("Kylähanke 2005\n\nPohjois-Karjalan Martat ry:n Voimaa vanhasta – menestystä menneestä -hankkeessa "
            "kootaan talteen kylän perimätieto.\n" + BODY)
    got = _runners(text)
    assert got.get("association/pohjois-karjalan-martat") == "coordinates:org-owner-genitive"


def test_joint_genitive_owners_give_no_runner() -> None:
    text = ("Kylähanke 2005\n\nPohjois-Karjalan Martat ry:n ja Huittisten Suontaustan Kyläyhdistys ry:n Voimaa "
            "vanhasta – menestystä menneestä -hankkeessa kootaan talteen kylän perimätieto.\n" + BODY)
    got = _runners(text)
    assert "association/pohjois-karjalan-martat" not in got
    assert "association/huittisten-suontaustan-kylayhdistys" not in got


def test_funder_participle_is_no_owner() -> None:
    text = ("Kylähanke 2005\n\nSosiaali- ja terveysjärjestöjen avustuskeskuksen rahoittamassa Voimaa vanhasta – "
            "menestystä menneestä -hankkeessa kootaan talteen kylän perimätieto.\n" + BODY)
    assert "agency/stea" not in _runners(text)


def test_heading_owner() -> None:
    text = ("Suontaustan Kyläyhdistys ry: Voimaa vanhasta – menestystä menneestä 4.1.05- 28.2.06\n\n"
            "Voimaa vanhasta – menestystä menneestä -hankkeessa kootaan talteen kylän perimätieto.\n" + BODY)
    assert _runners(text).get("association/suontaustan-kylayhdistys") == "coordinates:heading-owner"


FOOTER_PAGE = ("Voimaa vanhasta – menestystä menneestä\n\nVoimaa vanhasta – menestystä menneestä -hankkeessa kootaan "
               "talteen kylän perimätieto.\n" + BODY + "\n\n{footer}\n")


def test_footer_owner_under_project_staff() -> None:
    text = FOOTER_PAGE.format(footer="Projektipäällikkö Helena Vasamaa\nSuontaustan Kyläyhdistys ry\n"
                                     "Kylätie 5, 32700 Huittinen")
    assert _runners(text).get("association/suontaustan-kylayhdistys") == "coordinates:footer-owner"


@pytest.mark.parametrize("footer", [
    "Suontaustan Kyläyhdistys ry\nKylätie 5, 32700 Huittinen",  # no staff, no "our project": whose page?
    "Toimittaja Helena Vasamaa\nKeskisuomalainen Oyj\nAatoksenkatu 10, 40100 Jyväskylä",  # a newspaper's
])
def test_footer_without_ownership_gives_nothing(footer: str) -> None:
    assert not {k for k, v in _runners(FOOTER_PAGE.format(footer=footer)).items() if v == "coordinates:footer-owner"}


def test_opening_owner_in_first_person() -> None:
    text = ("Region Örebro läns webbplats för Regional utveckling\n\nKulturella kraftfält på landsbygden\n\n"
            "I projektet Kulturella kraftfält på landsbygden kartlägger vi platser i länen som utmärker sig genom "
            "ett rikt lokalt kulturliv.\n\nProjektet Kulturella kraftfält på landsbygden ska samla och sprida "
            "kunskap.\n")
    assert _runners(text).get("region/region-orebro-lan") == "coordinates:opening-owner"


PARTNERS = ("Mun juttu – meidän tulevaisuus\n\nMun juttu -hanke tukee nuorten harrastamista ja opiskelua.\n\n"
            "Hankkeen päätoteuttajana toimii Helsingin yliopisto. {partners}\n\n"
            "Mun juttu -hanke jatkuu vuoden 2017 loppuun.\n")
WANTED = {"agency/lut-yliopisto", "association/outward-bound-finland"}


@pytest.mark.parametrize("partners", [
    "Paikallisia toteuttajia ovat sen lisäksi Lappeenrannan teknillinen yliopisto, Outward Bound Finland ry sekä "
    "Suomen Urheiluopisto.",
    "Paikallisia toteuttajia ovat sen lisäksi:\n\n• Lappeenrannan teknillinen yliopisto\n• Outward Bound Finland ry"
    "\n• Suomen Urheiluopisto",
    # a run-on field row (a flattened PDF); a next label opening with "Hankkeen" is still glued by the recogniser
    # into a project's name ("Outward Bound Finland ry Hankkeen ..."), a limitation of recognition, not of the list
    "Hankkeen sopimusyhteistyökumppanit: Lappeenrannan teknillinen yliopisto, Outward Bound Finland ry "
    "Rahoittava viranomainen: Pohjois-Pohjanmaan ELY-keskus",
])
def test_partner_list_in_every_layout(partners: str) -> None:
    got = _facts(PARTNERS.format(partners=partners), "participatesIn")
    assert set(got) >= WANTED
    assert "agency/ely-pohjois-pohjanmaa" not in got  # the next field row's funder
    assert "agency/helsingin-yliopisto" not in got  # the coordinator


def test_town_genitive_in_a_partner_list_is_no_partner() -> None:
    text = PARTNERS.format(partners="Hankkeen toteuttajaverkostoon kuuluvat Taideyliopisto, Kajaanin "
                                    "yliopistokeskus sekä Outward Bound Finland ry.")
    got = _facts(text, "participatesIn")
    assert "municipality/205" not in got  # "Kajaanin yliopistokeskus" names no town
    assert "association/outward-bound-finland" in got


EMAIL_PAGE = ("Voimaa vanhasta – menestystä menneestä\n\nVoimaa vanhasta – menestystä menneestä -hankkeessa kootaan "
              "talteen kylän perimätieto. Kylän tarinat on kerännyt {org}.\n" + BODY + "\nLisätietoja: Helena Vasamaa, "
              "{mail}\n")


def test_email_owner() -> None:
    text = EMAIL_PAGE.format(org="Suontaustan Kyläyhdistys ry", mail="helena.vasamaa@suontaustankylayhdistys.fi")
    got = _runners(text)
    assert got.get("association/suontaustan-kylayhdistys") == "coordinates:email-owner"


@pytest.mark.parametrize("mail", ["helena.vasamaa@gmail.com", "helena.vasamaa@ksml.fi"])
def test_webmail_or_other_domain_is_no_owner(mail: str) -> None:
    got = _runners(EMAIL_PAGE.format(org="Suontaustan Kyläyhdistys ry", mail=mail))
    assert "coordinates:email-owner" not in got.values()


def test_earlier_projects_coordinator_runs_no_main_project() -> None:
    text = ("Voimaa vanhasta – menestystä menneestä\n\nVoimaa vanhasta – menestystä menneestä -hanke jatkaa "
            "Pohjois-Karjalan Martat ry:n hallinnoiman Kotona kylässä -hankkeen työtä.\n"
            "Voimaa vanhasta – menestystä menneestä -hankkeessa kootaan talteen kylän perimätieto.\n" + BODY)
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    main = {f.object for f in out.facts if f.subject.endswith("pohjois-karjalan-martat")
            and f.predicate == "coordinates" and "voima" in f.object}
    assert not main


def test_newspaper_header_over_a_quote_is_no_owner() -> None:
    text = ("Keskisuomalainen Oyj\n\nKulttuurista voimaa kylille\n\nKulttuurista voimaa kylille -hanke kokoaa "
            "kylien toimijat yhteen. ”Me haluamme, että kylissä on tekemistä”, kertoo projektipäällikkö Liisa "
            "Häme.\n\nKulttuurista voimaa kylille -hanke jatkuu vuoden 2026 loppuun.\n")
    assert "coordinates:opening-owner" not in _runners(text).values()


def test_counted_lead_in_list() -> None:
    text = ("Yhteistä kumppanuutta -hanke\n\nYhteistä kumppanuutta -hanke on neljän kunnan: Laitilan kaupunki, "
            "Uudenkaupungin kaupunki, Mynämäen kunta ja Nousiaisten kunta, yhteinen kehittämishanke.\n\n"
            "Yhteistä kumppanuutta -hanke kehittää kunnan ja yhdistysten yhteistyötä.\n")
    got = _facts(text, "participatesIn")
    assert {"municipality/400", "municipality/895", "municipality/503", "municipality/538"} <= set(got)


def test_owners_in_a_list_of_grants() -> None:
    """A comma after a noun of its own ends an item of a list; only a genitive before "ja" or a comma joins owners."""
    text = ("Avustuksia jaettiin\n\nSuurimmat avustukset olivat Naisasialiitto Unionin 150 000 euron avustus, "
            "Kalevan Nuorisoseura ry:n Kipinä-hankkeen 120 000 euron avustus sekä Pohjois-Karjalan Martat ry:n "
            "Nuotta-hankkeen ja Hämeen Kyläyhdistys ry:n Verkko-hankkeen avustukset.\n")
    got = _runners(text)
    assert got.get("association/kalevan-nuorisoseura") == "coordinates:org-owner-genitive"
    assert got.get("association/pohjois-karjalan-martat") == "coordinates:org-owner-genitive"
    assert got.get("association/hameen-kylayhdistys") == "coordinates:org-owner-genitive"


@pytest.mark.parametrize("owner,project,key", [
    ("Kerkonkosken Ketterä ry", "Kerkonkosken Ketterän kylähanke", "association/kerkonkosken-kettera"),
    ("Ruskon Kylätoiminta ry", "Ruskon Kylätoiminnan kylähanke", "association/ruskon-kylatoiminta"),
])
def test_owner_genitive_opening_the_project_name(owner: str, project: str, key: str) -> None:
    """A recogniser reads "Xn kylähanke" as one name: the organisation named elsewhere whose genitive opens it runs
    it; an organisation whose name only shares the first word runs nothing."""
    text = (f"Kunnanhallitus 12.5.2022\n\n{owner} on jättänyt kunnalle hakemuksen. {project} kehittää kylän "
            "palveluja. Kerkonkosken Koulu ry on mukana talkoissa.\n")
    got = _runners(text)
    assert got.get(key) == "coordinates:name-owner"
    assert "association/kerkonkosken-koulu" not in got


def test_owner_genitive_before_an_attribute_phrase() -> None:
    """The genitive determines the project after an attribute phrase ending in an adjective or participle of the
    project's case; a funder's agent participle and a clause break give no owner."""
    text = ("Uutiset\n\nRavolan Kyläyhdistys ry:n toteuttama Kylä kuntoon -hanke päättyi. Savon Martat ry:n "
            "vuonna 2021 käynnistynyt Kipinä-hanke jatkuu. Kehittämisyhdistys Ravokka ry:n 10.1.2022 saakka "
            "avoinna olevasta Kehittyvät yhdistykset -teemahankkeesta haetaan rahaa. Kivirannan Setlementti ry:n "
            "rahoittama Verkko-hanke alkaa. Hämeen Kyläyhdistys ry:n toiminta jatkuu, ja Silta-hanke alkaa.\n")
    got = _runners(text)
    # the agent participle of carrying out is read first by the relation rule of running participles
    assert got.get("association/ravolan-kylayhdistys") in {"coordinates:org-owner-genitive",
                                                            "coordinates:agent-participle"}
    assert got.get("association/savon-martat") == "coordinates:org-owner-genitive"
    assert got.get("association/kehittamisyhdistys-ravokka") == "coordinates:org-owner-genitive"
    assert "association/kivirannan-setlementti" not in got
    assert "association/hameen-kylayhdistys" not in got


def test_applicant_genitive_in_minutes_item_titles() -> None:
    """An application's genitive owner runs the project the application names; the applicant is no funder; a
    contents row's page and item numbers end the phrase."""
    text = ("Sosiaali- ja terveyslautakunta 12.5.2014\n\n§ 90 Ravolan Kyläyhdistys ry:n avustushakemus Kylä kuntoon "
            "-hankkeelle\n§ 91 Turun Pientalosäätiön anomus \"Omakotitalkkareiden työllistämishankkeen\" "
            "tukemiseksi\n§ 92 Savon Martat ry:n hakemus Kipinä-hankkeen rahoittamiseksi\n"
            "Otsikko Sivu 21 Tuulimylly Oy:n takausanomus 5 22 Konginkankaan maneesihanke 7\n")
    got = _runners(text)
    for key in ("association/ravolan-kylayhdistys", "association/turun-pientalosaatio", "association/savon-martat"):
        assert got.get(key) == "coordinates:applicant-genitive"
    assert "company/tuulimylly" not in got
    assert "association/savon-martat" not in _facts(text, "funds")


def test_agent_participle_runs_the_project_after_a_programmes_adjective() -> None:
    """"X:n hallinnoima ESR-rahoitteinen Y-hanke": the programme opens an adjective of the project; the genitive
    agent runs the project, not the fund."""
    text = "Uutiset\n\nSavon Liikunta ry:n hallinnoima ESR-rahoitteinen Työkuntoon-hanke on käynnistynyt.\n"
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    runs = {(f.subject.removeprefix(ID), f.object.removeprefix(ID)) for f in out.facts if f.predicate == "coordinates"}
    assert ("association/savon-liikunta", "project/tyokuntoon") in runs
    assert ("association/savon-liikunta", "programme/esr") not in runs


def test_email_owner_by_the_names_last_words() -> None:
    """A venue's or kind's word before the name: "Musiikkikahvila Iltatähti ry" at iltatahti.fi."""
    text = EMAIL_PAGE.format(org="Musiikkikahvila Iltatähti Kaarina ry", mail="helena.vasamaa@iltatahtikaarina.fi")
    got = _runners(text)
    assert got.get("association/musiikkikahvila-iltatahti-kaarina") == "coordinates:email-owner", got


def test_email_owner_by_one_word_of_the_name_is_none() -> None:
    text = EMAIL_PAGE.format(org="Musiikkikahvila Iltatähti Kaarina ry", mail="helena.vasamaa@kaarina.fi")
    assert "coordinates:email-owner" not in _runners(text).values()
