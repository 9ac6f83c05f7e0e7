"""A grant sentence's sum that belongs to more than the one project: the whole package the grant is part of ("osa
... N miljoonan euron tukipakettia", "en del av ett stödpaket på N euro") or the total over a count of projects
("N euron rahoituksen 30 tutkimushankkeelle"); and a Swedish federation compound ("Fotbollförbund"), which receives
grants, is no funder kind. All names are invented."""

from __future__ import annotations

import pytest
from helpers import extract

from tests.helpers import needs_voikko
from welfare_kg.extract.money import find_amounts, not_granted_sum, total_over_many


def _last_sum_not_granted(text: str) -> bool:
    a = find_amounts(text)[-1]
    return not_granted_sum(text, a.start, a.end)


@pytest.mark.parametrize("text", [
    "ELY-keskus myönsi avustuksen, ja se on osa kunnille suunnattua, yhteensä 4,2 miljoonan euron tukipakettia.",
    "Avustus on osana ministeriön 800 000 euron määrärahaa.",
    "Länsstyrelsen beviljade bidraget, som är en del av ett stödpaket på totalt 3 miljoner euro.",
])
def test_sum_of_the_whole_is_not_the_grant(text: str) -> None:
    assert _last_sum_not_granted(text)


@pytest.mark.parametrize("text", [
    "Kaupunki myönsi osana hanketta 20 000 euroa.",  # partitive: the sum given
    "Säätiö myönsi hankkeelle 15 000 euron avustuksen.",
    "Osa rahoituksesta, 12 000 euroa, tulee kunnalta.",
])
def test_sum_of_the_grant_itself(text: str) -> None:
    assert not _last_sum_not_granted(text)


@needs_voikko
def test_total_over_counted_projects_is_no_projects_sum() -> None:
    ex = extract("Kotikulma-hanke\nKotikulma-hanke tutkii nuorten arkea Vaasassa.\n"
                 "Suomen Akatemia on myöntänyt yhteensä 18 miljoonan euron rahoituksen 32 tutkimushankkeelle.\n"
                 "Kotikulma-hanke päättyy vuonna 2026.")
    # the total of 32 projects is no sum of the page's project (nor is the page's project the receiver the sentence
    # names: it speaks of projects at large)
    assert not any(f.predicate == "funds" and f.amount is not None for f in ex.facts)
    assert not any(f.rule.startswith("funds:grant-verb") for f in ex.facts)


@needs_voikko
def test_package_total_is_no_projects_sum() -> None:
    ex = extract("Polkuja yhdessä -hanke\nLehtolan ja Mäkilän yhteinen Polkuja yhdessä -hanke on saanut avustuksen. "
                 "Avustuksen myönsi Pirkanmaan elinkeino-, liikenne- ja ympäristökeskus, ja se on osa kunnille "
                 "kohdennettua, yhteensä 5,4 miljoonan euron tukipakettia.")
    assert not any(f.predicate == "funds" and f.amount is not None for f in ex.facts)


@needs_voikko
def test_federation_receiving_a_grant_funds_no_project() -> None:
    ex = extract("Projektstöd hösten\nFöreningen Ljusglimt har fått stöd med 500 000 kronor för Dansa med oss.\n"
                 "Syftet med projektet Dansa med oss är att äldre ska röra sig mer.\n"
                 "Västerbottens Fotbollförbund har fått stöd med 400 000 kronor för Boll och lek.")
    labels = {iri: e.label for iri, e in ex.entities.items()}
    funders = {labels.get(f.subject, f.subject) for f in ex.facts if f.predicate == "funds"}
    assert not any("förbund" in s.lower() for s in funders)


@pytest.mark.parametrize("text, total", [
    ("Säätiö myönsi 2 miljoonan euron rahoituksen 32 tutkimushankkeelle.", True),
    # (in euros: "40 miljoner kronor" is no euro sum at all, tests/test_foreign_currency_sums.py)
    ("Arvsfonden beviljade 40 miljoner euro till 12 nyskapande projekt.", True),
    ("Säätiö myönsi 20 000 euroa vuonna 2023 hankkeelle.", False),  # a year is no count
    ("Säätiö myönsi 20 000 euroa Kotikulma-hankkeelle.", False),
])
def test_total_over_a_count_of_projects(text: str, total: bool) -> None:
    a = find_amounts(text)[0]
    assert not_granted_sum(text, a.start, a.end) is total


