"""Actors that unseen documents name in shapes the recogniser missed or misread (issue 12, round 3 audit).

Every sentence here is invented; each names its organisation the way public pages write them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from welfare_kg.extract.body_parents import bare_body_words
from welfare_kg.extract.model import Mention

sys.path.insert(0, str(Path(__file__).parent))
from helpers import entity_label_sets
from helpers import entity_labels as _names
from helpers import extract as _extract


@pytest.mark.parametrize(("text", "name"), [
    # an elided compound "X- ja Y" inside a registered name with lower-case words, after a town's genitive
    ("Tilaisuuden järjesti Mikkelin seudun mielenterveys- ja päihdetyö ry yhdessä kaupungin kanssa.",
     "Mikkelin seudun mielenterveys- ja päihdetyö ry"),
    # a genitive opener Voikko does not know is a name, not a common noun that opens the sentence
    ("Kivikkalan seudun sosiaali- ja terveys ry:llä on uusia jäseniä.", "Kivikkalan seudun sosiaali- ja terveys ry"),
    # two plural nouns joined right before the legal form, the second in lower case
    ("Savonrannan Omaishoitajat ja läheiset ry:lle myönnettiin avustus.",
     "Savonrannan Omaishoitajat ja läheiset ry"),
    # a lower-case word in a local case inside the name
    ("Perheet ovat tavanneet Mahdollisuus lapselle ry:n toiminnassa.", "Mahdollisuus lapselle ry"),
    # a known programme word inside the name after a region's genitive
    ("Toimintaa kehittää Itäisen Lapin Leader ry yhdessä kuntien kanssa.", "Itäisen Lapin Leader ry"),
])
def test_registered_association_is_found(text: str, name: str) -> None:
    assert name in _names(text, "Association")


@pytest.mark.parametrize(("text", "name", "wrong"), [
    # a partitive place and an essive adverb before the name belong to the sentence
    ("Kylää lähinnä Hämeen kylät ry hakee rahoitusta.", "Hämeen kylät ry", "Kylää lähinnä Hämeen kylät ry"),
    # "A:n ja B:n välillä": a known region's genitive opens a registered name of its own after "ja"
    ("Sopimus tehtiin Opisto Kanervan ja Päijät-Hämeen kylät ry:n välillä.", "Päijät-Hämeen kylät ry",
     "Opisto Kanervan ja Päijät-Hämeen kylät ry"),
])
def test_registered_name_stops_at_the_sentence(text: str, name: str, wrong: str) -> None:
    names = _names(text, "Association")
    assert name in names
    assert wrong not in names


def test_lower_case_registered_name_after_a_common_opener_is_cut() -> None:
    # "Kunnan tytäryhtiö X Oy": the common-noun opener and the lower-case word after it are not the name
    assert _names("Kunnan tytäryhtiö Kuntien Tiera Oy hoitaa asian.", "Company") == {"Kuntien Tiera Oy"}


def _body_iris(text: str) -> dict[str, set[str]]:
    return entity_label_sets(text, "Body")


@pytest.mark.parametrize(("text", "bare"), [
    # a bare council word on a page that names one council of that head
    ("Aluehallitus esittää, että aluevaltuusto hyväksyy talousarvion. Valtuusto kokoontuu 9.12.", "Valtuusto"),
    # a bare committee word after the compound that names it
    ("Maakunnan järjestöneuvottelukunta perustettiin vuonna 2012. Neuvottelukunta antaa lausuntoja.",
     "Neuvottelukunta"),
    # Swedish: "styrelsen" after "kommunstyrelsen i X"
    ("Det beslöt kommunstyrelsen i Korsholm på måndag. Styrelsen tog också upp planen.", "Styrelse"),
])
def test_bare_body_word_is_the_named_body(text: str, bare: str) -> None:
    bodies = _body_iris(text)
    holders = [iri for iri, labels in bodies.items() if bare in labels]
    assert len(holders) == 1
    assert len(bodies[holders[0]]) > 1  # the bare word is one more name of the longer body


def test_bare_body_word_with_two_candidates_stays_apart() -> None:
    # two councils whose names end in "valtuusto": the bare word cannot say which one it is
    text = "Kunnanvaltuusto ja aluevaltuusto kokoontuivat. Valtuusto hyväksyi asian."
    bodies = _body_iris(text)
    assert not any("Valtuusto" in labels and len(labels) > 1 for labels in bodies.values())


@pytest.mark.parametrize(("text", "label"), [
    # any compound council ("nuorisoneuvosto", "lapsineuvosto") is a body like "vanhusneuvosto"
    ("Kaupunginhallitus nimesi nuorisoneuvostoon jäsenet. Nuorisoneuvosto tekee raportin.", "Nuorisoneuvosto"),
    ("Lapsineuvoston jäsenet valittiin kouluista.", "Lapsineuvosto"),
    # lower-case abbreviations of the board in attendance rows
    ("LÄSNÄ Virtanen Jouni puheenjohtaja Lahtinen Jari khall edustaja", "khall"),
])
def test_body_word_is_found(text: str, label: str) -> None:
    assert any(label in labels for labels in _body_iris(text).values())


def test_the_government_is_no_council_body() -> None:
    assert not any("Valtioneuvosto" in labels for labels in _body_iris("Valtioneuvosto päätti asiasta.").values())


def _municipalities(text: str) -> set[str]:
    return {e.iri.rsplit("/id/", 1)[-1] for e in _extract(text).entities.values() if e.type == "Municipality"}


@pytest.mark.parametrize("text", [
    # a town that is also a given name, before a surname: the person's given name
    "Jäsenet Salla Virtanen ja Hanna Salo.",
    "Puheenjohtajana toimii Kaarina Majava.",
    # a surname-first attendance row
    "Jäsen Varajäsen\nMajava Kaarina\nLehtonen Eeva",
])
def test_given_name_is_not_the_town(text: str) -> None:
    assert not _municipalities(text) & {"municipality/732", "municipality/202"}


@pytest.mark.parametrize(("text", "iri"), [
    ("Hankkeessa ovat mukana Kemijärvi, Salla ja Savukoski.", "municipality/732"),
    ("Salla Kemijärvi Pelkosenniemi", "municipality/732"),  # a list of towns without commas
    ("Kaarinan kaupunki järjestää tilaisuuden.", "municipality/202"),
])
def test_given_name_town_in_a_list_of_places_stays(text: str, iri: str) -> None:
    assert iri in _municipalities(text)


def test_given_name_town_gives_the_person() -> None:
    people = {e.label for e in _extract("Jäsenet Salla Virtanen ja Hanna Salo.").entities.values()
              if e.type == "Person"}
    assert "Salla Virtanen" in people


@pytest.mark.parametrize(("text", "name"), [
    # a lower-case compound kind after a place's genitive and an elided "X- ja" ("sosiaali- ja terveys...")
    ("Foorumi järjestetään yhteistyössä Kainuun sosiaali- ja terveysturvayhdistyksen kanssa.",
     "Kainuun sosiaali- ja terveysturvayhdistys"),
    # a place's genitive before a capitalised common noun's genitive and a capitalised kind compound
    ("Rahoittajina ovat Oulun Seudun Sydänsäätiö ja kaupunki.", "Oulun Seudun Sydänsäätiö"),
    # a national association's district after its acronym in the nominative
    ("Avustuksen saivat MLL Pohjois-Savon piiri ja kaksi muuta järjestöä.", "MLL Pohjois-Savon piiri"),
])
def test_association_kind_shapes(text: str, name: str) -> None:
    assert name in _names(text, "Association")


@pytest.mark.parametrize(("text", "label"), [
    # a bare "neuvosto" named by the genitive before it
    ("Ikäihmisten neuvoston puheenjohtaja Liisa Virtanen avasi kokouksen.", "Ikäihmisten neuvosto"),
    # a line opening with a common noun's genitive that names the board or group after it
    ("Alueiden johtokunnan kokoonpanon vahvistaminen toimikaudeksi", "Alueiden johtokunta"),
    ("Perusturvan johtoryhmään kuuluvat Matti Ojala ja Anna Laine.", "Perusturvan johtoryhmä"),
])
def test_body_named_by_a_genitive(text: str, label: str) -> None:
    assert any(label in labels for labels in _body_iris(text).values())


@pytest.mark.parametrize("text", [
    "Kaupungin johtoryhmä päätti asiasta.",  # an owner's kind: some organisation's group, not a name
    "Yhdistyksen johtokunta kokoontui.",
])
def test_owners_group_is_not_named_by_its_owner_kind(text: str) -> None:
    assert not _body_iris(text)


def test_compound_councils_in_lower_case_stay_bodies() -> None:
    labels = set().union(*_body_iris("Kaupungissa on nuorisovaltuusto, vanhusneuvosto ja vammaisneuvosto.").values())
    assert {"Vanhusneuvosto", "Vammaisneuvosto"} <= labels


@pytest.mark.parametrize(("text", "iri"), [
    # a part of the country named after a town, with a direction adjective
    ("Selvitykseen pyydettiin mukaan Oulun eteläisen alueen kuntia.", "municipality/564"),
    # the town's commuting area written as one compound
    ("Tampereen kaupunkiseudun kunnat sopivat asiasta.", "municipality/837"),
])
def test_area_named_after_a_town_is_not_the_town(text: str, iri: str) -> None:
    assert iri not in _municipalities(text)


def test_town_before_its_own_head_stays() -> None:
    assert "municipality/564" in _municipalities("Oulun kaupunki ja Kuopion läntisen alueen koulut.")


def test_bare_body_word_of_a_town_written_with_its_genitive() -> None:
    # the longer body is written "Xn nuorisovaltuusto" (its label is the bare word, the written name a part)
    text = "Tampereen nuorisovaltuusto kokoontui. Nuorisovaltuusto valitsi edustajansa."
    holders = [iri for iri, labels in _body_iris(text).items() if "Nuorisovaltuusto" in labels]
    assert holders == ["body/837-nuorisovaltuusto"]


def _body(iri: str, label: str, surface: str, parts: tuple[str, ...] = ()) -> Mention:
    return Mention(start=0, end=len(surface), surface=surface, label=label, type="Body", rule="body",
                   iri="https://w3id.org/welfare-kg/id/body/" + iri, parts=parts)


def test_bare_board_of_a_known_organisation_keeps_its_owner() -> None:
    # "styrelsen" keyed to a known organisation stays its own when the longer board belongs to another owner
    bare = _body("alands-kommunforbund-styrelse", "styrelse", "Styrelsen")
    other = _body("478-forbundsstyrelse", "förbundsstyrelse", "förbundsstyrelsen")
    bare_body_words([bare, other])
    assert bare.iri.endswith("/alands-kommunforbund-styrelse")


def test_bare_word_of_the_same_owner_or_of_the_document_joins() -> None:
    same = _body("15-valtuusto", "valtuusto", "Valtuusto")
    doc = _body("0123456789ab-styrelse", "styrelse", "Styrelsen")
    county = _body("15-aluevaltuusto", "aluevaltuusto", "aluevaltuusto")
    board = _body("499-kunnanhallitus", "kommunstyrelse", "kommunstyrelsen i X", ("Kommunstyrelsen i X",))
    bare_body_words([same, doc, county, board])
    assert same.iri == county.iri
    assert doc.iri == board.iri


def test_registered_name_in_capitals_with_two_plurals() -> None:
    # a report's title in capitals: "X:N OMAISHOITAJAT JA LÄHEISET RY" is the whole registered name
    names = _names("SAVONLINNAN OMAISHOITAJAT JA LÄHEISET RY LOPPURAPORTTI", "Association")
    assert {n.lower() for n in names} == {"savonlinnan omaishoitajat ja läheiset ry"}


def test_town_represented_in_a_surname_first_row() -> None:
    # "Surname Given Town-genitive edustaja": the town after a person's name is whom they represent
    assert "municipality/611" in _municipalities("Poissa Nurmi Janne-Pekka Pornaisten edustaja")


@pytest.mark.parametrize(("text", "name"), [
    # a national association's local branch after its genitive acronym
    ("Perhekahvilaa pyörittää MLL:n Sodankylän osasto yhdessä seurakunnan kanssa.", "MLL:n Sodankylän osasto"),
    ("Jäsenen nimeää Suomen Punaisen Ristin Lapin piirijärjestö.", "Suomen Punaisen Ristin Lapin piirijärjestö"),
])
def test_association_branch_is_an_association(text: str, name: str) -> None:
    assert name in _names(text, "Association")


@pytest.mark.parametrize(("text", "wrong"), [
    # a plural kind word speaks of a kind of association, not of one named association
    ("Kattojärjestö kokoaa kaikkia Suomen kyläyhdistyksiä.", "Suomen kyläyhdistys"),
    ("Hankkeessa olivat mukana Hämeen Kyläyhdistysten edustajat.", "Hämeen Kyläyhdistys"),
])
def test_plural_kind_word_is_no_association(text: str, wrong: str) -> None:
    assert wrong not in _names(text, "Association")
