"""Grant tables of receiver, sum and title columns (extract/sum_column_titles.py)."""

from __future__ import annotations

from tests.helpers import extract

TABLE = ("Aluehallintovirastot ovat myöntäneet avustuksia kylien liikuntahankkeille.\n\n"
         "Myönnetyt avustukset:\n\n"
         "Kajaanin kaupunki 12 000 €        #kylätliikkeelle\n"
         "Paltamon kunta 8 500 €                Voimaa arkeen 2.0\n"
         "Ristijärven kunta 4 000 €       Polut kuntoon\n")


def _facts(text: str) -> set[tuple[str, str, str]]:
    ex = extract(text)
    return {(ex.entities[f.subject].label, f.predicate, ex.entities[f.object].label) for f in ex.facts}


def test_the_title_column_is_the_receivers_project() -> None:
    facts = _facts(TABLE)
    assert ("Kajaani", "coordinates", "#kylätliikkeelle") in facts
    assert ("Paltamo", "coordinates", "Voimaa arkeen 2.0") in facts
    assert ("Ristijärvi", "coordinates", "Polut kuntoon") in facts


def test_the_sum_still_goes_to_the_receiver_opening_the_row() -> None:
    ex = extract(TABLE)
    sums = {(ex.entities[f.object].label, f.amount) for f in ex.facts if f.predicate == "funds"}
    assert ("Kajaani", 12000) in sums and ("Paltamo", 8500) in sums


def test_one_row_or_a_single_space_is_no_table() -> None:
    one = "Kajaanin kaupunki 12 000 €        Polut kuntoon\n"
    assert not any(p == "coordinates" for _s, p, _o in _facts(one))
    narrow = "Kajaanin kaupunki 12 000 € Polut kuntoon\nPaltamon kunta 8 500 € Voimaa arkeen\n"
    assert not any(p == "coordinates" for _s, p, _o in _facts(narrow))
