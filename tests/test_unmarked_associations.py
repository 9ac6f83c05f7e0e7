"""Associations, foundations and clubs named the way local news, grant lists and minutes name them, with or without
a legal form: a club's kind compound ("Pallokerho", "Mieskuoro"), a town's service club ("Xn Lions Club"), a
Swedish club or guild ("Pensionärsklubb", "Ungdomsgille"), a village committee, a settlement in lower case, a
foundation named after its titled founder, and registered names joined by "&", "och" or "i" up to their form.
Sentences written for these tests (the towns are real, the clubs and people invented)."""

from __future__ import annotations

import pytest

from tests.helpers import needs_voikko, record
from welfare_kg.extract.document import extract_document


def typed(text: str) -> set[tuple[str, str]]:
    ex = extract_document(record(text))
    return {(e.type, e.label) for e in ex.entities.values()}


@needs_voikko
@pytest.mark.parametrize(("text", "label"), [
    ("Sopimus tehtiin Kuopion Pallokerhon kanssa.", "Kuopion Pallokerho"),
    ("Avustusta saivat Kuopion Mieskuoro ja Leppävirran Eläkeläiskerho.", "Kuopion Mieskuoro"),
    ("Avustusta saivat Kuopion Mieskuoro ja Leppävirran Eläkeläiskerho.", "Leppävirran Eläkeläiskerho"),
    ("Kuopion Pursiklubi järjesti regatan.", "Kuopion Pursiklubi"),
    ("Avustusta saivat Pallokerho Kipinä ja Mieskuoro Laulajat.", "Pallokerho Kipinä"),
])
def test_club_kind_compounds_are_associations(text: str, label: str) -> None:
    assert ("Association", label) in typed(text)


@needs_voikko
def test_a_club_kind_in_lower_case_alone_names_no_one() -> None:
    assert not {t for t in typed("Perhekerho kokoontuu tiistaisin. Koulun kuoro esiintyi juhlassa.")
                if t[0] == "Association"}


@needs_voikko
@pytest.mark.parametrize(("text", "labels"), [
    ("Lahjoituksen saivat Kuopion Lions Club ja Leppävirran Rotary Club.",
     {"Kuopion Lions Club", "Leppävirran Rotary Club"}),
    ("Kuopion Lions Clubin puheenjohtaja Matti Virtanen kiitti.", {"Kuopion Lions Club"}),
    ("Yhteistyötä tekevät Kuopion ja Leppävirran Lions Clubit.", {"Kuopion Lions Club", "Leppävirran Lions Club"}),
    ("Ruokolan Lionsklubi lahjoitti 500 euroa.", {"Ruokolan Lionsklubi"}),
])
def test_a_towns_genitive_before_a_service_club(text: str, labels: set[str]) -> None:
    got = typed(text)
    assert {("Association", x) for x in labels} <= got
    assert ("Company", "Club") not in got


@needs_voikko
def test_a_pronoun_before_a_service_club_is_no_town() -> None:
    assert not {t for t in typed("Tämän Lions Clubin jäsenet keräsivät rahaa.") if t[1].startswith("Tämän")}


@needs_voikko
@pytest.mark.parametrize(("text", "label"), [
    ("Bidrag gavs till Korsholms Pensionärsklubb och Vörå Ungdomsgille.", "Korsholms Pensionärsklubb"),
    ("Bidrag gavs till Korsholms Pensionärsklubb och Vörå Ungdomsgille.", "Vörå Ungdomsgille"),
])
def test_swedish_clubs_and_guilds(text: str, label: str) -> None:
    assert ("Association", label) in typed(text)


@needs_voikko
def test_a_landskapsforbund_with_an_associations_form_is_an_association() -> None:
    got = typed("EDUSTAJIEN NIMEÄMINEN LIITTOKOKOUKSEEN Kustens landskapsförbund r.f MYYNTI")
    assert ("Association", "Kustens landskapsförbund r.f") in got
    assert not {t for t in got if t[0] == "JointAuthority" or "LIITTOKOKOUKSEEN" in t[1]}


