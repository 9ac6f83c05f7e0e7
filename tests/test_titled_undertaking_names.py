"""Project names in two halves around a spaced dash, and names after "hallinnoima" that run on in lower case to
a head word. Sentences written for these tests."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.resolve import paired_title


def undertakings(text: str) -> set[str]:
    ex = extract_document(record(text))
    return {e.label for e in ex.entities.values() if e.type in {"Programme", "Project"}}


def test_administered_name_cut_at_lower_case_word_is_no_project() -> None:
    got = undertakings("Kajaanin kaupungin hallinnoima Hyvä arki -projekti alkoi keväällä.")
    assert "Hyvä" not in got
    assert any(g.startswith("Hyvä arki") for g in got)


def test_administered_name_without_head_stays() -> None:
    got = undertakings("Yhdistyksen hallinnoima Kylämuisti toimii kolmessa kunnassa.")
    assert "Kylämuisti" in got


def test_two_capitalised_halves_are_one_name() -> None:
    got = undertakings("Kyläyhdistyksen hallinnoima Sinne ite – Tänne yhessä -projekti jatkuu kolme vuotta.")
    assert got == {"Sinne ite – Tänne yhessä"}


def test_short_name_closing_on_a_verb_opens_before_it() -> None:
    got = undertakings("Seurakunta aloitti Apu kulkee – osallisuuden kehittäminen Lahdessa -hankkeen keväällä.")
    assert got == {"Apu kulkee"}


def test_sentence_subject_and_verb_before_a_dash_are_no_name() -> None:
    got = undertakings("Ohjausryhmä kokoontui – kuten Kylät kuntoon -hankkeessa sovittiin.")
    assert got == {"Kylät kuntoon"}


def test_paired_title_reads_halves() -> None:
    assert paired_title("Sinne ite – Tänne yhessä", "Sinne ite")
    assert not paired_title("Apu kulkee – osallisuuden kehittäminen Lahdessa", "Apu kulkee")
    assert not paired_title("Apu kulkee – Lahden seudun osallisuuden kehittäminen 2020", "Apu kulkee")
    assert not paired_title("Apu kulkee – KYLÄT", "Apu kulkee")


def test_bracketed_short_name_with_years_before_head() -> None:
    text = ("Lisäksi liittojen yhteiseen Kotona kätevä tekniikka (KOTEK 2010–2014) -hankkeeseen myönnettiin "
            "avustusta 500 000 euroa.")
    assert undertakings(text) == {"Kotona kätevä tekniikka"}


def test_bracketed_name_after_bare_project_word() -> None:
    text = "Maakunnassa on käynnistetty oppilaitosten yhteinen hanke (GO NOW), joka rakentaa uuden palvelun."
    assert undertakings(text) == {"GO NOW"}


def test_bracketed_fund_period_or_person_after_project_word_is_no_name() -> None:
    assert not undertakings("Kunta aloitti hankkeen (ESR) vuonna 2020.") - {"Euroopan sosiaalirahasto"}
    assert not undertakings("Kunta aloitti hankkeen (2020–2022).")
    assert not undertakings("Kunta aloitti hankkeen (Anna Virtanen) keväällä.")


def test_action_code_after_counted_projects_is_no_name() -> None:
    assert not undertakings("Rahoituksen sai kolme nuorten osallisuuden hanketta (KA999-YOU) keväällä.")


def test_runner_after_the_dash_is_no_second_half() -> None:
    assert not paired_title("Arjen apu – Oulun kaupunki", "Arjen apu")
    assert not paired_title("Arjen apu – Sosiaali ry", "Arjen apu")
