"""An agreement's parties listed one a line right under its title (lists.py: title-block-party), the title read after
a meeting's header line and blank lines (titles.py), and town parishes named in capitals or at a line's start
(organisation_names.py). The texts are invented for these tests."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Extraction

HEADER_AND_BLOCK = ("Kirkkoneuvosto 14.3.2024 35 §\n\n \n\n"
                    "SOPIMUS YHTEISESTÄ PERHENEUVONNASTA\n\n"
                    "KOUVOLAN SEURAKUNTA (vastuuseurakunta)\n\n"
                    "IITIN SEURAKUNTA\n\n"
                    "KURIKAN SEURAKUNTA\n\n"
                    "1 SOPIMUKSEN TARKOITUS\n\n"
                    "Seurakunnat järjestävät perheneuvonnan yhdessä.\n")


def _participants(ex: Extraction) -> set[str]:
    label = {iri: e.label.lower() for iri, e in ex.entities.items()}
    return {label[f.subject] for f in ex.facts if f.predicate == "participatesIn" and f.subject in label
            and ex.entities.get(f.object) is not None and ex.entities[f.object].type == "Agreement"}


def test_parties_under_a_title_after_a_meeting_header() -> None:
    ex = extract_document(record(HEADER_AND_BLOCK, kind="agreement"))
    agreements = {e.label for e in ex.entities.values() if e.type == "Agreement"}
    assert agreements == {"Sopimus yhteisestä perheneuvonnasta"}
    assert _participants(ex) == {"kouvolan seurakunta", "iitin seurakunta", "kurikan seurakunta"}


def test_a_line_of_prose_after_the_title_ends_no_block_of_one() -> None:
    # one party line and then prose: no list of parties under the title
    text = ("SOPIMUS YHTEISESTÄ PERHENEUVONNASTA\n\nKOUVOLAN SEURAKUNTA\n\n"
            "Sopimuksen tarkoituksena on järjestää perheneuvonta yhdessä naapuriseurakuntien kanssa.\n")
    assert not _participants(extract_document(record(text, kind="agreement")))


def test_a_page_opening_with_prose_keeps_no_later_title() -> None:
    text = ("Seurakunnat ovat tehneet yhteistyötä jo pitkään monella alalla.\n\nSOPIMUS YHTEISESTÄ PERHENEUVONNASTA\n\n"
            "KOUVOLAN SEURAKUNTA\n\nIITIN SEURAKUNTA\n")
    ex = extract_document(record(text, kind="agreement"))
    assert not any(e.type == "Agreement" and e.label.lower().startswith("sopimus yhteisestä")
                   for e in ex.entities.values())


def _parishes(text: str) -> set[str]:
    ex = extract_document(record(text))
    return {e.label.lower() for e in ex.entities.values() if e.type == "Parish"}


def test_town_parishes_in_capitals_at_line_start_and_with_a_language_word() -> None:
    text = ("Yhteistyö\n\nISOJOEN SEURAKUNTA\n\nIsojoen seurakunta ja Kurikan seurakunta allekirjoittivat sopimuksen. "
            "Mukana on myös MUSTASAAREN SUOMALAINEN SEURAKUNTA.\n")
    assert _parishes(text) == {"isojoen seurakunta", "kurikan seurakunta", "mustasaaren suomalainen seurakunta"}


def test_a_common_genitive_before_the_parish_word_names_no_parish() -> None:
    assert not _parishes("Tiedote\n\nOman seurakunnan työntekijät auttavat. Uuden seurakunnan nimi valitaan.\n")


def _agreements(text: str) -> set[str]:
    ex = extract_document(record(text, kind="agreement"))
    return {e.label for e in ex.entities.values() if e.type == "Agreement"}


def test_a_title_s_own_short_name_and_a_period_word_without_years_are_no_part_of_it() -> None:
    # "(jäljempänä Sopimus)" defines the short name the text uses; "VUOSINA" lost its years in the transcript
    text = ("PUITESOPIMUS KOTOUTUMISPALVELUJEN TUOTTAMISESTA VUOSINA (jäljempänä Sopimus ) 1. Sopijapuolet "
            "Lahden kaupunki Hollolan kunta 2. Tausta Kunnat sopivat palveluista.\n")
    assert _agreements(text) >= {"Puitesopimus kotoutumispalvelujen tuottamisesta"}
    assert not any("jäljempänä" in a.lower() or a.lower().endswith("vuosina") for a in _agreements(text))


def test_years_after_the_period_word_stay_in_the_title() -> None:
    text = "PUITESOPIMUS KOTOUTUMISPALVELUJEN TUOTTAMISESTA VUOSINA 2024-2026\n\n1. Sopijapuolet\n\nLahden kaupunki\n"
    assert any(a.lower().endswith("2024-2026") for a in _agreements(text))


def test_an_unread_party_written_as_the_others_keeps_the_block_going() -> None:
    # the middle line names a parish of a former municipality that no rule reads; the block goes on after it
    text = ("SOPIMUS YHTEISESTÄ PERHENEUVONNASTA\n\nKOUVOLAN SEURAKUNTA\n\nKEITAANNIEMEN SEURAKUNTA\n\n"
            "IITIN SEURAKUNTA\n\n1 SOPIMUKSEN TARKOITUS\n\nSeurakunnat järjestävät perheneuvonnan yhdessä.\n")
    got = _participants(extract_document(record(text, kind="agreement")))
    assert {"kouvolan seurakunta", "iitin seurakunta"} <= got


def test_a_line_of_another_shape_ends_the_block() -> None:
    text = ("SOPIMUS YHTEISESTÄ PERHENEUVONNASTA\n\nKOUVOLAN SEURAKUNTA\n\nIITIN SEURAKUNTA\n\nSOPIMUKSEN TAUSTA\n\n"
            "KURIKAN SEURAKUNTA\n")
    assert "kurikan seurakunta" not in _participants(extract_document(record(text, kind="agreement")))
