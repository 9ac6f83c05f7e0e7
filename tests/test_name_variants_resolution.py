"""Written variants that left one real organisation under two IRIs across documents (issue 12's cross-document
resolution): an elided first part glued to its conjunction, a town whose genitive is also a common noun's form
before its own board, and a joint authority's compound kind word before its name in the genitive."""

from __future__ import annotations

from helpers import ID, extract


def _iris(text: str, kind: str = "news") -> set[str]:
    return {i.removeprefix(ID) for i in extract(text, kind=kind).entities}


def test_an_elided_part_glued_to_its_conjunction_is_the_known_name() -> None:
    iris = _iris("Hanketta rahoittaa Sosiaali-ja terveysministeriö. Haun avasi Maa-ja metsätalousministeriö.")
    assert {"ministry/stm", "ministry/mmm"} <= iris, iris


def test_a_glued_hyphen_that_continues_no_known_name_adds_nothing() -> None:
    iris = _iris("Kylän talkoo-ja juhlatoimikunta kokoontui.")
    assert not any(i.startswith("ministry/") for i in iris), iris


def test_a_town_genitive_also_read_as_a_common_noun_opens_its_own_board() -> None:
    # "Porin" is also an instructive of "pora" (drill); the town's board word after it says it is the town
    iris = _iris("Porin kaupunginhallitus myönsi avustukset järjestöille.")
    assert "municipality/609" in iris and "body/609-kunnanhallitus" in iris, iris


def test_the_common_noun_reading_still_stands_without_a_town_word() -> None:
    iris = _iris("Porin kone pysähtyi.")
    assert "municipality/609" not in iris, iris


def test_a_compound_kind_of_joint_authority_is_no_part_of_its_key() -> None:
    from welfare_kg.extract.resolve import mint

    bare = mint("JointAuthority", "karviainen")
    assert mint("JointAuthority", "perusturvakuntayhtyma-karviainen") == bare
    assert mint("JointAuthority", "peruskuntayhtyma-karviainen") == bare


def test_a_joint_authority_named_by_a_common_noun_in_the_genitive_after_its_kind() -> None:
    iris = _iris("Palveluja tuotetaan yhteistyössä Vihdin kunnan ja Peruskuntayhtymä Mansikan kanssa.")
    assert "joint-authority/mansikka" in iris, iris
