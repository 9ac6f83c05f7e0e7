"""Field layouts of project cards and EU-fund forms: each field gives its fact directly."""

from __future__ import annotations

from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.fields import read_fields
from welfare_kg.extract.gazetteer import reference_gazetteer


def _facts(text: str) -> tuple[set[tuple[str, str, str]], dict]:
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    short = {f.subject: f.subject.removeprefix(ID) for f in out.facts} | {
        f.object: f.object.removeprefix(ID) for f in out.facts}
    facts = {(short[f.subject], f.predicate, short[f.object]) for f in out.facts}
    return facts, out.entities


def test_colon_fields_of_a_project_card() -> None:
    text = ("Hyvä arki S12345\n\n"
            "Hankkeen tiedot:\n"
            "Toteuttaja: Oulun kaupunki\n"
            "Osatoteuttajat: Oulun yliopisto, Kajaanin kaupunki\n"
            "Rahoittaja: Pohjois-Pohjanmaan ELY-keskus\n"
            "Maakunta: Pohjois-Pohjanmaa\n"
            "Aloituspäivä: 1.1.2020\n")
    facts, ents = _facts(text)
    project = next(i.removeprefix(ID) for i, e in ents.items() if e.type == "Project")
    assert ("municipality/564", "coordinates", project) in facts
    assert ("municipality/205", "participatesIn", project) in facts
    assert any(p == "funds" and o == project and s.startswith("agency/ely") for s, p, o in facts)
    assert (project, "coversArea", "region/17") in facts
    assert not any(e.type == "Person" for e in ents.values())  # the title line is the project, not a person


def test_fields_run_together_in_a_form_transcript() -> None:
    text = ("HAKEMUS Projektin nimi Arjen tuki - kotona asumisen malli Ohjelma Manner-Suomen ESR-ohjelma "
            "Projektityyppi Projekti, jossa on henkilöitä mukana Hakijaorganisaation nimi Lapin yliopisto "
            "Organisaatiotyyppi Yliopisto Postitoimipaikka Rovaniemi Projektin vastuuhenkilön nimi "
            "Liisa Virtanen Asema organisaatiossa projektijohtaja Sähköpostiosoite")
    kinds = [f.kind for f in read_fields(text)]
    assert kinds[:3] == ["name", "programme", "other"] and "coordinator" in kinds
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    names = {label: e.type for e in out.entities.values() for label in e.labels}
    assert names.get("Arjen tuki - kotona asumisen malli") == "Project"
    assert not any(label.startswith(("Projektityyppi", "Organisaatiotyyppi")) for label in names)
    assert "Rovaniemi" not in names  # a post office, not a participant
    preds = {(f.predicate, out.entities[f.object].type if f.object in out.entities else f.object, f.post)
             for f in out.facts}
    assert ("coordinates", "Project", None) in preds
    assert any(p == "partOf" for p, _, _ in preds)
    assert any(p == "holdsPost" and post == "projektijohtaja" for p, _, post in preds)


def test_a_label_word_in_prose_is_not_a_field() -> None:
    text = "Ohjelma alkaa kello kymmenen. Toteuttaja on vielä auki, kertoo Oulun kaupunki."
    assert read_fields(text) == []


def test_label_alone_on_its_line_with_the_value_below() -> None:
    text = ("Hyvä Kumppanuus: malli järjestöyhteistyöhön\n\nPerustiedot\n\nToimintamallin nimi\n"
            "Hyvä Kumppanuus: malli järjestöyhteistyöhön\nToteutuspaikka\nKainuun hyvinvointialue\n"
            "Toimintamallin rahoittaja\nSosiaali- ja terveysministeriö (STM)\n")
    kinds = [f.kind for f in read_fields(text)]
    assert kinds == ["name", "area", "funder"]
    facts, ents = _facts(text)
    project = next(i.removeprefix(ID) for i, e in ents.items() if e.type == "Project")
    assert ("ministry/stm", "funds", project) in facts
    assert any(p == "coversArea" and s == project and o.startswith("wellbeing-county/") for s, p, o in facts)


def test_known_names_in_a_type_or_authority_field_stay_post_offices_go() -> None:
    text = ("HAKEMUS Projektin nimi Kotiin Apu Ohjelma Manner-Suomen ESR-ohjelma Toiminta-ala: STM:n hallinnonala "
            "Hakijaorganisaation nimi Lapin yliopisto Organisaatiotyyppi Yliopisto Postitoimipaikka Rovaniemi")
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    names = {e.label for e in out.entities.values()}
    assert "sosiaali- ja terveysministeriö" in names and "Rovaniemi" not in names


