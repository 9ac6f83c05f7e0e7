"""One IRI for one thing however a document writes it (issue 12's cross-document resolution): a sub-region
written as a town's "seutu" or a Swedish "-trakten" (extract/subregion_keys.py), an association's kind word apart
or glued (extract/resolve.py), a national association named by a branch's "SPR:n" (extract/entities.py) and a
reference place in a card's area field (extract/area_field_names.py). Invented sentences."""
from __future__ import annotations

import pytest

from tests.helpers import extract, needs_voikko
from welfare_kg.extract.resolve import association_key, mint
from welfare_kg.extract.subregion_keys import cooperation_area_key

_AREA = "https://w3id.org/welfare-kg/id/cooperation-area/"


@pytest.mark.parametrize(("key", "subregion"), [
    ("turun-seutu", "turun-seutukunta"),  # "Turun seutu": the town's "seutu" is its sub-region
    ("turun-seutukunta", "turun-seutukunta"),
    ("abotrakten", "turun-seutukunta"),  # Swedish: the town (Åbo) and -trakten
    ("nystadsomradet", "vakka-suomen-seutukunta"),  # "Nystadsregionen" is Vakka-Suomi's Swedish name
    ("pietarsaaren-seutukunta", "jakobstadsregionen"),  # the Finnish name of a Swedish-named sub-region
    ("vakka-suomen-seutu", "vakka-suomen-seutukunta"),
])
def test_a_sub_regions_writings_meet_at_its_reference_key(key: str, subregion: str) -> None:
    assert cooperation_area_key(key) == subregion
    assert mint("CooperationArea", key) == _AREA + subregion


@pytest.mark.parametrize("key", ["kuusamon-ja-posion-yhteistoiminta-alue", "heinolan-seutu", "kylatrakten"])
def test_an_area_no_sub_region_is_named_by_keeps_its_key(key: str) -> None:
    assert cooperation_area_key(key) == key


def test_an_associations_kind_word_apart_or_glued_is_one_key() -> None:
    assert association_key("uudenmaan-esimerkki-yhdistys") == association_key("uudenmaan-esimerkkiyhdistys")
    assert association_key("kylan-tuki-seura-ry") == "kylan-tukiseura"
    assert association_key("kuurojen-liitto") == "kuurojen-liitto"  # a genitive and a noun: no compound
    assert association_key("yhdistys") == "yhdistys"  # a kind word alone stays


@needs_voikko
def test_a_branch_by_acronym_keeps_its_national_association() -> None:
    ex = extract("Osuuspankki lahjoitti 2 000 euroa SPR:n Loimaan osastolle ja MLL:n Loimaan osastolle.")
    iris = {e.iri.rsplit("/", 2)[-2] + "/" + e.iri.rsplit("/", 1)[-1] for e in ex.entities.values()}
    assert {"association/spr", "association/mll"} <= iris


@needs_voikko
def test_a_branch_by_a_full_names_genitive_is_the_branch_alone() -> None:
    ex = extract("Avustuksen saivat Esimerkki ry ja Suomen Punaisen Ristin Loimaan osasto.")
    assert not any(e.iri.endswith("/association/spr") for e in ex.entities.values())


@needs_voikko
def test_a_reference_place_in_an_area_field_is_the_reference_one() -> None:
    from welfare_kg.extract.area_field_names import area_field_places
    from welfare_kg.extract.morphology import get_morphology

    text = "Maakunnat: Uusimaa, Ylä-Esimerkkilä"
    start = text.index(":") + 2
    found = {m.label: m.iri for m in area_field_places(text, start, len(text), [], get_morphology())}
    assert found["Uusimaa"].endswith("/region/01")  # the reference region, not one minted from the name
    assert found["Ylä-Esimerkkilä"].endswith("/cooperation-area/yla-esimerkkila")  # no reference place: minted
