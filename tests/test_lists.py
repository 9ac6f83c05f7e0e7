"""Lists of parties, participants and areas: each item its own fact."""

from __future__ import annotations

from helpers import record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _facts(text: str, kind: str = "news") -> tuple[set[tuple[str, str, str]], dict]:
    out = extract_document(record(text, kind), gazetteer=reference_gazetteer())
    label = {i: e.label for i, e in out.entities.items()}
    return {(label.get(f.subject, f.subject), f.predicate, label.get(f.object, f.object)) for f in out.facts}, \
        out.entities


def test_agreement_title_and_party_section() -> None:
    text = ("Sopimus kotihoidon yhteisestä varahenkilöstöstä 1. Sopimuksen osapuolet "
            "Sallan kunta Y-tunnus 0000000-1 PL 1 98900 Salla ja Kemijärven kaupunki Y-tunnus 0000000-2 "
            "PL 2 98100 Kemijärvi sekä Kuusamon kaupunki (Posio ja Taivalkoski yhteistyössä) Y-tunnus 0000000-3\n"
            "2. Sopimuksen tarkoitus\nSopimuksella sovitaan varahenkilöstön käytöstä Rovaniemen suunnalla.")
    facts, ents = _facts(text, "agreement")
    title = "Sopimus kotihoidon yhteisestä varahenkilöstöstä"
    assert any(e.label == title and e.type == "Agreement" for e in ents.values())
    parties = {s for s, p, o in facts if p == "participatesIn" and o == title}
    assert parties >= {"Salla", "Kemijärvi", "Kuusamo"}
    assert not parties & {"Posio", "Taivalkoski", "Rovaniemi"}


def test_swedish_numbered_party_list_ends_at_the_next_section() -> None:
    text = ("AVTAL OM GEMENSAM KRISBEREDSKAP\n1. Parterna\n1. Kristinestads stad (FO-nummer 1)\n64100 Kristinestad\n"
            "2. Närpes stad (FO-nummer 2)\n64200 Närpes\n2. Avtalets syfte\nSamarbete med Vasa stad.")
    facts, _ = _facts(text, "agreement")
    parties = {s for s, p, o in facts if p == "participatesIn"}
    assert parties == {"Kristiinankaupunki", "Närpiö"}


def test_participants_after_a_phrase_and_in_bullets() -> None:
    text = ("Arjen Apu -hanke alkoi keväällä. Hankkeessa ovat mukana Kuopion kaupunki, Siilinjärven kunta "
            "ja Itä-Suomen yliopisto.\n\nHanke jatkuu. Mukana ovat myös:\n\n- Savonia-ammattikorkeakoulu\n"
            "- Pohjois-Savon hyvinvointialue\n\nLisätietoja antaa Joensuun kaupunki.")
    facts, _ = _facts(text)
    parts = {s for s, p, o in facts if p == "participatesIn" and o == "Arjen Apu"}
    assert {"Kuopio", "Siilinjärvi", "Pohjois-Savon hyvinvointialue"} <= parts
    assert "Joensuu" not in parts


def test_areas_of_actors_in_one_sentence() -> None:
    text = ("Osaamiskeskukset alueittain. Koske toimii Keski-Suomessa, Pikassos toimii Pirkanmaan, "
            "Satakunnan ja Kanta-Hämeen alueella, Vasso toimii Varsinais-Suomessa.")
    facts, _ = _facts(text)
    areas = {(s, o) for s, p, o in facts if p == "coversArea"}
    assert ("Keski-Suomen sosiaalialan osaamiskeskus", "Keski-Suomi") in areas
    assert {o for s, o in areas if s.startswith("Pikassos")} == {"Pirkanmaa", "Satakunta", "Kanta-Häme"}
    assert not any(s.startswith("Pikassos") and o == "Varsinais-Suomi" for s, o in areas)


def test_a_name_needs_a_name() -> None:
    text = ("Ministeriet har godkänt de projekt som får understöd. Åtta projekt får stöd. "
            "Hallituksen kärkihanke jatkuu. Sosiaali- ja terveyshanke päättyi.")
    _, ents = _facts(text)
    assert not [e.label for e in ents.values() if e.type == "Project"]


def test_gapped_actor_shares_the_verb_and_a_broken_compound_is_one_name() -> None:
    text = "Alueet. Vasso toimii Pohjois- Karjalan alueella ja Socca Uudenmaan alueella."
    facts, _ = _facts(text)
    areas = {(s, o) for s, p, o in facts if p == "coversArea"}
    assert ("Varsinais-Suomen sosiaalialan osaamiskeskus", "Pohjois-Karjala") in areas
    assert ("Pääkaupunkiseudun sosiaalialan osaamiskeskus Socca", "Uusimaa") in areas
    assert ("Varsinais-Suomen sosiaalialan osaamiskeskus", "Uusimaa") not in areas


