"""Names recognised by their kind words and shared heads (invented names and sentences):

- several project names sharing one plural head ("Alfa ja Beeta -hankkeita") are one project each;
- a glued name with inner capitals ("InnoAB-hankkeeseen");
- associations: a capitalised genitive before a capitalised kind compound ("Xlän Aikuiskoulutussäätiö"), a
  family's or house's genitive before a bare "säätiö", a town's or region's summer university, a Swedish
  "Stiftelsen X", a number right before the legal form ("Esimerkkituki 24 ry");
- bodies: an institution's board and working groups named by their owner ("X:n johtokunta", "Ylän kaupungin
  päihdetyöryhmä"), and the council of a town no list holds ("Vanhalan kaupunginvaltuusto").
"""

from __future__ import annotations

import pytest

from welfare_kg.extract.entities import Recogniser
from welfare_kg.extract.text import sentences


def found(recogniser: Recogniser, text: str) -> list[tuple[str, str]]:
    out = []
    for sent in sentences(text):
        out += [(m.type, name) for m in recogniser.sentence_mentions(sent, text) for name in (m.label, *m.parts)]
    return out


@pytest.mark.parametrize(("text", "names"), [
    ("Järjestö tukee vertaistoimintaa, Kipinä ja Yhdessä eteenpäin -hankkeita sekä kerhoja.",
     ["Kipinä", "Yhdessä eteenpäin"]),
    ("Säätiö rahoittaa Alfa, Beeta ja Gamma -hankkeet vuosina 2024-2026.", ["Alfa", "Beeta", "Gamma"]),
    ("Kunta, Alfa ja Gamma -hankkeet jatkuvat.", ["Alfa", "Gamma"]),  # a common word opening the sentence
])
def test_names_sharing_a_plural_head_are_one_project_each(recogniser: Recogniser, text: str,
                                                          names: list[str]) -> None:
    got = [m.label for sent in sentences(text) for m in recogniser.sentence_mentions(sent, text) if m.type == "Project"]
    assert got == names


def test_a_singular_head_keeps_a_coordinated_name_whole(recogniser: Recogniser) -> None:
    got = found(recogniser, "Kunta osallistuu Koti ja Turva -hankkeeseen.")
    assert ("Project", "Koti ja Turva") in got, got


def test_a_glued_name_with_inner_capitals(recogniser: Recogniser) -> None:
    got = found(recogniser, "Suurin tuki kohdistui InnoAB-hankkeeseen, jossa kunta on mukana.")
    assert ("Project", "InnoAB") in got, got


@pytest.mark.parametrize(("text", "name"), [
    ("Sopimuksen osapuolena on Porin Aikuiskoulutussäätiö.", "Porin Aikuiskoulutussäätiö"),
    ("Hankkeen toteuttaa Pohjois-Savon Vanhustenhuoltoyhdistys yhdessä kunnan kanssa.",
     "Pohjois-Savon Vanhustenhuoltoyhdistys"),
    ("Loppuraportin rahoitti Virtalan säätiö.", "Virtalan säätiö"),
    ("Koulutuksen järjestää Kainuun kesäyliopisto.", "Kainuun kesäyliopisto"),
    ("Bidrag beviljades av Stiftelsen Exempelska Hemmet och kommunen.", "Stiftelsen Exempelska Hemmet"),
    ("Avustuksen saa Esimerkkituki 24 ry:n kerho.", "Esimerkkituki 24 ry"),
])
def test_associations_by_their_kind_words(recogniser: Recogniser, text: str, name: str) -> None:
    assert ("Association", name) in found(recogniser, text), found(recogniser, text)


@pytest.mark.parametrize("text", [
    "Rahoitusta myönsi Oulun säätiö.",  # a town's genitive before a bare "säätiö": any foundation there
    "Säätiö myönsi rahaa kerholle.",
    "Kesäyliopisto järjestää kursseja.",
])
def test_a_bare_kind_alone_or_after_a_town_is_no_name(recogniser: Recogniser, text: str) -> None:
    assert not [m for m in found(recogniser, text) if m[0] == "Association"], found(recogniser, text)


