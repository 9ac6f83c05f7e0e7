"""Recognition shapes that real pages use and no rule knew: field labels glued to their values, bodies named by
an acronym or a name and a dash, elided names sharing one plural head, Swedish plural and definite heads, the
'osahake' typo, places and participles before a name, joint owners before 'yhteistyöhankkeena', kinds of
project opening a sentence, and office heads. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.helpers import entity_labels, needs_voikko
from welfare_kg.extract.entities import Recogniser, is_post
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.text import sentences


def mentions(recogniser: Recogniser, text: str, typ: str) -> list[str]:
    return [m.label for sent in sentences(text) for m in recogniser.sentence_mentions(sent, text) if m.type == typ]


@pytest.mark.parametrize(("text", "typ", "expected"), [
    ("NimiKotona Hyvin -hanke", "Project", ["Kotona Hyvin"]),
    ("YhteyshenkilöMaija Meikäläinen", "Person", ["Maija Meikäläinen"]),
    ("Nämnd:Fritidsnämnden", "Body", ["fritidsnämnd"]),
])
def test_a_field_label_glued_to_its_value_is_no_part_of_the_name(recogniser: Recogniser, text: str, typ: str,
                                                                  expected: list[str]) -> None:
    assert mentions(recogniser, text, typ) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ALFA-hallitus kokoontui eilen.", ["ALFA-hallitus"]),
    ("Asian käsitteli BEETA-HALLITUS kokouksessaan.", ["BEETA-hallitus"]),
    ("Esitys tehdään Gamma-hallitukselle.", ["Gamma-hallitus"]),
])
def test_a_body_named_by_an_acronym_and_a_dash(recogniser: Recogniser, text: str, expected: list[str]) -> None:
    assert mentions(recogniser, text, "Body") == expected


def test_elided_names_sharing_a_plural_head_are_one_project_each(recogniser: Recogniser) -> None:
    text = "Kunta osallistuu Alfa-, Beeta- ja Gamma Delta -hankkeisiin."
    assert mentions(recogniser, text, "Project") == ["Alfa", "Beeta", "Gamma Delta"]
    # a singular head keeps a coordinated name whole
    assert mentions(recogniser, "Sosiaali- ja terveys -hanke alkoi.", "Project") == ["Sosiaali- ja terveys"]


def test_swedish_plural_and_definite_heads(recogniser: Recogniser) -> None:
    assert mentions(recogniser, "Kommunen deltar i projekten Trygg Hamn och Glad Skola.", "Project") == [
        "Trygg Hamn", "Glad Skola"]
    assert mentions(recogniser, "Trygg hamn -projektet startade.", "Project") == ["Trygg hamn"]
    assert mentions(recogniser, "Glad Skola-projektet startade.", "Project") == ["Glad Skola"]


def test_the_osahake_typo_is_a_sub_project_head(recogniser: Recogniser) -> None:
    assert mentions(recogniser, "Iso Koti -osahake alkoi.", "Project") == ["Iso Koti"]
    typo = mentions(recogniser, "Hankkeen Itä-Uudenmaan osahake alkoi.", "Project")
    right = mentions(recogniser, "Hankkeen Itä-Uudenmaan osahanke alkoi.", "Project")
    assert typo == right == ["Itä-Uudenmaan osahanke"]


@pytest.mark.parametrize("text", [
    "Keski-Suomessa toimivaan Hyvä Arki -hankkeeseen osallistuu kunta.",
    "Keski-Suomessa Hyvä Arki -hanke alkoi.",
])
def test_a_place_or_a_participle_before_a_name_is_not_the_names(recogniser: Recogniser, text: str) -> None:
    assert mentions(recogniser, text, "Project") == ["Hyvä Arki"]


def test_a_place_genitive_still_opens_a_name(recogniser: Recogniser) -> None:
    assert mentions(recogniser, "Pohjois-Savon Hyvä Arki -hanke alkoi.", "Project") == ["Pohjois-Savon Hyvä Arki"]


def test_joint_owners_before_yhteistyohankkeena_name_no_second_project(recogniser: Recogniser) -> None:
    text = "Hyvä Arki -hanke toteutetaan Kuopion, Iisalmen ja Savonian yhteistyöhankkeena."
    assert mentions(recogniser, text, "Project") == ["Hyvä Arki"]
    # alone, the joint project is the one the sentence has
    alone = "Kunnat rakentavat Kuopion kaupungin ja Savonian yhteishankkeena toteutettavan talon."
    assert len(mentions(recogniser, alone, "Project")) == 1


def test_a_kind_of_project_opening_a_sentence_is_no_name(recogniser: Recogniser) -> None:
    assert mentions(recogniser, "Yritysten investointi- ja kehittämishanke alkaa.", "Project") == []
    assert mentions(recogniser, "Monialaisen lastensuojelun kehittämishanke alkaa.", "Project") != []


@pytest.mark.parametrize("word", ["Rehtori", "rektor", "virkamies", "ekonom", "Controller", "utvecklare",
                                  "ombudsman", "handläggare"])
def test_office_heads(word: str) -> None:
    assert is_post(word, get_morphology())


def test_a_name_after_its_head_runs_over_an_elided_compound_and_takes_its_bracketed_acronym(
        recogniser: Recogniser) -> None:
    text = "Yliopisto johtaa hanketta Kotihoidon tietoperusta ja -käytännöt kunnissa (KOTIKÄ). Se alkaa."
    found = [m for sent in sentences(text) for m in recogniser.sentence_mentions(sent, text) if m.type == "Project"]
    assert [(m.label, m.acronym) for m in found] == [("Kotihoidon tietoperusta ja -käytännöt kunnissa", "KOTIKÄ")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Avustuksen myönsi Liisa ja Pekka Virtasen säätiö.", ["Liisa ja Pekka Virtasen säätiö"]),
    ("Lahjoittajina ovat Matti Virtasen säätiö ja kunta.", ["Matti Virtasen säätiö"]),
    ("Stödet kommer från Anna och Erik Lindbergs stiftelse.", ["Anna och Erik Lindbergs stiftelse"]),
    ("Avustuksen myönsi Virtasen säätiö.", ["Virtasen säätiö"]),
    # an institution's foundation: the area's genitive before the institution's opens the name
    ("Hanketta hallinnoi Itä-Suomen Vanhainkodin säätiö nyt.", ["Itä-Suomen Vanhainkodin säätiö"]),
    ("Hanketta hallinnoi Itä-Suomen Kolvanalan säätiö nyt.", ["Itä-Suomen Kolvanalan säätiö"]),  # a word no lexicon has
    # a contact block run into one line: the street after the name is its address
    ("Yhteystiedot: Itä-Suomen Vanhainkodin säätiö Koivukatu 3 00100 Esimerkkilä", ["Itä-Suomen Vanhainkodin säätiö"]),
    # a person's genitive is the founder's, and a town before it no word of the name
    ("Avustuksen myönsi Oulun Virtasen säätiö.", ["Virtasen säätiö"]),
])
def test_a_foundation_named_after_its_founders_keeps_their_first_names(recogniser: Recogniser, text: str,
                                                                         expected: list[str]) -> None:
    assert mentions(recogniser, text, "Association") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kunnat ovat solmineet sopimuksen Alfapalvelun järjestämisestä vuodesta 2020.",
     ["Sopimus Alfapalvelun järjestämisestä"]),
    ("Sopimus sosiaalipäivystyksen järjestämisestä allekirjoitettiin.",
     ["Sopimus sosiaalipäivystyksen järjestämisestä"]),
    ("Kunnat allekirjoittivat sopimuksen Alfan kuntayhtymän purkamisesta ja toiminnan siirtämisestä Beetalle.",
     ["Sopimus Alfan kuntayhtymän purkamisesta ja toiminnan siirtämisestä Beetalle"]),
    # the agreement is what a participle's group prepares, not named by the group's founding
    ("Päätettiin sopimuksen valmistelevan työryhmän perustamisesta.", []),
    ("Kunnat tekivät sopimuksen kanssamme.", []),
])
def test_an_agreement_named_by_what_it_is_about(recogniser: Recogniser, text: str, expected: list[str]) -> None:
    assert mentions(recogniser, text, "Agreement") == expected


def test_an_acronym_before_a_capitalised_kind_compound_is_the_names(recogniser: Recogniser) -> None:
    assert mentions(recogniser, "Hankkeen toteuttaa ABT Arkitaitoseura yhdessä kuntien kanssa.", "Association") == [
        "ABT Arkitaitoseura"]
    # a known actor's acronym stays its own
    assert "THL" not in " ".join(mentions(recogniser, "Kunta ja THL Arkitaitoseura tekevät työtä.", "Association"))


def test_a_municipal_merger_study_is_a_project_when_named(recogniser: Recogniser) -> None:
    assert mentions(recogniser, "Muistio Ylämaan kuntajakoselvityksen johtoryhmän kokous", "Project") == [
        "Ylämaan kuntajakoselvitys"]
    assert mentions(recogniser, "Valtuusto päätti kuntajakoselvityksestä.", "Project") == []


@pytest.mark.parametrize(("text", "typ", "expected"), [
    ("3 Hallitus VIRAN TÄYTTÄMINEN Hall Ylämaan erityishuollon kuntayhtymän hallitus päättää", "JointAuthority",
     ["Ylämaan erityishuollon kuntayhtymä"]),
    ("Kokouspaikka Kuntayhtymän toimisto", "JointAuthority", []),
    ("1 YLÄMAAN SEUDUN KANSANTERVEYSTYÖN KUNTAYHTYMÄ YHTYMÄHALLITUS", "JointAuthority",
     ["YLÄMAAN SEUDUN KANSANTERVEYSTYÖN KUNTAYHTYMÄ"]),
    ("38 Hankesopimusluonnos Ylämaan Tilat Oy:n kanssa", "Company", ["Ylämaan Tilat Oy"]),
    ("12 Kuntien Palvelu Oy:n osakkeet", "Company", ["Kuntien Palvelu Oy"]),
])
def test_heading_words_and_item_documents_are_no_part_of_an_organisations_name(
        recogniser: Recogniser, text: str, typ: str, expected: list[str]) -> None:
    assert mentions(recogniser, text, typ) == expected


def test_the_essive_joint_project_after_a_project_subject_is_no_second_project(recogniser: Recogniser) -> None:
    text = ("Selvityshanke toteutetaan Ylämaan yliopiston, Esimerkkikeskuksen sekä Ylämaan Arkiturvayhdistyksen "
            "yhteistyöhankkeena.")
    assert mentions(recogniser, text, "Project") == []


def test_a_plural_head_after_one_name_names_no_one_project(recogniser: Recogniser) -> None:
    assert mentions(recogniser, "Ylämaan hoivauudistus -hankkeiden valmistelu alkoi.", "Project") == []
    assert mentions(recogniser, "Ylämaan hoivauudistus -hankkeen valmistelu alkoi.", "Project") == [
        "Ylämaan hoivauudistus"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Hanketta toteuttaa Itä-Suomen yliopiston kasvatustieteiden laitos.",
     ["Itä-Suomen yliopiston kasvatustieteiden laitos"]),
    ("Mukana on Lapin sairaanhoitopiirin suun terveydenhuollon yksikkö.",
     ["Lapin sairaanhoitopiirin suun terveydenhuollon yksikkö"]),
    ("Mukana on Pirkanmaan pelastuslaitos.", ["Pirkanmaan pelastuslaitos"]),
    ("Asian käsitteli SOTE- ja maakuntauudistuksen ohjausryhmä.", ["SOTE- ja maakuntauudistuksen ohjausryhmä"]),
    ("Laitos on suljettu.", []),
    ("Kehitysvammaisten autetun asumisen yksikkö avataan.", []),
])
def test_units_named_by_their_owner_or_genitives(recogniser: Recogniser, text: str, expected: list[str]) -> None:
    found = [m.surface for sent in sentences(text) for m in recogniser.sentence_mentions(sent, text)
             if m.type == "Body"]
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("tiedoksi Toimenpidekokonaisuus 1.2 Palvelujen saatavuuden parantaminen 66 Ylämaan hanke",
     ["Toimenpidekokonaisuus 1.2 Palvelujen saatavuuden parantaminen"]),
    ("Työpaketti 3 Asiakasosallisuuden vahvistaminen alkaa.", ["Työpaketti 3 Asiakasosallisuuden vahvistaminen"]),
    ("Työpaketissa 2 Kunta tekee työtä.", []),
])
def test_a_numbered_work_package_title(recogniser: Recogniser, text: str, expected: list[str]) -> None:
    assert mentions(recogniser, text, "WorkPackage") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mukana ovat Suvanto ry, Kriisikeskus Aalloton, Esimerkki ry.", [("Kriisikeskus Aalloton", "Association")]),
    ("Hakija Ylämaan yliopisto Koulutus- ja kehittämiskeskus Palmenox Organisaatiotyyppi",
     [("Koulutus- ja kehittämiskeskus Palmenox", "Body")]),
    ("5.7. Seudullinen monikulttuurinen tietopalvelukeskus TIPA 5.8.",
     [("Seudullinen monikulttuurinen tietopalvelukeskus TIPA", "Body")]),
    ("KOKOUSPAIKKA Kunnanvirasto, johtokeskus Käsiteltävät asiat", []),
    ("KOKOUSPAIKKA Kunnanvirasto, johtokeskus SAAPUVILLA OLLEET", []),
    ("Palvelukeskus Kuopio avautuu.", []),
    # the name runs on to a legal form: the kind describes a registered company or association, read by its own rules
    ("Mukana on terveysteknologian osaamiskeskus Vekkulum Ltd Oy.", []),
    ("Mukana on kriisikeskus Aalloton ry.", []),
])
def test_a_centre_named_by_a_proper_name_after_its_kind(recogniser: Recogniser, text: str,
                                                         expected: list[tuple[str, str]]) -> None:
    found = [(m.label, m.type) for sent in sentences(text) for m in recogniser.sentence_mentions(sent, text)
             if m.rule == "named-centre"]
    assert found == expected


def test_a_participle_before_the_agreement_word_leaves_it_named_by_its_subject() -> None:
    """"X:n kanssa tehtävän sopimuksen sosiaalipäivystyksen järjestämisestä": the participle says how the agreement
    is made; what it is about names it, as after a bare "sopimuksen"; a party's genitive before it still does not."""
    text = ("Kaupunginhallitus päättää hyväksyä Etelä-Savon hyvinvointialueen kanssa tehtävän sopimuksen "
            "sosiaalipäivystyksen järjestämisestä.")
    assert "Sopimus sosiaalipäivystyksen järjestämisestä" in entity_labels(text, "Agreement")
    text = "Hallitus hyväksyi kuntien sopimuksen sosiaalipäivystyksen järjestämisestä."
    assert "Sopimus sosiaalipäivystyksen järjestämisestä" not in entity_labels(text, "Agreement")


def test_a_described_company_keeps_its_whole_registered_name() -> None:
    """"teknologian osaamiskeskus Vekkulum Ltd Oy": the company is Vekkulum's (its label without the last legal
    form, as for any company), not a centre "Osaamiskeskus Vekkulum" beside a company "Ltd"."""
    text = "Mukana ovat Kala Oy ja teknologian osaamiskeskus Vekkulum Ltd Oy."
    assert entity_labels(text, "Company") == {"Kala Oy", "Vekkulum Ltd"}
    assert not entity_labels(text, "Body")


@needs_voikko
def test_a_name_whose_parts_two_spaces_part_is_still_one_person_but_a_table_gap_is_not() -> None:
    # a page's HTML keeps a non-breaking space beside a space: "ylitarkastaja  Sanna  Kivelä"
    text = ("Valiokunnassa ovat olleet kuultavina\n\nylitarkastaja  Sanna  Kivelä, Esimerkkilän Yrittäjät ry\n\n"
            "Kaisa     Rautio\n")
    people = entity_labels(text, "Person")
    assert "Sanna Kivelä" in people and "Kaisa Rautio" not in people