def test_repeated_title_with_a_party_section_is_one_agreement_whatever_the_kind() -> None:
    text = ("KUNTIEN VÄLINEN SOPIMUS KOULUKULJETUKSISTA\nKUNTIEN VÄLINEN SOPIMUS KOULUKULJETUKSISTA\n"
            "1. Sopijapuolet\nSavonlinnan kaupunki ja Enonkosken kunta\n2. Sopimuksen tarkoitus\nKuljetukset.")
    facts, ents = _facts(text, "news")
    agreements = [e for e in ents.values() if e.type == "Agreement"]
    assert len(agreements) == 1
    assert {s for s, p, o in facts if p == "participatesIn"} == {"Savonlinna", "Enonkoski"}


def test_address_post_office_and_blanked_names_are_no_mentions() -> None:
    text = ("SOPIMUS KOTOUTUMISEN VERKOSTOSTA\n1. Sopijapuolet\nMikkelin kaupunki, PL 33, 50101 Mikkeli\n"
            "Yhteyshenkilö: Xxxx Xxxxxxxx\nRuokolahden kunta, Virastotie 1, 00100 Helsinki\n2. Voimassaolo\nHeti.")
    facts, ents = _facts(text, "agreement")
    labels = {e.label for e in ents.values()}
    assert "Helsinki" not in labels and not any(label.startswith("Xxxx") for label in labels)
    assert {s for s, p, o in facts if p == "participatesIn"} == {"Mikkeli", "Ruokolahti"}


def test_agreement_title_names_its_project_and_the_lead_party_coordinates() -> None:
    text = ("Sopimus Arjen Turva! -hankkeen hallinnoinnista 1. Sopimuksen osapuolet Hallinnoiva kunta Kouvolan "
            "kaupunki ja Haminan kaupunki 2. Sopimuksen tarkoitus Hanke alkaa.")
    facts, ents = _facts(text, "agreement")
    assert any(e.type == "Project" and e.label == "Arjen Turva!" for e in ents.values())
    assert ("Kouvola", "coordinates", "Sopimus Arjen Turva! -hankkeen hallinnoinnista") in facts
    assert ("Hamina", "coordinates", "Sopimus Arjen Turva! -hankkeen hallinnoinnista") not in facts


def test_implementers_phrase_and_unknown_list_items_typed_by_their_head() -> None:
    text = ("Kotona Kaikki -hanke alkoi. Hankkeen toteuttajina toimivat Kuopion kaupunki, Savotan säätiö, "
            "Kehittäjien yhdistys, Lumo Keski-Suomi ry ja Järvien yliopisto.")
    facts, ents = _facts(text)
    kinds = {e.label: e.type for e in ents.values()}
    assert kinds.get("Savotan säätiö") == "Association" and kinds.get("Järvien yliopisto") == "Agency"
    assert kinds.get("Lumo Keski-Suomi ry") == "Association"
    parts = {s for s, p, o in facts if p == "participatesIn"}
    assert {"Kuopio", "Savotan säätiö", "Kehittäjien yhdistys", "Lumo Keski-Suomi ry", "Järvien yliopisto"} <= parts


def test_swedish_quoted_project_its_funders_and_administrator() -> None:
    text = ('Nyheter\n\nProjektet "Trygg vardag i skärgården" startar i höst. Projektet finansieras av '
            "Social- och hälsovårdsministeriet, Egentliga Finlands förbund och Åbolands förbund. "
            "För projektadministrationen ansvarar Pargas stad.")
    facts, ents = _facts(text)
    assert any(e.type == "Project" and e.label == "Trygg vardag i skärgården" for e in ents.values())
    funders = {s for s, p, o in facts if p == "funds" and o == "Trygg vardag i skärgården"}
    assert len(funders) == 3
    assert {s for s, p, o in facts if p == "coordinates"} == {"Parainen"}


def test_pointing_words_and_finite_verbs_make_no_names() -> None:
    text = ("Parterna i detta avtal förbinder sig. Åtgärderna i detta avtal genomförs. "
            "Ohjaavat maakuntaohjelma 2024–2027 ja strategia ohjaavat työtä.")
    _, ents = _facts(text, "agreement")
    assert not [e.label for e in ents.values() if e.type in {"Agreement", "Programme"}]


def test_a_genitive_that_could_be_read_as_a_verb_still_names() -> None:
    # "Verson" is also a form of the verb "versoa"; before a head noun it is the genitive of a name
    _, ents = _facts("Verson osahankkeelle myönnettiin rahoitusta.")
    assert any(e.type == "Project" and e.label.startswith("Verson") for e in ents.values())


def test_parties_of_a_between_agreement_and_its_defined_short_name() -> None:
    text = ("Tämä sopimus perustuu Oulun kaupungin, Kemin kaupungin ja Lapin liiton väliseen "
            "yhteistyösopimukseen (Puitesopimus). Puitesopimus on voimassa vuoteen 2027.")
    facts, ents = _facts(text, "agreement")
    agreements = [e for e in ents.values() if e.type == "Agreement"]
    assert len(agreements) == 1 and any(label.lower() == "puitesopimus" for label in agreements[0].labels)
    parties = {s for s, p, o in facts if p == "participatesIn" and o == agreements[0].label}
    assert {"Oulu", "Kemi"} <= parties and len(parties) == 3


