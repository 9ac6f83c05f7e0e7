"""Sub-regions written with one plural head for all conjuncts (extract/subregion_conjuncts.py)."""

from __future__ import annotations

from helpers import ID, extract, fact_pairs

SALO_AREA, LOIMAA_AREA = ID + "cooperation-area/salon-seutukunta", ID + "cooperation-area/loimaan-seutukunta"
NIVALA_AREA = ID + "cooperation-area/nivala-haapajarven-seutukunta"
SALO = ID + "municipality/734"


def _types(text: str) -> dict[str, str]:
    return {iri: e.type for iri, e in extract(text).entities.items()}


def test_a_town_genitive_before_a_shared_plural_head_is_the_town_s_sub_region() -> None:
    text = "Kylätalot-hanke toimii Salon ja Loimaan seutukuntien alueella."
    types = _types(text)
    assert types.get(SALO_AREA) == "CooperationArea" and types.get(LOIMAA_AREA) == "CooperationArea"
    assert SALO not in types
    project = next(iri for iri, t in types.items() if t == "Project")
    assert {(project, SALO_AREA), (project, LOIMAA_AREA)} <= fact_pairs(text, "coversArea")


def test_a_double_name_of_a_reference_sub_region_is_read() -> None:
    text = "Maaseutuyhdistys Kantola ry jakaa tukea Nivala-Haapajärven ja Ylivieskan seutukuntien kylille."
    assert _types(text).get(NIVALA_AREA) == "CooperationArea"


def test_a_singular_head_leaves_the_town_a_town() -> None:
    text = "Kylätalot-hanke toimii Salossa ja Loimaan seutukunnassa."
    types = _types(text)
    assert types.get(SALO) == "Municipality" and SALO_AREA not in types


def test_commas_before_the_conjunction_carry_the_head_further() -> None:
    text = "Kylätalot-hanke toimii Kuopion, Iisalmen ja Varkauden seutukunnissa."
    types = _types(text)
    assert {ID + "cooperation-area/kuopion-seutukunta", ID + "cooperation-area/iisalmen-seutukunta"} <= set(types)
