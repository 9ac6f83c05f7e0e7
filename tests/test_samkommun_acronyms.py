"""A joint authority called by its acronym as the owner of its own organ is that joint authority
(extract/swedish_joint_authorities.py, samkommun_acronym_mentions), on invented minutes."""

from __future__ import annotations

from tests.helpers import ID, extract


def _found(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    ex = extract(text, kind="minutes")
    labels = {(e.label, e.type) for e in ex.entities.values()}
    facts = {(f.subject.removeprefix(ID), f.predicate, f.object.removeprefix(ID)) for f in ex.facts}
    return labels, facts


def test_an_acronym_after_an_organ_of_a_samkommun_is_the_joint_authority() -> None:
    labels, facts = _found("Samkommunstämman väljer en samkommunstyrelse för VÄSKO.\nStyrelsen har nio ledamöter.\n")
    assert ("VÄSKO", "JointAuthority") in labels, labels
    assert any(p == "partOf" and o.endswith("vasko") for _s, p, o in facts), facts


def test_a_finnish_acronym_owning_a_joint_authoritys_board_is_the_joint_authority() -> None:
    labels, _facts = _found("PKY:n yhtymähallitus kokoontui maanantaina.\n")
    assert ("PKY", "JointAuthority") in labels, labels


def test_an_acronym_after_another_board_is_no_joint_authority() -> None:
    labels, _facts = _found("Styrelsen för VÄSKO sammanträdde i går.\n")
    assert ("VÄSKO", "JointAuthority") not in labels, labels
