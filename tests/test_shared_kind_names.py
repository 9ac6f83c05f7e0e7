"""Two towns' genitives sharing one plural kind word name two organisations (extract/shared_kind_names.py)."""

from __future__ import annotations

from helpers import ID, extract


def _orgs(text: str) -> dict[str, str]:
    return {i.removeprefix(ID): e.type for i, e in extract(text, kind="news").entities.items()}


def test_two_towns_sharing_a_plural_kind_are_two_associations() -> None:
    orgs = _orgs("Apurahoja jakavat Ikaalisten ja Luopioisten säästöpankkisäätiöt vuosittain.")
    assert orgs.get("association/ikaalisten-saastopankkisaatio") == "Association", orgs
    assert orgs.get("association/luopioisten-saastopankkisaatio") == "Association", orgs
    assert "municipality/143" not in orgs and "municipality/439" not in orgs, orgs


def test_countries_sharing_a_plural_kind_speak_of_the_kind() -> None:
    orgs = _orgs("Suomen ja Ruotsin kyläyhdistykset tapasivat Tukholmassa.")
    assert not any(i.startswith("association/") for i in orgs), orgs


def test_a_plural_that_is_no_kind_of_association_leaves_the_towns() -> None:
    orgs = _orgs("Lapuan ja Kauhavan koulut aloittivat syyskuussa.")
    assert not any(i.startswith("association/") for i in orgs), orgs
