"""A municipality's welfare group as a body (data/body_heads.csv hyvinvointiryhmä). All names are invented."""

from __future__ import annotations

from tests.helpers import entity_labels, needs_voikko

pytestmark = needs_voikko


def test_a_capitalised_welfare_group_is_a_body_of_the_city_and_the_bare_word_is_a_kind() -> None:
    text = ("Esimerkkilän kaupungissa hyvinvointityö on organisoitu Hyvinvointiryhmään. Hyvinvointiryhmän nimeää "
            "kaupunginjohtaja.\n\nKunnissa toimii usein hyvinvointiryhmä.\n")
    bodies = entity_labels(text, "Body")
    assert any(b.endswith("Hyvinvointiryhmä") or b.endswith("hyvinvointiryhmä") for b in bodies), bodies


def test_bodies_listed_with_the_citys_first_body_are_the_citys_too() -> None:
    from tests.helpers import record
    from welfare_kg.extract.document import extract_document

    text = ("§ 12 Hyvinvointityön ryhmät\n\nPäätöksen tekijä\n\nKaupunginjohtaja\n\nKuvaus\n\n"
            "Kuopion kaupungissa hyvinvointityö on jaettu Hyvinvointiryhmälle, Hyvinvointitiimille sekä "
            "Lasten ja nuorten asioiden ohjausryhmälle (LANU).\n")
    ex = extract_document(record(text, kind="minutes"))
    tied = {ex.entities[f.subject].label.lower() for f in ex.facts
            if f.rule == "partOf:body-of" and f.subject in ex.entities}
    assert any("hyvinvointiryhmä" in t for t in tied) and any("ohjausryhmä" in t for t in tied), tied


def test_a_countys_partnership_table_is_its_body_and_the_bare_word_a_kind() -> None:
    text = ("Esimerkkilän hyvinvointialueen aluehallitus vahvisti järjestöjen kumppanuuspöydän tehtävät.\n\n"
            "Kumppanuuspöytä on monissa maakunnissa tuttu yhteistyön muoto.\n")
    bodies = entity_labels(text, "Body")
    assert any("kumppanuuspöytä" in b.lower() and " " in b for b in bodies), bodies
