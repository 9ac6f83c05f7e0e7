"""A special care district (erityishuoltopiiri) named by its region is a joint authority, as a hospital district is."""

from tests.helpers import entity_labels


def test_region_genitive_and_the_district_kind() -> None:
    text = "Vuonna 1970 perustettiin Kaakkois-Lapin Erityishuoltopiiri ja sen keskuslaitos."
    assert "Kaakkois-Lapin Erityishuoltopiiri" in entity_labels(text, "JointAuthority")


def test_inflected_district() -> None:
    text = "Kunta teki sopimuksen Pohjois-Karjalan erityishuoltopiirin kanssa."
    assert "Pohjois-Karjalan erityishuoltopiiri" in entity_labels(text, "JointAuthority")
