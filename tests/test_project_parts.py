"""The listed parts of a project and the runners of its parts belong to it (extract/project_parts.py), on invented
pages: sub-projects listed after a counted or plural part word are partOf the document's project, the organisations
listed as the parts' runners take part in it; a part word in the singular, or a sentence naming two wholes, gives
nothing."""

from __future__ import annotations

from tests.helpers import ID, extract, triples

HEAD = "Kesä Maalla\n\nKesä Maalla – ikäihmisten lomatoiminnan kehittäminen\n\n"


def _rules(text: str) -> set[tuple[str, str, str, str]]:
    return {(f.subject.removeprefix(ID), f.predicate, f.object.removeprefix(ID), f.rule) for f in extract(text).facts}


def test_counted_sub_projects_are_parts_of_the_page_project() -> None:
    rules = _rules(HEAD + "Hankkeella on kaksi osahanketta: Kesä Kaupungissa ja Talvi Maalla. Hanke päättyy 2025.")
    parts = {(s, o) for s, p, o, r in rules if r == "partOf:listed-parts"}
    assert parts == {("project/kaupunki-kesa", "project/kesa-maa"), ("project/maa-talvi", "project/kesa-maa")}, rules


def test_runners_of_the_parts_take_part_in_the_whole() -> None:
    text = ("Kesä Maalla -päähankkeen toteuttaja on Jyväskylän yliopisto ja osahankkeiden toteuttajina Jyväskylän "
            "kaupunki ja Kajaanin kaupunki. Kesä Maalla -hanke alkoi 2023.")
    found = triples(extract(text))
    assert ("municipality/179", "participatesIn", "project/kesa-maa") in found, found
    assert ("municipality/205", "participatesIn", "project/kesa-maa") in found, found


def test_a_single_part_or_two_wholes_give_nothing() -> None:
    # one sub-project named with its whole is partOf:sub-project's to read, not a list of parts
    rules = _rules(HEAD + "Hankkeen osahanke Talvi Maalla alkaa syksyllä. Hanke päättyy 2025.")
    assert not [r for r in rules if r[3] == "partOf:listed-parts"], rules
    rules = _rules("Alfa-hanke ja Beeta-hanke alkoivat. Alfa-hankkeella ja Beeta-hankkeella on kaksi osahanketta: "
                   "Kesä Kaupungissa ja Talvi Maalla.")
    assert not [r for r in rules if r[3] == "partOf:listed-parts"], rules


def _labelled(text: str, rule: str) -> set[tuple[str, str]]:
    ex = extract(text)
    return {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts
            if f.rule == rule and f.subject in ex.entities and f.object in ex.entities}


TWICE = "Vahva Savo -hanke alkoi keväällä. Vahva Savo -hanke kestää kolme vuotta.\n"


def test_a_part_read_as_a_name_and_inside_it_is_one_mention_of_it() -> None:
    # "Arjen apu" inside "Arjen apu -hanke" is the same place: the page's project stays the one named twice
    got = _labelled(TWICE + "Hankkeeseen kuuluvat osahankkeet Arjen apu -hanke ja Kotona kotona -hanke.",
                    "partOf:listed-parts")
    assert {whole for _part, whole in got} == {"Vahva Savo"}, got
    assert len(got) == 2, got


def test_known_projects_listed_under_a_parts_heading_are_parts_of_the_page_project() -> None:
    got = _labelled(TWICE + "Osahankkeet\nArjen apu -hanke\nKotona kotona -hanke\n", "partOf:listed-part-whole")
    assert {whole for _part, whole in got} == {"Vahva Savo"} and len(got) == 2, got


def test_a_heading_over_lines_of_prose_gives_no_parts() -> None:
    got = _labelled(TWICE + "Osahankkeet\nArjen apu -hanke alkoi Kuopiossa. Se päättyi keväällä.\n"
                            "Lisätietoja saa hankkeen sivuilta.\n", "partOf:listed-part-whole")
    assert not got, got


PAGE = "Vahva Savo -hanke alkoi keväällä. Vahva Savo -hanke kestää kolme vuotta.\n\n"
RUNNERS = ("Osakokonaisuuksien vastuutahoina toimii:\n\n 1. Kuopion osakokonaisuus: Kuopion kaupunki\n"
           " 2. Iisalmen osakokonaisuus: Iisalmen kaupunki\n\nHanke päättyy 2026.\n")


def test_parts_named_by_a_place_and_the_part_word_under_a_lead_in_heading_are_parts() -> None:
    got = _labelled(PAGE + RUNNERS, "partOf:listed-part-whole")
    assert got == {("Kuopion osakokonaisuus", "Vahva Savo"), ("Iisalmen osakokonaisuus", "Vahva Savo")}, got


def test_the_organisation_on_a_parts_line_under_a_heading_of_responsible_ones_coordinates_it() -> None:
    got = _labelled(PAGE + RUNNERS, "coordinates:listed-part-runner")
    assert got == {("Kuopio", "Kuopion osakokonaisuus"), ("Iisalmi", "Iisalmen osakokonaisuus")}, got


def test_a_heading_without_a_word_of_responsibility_gives_no_runners() -> None:
    text = PAGE + RUNNERS.replace("vastuutahoina toimii", "tavoitteet ovat")
    assert not _labelled(text, "coordinates:listed-part-runner")
    assert len(_labelled(text, "partOf:listed-part-whole")) == 2


def test_lines_of_places_under_a_lead_in_heading_are_no_parts() -> None:
    # the lines name towns, not parts whose head is the part word: nothing is read as a part
    text = PAGE + "Osahankkeiden toteuttajina toimivat:\n\n 1. Kuopion kaupunki\n 2. Iisalmen kaupunki\n"
    assert not _labelled(text, "partOf:listed-part-whole")
