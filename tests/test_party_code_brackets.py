"""A protocol's list of members writes each one's party in brackets ("Anna X (S)"); where known parties fill
those brackets, an unknown short code in capitals there (a local or an old party's abbreviation) is a party too,
never an employer (extract/organisation_names.py `_orgs_in_person_lists`). Invented people and codes."""

from __future__ import annotations

from helpers import needs_voikko, typed_labels


@needs_voikko
def test_unknown_codes_among_party_brackets_are_no_organisations() -> None:
    text = ("Beslutande Karin Lindqvist (S) ordf. Olof Ekberg (M) Sara Holm (QP) Nils Dahl (C) Maja Falk (XP) "
            "Eva Strand (V)")
    got = typed_labels(text, kind="minutes")
    assert not any(label in {"QP", "XP"} for _t, label in got), got


@needs_voikko
def test_bracketed_employers_without_parties_are_still_read() -> None:
    text = ("Styrgruppen: Karin Lindqvist (Vårdhemmet Solrosen), Olof Ekberg (Byalaget Norrvik), "
            "Sara Holm (Föreningen Aktiva) och Nils Dahl (Byalaget Norrvik).")
    got = typed_labels(text)
    assert any(label.startswith("Byalaget") for _t, label in got), got
