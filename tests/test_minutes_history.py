"""Decision histories in minutes: an item's earlier handlings, each under its body's dated § line, are stages of
one item, not items of their own; the item's body, date, number, parts and outcome are the meeting's."""

from __future__ import annotations

from welfare_kg.loaders.minutes import parse_items

CASEM = """Kaupunginvaltuusto
Pöytäkirja 29.03.2021

Yhteistyösopimus Kotikaupungin sosiaalipäivystyksestä

Kaupunginhallitus 12.03.2021 § 45

Valmistelija: hallintojohtaja Aino Virtanen

Perustelut
Kaupungit ovat valmistelleet yhteistyösopimuksen sosiaalipäivystyksen järjestämisestä.

Ehdotus
Kaupunginhallitus esittää kaupunginvaltuustolle, että valtuusto hyväksyy sopimuksen.

Päätös
Hyväksyttiin.

Kaupunginvaltuusto 29.03.2021 § 20

Kaupunginhallituksen ehdotus:
Kaupunginvaltuusto hyväksyy sopimuksen.

Päätös
Hyväksyttiin yksimielisesti.
"""

SWEDISH = """Kommunfullmäktige
Protokoll

Samarbetsavtal om socialjour

Kommunstyrelsen 12.3.2021 § 45

Beredare: förvaltningsdirektör Anna Berg

Beslutsförslag
Kommunstyrelsen föreslår att fullmäktige godkänner avtalet.

Beslut
Godkändes.

Kommunfullmäktige 29.3.2021 § 20

Beslut
Godkändes enhälligt.
"""

DYNASTY = """Kunnanvaltuusto
Esityslista 08.12.2025/Asianro 118

Kokousasian teksti

Yhteistyösopimus Kotikunnan sosiaalipäivystyksestä

Kunnanvaltuusto 08.12.2025

977/00.01.00/2025

Päätösehdotus
Kunnanvaltuusto päättää hyväksyä sopimuksen.

Päätös

Päätöshistoria

Kunnanhallitus 01.12.2025 § 388

Valmistelija talousjohtaja Esa Virtanen

Päätösehdotus
Kunnanhallitus päättää ehdottaa kunnanvaltuustolle, että valtuusto hyväksyy sopimuksen.

Päätös:
Hyväksyttiin.
"""


def _one(text: str):  # type: ignore[no-untyped-def]
    items = parse_items(text)
    assert len(items) == 1, [(it.section, it.title) for it in items]
    return items[0]


def test_history_oldest_first_is_one_item_of_the_meeting() -> None:
    item = _one(CASEM)
    assert item.title == "Yhteistyösopimus Kotikaupungin sosiaalipäivystyksestä"
    assert (item.body, item.date, item.section) == ("Kaupunginvaltuusto", "2021-03-29", "20")
    assert item.outcome == "approved-unanimously"
    assert CASEM[item.parts["decision"][0]:].strip().startswith("Hyväksyttiin yksimielisesti")
    [stage] = item.stages
    assert (stage.body, stage.date, stage.section, stage.outcome) == ("Kaupunginhallitus", "2021-03-12", "45",
                                                                      "approved")
    assert CASEM[stage.start:stage.end].startswith("Kaupunginhallitus 12.03.2021 § 45")


def test_without_a_date_in_the_header_the_latest_stage_is_the_meeting() -> None:
    item = _one(CASEM.replace("Pöytäkirja 29.03.2021", "Pöytäkirja"))
    assert (item.body, item.date, item.section) == ("Kaupunginvaltuusto", "2021-03-29", "20")
    assert [s.body for s in item.stages] == ["Kaupunginhallitus"]


def test_abbreviated_bodies_on_stage_lines() -> None:
    text = CASEM.replace("Pöytäkirja 29.03.2021", "Pöytäkirja").replace(
        "Kaupunginhallitus 12.03.2021 § 45", "Khall 12.3.2021 § 45").replace(
        "Kaupunginvaltuusto 29.03.2021 § 20", "Kv 29.3.2021 § 20")
    item = _one(text)
    assert (item.body, item.date, item.section) == ("Kv", "2021-03-29", "20")
    assert [(s.body, s.date) for s in item.stages] == [("Khall", "2021-03-12")]


def test_swedish_history() -> None:
    item = _one(SWEDISH)
    assert item.title == "Samarbetsavtal om socialjour"
    assert (item.body, item.date, item.outcome) == ("Kommunfullmäktige", "2021-03-29", "approved-unanimously")
    assert [(s.body, s.outcome) for s in item.stages] == [("Kommunstyrelsen", "approved")]


def test_meeting_text_first_then_its_history() -> None:
    item = _one(DYNASTY)
    assert item.title == "Yhteistyösopimus Kotikunnan sosiaalipäivystyksestä"
    assert (item.body, item.date) == ("Kunnanvaltuusto", "2025-12-08")
    assert item.outcome is None  # the council has not decided yet: its decision part is empty
    a, z = item.parts["proposal"]
    assert "Kunnanvaltuusto päättää hyväksyä" in DYNASTY[a:z] and "Kunnanhallitus" not in DYNASTY[a:z]
    assert [(s.body, s.date, s.section, s.outcome) for s in item.stages] == [
        ("Kunnanhallitus", "2025-12-01", "388", "approved")]


