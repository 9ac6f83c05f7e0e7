"""A grant sentence's sum that belongs to more than the one project: the whole package the grant is part of ("osa
... N miljoonan euron tukipakettia", "en del av ett stödpaket på N euro") or the total over a count of projects
("N euron rahoituksen 30 tutkimushankkeelle"); and a Swedish federation compound ("Fotbollförbund"), which receives
grants, is no funder kind. All names are invented."""

from __future__ import annotations

import pytest
from helpers import extract

from tests.helpers import needs_voikko
from welfare_kg.extract.money import find_amounts, not_granted_sum


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
    ("Arvsfonden beviljade 40 miljoner kronor till 12 nyskapande projekt.", True),
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