def test_a_colon_label_with_bullets_below_and_a_granted_sum() -> None:
    text = ("Lähellä Sinua S30001\n\nToteuttaja: Porin kaupunki\nOsatoteuttajat:\n\n • Rauman kaupunki\n"
            " • Satakunnan hyvinvointialue\n\nRahoittaja: Satakunnan ELY-keskus\n"
            "EU- ja valtion rahoitus: 250 000 €\nKokonaisbudjetti: 400 000 €\n")
    facts, ents = _facts(text)
    project = next(i.removeprefix(ID) for i, e in ents.items() if e.type == "Project")
    parts = {s for s, p, o in facts if p == "participatesIn" and o == project}
    assert "municipality/684" in parts and any(x.startswith("wellbeing-county/") for x in parts)
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    amounts = [f.amount for f in out.facts if f.predicate == "funds"]
    assert amounts == [250000]  # the granted sum, not the total budget


def test_swedish_card_fields() -> None:
    text = ("Projektkort\n\nProjektets namn: Trygg Hemma\nProjektägare: Vasa stad\n"
            "Samarbetspartner: Korsholms kommun, Närpes stad\nFinansiär: Österbottens förbund\nLandskap: Österbotten\n")
    facts, ents = _facts(text)
    project = next(i.removeprefix(ID) for i, e in ents.items() if e.type == "Project")
    assert ("municipality/905", "coordinates", project) in facts
    partners = {s for s, p, o in facts if p == "participatesIn" and o == project}
    assert partners >= {"municipality/499", "municipality/545"}
    assert any(p == "funds" and o == project for s, p, o in facts)
    assert (project, "coversArea", "region/15") in facts


def test_a_page_listing_project_cards_under_their_headings() -> None:
    # invented names: each heading names its own card's project; its fields speak of that project only
    text = ("Päättyneet hankkeet\n\n"
            "Kylien kesäpolku\n\nHankeaika: 1.1.2021–31.12.2022\nProjektipäällikkö: Aino Korhonen\n"
            "Rahoittaja: Aluehallintovirasto\n\nHanke järjesti retkiä kylissä.\n\n"
            "Nuorten ääni\n\nHankeaika: 1.1.2023–31.12.2023\nProjektipäällikkö: Ville Virtanen\n"
            "Rahoittaja: Pohjois-Pohjanmaan ELY-keskus\n")
    facts, ents = _facts(text)
    projects = {e.label: i.removeprefix(ID) for i, e in ents.items() if e.type == "Project"}
    assert {"Kylien kesäpolku", "Nuorten ääni"} <= set(projects)
    assert "Päättyneet hankkeet" not in projects
    second = projects["Nuorten ääni"]
    assert any(p == "funds" and o == second and s.startswith("agency/ely") for s, p, o in facts)
    assert not any(p == "funds" and o == projects["Kylien kesäpolku"] and s.startswith("agency/ely")
                   for s, p, o in facts)
    assert {(p, o) for s, p, o in facts if p == "holdsPost"} >= {("holdsPost", second),
                                                                 ("holdsPost", projects["Kylien kesäpolku"])}


def test_one_card_with_a_recurring_label_is_no_list_of_cards() -> None:
    # the opening label recurs, but the line above its second use is a sentence: one card, no list
    text = ("Kylien kesäpolku\n\nHankeaika: 1.1.2021–31.12.2022\nRahoittaja: Aluehallintovirasto\n"
            "Hanke jatkuu vuonna 2023 uudella rahoituksella.\n"
            "Hankeaika: 1.1.2023–31.12.2023\nRahoittaja: Pohjois-Pohjanmaan ELY-keskus\n")
    _unused, ents = _facts(text)
    projects = {e.label for e in ents.values() if e.type == "Project"}
    assert "Hanke jatkuu vuonna 2023 uudella rahoituksella" not in projects


def test_a_target_programme_row_makes_the_project_part_of_the_programme() -> None:
    """"Tavoiteohjelma: X-ohjelma": the national programme a development project's card says it carries out."""
    text = ("Pihapiirin perheet -hanke\n\n"
            "Tavoiteohjelma: Kaste-ohjelma 2012-2015\n"
            "Toteutusaika: 1.3.2013 - 31.10.2015\n"
            "Hallinnoija: Oulun kaupunki\n\n"
            "Hankkeessa kehitetään perheiden palveluja.\n")
    facts, ents = _facts(text)
    project = next(i.removeprefix(ID) for i, e in ents.items() if e.type == "Project")
    assert any(s == project and p == "partOf" and o.startswith("programme/") for s, p, o in facts)


def test_a_name_field_run_on_past_its_full_stop_ends_there() -> None:
    # a form flattened into one line: the next label follows the name after a full stop
    text = ("Hakijan nimi/hankkeen hallinnoija (yritys/virasto/tms.): Kivikylän seura ry. Hankkeen perustiedot "
            "Hankkeen nimi: Kivikylän kohtaamispaikka. Hankkeen kokonaisaikataulu (kk.vvvv kk.vvvv): Haettava "
            "rahoitus Oma rahoitus Muu rahoitus Yhteensä Toteuttaja: Kivikylän seura ry")
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    projects = {e.label for e in out.entities.values() if e.type == "Project"}
    assert "Kivikylän kohtaamispaikka" in projects
    assert not any("aikataulu" in label for label in projects)