@needs_voikko
def test_a_village_committee_is_an_association() -> None:
    got = typed("Avustusta myönnettiin Hirvolan kylätoimikunnalle 800 euroa. Ruokolan kylätoimikunta kokoontui.")
    assert {("Association", "Hirvolan kylätoimikunta"), ("Association", "Ruokolan kylätoimikunta")} <= got
    assert not {t for t in got if t[0] == "Body"}


@needs_voikko
def test_a_towns_village_committee_is_its_body() -> None:
    """A town can have a committee of that name: its minutes head with it, or a known town's genitive owns it."""
    got = typed("Leppävirran kylätoimikunta päätti avustuksista.")
    assert ("Body", "Leppävirran kylätoimikunta") in got
    assert not {t for t in got if t[0] == "Association"}


@needs_voikko
@pytest.mark.parametrize(("text", "label"), [
    ("Toiminnasta vastaa Kalliolan setlementti.", "Kalliolan setlementti"),
    ("Avustusta myönnettiin Kuopion setlementille 800 euroa.", "Kuopion setlementti"),
])
def test_a_settlement_in_lower_case_after_its_place(text: str, label: str) -> None:
    assert ("Association", label) in typed(text)


@needs_voikko
@pytest.mark.parametrize(("text", "label"), [
    ("Apurahan sai Matti Esimerkin säätiö sr tutkimukseen.", "Matti Esimerkin säätiö sr"),
    ("Kumppaneita ovat Kuopion kaupunki, Tohtori Matti Esimerkin säätiö sr ja Kuopion yliopisto.",
     "Tohtori Matti Esimerkin säätiö sr"),
    ("Apurahan myönsi Kauppaneuvos Liisa Esimerkin säätiö.", "Kauppaneuvos Liisa Esimerkin säätiö"),
])
def test_a_foundation_named_after_its_titled_founder(text: str, label: str) -> None:
    got = typed(text)
    assert ("Association", label) in got
    assert not {t for t in got if t[0] == "Person"}


@needs_voikko
@pytest.mark.parametrize(("text", "label"), [
    ("Avustusta sai Sydän & Terveys ry kerhotoimintaan.", "Sydän & Terveys ry"),
    ("Hanketta hallinnoi Förbundet Hem och Vård i Finland rf.", "Förbundet Hem och Vård i Finland rf"),
    ("Stiftelsen Hjälp och Hopp rf beviljade 5 000 euro.", "Stiftelsen Hjälp och Hopp rf"),
])
def test_joined_words_up_to_the_legal_form_are_one_name(text: str, label: str) -> None:
    assert ("Association", label) in typed(text)


@needs_voikko
def test_without_a_form_the_joined_name_is_another_party() -> None:
    got = typed("Stiftelsen Hjälp och Svenska kulturfonden beviljade 5 000 euro.")
    assert ("Association", "Stiftelsen Hjälp") in got
    assert ("Association", "Svenska kulturfonden") in got


@needs_voikko
@pytest.mark.parametrize(("text", "label"), [
    ("Kumppanit: Kuopion kaupunki, Hemuverts, Nuorten Akatemia ja Kuopion Martat.", "Hemuverts"),
    ("Kumppaneina ovat Kuopion kaupunki, Tuvekka ry ja Ravokka.", "Ravokka"),
    ("Yhteistyökumppanit: Tuvekka ry, Ravokka, Kolvana ja Kuopion Martat.", "Kolvana"),
])
def test_a_coined_word_in_a_partners_list_beside_organisations(text: str, label: str) -> None:
    assert ("Association", label) in typed(text)


@needs_voikko
def test_a_coined_word_alone_in_a_slot_or_a_list_of_no_organisations_is_no_name() -> None:
    assert not {t for t in typed("Hanketta hallinnoi Zoomix. Kumppanit: Facebook, Instagram ja Tiktok.")
                if t[0] == "Association"}


