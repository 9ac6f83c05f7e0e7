"""A funder's "osuus" with its own grant's sum is that grant, not a contribution (granted_shares.py); a town's
"kuntaosuus" may be read both ways and stays."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import extract, needs_voikko


def _facts(text: str) -> set[tuple[str, str, Decimal | None]]:
    ex = extract(text, "news")
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], f.predicate, f.amount) for f in ex.facts if f.predicate in {"funds", "contributes"}}


@needs_voikko
def test_a_granted_share_is_no_contribution() -> None:
    found = _facts("Osallisuus arkeen -hanke\n\nHanke toteutetaan vuosina 2023–2024. Hankkeen kokonaisbudjetti on "
                   "200 000 euroa, josta Kainuun liiton myöntämän EAKR-rahoituksen osuus on 160 000 euroa.\n")
    assert ("Kainuun liitto", "funds", Decimal("160000")) in found
    assert not any(p == "contributes" and s == "Kainuun liitto" for s, p, _ in found)


@needs_voikko
def test_a_programme_naming_the_money_granted_receives_none() -> None:
    """"Maakuntahallitus myönsi AKKE-rahoitusta seuraaville hankkeille:": AKKE names the money, the rows receive."""
    ex = extract("Lapin liitto\nMaakuntahallitus 4.3.2024\n\nMaakuntahallitus myönsi AKKE-rahoitusta seuraaville "
                 "hankkeille:\n1. Arktinen hyvinvointi -hanke (Lapin yliopisto), 180 000 €\n2. Kylien palvelut -hanke "
                 "(Kemijärven kaupunki), 95 000 €", "minutes")
    funded = {ex.entities[f.object].type for f in ex.facts if f.predicate == "funds"}
    assert funded == {"Project"}


def test_the_cost_of_what_is_funded_is_no_sum_of_the_grant() -> None:
    from tests.helpers import labelled_grants

    text = ("Kuhmon kaupunginhallitus päätti myöntää rahoitusta Ampumaradan kunnostus -hankkeeseen, jonka "
            "kokonaiskustannusarvio on 150 000 euroa.")
    grants = labelled_grants(text, kind="minutes")
    assert grants and all(amount is None for _g, _r, amount in grants), grants
