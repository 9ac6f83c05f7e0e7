"""Hospital districts named by their SHP abbreviations (extract/hospital_districts.py). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.hospital_districts import district_initials


def typed(text: str) -> set[tuple[str, str]]:
    ex = extract_document(record(text))
    return {(e.type, e.label) for e in ex.entities.values()}


@pytest.mark.parametrize(("label", "acronym"), [
    ("Etelä-Karjalan sairaanhoitopiiri", "EKSHP"),
    ("Pohjois-Savon sairaanhoitopiiri", "PSSHP"),
    ("Lapin sairaanhoitopiiri", "LSHP"),
    ("Helsingin ja Uudenmaan sairaanhoitopiiri", None),
    ("Etelä-Karjalan sosiaali- ja terveyspiiri", None),
])
def test_initials_of_a_district_name(label: str, acronym: str | None) -> None:
    assert district_initials(label) == acronym


def test_unknown_district_abbreviation_is_a_joint_authority_not_an_association() -> None:
    got = typed("Hanketta rahoittavat XYSHP ja Kokkolan kaupunki.")
    assert ("JointAuthority", "XYSHP") in got
    assert not {t for t in got if t[0] in {"Association", "Company"}}


def test_abbreviation_no_rule_read_is_found() -> None:
    got = typed("Hankkeeseen osallistuivat QZSSHP ja Joensuun kaupunki.")
    assert ("JointAuthority", "QZSSHP") in got


def test_abbreviation_by_a_district_name_of_the_reference_data_is_that_authority() -> None:
    got = typed("Hankkeen hallinnoijana toimii EKSHP.")
    joint = {t for t in got if t[0] == "JointAuthority"}
    assert joint and not {t for t in joint if t[1] == "EKSHP"}


def test_abbreviation_in_the_genitive_before_a_post_names_no_unit() -> None:
    got = typed("KPSHP:n edustajana toimi Maija Mäkinen.")
    assert any(t[0] == "JointAuthority" for t in got)
    assert not {t for t in got if t[0] == "Body"}


def test_other_capitals_are_no_district() -> None:
    got = typed("Hanketta rahoittaa SHPK ja Kokkolan kaupunki.")
    assert not {t for t in got if t[0] == "JointAuthority"}
