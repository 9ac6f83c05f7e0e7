"""People and posts in the layouts the moved blind batches showed (twenty-third session).

The texts are written for these tests: invented people in invented meetings, laid out as real minutes are -- a
council's roll call whose column heads run into a surname-first run, a Swedish protocol's signature and address
lines, a board's room named in the meeting place while its chair comes as a guest, a representative's abbreviated
row, and a chair with a double surname and a party's bracket opening the meeting.
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko, post_rows

from welfare_kg.extract.people import listed_people


def _labels(text: str) -> list[str]:
    return [p.label for p in listed_people(text, MORPH)]


@needs_voikko
def test_a_roll_calls_column_heads_do_not_shift_its_surname_first_pairs() -> None:
    text = ("NIMENHUUTOLUETTELO Nimenhuudossa oli läsnä 5 varsinaista valtuutettua. Läsnä Poissa Varavaltuutettu "
            "Aaltonen Mervi Hiltunen Juhani Koskinen Outi Laaksonen Heli Mattila Keijo Yhteensä 5")
    labels = _labels(text)
    assert labels == ["Mervi Aaltonen", "Juhani Hiltunen", "Outi Koskinen", "Heli Laaksonen", "Keijo Mattila"]


@needs_voikko
def test_an_adverb_after_the_last_first_name_is_no_surname_but_a_surname_read_as_a_verb_is() -> None:
    assert _labels("Läsnä Aaltonen Mervi Hiltunen Juhani Yhteensä 2") == ["Mervi Aaltonen", "Juhani Hiltunen"]
    assert "Mika Riipi" in _labels("Allekirjoitukset Merk. Mika Riipi Mika Riipi maakuntajohtaja")


@needs_voikko
def test_a_swedish_protocols_labels_and_address_lines_are_nobody() -> None:
    text = ("Underskrifter Sekreterare Helena Berglund Ordförande Maria Lindqvist Region Exempel Besöksadress "
            "Storgatan 19 Postadress SE Visby Telefon +46 (0) 000 E-post registrator@example.se "
            "Förvaringsplats för protokollet Kommunledningsförvaltningen Sista datum för överklagande 2018-04-24 "
            "Justerarsignaturer Utdragsbestyrkande")
    labels = _labels(text)
    assert labels[:2] == ["Helena Berglund", "Maria Lindqvist"]
    assert not [x for x in labels if x not in {"Helena Berglund", "Maria Lindqvist"}]


@needs_voikko
def test_the_chair_opening_the_meeting_with_a_double_surname_and_a_partys_bracket() -> None:
    rows = post_rows("Exempelby kommun > Socialnämnden > Sammanträde 2011-11-24\n\nSocialnämnden\n\n"
                     "§1 Sammanträdets öppnande\n\nOrdföranden Anna Kröger Jarlmyr (M) öppnade sammanträdet.\n")
    assert any(person == "Anna Kröger Jarlmyr" and post == "puheenjohtaja" for person, post, _ in rows), rows
