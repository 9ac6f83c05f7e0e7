"""DVV's surname statistics (data/surnames.csv, extract/surnames.py): surnames Voikko reads as common words, and
inflected forms of surnames it does not know brought back to their base form by the regular paradigms."""

from __future__ import annotations

import pytest
from helpers import needs_voikko, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.model import Mention
from welfare_kg.extract.surnames import listed_surname, surname_base, surnames


def _people(text: str) -> set[str]:
    out = extract_document(record(text, kind="news"), gazetteer=reference_gazetteer())
    return {e.label for e in out.entities.values() if e.type == "Person"}


def test_the_table_holds_common_and_rare_surnames() -> None:
    table = surnames()
    assert len(table) > 20000
    assert table["Korhonen"] > table["Salmenkangas"] >= 20
    assert listed_surname("Pyöriä") and listed_surname("Mäntymaa")
    assert not listed_surname("pyöriä") and not listed_surname("PYÖRIÄ")  # a word in lower case or capitals
    assert not listed_surname("And")  # too short to tell from a function word


@pytest.mark.parametrize(("word", "base"), [
    ("Salmenkankaalta", "Salmenkangas"),  # -as with gradation
    ("Mondolta", "Monto"),  # nt : nd
    ("Wanteen", "Wanne"),  # an e-stem's strong grade
    ("Pöntyksen", "Pöntys"),  # -s : -kse-
    ("Virtaselle", "Virtanen"), ("Virtasta", "Virtanen"),  # the -nen paradigm
    ("Lahdelle", "Lahti"), ("Mäelle", "Mäki"),  # the old e-stems
    ("Näsille", "Näsi"), ("Aspilan", "Aspila"),
])
def test_inflected_forms_lead_back_to_the_listed_surname(word: str, base: str) -> None:
    assert surname_base(word) == base


@pytest.mark.parametrize("word", [
    "Madsen", "Hansen", "Kempen",  # -en after a consonant: a Nordic nominative as often as a genitive
    "Virtanen", "Hagelin",  # listed as written: no inflected form
    "Vuoden",  # no surname's form
])
def test_no_base_where_the_paradigms_or_the_table_do_not_decide(word: str) -> None:
    assert surname_base(word) is None


@needs_voikko
@pytest.mark.parametrize(("text", "person"), [
    ("Aleksi Kuuluvainen on siirtynyt Joensuun kaupungille.", "Aleksi Kuuluvainen"),  # Voikko: an adjective
    ("Ohjelman johtajana toimii Ulla Siiriä.", "Ulla Siiriä"),  # Voikko: a first name's partitive
    ("Kannatusta hän sai Jamina Rautajärviltä.", "Jamina Rautajärvi"),  # Voikko: a plural noun
    ("Kannatusta hän sai Miiko Mondolta ja Tito-Lena Tuulikankaalta.", "Tito-Lena Tuulikangas"),
    ("Kannatusta hän sai Miiko Mondolta ja Tito-Lena Tuulikankaalta.", "Miiko Monto"),
])
def test_people_with_surnames_voikko_does_not_know(text: str, person: str) -> None:
    assert person in _people(text)


@needs_voikko
@pytest.mark.parametrize("text", [
    "Kokouspaikka Aleksis Kiven koulu, Nurmijärvi.",  # a school named after someone
    "Vuoden 2008 Häme-päivä Vuoden 2008 talousarvion täytäntöönpano.",  # "Vuoden" is no surname's form
    "Eira Kankaalla järjestettiin tapahtuma.",  # a place, a noun's adessive
])
def test_words_that_only_look_like_inflected_surnames(text: str) -> None:
    assert _people(text) == set()


@needs_voikko
def test_a_long_compound_surname_inflected_and_a_caps_title() -> None:
    assert "Tatja Murtokangas" in _people("Hanketta johdetaan Tatja Murtokankaan (Turun kaupunki) vastuulla.")
    assert "Jenniina Päiväläinen" in _people("157 JENNIINA PÄIVÄLÄISEN SAAVUTUSTEN JOHDOSTA MUISTAMINEN")


@needs_voikko
def test_two_given_names_before_a_surname_voikko_does_not_know() -> None:
    people = _people("Enontekiö: Lotta Puljujärvi, varalla Elli Maria Kultima Inari: Janette Rauta")
    assert "Elli Maria Kultima" in people and "Elli Mari" not in people


@needs_voikko
def test_a_whole_name_dvv_holds_at_an_excerpts_end_is_no_cut_one() -> None:
    from welfare_kg.extract.morphology import get_morphology
    from welfare_kg.extract.person_forms import cut_off_people

    text = "x" * 1950 + " POISSA Heinonen Hannamari"
    start = text.index("Heinonen")
    m = Mention(start=start, end=len(text), surface=text[start:], label="Hannamari Heinonen", type="Person",
                rule="person-listed")
    assert cut_off_people([[m]], text, get_morphology()) == [[m]]
    cut = text[:-3]  # "... Heinonen Hannam": cut mid-word, no name of the table
    m2 = Mention(start=start, end=len(cut), surface=cut[start:], label="Hannam Heinonen", type="Person",
                 rule="person-listed")
    assert cut_off_people([[m2]], cut, get_morphology()) == [[]]


@needs_voikko
def test_the_s_paradigm_genitive_of_an_unknown_surname() -> None:
    assert "Eija Bouras" in _people("Käsitellään Eija Bouraksen ym. valtuustoaloite palvelusetelin käytöstä.")


@needs_voikko
def test_an_unknown_compound_surname_in_the_genitive_before_a_noun() -> None:
    people = _people("Oikeudellinen asiantuntija Pertti Eilavaaran lasku hyväksyttiin. Asiasta kertoi Anna Nyman.")
    assert {"Pertti Eilavaara", "Anna Nyman"} <= people
