"""Form layouts read by extract/fields.py: unrecognised organisations in actor fields, several owners,
project-database card heads, labels naming the project with its code, and run-together item letters."""

from __future__ import annotations

from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.fields import read_fields
from welfare_kg.extract.gazetteer import reference_gazetteer


def _extract(text: str) -> tuple[set[tuple[str, str, str]], dict]:
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    label = {i: sorted(e.labels, key=len)[-1] for i, e in out.entities.items()}
    facts = {(label.get(f.subject, f.subject.removeprefix(ID)), f.predicate, label.get(f.object, f.object))
             for f in out.facts}
    return facts, out.entities


def test_applicant_named_only_by_its_legal_form_coordinates_and_holds_the_contact_post() -> None:
    text = ("EAKR-PROJEKTIHAKEMUS Diaarinumero 12/2011 Projektikoodi A10001 Projektin nimi Kylien valo "
            "Ohjelma Itä-Suomi Projektityyppi Kehittämisprojekti Hakijan nimi Sinivuoren Kehitys Oy "
            "Hakijatyyppi Muu Y-tunnus Lähiosoite Kuja 3 Projektin vastuuhenkilön nimi Aino Lehtola "
            "Asema organisaatiossa kehitysjohtaja Sähköpostiosoite Puhelinnumero")
    facts, ents = _extract(text)
    assert ("Sinivuoren Kehitys Oy", "coordinates", "Kylien valo") in facts
    assert any(s == "Aino Lehtola" and p == "holdsPost" and o == "Sinivuoren Kehitys Oy" for s, p, o in facts)
    assert not any(lab.startswith("Hakijan nimi") for e in ents.values() for lab in e.labels)


def test_a_value_without_a_legal_form_is_left_to_the_recogniser() -> None:
    text = ("Hankkeen nimi: Kylien valo\nHakija: hanke toteutetaan yhdessä monen tahon kanssa\n"
            "Rahoittaja: Pohjois-Pohjanmaan ELY-keskus\nToteutusaika: 2020-2021\n")
    _, ents = _extract(text)
    assert not any(lab.startswith("hanke toteutetaan") for e in ents.values() for lab in e.labels)


def test_each_owner_of_the_project_coordinates_it() -> None:
    text = ("Hankkeen nimi: Yhteinen arkisto\nHankkeen omistajat: Oulun kaupunki ja Kajaanin kaupunki\n"
            "Rahoittaja: Pohjois-Pohjanmaan ELY-keskus\nToteutusaika: 2020-2021\n")
    facts, _ = _extract(text)
    coordinators = {s for s, p, o in facts if p == "coordinates" and o == "Yhteinen arkisto"}
    assert {"Oulun kaupunki", "Kajaanin kaupunki"} <= coordinators


def test_project_database_card_head_title_implementer_period() -> None:
    text = ("Hanke\nKehittämishanke - 4321\n\nPolut kuntoon\n\nKylätoimikunta Mäntyranta ry\n\n"
            "01.02.2016 - 30.06.2018\n\nPäättynyt\n\nJulkinen hankekuvaus\n\nHankkeessa raivataan polkuja.\n\n"
            "Ohjelma/Rahasto\n\nManner-Suomen maaseudun kehittämisohjelma 2014–2020\n\nHankenumero\n\n4321\n\n"
            "Aloituspäivämäärä\n\n01.02.2016\n\nToimenpide\n\nKehittämishanke\n")
    facts, ents = _extract(text)
    assert ("Kylätoimikunta Mäntyranta ry", "coordinates", "Polut kuntoon") in facts
    assert any(s == "Polut kuntoon" and p == "partOf" for s, p, o in facts)
    assert not any(lab == "Hanke" for e in ents.values() for lab in e.labels)


def test_a_head_without_a_period_line_gives_no_implementer() -> None:
    text = "Polut kuntoon\n\nKylätoimikunta Mäntyranta ry\n\nHankkeessa raivataan polkuja kylän ympärille.\n"
    assert not any(f.kind == "coordinator" for f in read_fields(text))


def test_item_letters_run_together_end_the_value() -> None:
    text = ("Telefon: Adress: Leaderkontoret 1. Allmänna uppgifter a) projektets namn: Byns scen 2012 "
            "b) Sökande: Strandby Teaterförening c) Projekttid (år, mån, dag): Sammanfattning")
    fields = {f.label: text[f.value_start:f.value_end] for f in read_fields(text)}
    assert fields["projektets namn"] == "Byns scen 2012"
    assert fields["Sökande"] == "Strandby Teaterförening"
    facts, _ = _extract(text)
    assert ("Strandby Teaterförening", "coordinates", "Byns scen 2012") in facts