def test_swedish_agreement_between_parties() -> None:
    text = "Avtalet om skolskjutsar mellan Närpes stad och Kristinestads stad undertecknades i maj."
    facts, _ = _facts(text, "agreement")
    assert {s for s, p, o in facts if p == "participatesIn"} >= {"Närpiö", "Kristiinankaupunki"}


def test_area_verb_in_the_perfect_and_in_swedish() -> None:
    facts, _ = _facts("Vasso on toiminut vuodesta 2002 Varsinais-Suomessa. Socca verkar i Nyland.")
    areas = {(s, o) for s, p, o in facts if p == "coversArea"}
    assert ("Varsinais-Suomen sosiaalialan osaamiskeskus", "Varsinais-Suomi") in areas
    assert ("Pääkaupunkiseudun sosiaalialan osaamiskeskus Socca", "Uusimaa") in areas


def test_a_partner_after_the_verb_is_not_an_area() -> None:
    facts, _ = _facts("Vasso toimii hankkeen koordinaattorina yhdessä Kainuun hyvinvointialueen kanssa.")
    assert not [f for f in facts if f[1] == "coversArea"]


def test_historic_provinces_are_not_their_regions() -> None:
    _, ents = _facts("Avustuksia jaettiin eniten Itä-Suomen ja Oulun lääneissä, vähiten Lapin läänissä. "
                     "I Västra Finlands län var andelen störst.")
    regions = {e.label for e in ents.values() if e.type == "Region"}
    assert {"Itä-Suomen lääni", "Oulun lääni", "Lapin lääni", "Västra Finlands län"} <= regions
    assert "Lappi" not in regions and not any(e.label == "Oulu" for e in ents.values())


def test_regions_and_wellbeing_counties_as_participants() -> None:
    text = ("Arjen Apu -hanke alkoi. Hankkeessa ovat mukana Kainuu, Lappi sekä Pohjois-Savon ja "
            "Pohjois-Karjalan hyvinvointialueet.")
    facts, _ = _facts(text)
    parts = {s for s, p, o in facts if p == "participatesIn" and o == "Arjen Apu"}
    assert {"Kainuu", "Lappi", "Pohjois-Savon hyvinvointialue", "Pohjois-Karjalan hyvinvointialue"} <= parts


def test_a_form_label_glued_to_its_value_is_no_name() -> None:
    _, ents = _facts("Hakemuksen tiedot. Projektityyppi Kehittämishanke, jossa on henkilöitä mukana.")
    assert not [e.label for e in ents.values() if e.type == "Project"]


def test_a_sentence_opening_with_parties_is_no_party_section() -> None:
    text = ("Kotihoidon yhteistyösopimus 2024–2026 allekirjoitettiin.\nOsapuolet sopivat, että koulutus "
            "järjestetään keväällä.\nHankkeesta kertoi myös Joensuun kaupunki tiedotteessaan.")
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    # a party section's facts carry the whole section as evidence, from its heading on
    assert not [f for f in out.facts if f.evidence.text.startswith("Osapuolet sopivat")]


def test_an_elided_compound_with_a_modifier_is_still_a_name() -> None:
    _, ents = _facts("Hanketta rahoittaa Lasten- ja nuorisopalveluiden uudistusohjelma vuosina 2024–2026.")
    assert any(e.type == "Programme" and e.label.startswith("Lasten- ja nuoriso") for e in ents.values())


def test_a_funder_list_ends_where_another_verb_or_role_joins_its_clause() -> None:
    """"finansieras av A och genomförs av B", "rahoittajana toimii A ja hallinnoijana B": B runs, it does not fund."""
    for text, funder, runner in (
            ("Projektet Trygg vardag\n\nProjektet Trygg vardag finansieras av Österbottens förbund och genomförs av "
             "Vasa stad.", "Pohjanmaan liitto", "Vaasa"),
            ("Arjen turva -hanke\n\nHankkeen rahoittajana toimii Pohjois-Savon liitto ja hallinnoijana Kuopion "
             "kaupunki. Hanke kestää vuoteen 2025.", "Pohjois-Savon liitto", "Kuopio")):
        facts, _ = _facts(text)
        funders = {s for s, p, _ in facts if p == "funds"}
        assert funder in funders and runner not in funders, (text, funders)


def test_who_works_beside_a_one_holder_role_does_not_hold_it() -> None:
    # the role's holder is a common noun; the town after "yhdessä"/"tillsammans med" works beside it
    fi, _ = _facts("Arjen Apu -hanke alkoi keväällä. Hankkeen hallinnoijana toimii kyläyhdistys yhdessä Kuopion "
                   "kaupungin kanssa.")
    assert not any(p == "coordinates" and s == "Kuopio" for s, p, o in fi), fi
    sv, _ = _facts("Projektet Levande byar startade i våras. Projektägare är föreningarna, tillsammans med Vasa stad.")
    assert not any(p == "coordinates" and s == "Vaasa" for s, p, o in sv), sv
    # the holder named first keeps the role
    named, _ = _facts("Projektet Levande byar startade i våras. Projektägare är Vasa stad, tillsammans med "
                      "föreningarna.")
    assert ("Vaasa", "coordinates", "Levande byar") in named, named