@pytest.mark.parametrize(("text", "label"), [
    ("Esityksen hyväksyi Verson johtokunta.", "Verson johtokunta"),
    ("Sastamalan kaupungin päihdetyöryhmä kokoontui kahdesti.", "Sastamalan kaupungin päihdetyöryhmä"),
    ("Asia käsiteltiin Nilsiän kaupunginvaltuustossa vuonna 2010.", "Nilsiän kaupunginvaltuusto"),
])
def test_bodies_named_by_their_owner(recogniser: Recogniser, text: str, label: str) -> None:
    assert ("Body", label) in found(recogniser, text), found(recogniser, text)


@pytest.mark.parametrize("text", [
    "Työryhmä kokoontui kolme kertaa.",
    "Kunnan työryhmä valmisteli asian.",
    "Johtokunta kokoontuu kuukausittain.",
])
def test_a_working_group_of_no_one_is_no_body(recogniser: Recogniser, text: str) -> None:
    assert not [m for m in found(recogniser, text) if m[0] == "Body"], found(recogniser, text)


def test_a_swedish_compound_project_head_names_what_follows(recogniser: Recogniser) -> None:
    got = found(recogniser, "Målet med statsunderstödsprojektet Trygg Vardag Norra Savolax är att stärka tjänsterna.")
    assert ("Project", "Trygg Vardag Norra Savolax") in got, got
    assert not [m for m in got if m[0] == "Region"], got  # the region is a word of the name


@pytest.mark.parametrize(("text", "name"), [
    ("Projektet gick under namnet – ”Trygg i byn!”.", "Trygg i byn!"),
    ("Hanke kulkee nimellä ”Kotona hyvä”.", "Kotona hyvä"),
    ("Ansökan gäller delprojektet ”Bra vardag blir kvar” som pågår i två år.", "Bra vardag blir kvar"),
    ('Projektet "Stöd för familjer" fortsätter arbetet.', "Stöd för familjer"),
])
def test_a_quoted_name_after_a_head_or_a_word_for_name(recogniser: Recogniser, text: str, name: str) -> None:
    assert ("Project", name) in found(recogniser, text), found(recogniser, text)


@pytest.mark.parametrize("text", ['Han sa "vi fortsätter" i går.', 'Kirjan nimi on ”Kotona hyvä”.'])
def test_a_quote_without_a_project_is_no_project(recogniser: Recogniser, text: str) -> None:
    assert not [m for m in found(recogniser, text) if m[0] == "Project"], found(recogniser, text)


def test_a_board_named_by_genitives_after_another_board_in_a_list(recogniser: Recogniser) -> None:
    text = "Kutsutaan hallituksen, hyvinvointi- ja palvelulautakunnan ja ruotsin kielen lautakunnan puheenjohtajat."
    got = found(recogniser, text)
    assert ("Body", "ruotsin kielen lautakunta") in got or ("Body", "Ruotsin kielen lautakunta") in got, got


@pytest.mark.parametrize(("text", "name"), [
    ("Kunta osallistuu ”Hyvä arki” -hankkeeseen vuonna 2024.", "Hyvä arki"),
    ('Kunta osallistuu "Turvallinen koti" -projektiin.', "Turvallinen koti"),
    ("Kunta osallistuu Kotona kaikki hyvin -nimiseen hankkeeseen.", "Kotona kaikki hyvin"),
    ("Kunta osallistuu eKoti-hankkeeseen vuonna 2024.", "eKoti"),
    ("Kunta osallistuu Hyvä Arki-projektiin vuonna 2024.", "Hyvä Arki"),
    ("H 15 Lausunto Talvi-hankkeesta H 16 Talousarvio", "Talvi"),  # an item title's procedural word stays out
])
def test_project_names_before_their_head(recogniser: Recogniser, text: str, name: str) -> None:
    got = [m.label for s in sentences(text) for m in recogniser.sentence_mentions(s, text) if m.type == "Project"]
    assert got == [name], got


def test_a_persons_surname_does_not_name_a_group(recogniser: Recogniser) -> None:
    got = found(recogniser, "Lautakunta nimesi Liisa Laineen ohjausryhmään.")
    assert ("Person", "Liisa Laine") in got, got
    assert not [m for m in got if m[0] == "Body" and "Laine" in m[1]], got


