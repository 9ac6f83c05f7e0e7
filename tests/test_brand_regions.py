"""A coined brand followed by a region's name is one organisation, the brand's regional branch
(extract/brand_regions.py), on invented sentences; a project word after the pair keeps the project reading."""

from __future__ import annotations

from tests.helpers import typed_labels


def test_a_brand_and_a_region_are_one_association() -> None:
    got = typed_labels("Kurssin järjestää MaaVeto Lappi yhdessä Rovaniemen kaupungin kanssa.")
    assert ("Association", "MaaVeto Lappi") in got, got
    assert ("Project", "MaaVeto") not in got and ("Region", "Lappi") not in got, got


def test_the_branch_inflects_on_the_region_and_keeps_its_base_form() -> None:
    got = typed_labels("Sopimus tehtiin MaaVeto Etelä-Savon kanssa viime vuonna.")
    assert ("Association", "MaaVeto Etelä-Savo") in got, got


def test_a_project_word_after_the_pair_leaves_the_project_reading() -> None:
    got = typed_labels("Mukana on MaaVeto Lappi -hanke, joka alkoi keväällä.")
    assert not any(typ == "Association" for typ, _label in got), got


def test_a_region_in_a_local_case_after_a_brand_is_where_it_works() -> None:
    got = typed_labels("Kurssin järjestää MaaVeto Lapissa ensi keväänä.")
    assert not any(label.startswith("MaaVeto L") for _typ, label in got), got