@needs_voikko
@pytest.mark.parametrize(("text", "label"), [
    ("Kirjanpidon hoitaa T:mi Ravokka.", "T:mi Ravokka"),
    ("Toiminnan laajennus T:mi Ravokka Työsuojelun toimintaohjelman hyväksyminen", "T:mi Ravokka"),
    ("Sopimus tehtiin Osuuskunta Hertsikan Pumpun kanssa.", "Osuuskunta Hertsikan Pumppu"),
    ("Kunnan edustajan nimeäminen Ki Oy Kuopion varsinaiseen yhtiökokoukseen", "Ki Oy Kuopio"),
    ("Kiinteistöosakeyhtiö Laakson yhteissairaala sai lainan.", "Kiinteistöosakeyhtiö Laakson yhteissairaala"),
    ("Projektet drivs av Luleå näringsliv AB och Umeå kommun.", "Luleå näringsliv AB"),
    ("Hankkeen toteuttaa Kehittämisyhtiö Ravokka.", "Kehittämisyhtiö Ravokka"),
])
def test_company_forms(text: str, label: str) -> None:
    got = typed(text)
    assert ("Company", label) in got
    assert not {t for t in got if t[0] in {"Company", "Association"} and t[1] != label}


@needs_voikko
@pytest.mark.parametrize(("text", "label"), [
    ("Mukana ovat myös Tuvekan VPK ja Ravokan metsästysseura.", "Tuvekan VPK"),
    ("Avustus myönnettiin Pilpalan VPK:lle.", "Pilpalan VPK"),
    ("Bidrag beviljades Tuvekka ungdomsförening.", "Tuvekka ungdomsförening"),
    ("Bidrag beviljades Övermark hembygdsförening och Tuvekka pensionärsklubb.", "Tuvekka pensionärsklubb"),
])
def test_a_village_no_list_holds_names_its_association(text: str, label: str) -> None:
    assert ("Association", label) in typed(text)


@needs_voikko
def test_a_sentence_word_or_a_definite_genitive_before_a_swedish_kind_is_no_village() -> None:
    got = typed("Vår ungdomsförening ordnar dans. Projektets ungdomsförening ordnar dans.")
    assert not {t for t in got if t[1].startswith(("Vår", "Projektets"))}


@needs_voikko
@pytest.mark.parametrize(("text", "label"), [
    ("Malmin ev. lut. seurakunta osallistuu hankkeeseen.", "Malmin ev. lut. seurakunta"),
    ("Kuopion ev.lut. seurakunta osallistuu hankkeeseen.", "Kuopion ev.lut. seurakunta"),
    ("Avustusta myönnettiin Kuopion seurakuntayhtymälle.", "Kuopion seurakuntayhtymä"),
])
def test_parishes_and_parish_unions(text: str, label: str) -> None:
    got = typed(text)
    assert ("Parish", label) in got
    assert not {t for t in got if t[0] == "JointAuthority"}


@needs_voikko
def test_an_association_named_after_the_towns_kind_and_its_own_word() -> None:
    got = typed("Hanketta toteuttaa Kuopion Mielenterveysseura Ravokka. Kuopion Urheiluseura Tiistaina pelasi.")
    assert ("Association", "Kuopion Mielenterveysseura Ravokka") in got
    assert ("Association", "Kuopion Urheiluseura") in got


@needs_voikko
@pytest.mark.parametrize(("text", "label"), [
    ("Avustusta sai Susikkaan kyläyhteisö.", "Susikkaan kyläyhteisö"),
    ("Avustusta saivat Kuopion 4H-yhdistys ja Kuopion partiolippukunta Metsänkävijät.",
     "Kuopion partiolippukunta Metsänkävijät"),
    ("Partiolippukunta Metsänkävijät sai avustusta.", "Partiolippukunta Metsänkävijät"),
])
def test_village_communities_and_scout_troops(text: str, label: str) -> None:
    assert ("Association", label) in typed(text)


@needs_voikko
def test_a_village_community_or_a_troop_without_its_name_is_no_one() -> None:
    assert not {t for t in typed("Koko kyläyhteisö osallistui talkoisiin. Lippukunta retkeili.")
                if t[0] == "Association"}


@needs_voikko
def test_a_finnish_allative_ending_like_a_swedish_guild_is_no_guild() -> None:
    # "kaupungille" ends in the letters of "gille" (a guild): a town's allative, no association
    got = typed("Avustus myönnettiin Neniraisten kaupungille ja Kuopion Kaupungille.")
    assert not {t for t in got if t[0] == "Association"}