def test_a_compound_head_opening_a_sentence_then_the_name(recogniser: Recogniser) -> None:
    got = found(recogniser, "Kehittämishanke Kotona paras käynnistyy syksyllä.")
    assert ("Project", "Kotona paras") in got, got


@pytest.mark.parametrize(("text", "name"), [
    ("Samarbetspartner är Svenska kulturfonden och kommunen.", "Svenska kulturfonden"),
    ("Projektet stöds av Stiftelsen för Exempelska Akademi.", "Stiftelsen för Exempelska Akademi"),
])
def test_swedish_foundations_and_funds(recogniser: Recogniser, text: str, name: str) -> None:
    assert ("Association", name) in found(recogniser, text), found(recogniser, text)


def test_a_capitalised_unit_inside_a_line_names_itself(recogniser: Recogniser) -> None:
    text = "Osaamiskeskus Lapin toimintayksikkö Kainuun toimintayksikkö Kielipalveluyksikkö"
    got = found(recogniser, text)
    assert ("Body", "Kielipalveluyksikkö") in got or ("Body", "kielipalveluyksikkö") in got, got
    assert not found(recogniser, "Kehittämisyksikkö aloitti toimintansa."), "a sentence opener is capitalised anyway"


@pytest.mark.parametrize(("text", "name"), [
    ("Valtuusto hyväksyi Ikääntymispoliittisen ohjelman.", "Ikääntymispoliittinen ohjelma"),
    ("Kunta osallistuu Sosiaalisen kuntoutuksen hankkeen toteutukseen.", "Sosiaalisen kuntoutuksen hanke"),
])
def test_an_adjective_right_before_a_genitive_head_agrees_with_it(recogniser: Recogniser, text: str,
                                                                   name: str) -> None:
    got = [m.label for s in sentences(text) for m in recogniser.sentence_mentions(s, text)
           if m.type in {"Project", "Programme"}]
    assert got == [name], got


def test_a_lone_capital_after_a_first_name_is_no_surname(recogniser: Recogniser) -> None:
    # the sentence splitter ends a sentence at "A." today; the initial never becomes a surname
    got = found(recogniser, "Närvarande Stig A. Exempelsson och Jim Eriksson.")
    assert not [m for m in got if m[0] == "Person" and m[1] in {"Stig A", "Stig A."}], got
    assert ("Person", "Jim Eriksson") in got, got


@pytest.mark.parametrize(("text", "name"), [
    ("Talentia Keski-Suomi ry on mukana hankkeessa.", "Talentia Keski-Suomi ry"),  # a known union's regional branch
    ("Bidrag från Stiftelsen Exempelska Hemmet sr och kommunen.", "Stiftelsen Exempelska Hemmet sr"),
])
def test_a_branch_or_foundation_with_its_legal_form(recogniser: Recogniser, text: str, name: str) -> None:
    got = found(recogniser, text)
    assert ("Association", name) in got, got
    assert len([m for m in got if m[0] == "Association"]) == len([n for n in got if n == ("Association", name)]), got


@pytest.mark.parametrize(("text", "name"), [
    ("Rahoitus myönnetään Hyvä Arki 3 -ohjelmasta.", "Hyvä Arki 3"),
    ("Kunta osallistuu Kotona 2.0 -hankkeeseen.", "Kotona 2.0"),
])
def test_a_short_number_before_the_dash_belongs_to_the_name(recogniser: Recogniser, text: str, name: str) -> None:
    got = [m.label for s in sentences(text) for m in recogniser.sentence_mentions(s, text)
           if m.type in {"Project", "Programme"}]
    assert got == [name], got


def test_a_known_actors_genitive_opens_no_project_name(recogniser: Recogniser) -> None:
    got = found(recogniser, "Mukana on Soccan kotouttamistyön kehittämishanke.")
    assert not [m for m in got if m[0] == "Project"], got  # Socca's project, described, not named


