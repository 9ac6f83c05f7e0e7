"""A municipality's share in minutes: the period total, not its restatement per year, and no share of a collective.

"Kunnan osuus ohjelmakaudelta on N euroa eli M euroa vuodessa" states one share twice: the share is N. A budget's
"kuntien rahoitusosuus" or "yksityisen osuus" belongs to all municipalities or the private side, not to the
municipality whose minutes these are. Written for these tests: real municipalities, an invented action group and
invented projects.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def _contributions(text: str) -> list[tuple[str, str, float | None]]:
    ex = extract_document(record(text, kind="minutes"))
    labels = {iri: e.label for iri, e in ex.entities.items()}
    return [(labels.get(f.subject, f.subject), labels.get(f.object, f.object), f.amount) for f in ex.facts
            if f.predicate == "contributes"]


PERIOD_SHARE = """Kunnanhallitus, kokous 3.3.2025

§ 12 Osallistuminen Leader-ohjelmaan

Perustelut

Kehittämisyhdistys Tuohikas ry toteuttaa Leader-ohjelmaa Kuhmoisten, Padasjoen ja Sysmän kunnissa.
Kuhmoisten kunnan osuus Kirjokas-hankkeesta on 84 000 euroa eli 12 000 euroa vuodessa.

Päätösehdotus

Kunnanhallitus päättää osallistua Leader-ohjelmaan.
"""


def test_the_share_is_the_period_total_not_its_yearly_restatement() -> None:
    amounts = {a for _, _, a in _contributions(PERIOD_SHARE)}
    assert 84000 in amounts, amounts
    assert 12000 not in amounts, amounts


YEARLY_AFTER_COMMA = """Kunnanhallitus, kokous 3.3.2025

§ 13 Leader-ohjelman kuntaraha

Perustelut

Kuhmoisten kunnan rahoitusosuus Kirjokas-hankkeeseen olisi yhteensä 70 000 euroa, jolloin vuosittainen osuus olisi
14 000 euroa.
"""


def test_a_yearly_share_after_jolloin_is_no_second_share() -> None:
    amounts = {a for _, _, a in _contributions(YEARLY_AFTER_COMMA)}
    assert 70000 in amounts and 14000 not in amounts, amounts


COLLECTIVE = """Kuhmoisten kunta
Kunnanhallitus, kokous 3.3.2025

§ 14 Leader-ohjelman rahoitus

Perustelut

Leader-ohjelman julkisen rahoituksen budjetti on 2 500 000 euroa, josta kuntien rahoitusosuus on 500 000 euroa.
Rahoituskehys on 4 000 000 euroa, josta yksityisen osuus on 35 % (1 400 000 euroa).
"""


def test_a_collective_share_is_not_the_municipalitys_own() -> None:
    amounts = {a for _, _, a in _contributions(COLLECTIVE)}
    assert not amounts & {500000, 1400000, 2500000, 4000000}, amounts


TWO_SHARES = """Kunnanhallitus, kokous 3.3.2025

§ 15 Kuntaosuus

Kuhmoisten kunnan osuus Hoivapolku-hankkeesta on 3 000 euroa ja 2 000 euroa ensi vuonna.
"""


def test_sums_that_are_not_restatements_are_kept() -> None:
    found = _contributions(TWO_SHARES)
    assert found, found


OTHERS_AFTER = """Kunnanhallitus, kokous 3.3.2025

§ 14 Tuulivoimahankkeen kuntarahoitus

Perustelut

Hankkeen kokonaiskustannusarvio on 120 000 €. Kajaanin kaupungin omarahoitus Tuulitieto-hankkeessa on 9 000 € (7,5 %)
ja kuntien (Paltamo, Sotkamo) rahoitusta 21 000 € (17,5 %).
"""


def test_a_sum_after_other_parties_joined_on_is_not_the_owners() -> None:
    amounts = {a for who, _, a in _contributions(OTHERS_AFTER) if who.startswith("Kajaani")}
    assert 9000 in amounts, amounts
    assert 21000 not in amounts, amounts


BY_YEAR = """Kunnanhallitus, kokous 3.3.2025

§ 15 Tuulitieto-hankkeen kuntaosuus

Perustelut

Kajaanin kaupungin osuus Tuulitieto-hankkeesta on 12 000 €. Vuonna 2024 kaupungin rahoitusosuus on 5 000 € ja
vuonna 2025 7 000 €.
"""


def test_a_share_told_year_by_year_states_no_year_as_the_whole() -> None:
    amounts = {a for _, _, a in _contributions(BY_YEAR)}
    assert 12000 in amounts, amounts
    assert not amounts & {5000, 7000}, amounts