def test_a_name_field_holding_a_run_of_contents_lines_names_nothing() -> None:
    # a report's contents run into one line: the empty name field's "value" is the chapter titles after it
    text = ("Loppuraportti\n\n2 Sisällys 1 Hankkeen toteuttaja Hankkeen nimi ja tunnus Yhteenveto hankkeesta "
            "Raportti Hankkeen tavoitteet Ylemmän tason tavoitteet Hankkeen toteutus Toimenpiteet Aikataulu "
            "Resurssit Toteutuksen organisaatio Kustannukset ja rahoitus Raportointi ja seuranta Riskit "
            "Yhteistyökumppanit Hankkeen tulokset ja vaikutukset Seurantaryhmän arvio Allekirjoitukset\n")
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    assert not any(len(e.label.split()) > 16 for e in out.entities.values() if e.type == "Project")


def test_project_cards_whose_field_rows_open_differently_under_their_headings() -> None:
    # invented names: two cards, each a heading, a description and its own rows, the rows not in the same order
    text = ("PROJEKT\n\nVåra projekt i byarna\n\nByvägen\n\nProjektet bygger en väg mellan byarna.\n\n"
            "Projektområde: Österbotten.\nProjekttid: 1.1.2030-31.12.2031.\nProjektägare: Vasa stad.\n"
            "Delgenomförare: Korsholms kommun.\n\n"
            "Bystugan\n\nProjektets mål\n\n  • Nya möten i byn\n  • Bättre service\n\n"
            "Projekttid: 1.1.2032 – 31.8.2033\nFinansiär: Österbottens förbund\n"
            "Huvudgenomförare: Närpes stad\nDelgenomförare: Korsholms kommun\n")
    facts, ents = _facts(text)
    projects = {e.label: i.removeprefix(ID) for i, e in ents.items() if e.type == "Project"}
    assert {"Byvägen", "Bystugan"} <= set(projects)
    assert not {"PROJEKT", "Projektets mål", "Våra projekt i byarna"} & set(projects)
    assert ("municipality/905", "coordinates", projects["Byvägen"]) in facts
    assert ("municipality/545", "coordinates", projects["Bystugan"]) in facts
    assert ("municipality/499", "participatesIn", projects["Bystugan"]) in facts
    assert not any(o == projects["Byvägen"] and s == "municipality/545" for s, p, o in facts)


def test_rows_apart_that_share_no_label_are_one_card() -> None:
    # two runs of rows with nothing in common: the second run is more of the same card, no card of its own
    text = ("Byvägen\n\nProjektägare: Vasa stad\nProjekttid: 2030\n\nBakgrund\n\nVägen byggs i två steg.\n\n"
            "Kontakt\n\nFinansiär: Österbottens förbund\nBudget: 10 000 €\n")
    _unused, ents = _facts(text)
    projects = {e.label for e in ents.values() if e.type == "Project"}
    assert "Kontakt" not in projects and "Bakgrund" not in projects


def test_an_organisation_after_a_comma_further_down_leaves_a_runner_field_its_name() -> None:
    # "Kvarn samkommun" stands alone in its field; a comma before an organisation on a later row is no list of it
    text = ("Byvägen\n\nProjektägare: Kvarnby samkommun\nProjekttid: 2030\n"
            "Finansiering: Landsbygdsfonden, Leader och Svenska kulturfonden\n")
    _unused, ents = _facts(text)
    owner = [e for e in ents.values() if e.label == "Kvarnby samkommun"]
    assert owner and owner[0].type == "JointAuthority"


def test_lower_case_labels_of_a_transcript_with_their_colons_are_fields() -> None:
    # a report's cover transcribed without its capitals: "projektipäätöksen saaja: X projektin nimi ja numero: Y"
    text = ("Kalliojärven virkistysalue Loppuraportti 2006 Hanke kuuluu Etelä-Suomen tavoite 2 -ohjelmaan. "
            "hakemuksen päiväys: 2.3.2004 projektipäätöksen saaja: Lahden kaupunki projektin nimi ja numero: "
            "Kalliojärvi kuntoon, HAM-2004-R-1234\n")
    kinds = {f.label: f.kind for f in read_fields(text)}
    assert kinds == {"projektipäätöksen saaja": "coordinator", "projektin nimi ja numero": "name"}
    facts, ents = _facts(text)
    project = next(i.removeprefix(ID) for i, e in ents.items()
                   if e.type == "Project" and "Kalliojärvi kuntoon" in e.labels)
    assert ("municipality/398", "coordinates", project) in facts


def test_one_lower_case_label_in_prose_is_no_field() -> None:
    # one label's words with a colon inside a sentence: a phrase of prose, not a form's run of fields
    assert read_fields("Kerromme nyt hankkeen toteuttaja: kaupunki vastaa kaikesta itse.\n") == []
    assert read_fields("Hankkeen toteuttaja on Lahden kaupunki ja hankkeen nimi on vielä auki.\n") == []
