"""Each undertaking of a list gets its own partOf, and a bracket after an undertaking can name its whole
(extract/relations.py: `listed_with`, partOf:is-part-of, partOf:osana, partOf:inom-programme, partOf:apposed-part).

The sentences are invented for these tests; the programme is a real one from the bundled reference data.
"""

from __future__ import annotations

from tests.helpers import ID, extract

PROGRAMME = "programme/tulevaisuuden-sote-keskus-ohjelma"


def _part_of(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.removeprefix(ID), f.object.removeprefix(ID), f.rule)
            for f in extract(text).facts if f.predicate == "partOf"}


def _parts_of(text: str, whole: str, rule: str) -> set[str]:
    return {s for s, o, r in _part_of(text) if o == whole and r == rule}


def test_every_project_of_a_list_before_on_osa() -> None:
    text = "Kotona kylässä -hanke, Arjen apu -hanke ja Vahva perhe -hanke ovat osa Tulevaisuuden sote-keskus -ohjelmaa."
    assert len(_parts_of(text, PROGRAMME, "partOf:is-part-of")) == 3


def test_every_project_of_the_subject_list_before_osana() -> None:
    text = "Kotona kylässä -hanke ja Arjen apu -hanke toteutetaan osana Tulevaisuuden sote-keskus -ohjelmaa."
    assert len(_parts_of(text, PROGRAMME, "partOf:osana")) == 2


def test_a_project_named_with_kanssa_is_no_member_of_the_list() -> None:
    text = "Kotona kylässä -hanke toteutetaan Arjen apu -hankkeen kanssa osana Tulevaisuuden sote-keskus -ohjelmaa."
    parts = _parts_of(text, PROGRAMME, "partOf:osana")
    assert len(parts) == 1 and all("apu" not in p for p in parts)


def test_a_bracket_after_a_project_names_its_whole_whatever_the_case_of_the_part() -> None:
    found = _part_of("Kunta osallistuu Kotona kylässä -hankkeeseen (osa Arjen apu -hanketta) vuosina 2021-2023.")
    assert [(s, o) for s, o, r in found if r == "partOf:apposed-part"] \
        and all("apu" in o and "kyla" in s for s, o, r in found if r == "partOf:apposed-part")


def test_a_bracket_of_another_kind_names_no_whole() -> None:
    found = _part_of("Kunta osallistuu Kotona kylässä -hankkeeseen (mukana myös Arjen apu -hanke) vuosina 2021-2023.")
    assert not [f for f in found if f[2] == "partOf:apposed-part"]


def test_an_apposition_between_commas_with_the_whole_in_the_genitive_before_osahanke() -> None:
    found = _part_of("Kotona kylässä -hanke, Arjen apu -hankkeen osahanke, alkoi vuonna 2021.")
    assert [1 for s, o, r in found if r == "partOf:apposed-part" and "kyla" in s and "apu" in o]


def test_osa_before_a_genitive_is_a_share_of_something_else() -> None:
    """"A-hanke, osa B-hankkeen kumppaneista": "osa" of the partners, not of the project."""
    found = _part_of("Kotona kylässä -hanke, osa Arjen apu -hankkeen kumppaneista ja kunta tekevät yhteistyötä.")
    assert not [f for f in found if f[2] == "partOf:apposed-part"]


def test_a_programme_genitive_owns_each_project_listed_after_it() -> None:
    text = "Tulevaisuuden sote-keskus -ohjelman Kotona kylässä -hanke ja Arjen apu -hanke alkoivat vuonna 2021."
    assert len(_parts_of(text, PROGRAMME, "partOf:owner-programme")) == 2


def test_a_list_member_with_a_programme_genitive_of_its_own_is_that_programmes() -> None:
    text = ("Tulevaisuuden sote-keskus -ohjelman Kotona kylässä -hanke ja Suomen kestävän kasvun ohjelman Arjen apu "
            "-hanke alkoivat vuonna 2021.")
    assert len(_parts_of(text, PROGRAMME, "partOf:owner-programme")) == 1



def test_the_essive_osahankkeena_with_any_verb_names_the_whole_before_it() -> None:
    part, whole = "project/koto-kyla", "project/apu-arki"
    # the part in the nominative before the whole ("X toteutetaan Y-hankkeen osahankkeena")
    assert (part, whole, "partOf:sub-project-of") in _part_of(
        "Kotona kylässä -hanke toteutetaan Arjen apu -hankkeen osahankkeena vuosina 2030-2031.")
    # the part after the essive, in the partitive, when no project stands before ("A toteuttaa Y:n osahankkeena X:ää")
    assert (part, whole, "partOf:sub-project-of") in _part_of(
        "Kuopion kaupunki toteuttaa Arjen apu -hankkeen osahankkeena Kotona kylässä -hanketta.")
    # the whole alone, no project on either side: nothing
    assert not _part_of("Kaupunki osallistuu Arjen apu -hankkeen osahankkeena vuosina 2030-2031.")
