"""Education joint authorities (koulutuskuntayhtymät) from data/joint_authorities.csv, in invented sentences.

Project documents name these authorities as applicants, partners and owners of youth services, mostly by
their brand (Gradia, Keuda, Sakky ...) and inflected; before they were reference data the pipeline could
only mint a document-local node from the full name, with no members and nothing to join on across documents.
"""

from __future__ import annotations

import pytest
from helpers import ID, gazetteer_iris

from welfare_kg.extract.gazetteer import reference_gazetteer


@pytest.mark.parametrize(("text", "iri"), [
    # brand, inflected
    ("Hanke toteutetaan yhdessä Gradian kanssa.", "joint-authority/gradia"),
    ("Opiskelijat ohjataan Keudaan syksyllä.", "joint-authority/keuda"),
    ("Osatoteuttajana toimii Omnia.", "joint-authority/omnia"),
    ("Riverian opiskelijat osallistuvat pilottiin.", "joint-authority/riveria"),
    ("Salpauksen opettajat kouluttavat ohjaajia.", "joint-authority/salpaus"),
    ("Sedun kampuksella järjestetään työpaja.", "joint-authority/sedu"),
    ("Kpedun aikuiskoulutus on mukana.", "joint-authority/kpedu"),
    ("Lappian rehtori esitteli hankkeen.", "joint-authority/lappia"),
    ("Jedussa aloitetaan uusi ryhmä.", "joint-authority/jedu"),
    ("Sataedun kanssa tehdään yhteistyötä.", "joint-authority/sataedu"),
    # abbreviation in capitals
    ("Hankkeen hallinnoija on SAKKY.", "joint-authority/sakky"),
    ("OSAOn opiskelijahuolto on mukana.", "joint-authority/osao"),
    ("Mukana on myös SAMIedu.", "joint-authority/samiedu"),
    # full official name, inflected
    ("Jyväskylän koulutuskuntayhtymän hallitus päätti asiasta.", "joint-authority/gradia"),
    ("Koulutuskuntayhtymä Tavastiassa järjestetään kotoutumiskoulutusta.", "joint-authority/tavastia"),
    ("Keski-Uudenmaan koulutuskuntayhtymän jäsenkunnat sopivat asiasta.", "joint-authority/keuda"),
    ("Hakijana on Savon koulutuskuntayhtymä.", "joint-authority/sakky"),
    ("Satakunnan koulutuskuntayhtymästä valmistui 500 opiskelijaa.", "joint-authority/sataedu"),
    ("Ylä-Savon koulutuskuntayhtymän edustaja osallistui.", "joint-authority/ylasavon-koulutuskuntayhtyma"),
    ("Itä-Savon koulutuskuntayhtymä on osatoteuttaja.", "joint-authority/samiedu"),
    ("Jokilaaksojen koulutuskuntayhtymän valtuusto kokoontui.", "joint-authority/jedu"),
    ("Espoon seudun koulutuskuntayhtymä Omnian perussopimusta muutetaan.", "joint-authority/omnia"),
    ("Luksian opiskelijat tekevät työssäoppimisen Lohjalla.", "joint-authority/luksia"),
    ("Länsi-Uudenmaan koulutuskuntayhtymän hallitus kokoontui.", "joint-authority/luksia"),
    ("SASKY koulutuskuntayhtymän johtaja kirjoitti blogin.", "joint-authority/sasky"),
    ("Sastamalan koulutuskuntayhtymässä aloitettiin hanke.", "joint-authority/sasky"),
    ("Ekamin opiskelijat osallistuvat työpajaan.", "joint-authority/ekami"),
    ("Kotkan-Haminan seudun koulutuskuntayhtymän johtaja esitteli.", "joint-authority/ekami"),
    ("REDUn kampuksella Kemijärvellä järjestetään koulutus.", "joint-authority/redu"),
    ("Rovaniemen koulutuskuntayhtymä on hankkeen osatoteuttaja.", "joint-authority/redu"),
])
def test_education_joint_authority_is_found(text: str, iri: str) -> None:
    assert iri in gazetteer_iris(text)


@pytest.mark.parametrize(("text", "iri"), [
    # municipal companies and foundations that run welfare services for municipalities
    ("Palvelut tuottaa Kuusiolinna Terveys Oy.", "company/kuusiolinna"),
    ("Kuusiolinnan vastaanotolla asioi 300 asiakasta.", "company/kuusiolinna"),
    ("Rinnekoti-Säätiön asumisyksikkö avattiin.", "association/rinnekoti-saatio"),
    ("Rinnekodit Oy aloitti toimintansa marraskuussa.", "company/rinnekodit"),
])
def test_welfare_service_company_is_found(text: str, iri: str) -> None:
    assert iri in gazetteer_iris(text)


@pytest.mark.parametrize(("slug", "members"), [
    ("gradia", {"179", "182", "500"}),  # Jyväskylä, Jämsä, Muurame among the twelve
    ("tavastia", {"109", "020", "887"}),  # Hämeenlinna, Akaa, Urjala
    ("keuda", {"186", "245", "505", "543", "611", "753", "858"}),
    ("omnia", {"049", "235", "257"}),
    ("luksia", {"078", "444", "710", "927"}),  # Hanko, Lohja, Raasepori, Vihti
])
def test_members_are_covered_areas(slug: str, members: set[str]) -> None:
    """The members the authorities' own pages list become wkg:coversArea, so a project run by one is placed."""
    from rdflib import URIRef

    from welfare_kg.data import load_reference

    graph = load_reference()
    covered = {str(o).rsplit("/", 1)[-1]
               for o in graph.objects(URIRef(ID + f"joint-authority/{slug}"),
                                      URIRef("https://w3id.org/welfare-kg/ontology#coversArea"))}
    assert members <= covered, covered


def test_brand_is_a_label_of_the_authority_not_a_new_node() -> None:
    """'Gradia' and 'Jyväskylän koulutuskuntayhtymä' are one entity: the brand is an alternative label."""
    gradia = reference_gazetteer().entities[ID + "joint-authority/gradia"]
    assert {"Gradia", "Jyväskylän koulutuskuntayhtymä"} <= set(gradia.labels)
