"""A one-project document naming one programme: the project is partOf it, whatever the wording (sole_programme.py);
two programmes, a bare fund, or a programme that funds say nothing."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.sole_programme import RULE


def _facts(text: str) -> list[tuple[str, str, str]]:
    ex = extract_document(record(text))
    return [(f.subject, f.predicate, f.object) for f in ex.facts if f.rule == RULE]


PROJECT = ("Kylätalon tarinat -hanke keräsi muistitietoa Sysmästä. Kylätalon tarinat -hankkeessa tehtiin kirja. "
           "Kylätalon tarinat -hanke päättyi vuonna 2019. ")


def test_the_one_programme_in_any_wording() -> None:
    for wording in ("Hanke toteutti Manner-Suomen maaseudun kehittämisohjelmaa.",
                    "Etusivu > Hankkeet > Manner-Suomen maaseudun kehittämisohjelma",
                    "Manner-Suomen maaseudun kehittämisohjelma 2014–2020 tuki työtä paikallisesti."):
        facts = _facts(PROJECT + "\n" + wording + "\n")
        assert len(facts) == 1 and "/project/" in facts[0][0] and "/programme/" in facts[0][2], (wording, facts)


def test_two_programmes_say_nothing() -> None:
    text = PROJECT + ("\nHanke toteutti Manner-Suomen maaseudun kehittämisohjelmaa. Taustalla on myös "
                      "Kainuun maakuntaohjelma.\n")
    assert _facts(text) == []


def test_a_funding_programme_is_a_fund() -> None:
    assert _facts(PROJECT + "\nRahoitus: Manner-Suomen maaseudun kehittämisohjelma\n") == []


def test_a_bare_fund_is_no_whole() -> None:
    assert _facts(PROJECT + "\nHanketta rahoitti Euroopan sosiaalirahasto.\n") == []
    assert _facts(PROJECT + "\nHanke on Leader-hanke.\n") == []


def test_no_project_no_fact() -> None:
    assert _facts("Kunnanhallitus käsitteli Manner-Suomen maaseudun kehittämisohjelmaa. Asia jätettiin pöydälle.\n") \
        == []


def test_a_programme_cited_for_its_aims_or_an_events_schedule_is_no_whole() -> None:
    assert _facts(PROJECT + "\nHanke edistää Kainuun maakuntaohjelman tavoitteita.\n") == []
    assert _facts(PROJECT + "\nHanke esiteltiin Sysmän kesäjuhlien ohjelmassa.\n") == []


def test_a_named_programme_of_two_words_in_a_breadcrumb() -> None:
    text = ("Etusivu > Kestävän kasvun ohjelma > Hyvä arki -hanke\nHyvä arki -hanke kehittää palveluja. "
            "Hyvä arki -hanketta hallinnoi Mikkelin kaupunki. Hyvä arki -hanke päättyy 2025.\n")
    facts = _facts(text)
    assert len(facts) == 1 and facts[0][2].endswith("kestavan-kasvun-ohjelma"), facts


def test_a_programme_named_apart_from_the_project_is_background() -> None:
    text = PROJECT + "\nKainuun maakuntaohjelma ohjaa alueen kehitystä. Hanke esiteltiin osana Sote-päiviä.\n"
    assert _facts(text) == []


def test_a_programme_named_as_an_events_owner_is_no_whole() -> None:
    text = PROJECT + ("\nKainuun maakuntaohjelma ohjaa alueen kehitystä. "
                      "Hanke esitteli tuloksiaan osana Kainuun maakuntaohjelman seminaaria.\n")
    assert _facts(text) == []


def test_a_fund_beside_the_programme_is_no_rival_whole() -> None:
    text = PROJECT + ("\nHanke rahoitetaan Manner-Suomen maaseudun kehittämisohjelmasta 2007–2013\n\n"
                      "Rahoittaja: Lapin ELY-keskus/Euroopan maaseudun kehittämisen maatalousrahasto\n")
    facts = _facts(text)
    # the whole is the programme the text names (its 2007–2013 edition, extract/programme_editions.py), not the fund
    assert len(facts) == 1 and "kehittamisohjelma-2007-2013" in facts[0][2], facts


def test_a_fund_beside_a_programme_in_minutes_says_nothing() -> None:
    text = PROJECT + ("\nHanke rahoitetaan Manner-Suomen maaseudun kehittämisohjelmasta 2007–2013\n\n"
                      "Rahoittaja: Lapin ELY-keskus/Euroopan maaseudun kehittämisen maatalousrahasto\n")
    ex = extract_document(record(text, kind="minutes"))
    assert [f for f in ex.facts if f.rule == RULE] == []


def test_a_known_programme_called_one_by_the_word_after_its_name() -> None:
    """"Interreg Europe –ohjelmassa": the reference data's name holds no word for a programme; the one after it does."""
    facts = _facts(PROJECT + "\nHanke toteutettiin Interreg Europe –ohjelmassa.\n")
    assert len(facts) == 1 and facts[0][2].endswith("interreg-europe"), facts
    # the same name without the word after it is no programme the text calls one
    assert _facts(PROJECT + "\nHanke toteutettiin Interreg Europe tuella.\n") == []
