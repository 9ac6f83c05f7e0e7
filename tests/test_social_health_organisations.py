"""National social and health organisations, EU and national programmes and further agencies in the reference data.

On documents nobody tuned for, the recogniser missed many associations, agencies and programmes that documents name
by a short, earlier or inflected form ("Muistiliitolta", "Interreg Auroran", "Suomen Mielenterveysseura"). What
carries over to new documents is the reference data (data/social_health_organisations.csv, and new rows of
state_agencies.csv, programmes.csv and cooperation_areas.csv), each row with its public source. A renamed
organisation is one node under all its names, so that a document that names it twice does not split it. Bare common
words that are part of a name ("Allianssi", "Kynnys", "mieli") stay no entity. The sentences below are invented.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from helpers import found
from rdflib import Graph

from welfare_kg.data import build_reference, load_reference
from welfare_kg.extract.entities import Recogniser
from welfare_kg.extract.gazetteer import reference_gazetteer

DATA = Path(build_reference.__file__).parent
TABLE = DATA / "social_health_organisations.csv"


def rows(name: Path) -> list[dict[str, str]]:
    with name.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def g() -> Graph:
    return load_reference()




def test_no_new_label_is_held_by_two_entities() -> None:
    """A label of a new row that another entity also carries would make the gazetteer pick one silently."""
    owners: dict[str, set[str]] = {}
    for ent in reference_gazetteer().entities.values():
        for label in ent.labels:
            owners.setdefault(label.casefold(), set()).add(ent.iri)
    new = {f"association/{r['slug']}" for r in rows(TABLE)} | {
        f"programme/{s}" for s in ("interreg-aurora", "interreg-botnia-atlantica", "interreg-central-baltic",
                                   "erasmus-plus", "amif", "karkihanke-io", "kansallinen-lapsistrategia")} | {
        f"agency/{s}" for s in ("kkv", "ruokavirasto", "palosuojelurahasto", "alands-landskapsregering", "cimo")}
    for label, iris in owners.items():
        mine = {i for i in iris if i.split("/id/")[1] in new}
        assert not mine or len(iris) == 1, (label, iris)


@pytest.mark.parametrize(("text", "kind", "iri", "surface"), [
    ("Hanke toteutetaan yhdessä Muistiliiton ja Aivoliiton kanssa.", "Association", "association/muistiliitto",
     "Muistiliiton"),
    ("Hanke toteutetaan yhdessä Muistiliiton ja Aivoliiton kanssa.", "Association", "association/aivoliitto",
     "Aivoliiton"),
    ("Kouluttajana toimi Suomen Mielenterveysseuran asiantuntija.", "Association", "association/mieli",
     "Suomen Mielenterveysseuran"),
    ("Ryhmää ohjaa MIELI ry:n vapaaehtoinen.", "Association", "association/mieli", "MIELI ry:n"),
    ("Omaishoitajat ja Läheiset -Liitto ry järjesti koulutuksen.", "Association", "association/omaishoitajaliitto",
     "Omaishoitajat ja Läheiset -Liitto ry"),
    ("Kumppaneina ovat Eläkkeensaajien Keskusliitto EKL ja Kansallinen senioriliitto.", "Association",
     "association/ekl", "Eläkkeensaajien Keskusliitto EKL"),
    ("Kumppaneina ovat Eläkkeensaajien Keskusliitto EKL ja Kansallinen senioriliitto.", "Association",
     "association/kansallinen-senioriliitto", "Kansallinen senioriliitto"),
    ("Mukana on myös Suomen Nuorisoyhteistyö – Allianssi ry.", "Association", "association/allianssi",
     "Suomen Nuorisoyhteistyö – Allianssi ry"),
    ("Tilaisuuden järjestää Väestöliitto yhdessä Kuurojen Liiton kanssa.", "Association",
     "association/kuurojen-liitto", "Kuurojen Liiton"),
    ("Hankkeeseen osallistui Mielenterveyden keskusliitto.", "Association",
     "association/mielenterveyden-keskusliitto", "Mielenterveyden keskusliitto"),
    ("Rahoitus tulee Interreg Auroran ohjelmasta.", "Programme", "programme/interreg-aurora", "Interreg Auroran"),
    ("Hanke sai rahoitusta Interreg Botnia-Atlantica -ohjelmasta.", "Programme",
     "programme/interreg-botnia-atlantica", "Interreg Botnia-Atlantica -ohjelmasta"),
    ("Projektet finansieras av Central Baltic -programmet och ERUF.", "Programme", "programme/eakr", "ERUF"),
    ("Nuorisovaihto rahoitetaan Erasmus+ -ohjelmasta.", "Programme", "programme/erasmus-plus",
     "Erasmus+ -ohjelmasta"),
    ("Kotoutumishanke saa AMIF-rahoitusta.", "Programme", "programme/amif", "AMIF-rahoitusta"),
    ("Toimenpide kuuluu kansalliseen lapsistrategiaan.", "Programme", "programme/kansallinen-lapsistrategia",
     "kansalliseen lapsistrategiaan"),
    ("Kokeilu oli osa Kotihoidon ja omaishoidon kärkihanketta.", "Programme", "programme/karkihanke-io",
     "Kotihoidon ja omaishoidon kärkihanketta"),
    ("Palosuojelurahasto myönsi avustuksen paloasemalle.", "Agency", "agency/palosuojelurahasto",
     "Palosuojelurahasto"),
    ("Kilpailu- ja kuluttajaviraston selvityksen mukaan hinnat nousivat.", "Agency", "agency/kkv",
     "Kilpailu- ja kuluttajaviraston"),
    ("Bidraget beviljades av landskapsregeringen.", "Agency", "agency/alands-landskapsregering",
     "landskapsregeringen"),
    ("Lausunto pyydettiin Itä-Suomen erityisvastuualueelta.", "CooperationArea", "cooperation-area/kys",
     "Itä-Suomen erityisvastuualueelta"),
    ("Pohjois-Suomen YTA-alueen hyvinvointialueet sopivat yhteistyöstä.", "CooperationArea",
     "cooperation-area/oys", "Pohjois-Suomen YTA-alueen"),
    ("Projektet får stöd av Svenska folkskolans vänner.", "Association", "association/sfv",
     "Svenska folkskolans vänner"),
    ("Kursen ordnas i samarbete med Folkhälsan.", "Association", "association/folkhalsan", "Folkhälsan"),
])
def test_short_earlier_and_inflected_forms_are_recognised(recogniser: Recogniser, text: str, kind: str, iri: str,
                                                          surface: str) -> None:
    mentions = found(recogniser, text)
    assert (kind, iri, surface) in mentions, mentions


@pytest.mark.parametrize("text", [
    "Urakka toteutetaan allianssina, ja Allianssi-mallin kustannukset jaetaan.",
    "Kynnys palveluihin on liian korkea.",
    "Hyvä mieli syntyy yhdessä tekemisestä.",
    "Kylät ja nuorisoseurat järjestivät talkoot.",
])
def test_the_common_words_alone_stay_unrecognised(recogniser: Recogniser, text: str) -> None:
    assert not [m for m in found(recogniser, text) if m[0] == "Association"], found(recogniser, text)
