"""The university and central hospitals of the reference data (data/hospitals.csv) and the rule that reads a
university hospital's name before an area noun as its cooperation area (extract/hospital_areas.py).

Every sentence here is invented; the hospitals' names are the public reference data's."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SKOS

from tests.helpers import MORPH, needs_voikko
from welfare_kg.data import load_reference
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.hospital_areas import area_noun
from welfare_kg.extract.model import Extraction
from welfare_kg.loaders.record import DocumentRecord
from welfare_kg.ontology.namespace import ID, WKG

HOSPITALS = {"hyks": "hyks", "tyks": "tyks", "tays": "tays", "kys": "kys", "oys": "oys"}


@pytest.fixture(scope="module")
def g() -> Graph:
    return load_reference()


def typed(text: str) -> set[tuple[str, str]]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt"))
    return {(e.type, e.label) for e in ex.entities.values()}


def extraction(text: str) -> Extraction:
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt"))


@pytest.mark.parametrize("slug", sorted(HOSPITALS))
def test_each_university_hospital_lies_in_the_cooperation_area_named_after_it(g: Graph, slug: str) -> None:
    s = ID[f"body/{slug}"]
    assert (s, RDF.type, WKG.Body) in g
    assert set(g.objects(s, WKG.cooperationArea)) == {ID[f"cooperation-area/{HOSPITALS[slug]}"]}
    acronym = slug.upper()
    assert any(str(x) == acronym for x in g.objects(s, SKOS.altLabel))


def test_every_hospital_is_part_of_a_county_or_joint_authority_of_the_reference(g: Graph) -> None:
    hospitals = set(g.subjects(RDF.type, WKG.Body)) - {ID["body/fican"]}  # the national cancer centre: a network
    assert len(hospitals) >= 20
    for s in hospitals:
        owners = set(g.objects(s, WKG.partOf))
        assert owners, s
        for owner in owners:
            assert isinstance(owner, URIRef)
            assert {WKG.WellbeingCounty, WKG.JointAuthority, WKG.Body} & set(g.objects(owner, RDF.type)), (s, owner)


def test_regional_cancer_centres_are_part_of_the_national_one(g: Graph) -> None:
    regional = {s for s in g.subjects(WKG.partOf, ID["body/fican"])}
    assert len(regional) == 5
    assert {next(iter(g.objects(s, WKG.cooperationArea))) for s in regional} == {
        ID[f"cooperation-area/{slug}"] for slug in HOSPITALS.values()}


def test_oys_was_the_hospital_districts_and_is_the_countys(g: Graph) -> None:
    assert set(g.objects(ID["body/oys"], WKG.partOf)) == {ID["joint-authority/ppshp"], ID["wellbeing-county/19"]}
    assert set(g.objects(ID["body/hyks"], WKG.partOf)) == {ID["joint-authority/hus"]}


@pytest.mark.parametrize("word", ["erva", "ervan", "ERVA:lla", "erva-alueella", "ERVA-alueen", "erityisvastuualueella",
                                  "yhteistoiminta-alueen", "yhteistyöalueella", "YTA-alueen"])
def test_area_nouns_in_any_case(word: str) -> None:
    assert area_noun(word, MORPH)


@pytest.mark.parametrize("word", ["alueella", "päivystykseen", "ervast", "klinikka"])
def test_other_words_are_no_area_nouns(word: str) -> None:
    assert not area_noun(word, MORPH)


@needs_voikko
@pytest.mark.parametrize(("text", "label"), [
    ("Lapsi lähetettiin Oulun yliopistolliseen sairaalaan tutkimuksiin.", "Oulun yliopistollinen sairaala"),
    ("Lausunto pyydettiin KYS:n lastenneurologian yksiköltä.", "Kuopion yliopistollinen sairaala"),
    ("Leikkaus tehtiin TAYS:ssa viime keväänä.", "Tampereen yliopistollinen sairaala"),
    ("Hoito annettiin OYSissa ja jatkui kotona.", "Oulun yliopistollinen sairaala"),
    ("OYSin päivystys siirtyi uusiin tiloihin.", "Oulun yliopistollinen sairaala"),
    ("Potilas siirrettiin Taysiin tutkimuksiin.", "Tampereen yliopistollinen sairaala"),
    ("Kokous pidettiin Keski-Suomen keskussairaalassa.", "Keski-Suomen keskussairaala"),
    ("Kumppaneina toimivat Kuusikylän kunta ja Satakunnan keskussairaala.", "Satakunnan keskussairaala"),
    ("Hoitosuositus laadittiin Itäisen syöpäkeskuksen työryhmässä.", "Itäinen syöpäkeskus"),
    ("Koulutuksen järjestää FICAN Northin verkosto.", "Pohjoinen syöpäkeskus"),
])
def test_a_hospital_is_read_in_any_case_as_the_reference_body(text: str, label: str) -> None:
    assert ("Body", label) in typed(text)


@needs_voikko
@pytest.mark.parametrize(("text", "area"), [
    ("KYS-ervan kunnat sopivat uudesta koulutuksesta.", "Itä-Suomen yhteistyöalue"),
    ("TYKS:n erityisvastuualueella toimii uusi verkosto.", "Länsi-Suomen yhteistyöalue"),
    ("Koulutus järjestetään OYS-ervan alueella.", "Pohjois-Suomen yhteistyöalue"),
    ("Hanke toteutetaan OYS:n erva-alueella kolmen vuoden aikana.", "Pohjois-Suomen yhteistyöalue"),
    ("KYS:n yhteistoiminta-alueen kunnat hyväksyivät sopimuksen.", "Itä-Suomen yhteistyöalue"),
    ("Verkosto toimii KYS-yhteistyöalueella.", "Itä-Suomen yhteistyöalue"),
    ("Tays-ervan sairaalat jakavat päivystyksen.", "Sisä-Suomen yhteistyöalue"),
    ("Kuopion yliopistollisen sairaalan yhteistyöalueella aloitti uusi verkosto.", "Itä-Suomen yhteistyöalue"),
])
def test_the_cooperation_area_wins_where_the_text_says_so(text: str, area: str) -> None:
    found = typed(text)
    assert ("CooperationArea", area) in found
    assert not any(kind == "Body" for kind, _ in found), found


@needs_voikko
def test_the_hospitals_grounds_are_the_hospital() -> None:
    found = typed("Pysäköinti on kielletty KYS:n alueella remontin ajan.")
    assert ("Body", "Kuopion yliopistollinen sairaala") in found
    assert not any(kind == "CooperationArea" for kind, _ in found)


@needs_voikko
def test_a_hospital_in_a_partner_field_takes_part() -> None:
    ex = extraction("Hankkeen nimi: Koetin\nHankkeeseen osallistuvat tahot: Kuusikylän kunta, Kuopion yliopistollinen "
                    "sairaala (KYS) ja Esimerkkilän kaupunki\nHankkeen kesto: 2024-2025\n")
    taking_part = {f.subject for f in ex.facts if f.predicate == "participatesIn"}
    assert str(ID["body/kys"]) in taking_part


@needs_voikko
def test_a_hospital_is_not_the_board_whose_minutes_these_are() -> None:
    # a hospital named in joint authority minutes leaves the bare "Valtuusto" and "Hallitus" the authority's
    ex = extraction("PÖYTÄKIRJA\nHALLITUS 12.3.2024\nKoetinhanke\nValtuusto päätti, että HUS:n osuus hankkeesta "
                    "maksetaan vuosittain. HYKS:n Lastenklinikka vastaa hoidosta.\n")
    labels = {(e.type, e.label) for e in ex.entities.values()}
    assert ("Body", "Helsingin yliopistollinen keskussairaala") in labels
    assert ("Body", "Valtuusto") in labels


def test_a_hospital_where_the_board_meets_is_not_the_meeting_body() -> None:
    """"Paikka Kuopion yliopistollinen sairaala, hallituksen kokoushuone": the hospital is the place; the board the
    letterhead names after it meets (an invented letterhead)."""
    from welfare_kg.extract.posts import meeting_body
    from welfare_kg.records import Mention

    text = ("1 Esimerkkilän sairaanhoitopiiri Pöytäkirja 5/2016 Kuntayhtymän hallitus Aika klo 9 Paikka Kuopion "
            "yliopistollinen sairaala, hallituksen kokoushuone Läsnä Aino Aalto, puheenjohtaja")
    at = text.index("Kuopion")
    hospital = Mention(start=at, end=at + 32, surface="Kuopion yliopistollinen sairaala",
                       label="Kuopion yliopistollinen sairaala", type="Body", iri=str(ID["body/kys"]), rule="gazetteer")
    at = text.index("Kuntayhtymän hallitus")
    board = Mention(start=at, end=at + 21, surface="Kuntayhtymän hallitus", label="Kuntayhtymän hallitus",
                    type="Body", iri="body/esimerkkila-yhtymahallitus")
    assert meeting_body(None, sorted([hospital, board], key=lambda m: m.start), text) == board.iri


@pytest.mark.parametrize(("text", "words"), [
    ("Hoito annettiin OYSissa.", ["Hoito", "annettiin", "OYSissa", "."]),
    ("OYSin päivystys", ["OYSin", "päivystys"]),
    ("Yhtiö OyYhtiö ja ryYhdistys", ["Yhtiö", "Oy", "Yhtiö", "ja", "ry", "Yhdistys"]),  # glued list items still split
])
def test_an_acronym_opening_with_a_legal_form_keeps_its_case_ending(text: str, words: list[str]) -> None:
    from welfare_kg.extract.text import tokenize

    assert [t.text for t in tokenize(text)] == words


@needs_voikko
def test_a_hospital_naming_a_units_service_area_is_a_word_of_that_name() -> None:
    found = typed("Aluehallitus perusti virkoja KYS psykiatria -toimialueelle ja hallintoon.")
    assert ("Body", "Kuopion yliopistollinen sairaala") not in found
    assert ("Body", "Kuopion yliopistollinen sairaala") in typed("Virkoja perustettiin KYS:n psykiatrialle.")