def test_items_of_one_meeting_are_no_history() -> None:
    text = ("Kunnanhallitus\nPöytäkirja\n\nYhteistyösopimus Kotikunnan sosiaalipäivystyksestä\n\n"
            "Kunnanhallitus 12.03.2021 § 45\n\nPäätös\nHyväksyttiin.\n\nTilintarkastus\n\n"
            "Kunnanhallitus 12.03.2021 § 46\n\nPäätös\nMerkittiin tiedoksi.\n")
    items = parse_items(text)
    assert [it.section for it in items] == ["45", "46"] and not any(it.stages for it in items)


REPEAT = """Kaupunginhallitus
Pöytäkirja 12.03.2021

§ 45 Yhteistyösopimus Kotikaupungin sosiaalipäivystyksestä

Sosiaali- ja terveyslautakunta 3.2.2021 § 12

Ehdotus
Lautakunta esittää kaupunginhallitukselle, että se hyväksyy sopimuksen.

Päätös
Hyväksyttiin.

Kaupunginhallitus 12.03.2021 § 45

Ehdotus
Kaupunginhallitus hyväksyy sopimuksen.

Päätös
Hyväksyttiin.
"""


def test_the_meetings_line_repeating_the_items_number_keeps_the_title() -> None:
    item = _one(REPEAT)
    assert item.title == "Yhteistyösopimus Kotikaupungin sosiaalipäivystyksestä"
    assert (item.body, item.date, item.section) == ("Kaupunginhallitus", "2021-03-12", "45")
    a, z = item.parts["proposal"]
    assert REPEAT[a:z].strip() == "Kaupunginhallitus hyväksyy sopimuksen."
    assert [(s.body, s.section) for s in item.stages] == [("Sosiaali- ja terveyslautakunta", "12")]


def test_two_items_each_with_its_history() -> None:
    text = CASEM.replace("Hyväksyttiin yksimielisesti.", "Hyväksyttiin.") + (
        "\nKotihoidon kehittämishanke\n\nKaupunginhallitus 12.03.2021 § 46\n\nEhdotus\n"
        "Kaupunginhallitus esittää valtuustolle, että valtuusto hyväksyy hankkeen.\n\nPäätös\nHyväksyttiin.\n\n"
        "Kaupunginvaltuusto 29.03.2021 § 21\n\nPäätös\nHyväksyttiin.\n")
    first, second = parse_items(text)
    assert (first.section, second.section) == ("20", "21")
    assert second.title == "Kotihoidon kehittämishanke"
    assert [s.section for s in first.stages] == ["45"] and [s.section for s in second.stages] == ["46"]


def test_a_stage_line_quoted_in_prose_is_no_heading() -> None:
    text = ("Kunnanhallitus\nPöytäkirja 12.04.2021\n\n§ 60 Kotihoidon kehittämishanke\n\nPerustelut\n"
            "Kunnanvaltuusto hyväksyi hankesuunnitelman\nKunnanvaltuusto 29.03.2021 § 20\n"
            "ja pyysi kunnanhallitusta valmistelemaan rahoituksen.\n\nPäätös\nHyväksyttiin.\n\n"
            "Muutoksenhakuohje\nOikaisuvaatimus tehdään kunnanhallitukselle 14 päivän kuluessa.\n\n"
            "§ 61 Tilintarkastus\n\nPäätös\nMerkittiin tiedoksi.\n")
    items = parse_items(text)
    assert [(it.section, it.title, it.outcome) for it in items] == [
        ("60", "Kotihoidon kehittämishanke", "approved"), ("61", "Tilintarkastus", "noted")]
    assert not items[0].stages and items[0].body == "Kunnanhallitus"


def test_a_decision_cited_in_running_text_is_no_heading() -> None:
    text = ("Aluehallitus\nPöytäkirja 29.01.2024\n\n§ 34 Käyttösuunnitelmat vuodelle 2024\n\nPerustelut\n"
            "Asian esittelyteksti on aluehallituksen käsittelyssä 20.11.2023 § 325.\n"
            "Kaupunginhallitus 12.3.2021 § 45 hyväksyi sopimuksen.\n\nPäätös\nHyväksyttiin.\n")
    [item] = parse_items(text)
    assert (item.section, item.title, item.outcome) == ("34", "Käyttösuunnitelmat vuodelle 2024", "approved")


def test_a_law_cited_in_parentheses_is_no_heading() -> None:
    text = ("Konsernijaosto\n\nOsakassopimuksen hyväksyminen\n\nPäätös\nHyväksyttiin.\n\nKäsittely\n"
            "Esteellisyyden syy: yhteisöjääviys (hallintolaki 28.1 § 5 kohta)\n")
    [item] = parse_items(text)
    assert item.title == "Osakassopimuksen hyväksyminen"