@pytest.mark.parametrize(("text", "name"), [
    ("Nämnd:Arbetsmarknads- och socialnämnd", "Arbetsmarknads- och socialnämnd"),  # a field label glued before
    ("StyrelseArbetsmarknads- och socialnämnd", "Arbetsmarknads- och socialnämnd"),
    ("Asia lähetettiin maakuntakaavatoimikunnalle.", "maakuntakaavatoimikunta"),
    ("Maakuntahallituksen kehittämistoimikunta kokoontui.", "Maakuntahallituksen kehittämistoimikunta"),
    ("Eduskunnan sosiaali- ja terveysvaliokunta antoi mietinnön.", "sosiaali- ja terveysvaliokunta"),
    ("Kuntayhtymähallitus hyväksyi talousarvion.", "kuntayhtymähallitus"),
    ("Arbetsutskottet behandlade ärendet.", "arbetsutskott"),
])
def test_committees_and_boards_in_more_shapes(recogniser: Recogniser, text: str, name: str) -> None:
    assert ("Body", name) in found(recogniser, text), found(recogniser, text)


def test_a_bare_committee_word_is_no_body(recogniser: Recogniser) -> None:
    assert not found(recogniser, "Toimikunta kokoontui kahdesti.")


def test_an_adjective_before_a_bodys_head_takes_its_base_form(recogniser: Recogniser) -> None:
    got = found(recogniser, "Asia käsiteltiin Maakunnan väliaikaisen valmistelutoimielimen kokouksessa.")
    assert ("Body", "Maakunnan väliaikainen valmistelutoimielin") in got, got


@pytest.mark.parametrize(("text", "name"), [
    ("Kokoukseen osallistui Anna Maria Virtanen.", "Anna Maria Virtanen"),  # "Maria" is no place's essive here
    ("Puheenjohtaja Juha Pekka Korhonen avasi kokouksen.", "Juha Pekka Korhonen"),
])
def test_two_given_names_then_the_surname(recogniser: Recogniser, text: str, name: str) -> None:
    got = [m for m in found(recogniser, text) if m[0] == "Person"]
    assert got == [("Person", name)], got


def test_a_first_name_written_twice_is_a_heading_run_into_the_name(recogniser: Recogniser) -> None:
    """"Yhteyshenkilö Sirkka Sirkka Halonen": a contact card's first-name heading, run into the name line below it
    by a transcript, is no second given name; nobody is named "Sirkka Sirkka"."""
    got = [m for m in found(recogniser, "Yhteyshenkilö Sirkka Sirkka Halonen, puh. 040 000 0000") if m[0] == "Person"]
    assert got == [("Person", "Sirkka Halonen")], got


def test_a_name_after_a_legal_form_opening_a_company_is_nobody(recogniser: Recogniser) -> None:
    """"Oy Sanna Sport Ab": a company's legal form written before its name, which may be a person's name."""
    assert not [m for m in found(recogniser, "Kunta omistaa osakkeita yhtiössä Oy Sanna Sport Ab.") if m[0] == "Person"]
    got = [m for m in found(recogniser, "Yhtiön Sanna Sport Oy toimitusjohtaja on Lauri Vesala.") if m[0] == "Person"]
    assert ("Person", "Lauri Vesala") in got, got


def test_a_seat_word_after_a_first_name_is_no_surname(recogniser: Recogniser) -> None:
    """"Överfors, Göta Ersättare Lindroos, Yvonne": a row's given name, then the next column's head ("Ersättare",
    "Jäsen"); a seat word is nobody's surname, before a name or after one."""
    for text in ("Överfors, Göta Ersättare Lindroos, Yvonne", "Paikalla olivat Göta Ersättare ja Pia Jäsen."):
        got = [m for m in found(recogniser, text) if m[0] == "Person"]
        assert not any(name.endswith(("Ersättare", "Jäsen")) for _, name in got), got


def test_people_side_by_side_stay_two(recogniser: Recogniser) -> None:
    got = [m for m in found(recogniser, "Läsnä Anna Virtanen Pekka Mäkinen Liisa Laine") if m[0] == "Person"]
    assert got == [("Person", "Anna Virtanen"), ("Person", "Pekka Mäkinen"), ("Person", "Liisa Laine")], got
