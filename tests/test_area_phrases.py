"""Where an actor works, said with places in the genitive or after an operating-area word."""

from __future__ import annotations

from helpers import ID, fact_pairs, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer

POSKE = ID + "competence-centre/poske"
KAINUU, LAPPI, POHJOIS_SAVO = ID + "region/18", ID + "region/19", ID + "region/11"


def _covers(text: str) -> set[tuple[str, str]]:
    return fact_pairs(text, "coversArea")


def test_serving_verb_before_genitive_places_and_area_noun() -> None:
    covers = _covers("Poske tukee Kainuun ja Lapin alueen sosiaalipalvelujen kehittämistä.")
    assert {(POSKE, KAINUU), (POSKE, LAPPI)} <= covers


def test_genitive_place_before_generic_area_noun_in_locative() -> None:
    covers = _covers("Hyvä Arki -hanke alkoi keväällä. Hankkeen toimijat toimivat Lapin eri seutukunnissa.")
    assert any(obj == LAPPI and "hyva" in subj for subj, obj in covers)
    covers = _covers("Hyvä Arki -hanke toteutetaan Kainuun ja Pohjois-Savon kunnissa.")
    assert {obj for _s, obj in covers} >= {KAINUU, POHJOIS_SAVO}


def test_nearest_actor_takes_the_places() -> None:
    covers = _covers("Poske toimii Lapissa, ISO tukee Kainuun ja Pohjois-Savon alueen kuntia.")
    assert (POSKE, KAINUU) not in covers and (POSKE, POHJOIS_SAVO) not in covers
    assert (ID + "competence-centre/iso", KAINUU) in covers


def test_operating_area_word_in_swedish() -> None:
    covers = _covers("Soccas verksamhetsområde omfattar Nyland och Egentliga Finland.")
    assert (ID + "competence-centre/socca", ID + "region/01") in covers


def test_elided_prefix_in_an_area_phrase() -> None:
    covers = _covers("ISO toimii Pohjois- ja Etelä-Savon alueella.")
    assert {(ID + "competence-centre/iso", POHJOIS_SAVO), (ID + "competence-centre/iso", ID + "region/10")} <= covers


def test_genitive_places_without_area_word_are_no_area() -> None:
    # partners named by the places' organisations, not an operating area
    assert not _covers("Poske tekee yhteistyötä Kainuun ja Lapin kuntien kanssa.")
    assert not _covers("Kainuun ja Lapin alueen kunnat valitsivat Hyvä Arki -hankkeen jatkoon.")


def test_town_in_the_locative_after_an_organisation_is_its_seat_not_a_partner() -> None:
    text = ("Kuntoutus-hanke alkoi 2019. Osatoteuttajina ovat toimineet Tukiranta ry Oulussa, "
            "Lapin yliopisto Rovaniemellä ja Kemin kaupunki sekä Tornio.")
    out = extract_document(record(text, "news"), gazetteer=reference_gazetteer())
    partners = {f.subject for f in out.facts if f.predicate == "participatesIn"}
    assert ID + "agency/lapin-yliopisto" in partners and ID + "municipality/240" in partners
    assert ID + "municipality/851" in partners  # a town listed on its own still takes part
    assert ID + "municipality/564" not in partners and ID + "municipality/698" not in partners


def test_bare_centre_subject_refers_to_the_centre_named_before() -> None:
    covers = _covers("Poske täytti kymmenen vuotta. Sosiaalialan osaamiskeskus tukee Kainuun ja Lapin alueen "
                     "palvelujen kehittämistä.")
    assert {(POSKE, KAINUU), (POSKE, LAPPI)} <= covers
    # with no centre named before, a bare "Keskus" is nobody
    assert not _covers("Keskus tukee Kainuun ja Lapin alueen kuntia.")


def test_swedish_project_carried_out_in_regions() -> None:
    covers = _covers('Projektet "Trygg vardag" genomförs 2024 i landskapen Nyland och Egentliga Finland.')
    assert {obj for _s, obj in covers} >= {ID + "region/01", ID + "region/02"}
    # the town right after the organisation that runs it is that organisation's seat
    assert not _covers('Projektet "Trygg vardag" genomförs av Nylands förbund i Helsingfors.')


def test_the_projects_operating_area_is_the_projects_not_a_partners() -> None:
    covers = _covers("Hyvä Arki -hanke käynnistyi keväällä. Huoltoliitto ry on osatoteuttaja.\n"
                     "Hankkeen rahoittajakuntina ja siten toiminta-alueena on kaksi kuntaa: Iisalmi ja Kiuruvesi.")
    iisalmi = ID + "municipality/140"
    assert any(obj == iisalmi and "/project/" in subj for subj, obj in covers)
    assert (ID + "association/huoltoliitto", iisalmi) not in covers


def test_the_projects_area_word_alone() -> None:
    covers = _covers("Hyvä Arki -hanke käynnistyi keväällä. Hankkeen alueena ovat Iisalmi ja Kiuruvesi.")
    assert {obj for subj, obj in covers if "/project/" in subj} >= {ID + "municipality/140", ID + "municipality/263"}


def test_a_place_left_out_of_the_area_is_not_covered() -> None:
    covers = _covers("Hyvä Arki -hanke käynnistyi keväällä. Hankkeen toiminta-alueena ovat Iisalmi ja Kiuruvesi "
                     "lukuun ottamatta Sonkajärveä.")
    assert ID + "municipality/762" not in {obj for _s, obj in covers}


def test_members_of_a_joint_authority_are_part_of_it() -> None:
    out = extract_document(record("Kainuun soteen kuuluvat Kajaani, Sotkamo ja Kuhmo.", "news"),
                           gazetteer=reference_gazetteer())
    facts = {(f.subject, f.predicate, f.object) for f in out.facts}
    sote = ID + "joint-authority/kainuun-sote"
    assert (ID + "municipality/205", "partOf", sote) in facts
    assert (sote, "coversArea", ID + "municipality/205") not in facts


def test_swedish_project_area_words() -> None:
    vasa, korsholm = ID + "municipality/905", ID + "municipality/499"
    for text in ("Projektet Hälsa startade i maj. Projektet verkar i Vasa och Korsholm.",
                 "Projektet Hälsa startade i maj. Projektområdet omfattar Vasa och Korsholm."):
        covers = _covers(text)
        assert {obj for subj, obj in covers if "/project/" in subj} >= {vasa, korsholm}


def test_finnish_verb_of_providing_services_at_places() -> None:
    covers = _covers("Kainuun sote tuottaa sosiaali- ja terveyspalveluja Kajaanissa, Sotkamossa ja Kuhmossa.")
    sote = ID + "joint-authority/kainuun-sote"
    assert {(sote, ID + "municipality/205"), (sote, ID + "municipality/765"), (sote, ID + "municipality/290")} <= covers
    # without services named the places are where something else happens
    covers = _covers("Kainuun sote järjestää koulutuksen Kajaanissa ja Sotkamossa.")
    assert (sote, ID + "municipality/205") not in covers


def test_services_for_the_residents_of_towns_named_in_the_genitive() -> None:
    covers = _covers("Kainuun sote tuottaa sosiaali- ja terveyspalvelut Kajaanin, Sotkamon ja Kuhmon asukkaille.")
    sote = ID + "joint-authority/kainuun-sote"
    assert {(sote, ID + "municipality/205"), (sote, ID + "municipality/290")} <= covers
    # the towns' own staff are no residents served
    covers = _covers("Kainuun sote tarjoaa palveluja Kajaanin ja Sotkamon henkilöstölle.")
    assert (sote, ID + "municipality/205") not in covers
