"""A research consortium named with its acronym ("FLUX-konsortio") is a project, and the research-council news that
names it keeps its funders apart: a university whose researchers lead the consortia ("X:n johtamia") or that the
projects come from ("X:stä rahoituksen sai 15 hanketta") funds nothing, and a sum handed out to receivers in the
plural ("jakoi konsortioille yhteensä N euroa") is no one project's sum. All names are invented."""

from __future__ import annotations

from helpers import extract, needs_voikko

pytestmark = needs_voikko


def _named(ex, typ: str) -> set[str]:
    return {e.label for e in ex.entities.values() if e.type == typ}


def _funders(ex) -> set[str]:
    labels = {iri: e.label for iri, e in ex.entities.items()}
    return {labels.get(f.subject, f.subject) for f in ex.facts if f.predicate == "funds"}


def test_acronym_consortium_is_a_project() -> None:
    ex = extract("Professori Anna Virran johtama KUVIO-konsortio tutkii ikääntyvien asumista Kuopiossa.")
    assert "KUVIO" in _named(ex, "Project")


def test_unnamed_consortium_is_no_project() -> None:
    ex = extract("Tutkimuskonsortiossa on mukana tutkijoita Oulun yliopistosta ja Lapin yliopistosta.")
    assert not _named(ex, "Project")


def test_university_leading_the_funded_consortia_is_no_funder() -> None:
    ex = extract("STN rahoittaa Itä-Suomen yliopiston johtamia tutkimuskonsortioita 9 miljoonalla\n\n"
                 "Itä-Suomen yliopiston tutkijoiden johtamat hankkeet saavat yhteensä 9 miljoonan euron rahoituksen "
                 "Strategisen tutkimuksen neuvostolta.\n\n"
                 "Professori Anna Virran johtama KUVIO-konsortio sai 2,1 miljoonan rahoituksen, professori Jussi "
                 "Mäen johtama SOLMU-konsortio 3,0 miljoonan rahoituksen.")
    assert not any("yliopisto" in s.lower() for s in _funders(ex))


def test_university_the_projects_come_from_is_no_funder() -> None:
    ex = extract("Turun yliopisto sai 15 akatemiahanketta\n\n"
                 "Suomen Akatemia on myöntänyt rahoituksen 59 akatemiahankkeelle. Turun yliopistosta akatemiahankkeen "
                 "rahoituksen sai 12 hanketta ja konsortion osahanketta.\n\nARVO-konsortio: Arvo hoivassa\n\n"
                 "Professori Anna Virran johtama hanke tarkastelee hoivan arvoa.")
    assert not any("yliopisto" in s.lower() for s in _funders(ex))


def test_sum_to_receivers_in_the_plural_is_no_projects_sum() -> None:
    ex = extract("KUVIO-konsortio tutkii perheitä\n\nTurun yliopiston tutkijat saavat rahoitusta.\n\n"
                 "Suomen Akatemian yhteydessä toimiva STN jakoi tutkimuskonsortioille yhteensä 31 miljoonaa euroa.\n\n"
                 "Professori Anna Virran johtama KUVIO-konsortio tutkii perheitä. KUVIO-konsortio aloittaa syksyllä.")
    assert any(f.predicate == "funds" for f in ex.facts)
    assert not any(f.predicate == "funds" and f.amount is not None for f in ex.facts)