def test_a_funder_value_running_on_names_only_its_first_organisation() -> None:
    text = ("A10002 Hankkeen nimi: Kivet kuntoon Rahoittava viranomainen: Lapin liitto Päätös kehittämisestä "
            "ohjelmassa Päätöksen tila: Voimassa EURA 2015/1/ Tuensaajat Itä-Lapin kuntayhtymä Hakemustyyppi Uusi "
            "Hakijan virallinen nimi Itä-Lapin kuntayhtymä Organisaatiotyyppi Kuntayhtymä")
    facts, _ = _extract(text)
    funders = {s for s, p, o in facts if p == "funds" and o == "Kivet kuntoon"}
    assert "Lapin liitto" in funders and "Itä-Lapin kuntayhtymä" not in funders
    assert ("Itä-Lapin kuntayhtymä", "coordinates", "Kivet kuntoon") in facts


def test_a_paper_kind_title_names_no_project_and_a_trailing_code_is_cut() -> None:
    text = ("Päätös Kasvua kylille -ohjelma\n\nHankekoodi: A10003 Toimintalinja: 1. Kilpailukyky "
            "Erityistavoite: 1.1. Uusi liiketoiminta Tuensaajat Oulun kaupunki\n")
    _, ents = _extract(text)
    assert not any(e.type == "Project" and any(lab.startswith("Päätös") for lab in e.labels) for e in ents.values())
    text = ("Hankkeen nimi ja tunnus: Kylätalo kuntoon, HAM-2003-R-1234\nHallinnoija: Oulun kaupunki\n"
            "Rahoittaja: Pohjois-Pohjanmaan ELY-keskus\nToteutusaika: 2003-2004\n")
    facts, _ = _extract(text)
    assert ("Oulun kaupunki", "coordinates", "Kylätalo kuntoon") in facts


def test_the_leader_report_row_after_the_name_ends_it() -> None:
    # the Leader final-report template run into one line: "2. Hankkeen nimi ja hanketunnus X Hankkeen numero ..."
    text = ("LOPPURAPORTTI 1. Hankkeen toteuttaja Kylätalon Nuoret ry 2. Hankkeen nimi ja hanketunnus "
            "Tupa täyteen nuoria Hankkeen numero Yhteenveto hankkeesta Hanke toteutettiin vuonna 2020.")
    _, ents = _extract(text)
    labels = {lab for e in ents.values() if e.type == "Project" for lab in e.labels}
    assert "Tupa täyteen nuoria" in labels
    assert not any("numero" in lab for lab in labels)


def test_state_grant_application_rows_name_project_runner_and_parties() -> None:
    text = ("HAKEMUS VALTIONAVUSTUKSEN SAAMISEKSI KEHITTÄMISHANKKEESEEN Hakija Hankkeen hallinnoinnista vastaava "
            "kunta/kuntayhtymä Kajaanin kaupunki Yhteyshenkilön yhteystiedot Nimi Aino Esimerkki Puhelin ja "
            "matkapuhelin 040-000 0000 Tehtävänimike hankejohtaja Fax S-posti aino@example.org Hankkeen nimi ja siitä "
            "käytettävä lyhenne Nimi ja lyhenne Kylien kaari Arvioitu toteuttamisaika 1/2030-12/2031 "
            "Haettava valtionavustus 100 000 eur Hankkeeseen osallistuvat tahot Oulunkaaren kuntayhtymä 10 000 eur "
            "Muut hankkeessa osallisena olevat tahot Oulun yliopisto ja Lapin yliopisto")
    fields = {f.label: text[f.value_start:f.value_end] for f in read_fields(text)}
    assert fields["Nimi ja lyhenne"] == "Kylien kaari"
    assert fields["Tehtävänimike"] == "hankejohtaja"
    facts, ents = _extract(text)
    assert ("Kajaanin kaupunki", "coordinates", "Kylien kaari") in facts
    parties = {s.lower() for s, p, o in facts if p == "participatesIn" and o == "Kylien kaari"}
    assert {"oulunkaaren kuntayhtymä", "oulun yliopisto", "lapin yliopisto"} <= parties
    assert not any(e.type == "Project" and "toteuttamisaika" in e.label for e in ents.values())


def test_a_form_line_broken_at_a_sentence_end_reads_on_to_the_next_label() -> None:
    # a run-together form line that the loader broke after "osuus.": the value goes on over the next lines
    text = ("Hankkeen nimi Kylien kaari Toteutusaika 2030 Hankkeeseen osallistuvat tahot Kunnat ja niiden osuus.\n"
            "Oulunkaaren kuntayhtymä 10 000 eur Muut hankkeessa osallisena olevat tahot ja niiden rahoitusosuudet.\n"
            "Oulun yliopisto, Lapin yliopisto.\n"
            "Kemin kaupunki\n"
            "Hankkeen teema-alue Palvelut\n")
    fields = {f.label: text[f.value_start:f.value_end] for f in read_fields(text)}
    assert "Oulunkaaren kuntayhtymä 10 000 eur" in fields["Hankkeeseen osallistuvat tahot"]
    others = fields["Muut hankkeessa osallisena olevat tahot ja niiden rahoitusosuudet"]
    assert "Lapin yliopisto" in others and "Kemin kaupunki" in others and "teema" not in others