def test_count_before_the_sum_is_a_total_too() -> None:
    text = "Kehittämisavustusta myönnettiin 14 hankkeelle yhteensä 2,1 miljoonaa euroa."
    a = find_amounts(text)[0]
    assert not_granted_sum(text, a.start, a.end)


def test_count_in_words_before_the_projects() -> None:
    text = "Ministeriö on myöntänyt yhteensä 2 miljoonaa euroa kolmelle hankkeelle."
    a = find_amounts(text)[0]
    assert not_granted_sum(text, a.start, a.end)


@needs_voikko
def test_lead_total_over_several_different_projects_funds_none_of_them() -> None:
    ex = extract("Kuntayhteistyön avustukset\n\n"
                 "Kuntaministeri Liisa Ranta on myöntänyt avustusta yhteensä 600 000 euroa neljälle eri hankkeelle.\n\n"
                 "Lahden kaupungille myönnetään 150 000 euroa Avoin Lahti -hankkeeseen.\n\n"
                 "Avoin Lahti -hanke avaa kaupungin tietoja.")
    assert not any(f.predicate == "funds" and f.amount == 600000 for f in ex.facts)
    assert not any(f.rule == "funds:grant-verb" and f.evidence.text.startswith("Kuntaministeri") for f in ex.facts)


@pytest.mark.parametrize("text, total", [
    # a total over many receivers or purposes
    ("Säätiö jakoi tänä vuonna yhteensä 120 000 euroa apurahoina.", True),
    ("Hallitus on myöntänyt keväällä 64 000 euroa useisiin eri kohteisiin.", True),
    ("Apurahoja jaettiin yhteensä 95 000 euroa 40 hakijalle.", True),
    ("Avustuksia myönnettiin 2.140 hakijalle yhteensä 1.050.300 euroa.", True),
    ("Rahasto myönsi avustuksia kaikkiaan 70 000 euroa paikallisille järjestöille.", True),
    ("Stiftelsen delade ut totalt 2 miljoner kronor till 35 föreningar.", True),
    ("Fonden delade i år ut sammanlagt 900 000 kronor till lokala föreningar.", True),
    # one receiver's own grant, even with a word of a total or the plural essive
    ("Säätiö myönsi Kotikulma ry:lle 5 000 euroa.", False),
    ("Säätiö myönsi Kotikulma ry:lle 5 000 euroa apurahoina.", False),
    ("Säätiö myönsi hankkeelle yhteensä 60 000 euroa vuosille 2024-2026.", False),
    ("Säätiö myönsi 5 000 euroa yhdistykselle ja 3 000 euroa seuralle.", False),
    ("Säätiö myönsi 8 000 euroa toimintaan kolmen kunnan alueella.", False),
])
def test_total_over_many_receivers(text: str, total: bool) -> None:
    assert all(total_over_many(text, a.start, a.end) is total for a in find_amounts(text))


_PAGE = "Kotikulma-hanke\nKotikulma-hanke tukee nuoria Lehtolassa.\n"


@needs_voikko
@pytest.mark.parametrize("line", [
    "Lehtolan Säätiö jakoi tänä vuonna yhteensä 120 000 euroa apurahoina.",
    "Lehtolan Säätiö on myöntänyt alkuvuonna 80 000 euroa useisiin eri kohteisiin.",
    "Lehtolan Säätiö myönsi keväällä yhteensä 95 000 euroa 40 hakijalle.",
    "Lehtolan Säätiö myönsi avustuksia yhteensä 70 000 euroa paikallisille järjestöille.",
])
def test_funders_total_giving_is_no_grant_to_the_pages_project(line: str) -> None:
    ex = extract(_PAGE + line)
    # the sentence states the foundation's whole giving: no sum for any one receiver, and the page's project is
    # not said to get it
    assert not any(f.predicate == "funds" and f.amount is not None for f in ex.facts)
    assert not any(f.rule.startswith("funds:grant-verb") for f in ex.facts)


@needs_voikko
def test_swedish_total_to_many_associations_gives_no_sum() -> None:
    ex = extract("Projektet Dansa med oss\nProjektet Dansa med oss får äldre att röra sig.\n"
                 "Stiftelsen Ljusglimt delade ut totalt 2 miljoner kronor till 35 föreningar.")
    assert not any(f.predicate == "funds" and f.amount is not None for f in ex.facts)


