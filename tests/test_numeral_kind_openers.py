"""A numeral opening a sentence before a joint authority kind counts the kind, it names no joint authority."""

from tests.helpers import entity_labels


def test_counted_hospital_districts_are_no_name() -> None:
    assert entity_labels("Neljän sairaanhoitopiirin hanke päättyi.", "JointAuthority") == set()


def test_counted_joint_authorities_are_no_name() -> None:
    assert entity_labels("Kahden kuntayhtymän yhteinen selvitys valmistui.", "JointAuthority") == set()


def test_a_place_genitive_still_opens_the_name() -> None:
    assert entity_labels("Satakunnan sairaanhoitopiirin kuntayhtymä tiedottaa.", "JointAuthority") \
        == {"Satakunnan sairaanhoitopiirin kuntayhtymä"}