def test_a_form_line_ending_without_a_full_stop_does_not_read_on() -> None:
    text = ("Hankkeen nimi Kylien kaari Toteutusaika 2030 Hankkeeseen osallistuvat tahot Oulunkaaren kuntayhtymä\n"
            "Oulun yliopisto kertoo hankkeesta myöhemmin.\n")
    fields = {f.label: text[f.value_start:f.value_end] for f in read_fields(text)}
    assert fields["Hankkeeseen osallistuvat tahot"] == "Oulunkaaren kuntayhtymä"


def test_a_form_label_after_the_name_is_no_project_of_its_own() -> None:
    text = ("Hakemus saapunut Diaarinro\nHAKEMUS VALTIONAVUSTUKSEN SAAMISEKSI KEHITTÄMISHANKKEESEEN\n"
            "Hakija Hankkeen hallinnoinnista vastaava kunta/kuntayhtymä Kajaanin kaupunki Tehtävänimike hankejohtaja "
            "Fax S-posti aino@example.org Hankkeen nimi ja siitä käytettävä lyhenne sekä hankkeen toteuttamisaika "
            "Nimi ja lyhenne KYLÄ 2 juurruttamishanke Arvioitu toteuttamisaika (kk/vuosi kk/vuosi) 10/2030-10/2031 "
            "Hankkeen kokonaiskustannukset 100 000 eur")
    facts, ents = _extract(text)
    assert {e.label for e in ents.values() if e.type == "Project"} == {"KYLÄ 2 juurruttamishanke"}
    assert ("Kajaanin kaupunki", "coordinates", "KYLÄ 2 juurruttamishanke") in facts


def test_a_name_label_in_capitals_names_the_project_and_its_number_is_cut() -> None:
    # a report template prints its row labels as capital headings, all rows run into one transcript line
    text = ("1 Kylätupa raportti TOTEUTTAJAN TIEDOT Päätoteuttaja: Järvikylän Nuoret ry (Y-tunnus ) "
            "Yhteyshenkilö: Maija Esimerkki, projektipäällikkö 2 HANKKEEN NIMI JA HANKETUNNUS Kylätupa kuntoon, "
            "hankenumero 1234, Dnro 55/ HANKKEEN TOTEUTUS AJALLA Toimenpiteet alkoivat keväällä.")
    kinds = {f.label: f.kind for f in read_fields(text)}
    assert kinds.get("HANKKEEN NIMI JA HANKETUNNUS") == "name"
    facts, ents = _extract(text)
    labels = {lab for e in ents.values() if e.type == "Project" for lab in e.labels}
    assert "Kylätupa kuntoon" in labels
    assert not any("numero" in lab or "Dnro" in lab for lab in labels)
    assert ("Järvikylän Nuoret ry", "coordinates", "Kylätupa kuntoon") in facts


def test_one_word_in_capitals_is_no_label() -> None:
    # "HANKE" over prose is a heading, not the card's name row
    assert not any(f.label == "HANKE" for f in read_fields("HANKE Toteuttaja Oulun kaupunki Rahoittaja ELY Kesto 2v"))


def test_a_programme_field_naming_only_an_area_names_the_regional_programme() -> None:
    # the 2007-2013 structural-fund programmes were named by their areas: "Ohjelma Itä-Suomi" is a programme there
    text = ("EAKR-PROJEKTIN LOPPURAPORTTI Diaarinumero 34/2012 Projektikoodi A20002 PROJEKTIN PERUSTIEDOT "
            "Projektin nimi Kylien valo Ohjelma Itä-Suomi Toimintalinja 3 : Alueiden kehittäminen "
            "Hakijan nimi Sinivuoren Kehitys Oy Projektin vastuuhenkilön nimi Aino Lehtola")
    facts, ents = _extract(text)
    assert ("Kylien valo", "partOf", "Itä-Suomi") in facts
    assert any(e.type == "Programme" and "Itä-Suomi" in e.labels for e in ents.values())
    assert not any(e.type in {"Region", "CooperationArea"} and "Itä-Suomi" in e.labels for e in ents.values())


def test_an_area_beside_a_programme_in_its_field_stays_an_area() -> None:
    text = ("Projektin nimi Kylien valo\nOhjelma Manner-Suomen ESR-ohjelma\nToteutusalue Itä-Suomi\n"
            "Hakijan nimi Sinivuoren Kehitys Oy\n")
    _, ents = _extract(text)
    assert not any(e.type == "Programme" and "Itä-Suomi" in e.labels for e in ents.values())