@needs_voikko
@pytest.mark.parametrize("line, receiver, amount", [
    ("Lehtolan Säätiö myönsi Kotikulma ry:lle 5 000 euroa.", "Kotikulma ry", 5000),
    ("Lehtolan Säätiö on myöntänyt hankkeelle 45 000 euroa.", "Kotikulma", 45000),
    ("Lehtolan Säätiö myönsi Kotikulma-hankkeelle yhteensä 60 000 euroa vuosille 2024–2026.", "Kotikulma", 60000),
])
def test_single_grant_keeps_its_sum(line: str, receiver: str, amount: int) -> None:
    ex = extract(_PAGE + line)
    label = {iri: e.label for iri, e in ex.entities.items()}
    assert ("Lehtolan Säätiö", receiver, amount) in {
        (label[f.subject], label[f.object], f.amount) for f in ex.facts if f.predicate == "funds"}


@needs_voikko
@pytest.mark.parametrize("line, amount", [
    # a total over many, one receiver named among them: the receiver is funded, the sum is not its own
    ("Stiftelsen Ljusglimt delade ut totalt 200 000 euro till 35 föreningar, bland annat till Föreningen "
     "Ljuspunkten.", None),
    ("Stiftelsen Ljusglimt delade ut 20 000 euro till Föreningen Ljuspunkten.", 20000),
])
def test_named_receiver_among_many_gets_no_total(line: str, amount: int | None) -> None:
    ex = extract("Projektet Dansa med oss\nProjektet Dansa med oss får äldre att röra sig.\n" + line)
    label = {iri: e.label for iri, e in ex.entities.items()}
    assert ("Stiftelsen Ljusglimt", "Föreningen Ljuspunkten", amount) in {
        (label[f.subject], label[f.object], f.amount) for f in ex.facts if f.predicate == "funds"}


@needs_voikko
def test_finnish_receiver_among_counted_applicants_gets_no_total() -> None:
    ex = extract(_PAGE + "Lehtolan Säätiö myönsi yhteensä 95 000 euroa 40 hakijalle, muun muassa Kotikulma ry:lle.")
    assert not any(f.predicate == "funds" and f.amount is not None for f in ex.facts)


@pytest.mark.parametrize("text, total", [
    # what the money is spent on, in a relative clause, is no set of receivers sharing it
    ("Kotikulma ry saa tänä vuonna yhteensä 309 000 euroa, jotka kuluvat vertaistoimintaan perheille.", False),
    ("Kotikulma ry saa tänä vuonna yhteensä 309 000 euroa paikallisille perheille jaettavaksi.", True),
])
def test_relative_clause_after_the_sum_names_no_receivers(text: str, total: bool) -> None:
    a = find_amounts(text)[0]
    assert total_over_many(text, a.start, a.end) is total


def test_programme_keeps_the_total_over_its_projects() -> None:
    from welfare_kg.extract.model import Entity, Evidence, Fact
    from welfare_kg.extract.total_sums import total_sums_dropped

    text = "Ministeriö jakaa 28 kehittämishankkeelle yhteensä 6 miljoonaa euroa."
    ev = Evidence(text=text, start=0, end=len(text))
    facts = [Fact("min", "funds", "prog", ev, "funds:x", 0.8, amount=6000000),
             Fact("min", "funds", "proj", ev, "funds:x", 0.8, amount=6000000)]
    entities = {"prog": Entity("prog", "Programme", "Kehittämisohjelma"), "proj": Entity("proj", "Project", "Polku")}
    total_sums_dropped(facts, entities)
    # the programme is what the many projects make up: its sum stays; one project is not funded with all of it
    assert [f.amount for f in facts] == [6000000, None]


@needs_voikko
def test_total_with_no_receiver_is_no_projects_grant() -> None:
    # a granter's whole giving, called a total, with no receiver named: the page's project is at most one of many
    ex = extract("Kotikulma-hanke\nKotikulma-hanke tutkii nuorten arkea Vaasassa.\n"
                 "Suomen Akatemia myönsi yhteensä 30 miljoonaa euroa ilmaston ja talouden tutkimiseen.\n"
                 "Kotikulma-hanke päättyy vuonna 2026.")
    assert not any(f.rule == "funds:grant-verb" for f in ex.facts)


@needs_voikko
def test_the_same_sum_without_a_total_word_goes_to_the_pages_project() -> None:
    ex = extract("Kotikulma-hanke\nKotikulma-hanke tutkii nuorten arkea Vaasassa.\n"
                 "Suomen Akatemia myönsi 300 000 euroa tutkimukseen.\n"
                 "Kotikulma-hanke päättyy vuonna 2026.")
    assert any(f.rule == "funds:grant-verb" and f.amount == 300000 for f in ex.facts)
