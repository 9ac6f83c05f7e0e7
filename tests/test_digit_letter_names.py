"""Digit-letter words ("3D", "5G", "4H") and a first phase's "I" inside project names.

A name such as "Kylätalot 5G Kotona" lost what stood before the digit ("G Kotona"), since the tokenizer cut "5G" into
a number and a word; and a closing Roman one ("Kylätalo I") was dropped as Swedish "i", which also broke the lists it
stood in. Invented sentences of the same shapes.
"""

from __future__ import annotations

from tests.helpers import entity_labels, extract, labels_of, triples, typed_labels
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.text import ends_with_phase_one, tokenize


def test_digit_letter_is_one_capitalised_word() -> None:
    toks = tokenize("Kylät 3D Kotona ja 5G-verkko, 4H:n kerho")
    assert [t.text for t in toks] == ["Kylät", "3D", "Kotona", "ja", "5G-verkko", ",", "4H:n", "kerho"]
    assert all(t.is_word and t.is_cap for t in toks if t.text[:1].isdigit())


def test_numbers_and_glued_money_stay_numbers() -> None:
    assert [t.text for t in tokenize("5M€ ja 2 300 000,50 euroa 14.30")] == \
        ["5", "M", "€", "ja", "2 300 000,50", "euroa", "14.30"]
    assert not any(t.is_word for t in tokenize("2023 3,5 12"))


def test_dash_name_keeps_digit_letter_word() -> None:
    assert entity_labels("Kylätalot 5G Kotona -hankkeessa kokeillaan uutta tekniikkaa.", "Project") \
        == {"Kylätalot 5G Kotona"}


def test_identity_keeps_digit_letter_word_and_phase_one() -> None:
    morph = get_morphology()
    assert identity_key("Kylät 3D Kotona", morph) != identity_key("Kylät D Kotona", morph)
    assert identity_key("Kylätalo I", morph) != identity_key("Kylätalo", morph)
    assert identity_key("Kylätalo I", morph) != identity_key("Kylätalo II", morph)
    assert identity_key("Hoiva i Vasa", morph) == identity_key("Hoiva Vasa", morph)  # Swedish "i" stays no word


def test_phase_one_only_after_a_capitalised_word() -> None:
    assert ends_with_phase_one("Kylätalo", "I")
    assert not ends_with_phase_one("kylässä", "I")
    assert not ends_with_phase_one("Kylätalo", "i")


def test_list_ending_with_phase_one() -> None:
    ex = extract("Pohjanmaan liitto myönsi rahoitusta hankkeille Metsäpolku II ja Kylätalo I.")
    assert {"Metsäpolku II", "Kylätalo I"} <= labels_of(ex, "Project")
    funded = {o for _s, p, o in triples(ex) if p == "funds"}
    assert len(funded) == 2


def test_coined_name_with_phase_one_in_swedish_list() -> None:
    ex = extract("Två beviljade projekt är SkogsNät I och Bygdekraft, som ingår i programmet Interreg Aurora.")
    assert "SkogsNät I" in labels_of(ex, "Project")
    assert sum(1 for _s, p, _o in triples(ex) if p == "partOf") == 2


def test_numbered_phases_stay_apart() -> None:
    labels = entity_labels("Kyläverkko I -hanke käynnistyi keväällä. Kyläverkko II -hanke jatkaa työtä.", "Project")
    assert {"Kyläverkko I", "Kyläverkko II"} <= labels


def test_area_club_with_a_digit_mark() -> None:
    text = "Yhteistyössä\n\n • Lahden kaupunki\n • Lahden seudun 4H\n • Lahden Kylä ry\n"
    assert ("Association", "Lahden seudun 4H") in typed_labels(text)
