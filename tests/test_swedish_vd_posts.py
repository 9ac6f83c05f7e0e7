"""Swedish prose writes the managing director's title in capitals as often as not: "säger N, VD för X" is a post in X
as "vd för X" is (session 35 output audit a38: a UAS's news on an agreement with an association).

The sentence is invented; the association is a real one of the reference data.
"""

from __future__ import annotations

from helpers import titled_posts


def test_a_capitalised_vd_before_for_and_the_organisation_is_a_post_there() -> None:
    found = titled_posts("– Samarbetet är viktigt för oss, säger Karl Nyholm, VD för Samfundet Folkhälsan.")
    assert any(person == "Karl Nyholm" and "Folkhälsan" in org for person, org, _post in found)
