"""Inflected and compound forms of real Finnish names map to the bundled reference entities.

Most names here do not occur in the seed documents: the table checks that recognition
generalises over cases (genitive, locatives, illative, allative, partitive), acronyms
with case endings, lower-case common-noun names and municipality + "kunta" heads.
"""

from __future__ import annotations

import pytest

from welfare_kg.extract.entities import Recogniser
from welfare_kg.extract.text import sentences

TABLE: list[tuple[str, str, str]] = [
    # municipalities
    ("Ranuan kunnalle", "Municipality", "Ranua"), ("Ranuan kunnan", "Municipality", "Ranua"),
    ("Auran kunnan osuus", "Municipality", "Aura"), ("Rovaniemen kaupungille", "Municipality", "Rovaniemi"),
    ("Rovaniemellä", "Municipality", "Rovaniemi"), ("Tampereella", "Municipality", "Tampere"),
    ("Tampereelle", "Municipality", "Tampere"), ("Tampereen", "Municipality", "Tampere"),
    ("Helsingissä", "Municipality", "Helsinki"), ("Helsingin kaupunki", "Municipality", "Helsinki"),
    ("Helsinkiin", "Municipality", "Helsinki"), ("Turussa", "Municipality", "Turku"),
    ("Turun kaupungin", "Municipality", "Turku"), ("Turkuun", "Municipality", "Turku"),
    ("Oulussa", "Municipality", "Oulu"), ("Oulun", "Municipality", "Oulu"), ("Ouluun", "Municipality", "Oulu"),
    ("Jyväskylässä", "Municipality", "Jyväskylä"), ("Jyväskylän", "Municipality", "Jyväskylä"),
    ("Kuopiossa", "Municipality", "Kuopio"), ("Kuopion", "Municipality", "Kuopio"),
    ("Joensuussa", "Municipality", "Joensuu"), ("Joensuun", "Municipality", "Joensuu"),
    ("Lahdessa", "Municipality", "Lahti"), ("Lahden", "Municipality", "Lahti"), ("Lahteen", "Municipality", "Lahti"),
    ("Espoossa", "Municipality", "Espoo"), ("Espoon", "Municipality", "Espoo"),
    ("Vantaalla", "Municipality", "Vantaa"), ("Vantaan kaupunki", "Municipality", "Vantaa"),
    ("Porissa", "Municipality", "Pori"), ("Porin", "Municipality", "Pori"),
    ("Kemissä", "Municipality", "Kemi"), ("Kemin kaupungin", "Municipality", "Kemi"),
    ("Sodankylässä", "Municipality", "Sodankylä"), ("Inarin kunnan", "Municipality", "Inari"),
    ("Kittilän", "Municipality", "Kittilä"), ("Enonkosken kunnalle", "Municipality", "Enonkoski"),
    ("Sulkavalla", "Municipality", "Sulkava"), ("Rantasalmen", "Municipality", "Rantasalmi"),
    ("Savonlinnassa", "Municipality", "Savonlinna"), ("Mikkelin", "Municipality", "Mikkeli"),
    ("Kajaanissa", "Municipality", "Kajaani"), ("Kokkolan", "Municipality", "Kokkola"),
    ("Vaasassa", "Municipality", "Vaasa"), ("Seinäjoella", "Municipality", "Seinäjoki"),
    ("Seinäjoen", "Municipality", "Seinäjoki"), ("Hämeenlinnassa", "Municipality", "Hämeenlinna"),
    ("Lappeenrannan", "Municipality", "Lappeenranta"), ("Kouvolassa", "Municipality", "Kouvola"),
    ("Kotkan", "Municipality", "Kotka"), ("Porvoossa", "Municipality", "Porvoo"),
    ("Salon kaupunki", "Municipality", "Salo"), ("Pellon kunnan", "Municipality", "Pello"),
    ("Utsjoelle", "Municipality", "Utsjoki"), ("Iisalmessa", "Municipality", "Iisalmi"),
    # regions
    ("Pirkanmaalla", "Region", "Pirkanmaa"), ("Pirkanmaan maakunnan", "Region", "Pirkanmaa"),
    ("Uudellamaalla", "Region", "Uusimaa"), ("Uudellemaalle", "Region", "Uusimaa"),
    ("Varsinais-Suomessa", "Region", "Varsinais-Suomi"), ("Satakunnassa", "Region", "Satakunta"),
    ("Satakunnan", "Region", "Satakunta"), ("Kanta-Hämeessä", "Region", "Kanta-Häme"),
    ("Päijät-Hämeeseen", "Region", "Päijät-Häme"), ("Päijät-Hämeessä", "Region", "Päijät-Häme"),
    ("Kymenlaaksossa", "Region", "Kymenlaakso"), ("Etelä-Karjalassa", "Region", "Etelä-Karjala"),
    ("Etelä-Savossa", "Region", "Etelä-Savo"), ("Etelä-Savoon", "Region", "Etelä-Savo"),
    ("Pohjois-Savossa", "Region", "Pohjois-Savo"), ("Pohjois-Karjalaan", "Region", "Pohjois-Karjala"),
    ("Keski-Suomessa", "Region", "Keski-Suomi"), ("Etelä-Pohjanmaalla", "Region", "Etelä-Pohjanmaa"),
    ("Pohjanmaalla", "Region", "Pohjanmaa"), ("Keski-Pohjanmaan", "Region", "Keski-Pohjanmaa"),
    ("Pohjois-Pohjanmaalla", "Region", "Pohjois-Pohjanmaa"), ("Kainuussa", "Region", "Kainuu"),
    ("Kainuun", "Region", "Kainuu"), ("Lapissa", "Region", "Lappi"), ("Lapin maakunnassa", "Region", "Lappi"),
    # wellbeing services counties
    ("Pirkanmaan hyvinvointialueelle", "WellbeingCounty", "Pirkanmaan hyvinvointialue"),
    ("Pohjois-Pohjanmaan hyvinvointialueen", "WellbeingCounty", "Pohjois-Pohjanmaan hyvinvointialue"),
    ("Etelä-Savon hyvinvointialueen", "WellbeingCounty", "Etelä-Savon hyvinvointialue"),
    ("Lapin hyvinvointialueella", "WellbeingCounty", "Lapin hyvinvointialue"),
    ("Keski-Suomen hyvinvointialueesta", "WellbeingCounty", "Keski-Suomen hyvinvointialue"),
    ("Kanta-Hämeen hyvinvointialueen", "WellbeingCounty", "Kanta-Hämeen hyvinvointialue"),
    ("Pohjois-Karjalan hyvinvointialueelle", "WellbeingCounty", "Pohjois-Karjalan hyvinvointialue"),
    # ministries and agencies, acronyms with case endings, lower-case running text
    ("STM:n", "Ministry", "STM"), ("STM:lle", "Ministry", "STM"),
    ("Sosiaali- ja terveysministeriölle", "Ministry", "Sosiaali- ja terveysministeriö"),
    ("sosiaali- ja terveysministeriön", "Ministry", "Sosiaali- ja terveysministeriö"),
    ("OKM:n", "Ministry", "OKM"), ("opetus- ja kulttuuriministeriölle", "Ministry", "OKM"),
    ("valtiovarainministeriön", "Ministry", "VM"), ("työ- ja elinkeinoministeriöstä", "Ministry", "TEM"),
    ("THL:n", "Agency", "THL"), ("THL:lle", "Agency", "THL"),
    ("Terveyden ja hyvinvoinnin laitokselle", "Agency", "THL"), ("Kelan", "Agency", "Kela"),
    ("Kelalle", "Agency", "Kela"), ("Valviralle", "Agency", "Valvira"),
    # competence centres and joint authorities
    ("Oy Vasso Ab:lle", "CompetenceCentre", "Vasso"), ("Vasson", "CompetenceCentre", "Vasso"),
    ("Soccan", "CompetenceCentre", "Socca"), ("Verson", "CompetenceCentre", "Verso"),
    ("Pohjois-Suomen sosiaalialan osaamiskeskukselle", "CompetenceCentre", "POSKE"),
    ("Varsinais-Suomen sosiaalialan osaamiskeskuksen", "CompetenceCentre", "Vasso"),
    ("Essoten", "JointAuthority", "Essote"), ("Sosterin", "JointAuthority", "Sosteri"),
    ("Eksoten", "JointAuthority", "Eksote"), ("Soiten", "JointAuthority", "Soite"),
    ("Kolpeneen palvelukeskuksen kuntayhtymälle", "JointAuthority", "Kolpene"),
]


def test_table_is_large() -> None:
    assert len(TABLE) >= 100


@pytest.mark.parametrize(("phrase", "typ", "name"), TABLE)
def test_inflected_form(recogniser: Recogniser, phrase: str, typ: str, name: str) -> None:
    text = f"Asiaa käsiteltiin eilen {phrase} kanssa yhdessä."
    sent = sentences(text)[0]
    mentions = [m for m in recogniser.sentence_mentions(sent, text) if m.iri]
    gaz = recogniser.gazetteer
    found = [(m.type, gaz.entities[m.iri].labels) for m in mentions]
    assert any(t == typ and name in labels for t, labels in found), found


def test_region_inside_a_name_is_not_the_region(recogniser: Recogniser) -> None:
    text = "Asiaa esitteli Varsinais-Suomen sosiaalialan osaamiskeskus eilen."
    types = [m.type for m in recogniser.sentence_mentions(sentences(text)[0], text)]
    assert types == ["CompetenceCentre"]


def test_common_word_place_name_needs_context(recogniser: Recogniser) -> None:
    text = "Pellon reunalla kasvoi ruista."
    assert not [m for m in recogniser.sentence_mentions(sentences(text)[0], text) if m.type == "Municipality"]
