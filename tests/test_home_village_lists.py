"""A list of people each with a word after a comma or in brackets: an employer when the known words there are
organisations, a home village when they are towns (extract/organisation_names.py `_orgs_in_person_lists`).
The lists are written for these tests (invented people and villages)."""

from __future__ import annotations

from tests.helpers import needs_voikko, typed_labels


@needs_voikko
def test_villages_beside_towns_in_a_board_list_are_no_companies() -> None:
    text = ("Hallitukseen valittiin seuraavat henkilöt: Aila Kettunen, Ylämökki (Tuomo Laine, Porvoo) Sirpa "
            "Rautio, Alakärppä (Olli Nurmi, Loviisa) Pia Hakala, Ylämökki (Arto Vainio, Pukkila).")
    got = typed_labels(text)
    assert not any(label in {"Ylämökki", "Alakärppä"} for _t, label in got), got


@needs_voikko
def test_employers_beside_known_organisations_are_still_read() -> None:
    text = ("Ohjausryhmään kuuluvat Seppo Virta, Espoon kaupunki, Anna Lehto, Tredexa, Aino Salo, Turun kaupunki "
            "ja Ville Koivu, Tredexa.")
    got = typed_labels(text)
    assert any(label == "Tredexa" and t in {"Company", "Association"} for t, label in got), got
