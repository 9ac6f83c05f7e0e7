"""Projects a page names only in passing are never the page's own project (extract/passing_projects.py).

The sentences and pages are written for these tests: invented projects, associations and a school.
"""

from __future__ import annotations

from pathlib import Path

from helpers import needs_voikko

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.passing_projects import mark_passing_projects
from welfare_kg.loaders import load_document
from welfare_kg.records import Mention


def _project(text: str, name: str, rule: str = "gazetteer") -> Mention:
    start = text.index(name)
    return Mention(start=start, end=start + len(name), surface=name, label=name, type="Project", rule=rule)


def test_a_project_given_as_an_example_of_other_projects_is_aside() -> None:
    text = ("Yhteistyötahot: kunnat sekä samanaikaiset hankkeet kuten Pihapiiri ry:n hallinnoima Kasvumaa II sekä "
            "Lakeuden liiton hallinnoima Vesiväylä-hanke. Hanke alkaa keväällä.")
    first, second = _project(text, "Kasvumaa II"), _project(text, "Vesiväylä-hanke")
    mark_passing_projects(text, [first, second])
    assert first.aside and second.aside


def test_swedish_examples_are_aside_too() -> None:
    text = "Föreningen har även deltagit i andra projekt såsom Skogsstigen och Havsljus."
    m = _project(text, "Skogsstigen")
    mark_passing_projects(text, [m])
    assert m.aside


def test_a_project_after_the_list_of_examples_ends_is_not_aside() -> None:
    text = ("Yhdistys on mukana monissa hankkeissa, kuten Kasvumaa.\nValoisa arki -hankkeen tavoitteena on "
            "tukea ikääntyneitä.")
    first, own = _project(text, "Kasvumaa"), _project(text, "Valoisa arki -hankkeen")
    mark_passing_projects(text, [first, own])
    assert first.aside and not own.aside


def test_a_project_named_as_the_subject_is_not_aside() -> None:
    text = "Kasvumaa-hanke kokoaa alueen yhdistykset. Hankkeen kumppaneita ovat A ry ja B ry."
    m = _project(text, "Kasvumaa-hanke")
    mark_passing_projects(text, [m])
    assert not m.aside


def test_a_guessed_coined_name_on_a_page_without_a_project_is_aside() -> None:
    text = "KaukoOpiston rehtori kertoi, että sopimuksen allekirjoitti 12 kuntaa."
    m = _project(text, "KaukoOpiston", rule="camel-case")
    mark_passing_projects(text, [m])
    assert m.aside


def test_a_guessed_coined_name_on_a_project_s_page_stays() -> None:
    text = "KaukoApu on kolmivuotinen hanke. Hankkeen kumppaneita ovat A ry ja B ry."
    m = _project(text, "KaukoApu", rule="camel-case")
    mark_passing_projects(text, [m])
    assert not m.aside


@needs_voikko
def test_partners_do_not_join_a_project_named_only_as_an_example(tmp_path: Path) -> None:
    doc = tmp_path / "suunnitelma.txt"
    doc.write_text(
        "Hankkeen hallinnoija Pihapiiri ry. Hankkeen yhteistyökumppanit: Lakeuden Maaseutuseura ry ja "
        "Rannikon Kyläyhdistys ry. Yhteistyötahot: kuntien ympäristöviranomaiset sekä samanaikaiset hankkeet kuten "
        "Pihapiiri ry:n hallinnoima Kasvumaa II.\n", encoding="utf-8")
    ex = extract_document(load_document(doc))
    labels = {iri: e.label for iri, e in ex.entities.items()}
    joined = {(labels.get(f.subject, f.subject), labels.get(f.object, f.object)) for f in ex.facts
              if f.predicate in {"participatesIn", "coordinates"}}
    # the example's own runner runs it, as the sentence says; the page's partners join no example
    assert not any("Kasvumaa" in o and "Pihapiiri" not in s for s, o in joined)


def test_a_guessed_coined_name_is_aside_after_any_other_project_of_a_page_with_no_examples() -> None:
    # the coined guess comes after an ordinary project mention and the page lists no examples: the guess is still
    # checked (the page never says "hanke" or "projekti" in the singular)
    text = "Kasvumaa-ohjelmat ja VuottaEsityksen edustajat kokoontuivat. VuottaEsityksen rehtori avasi kokouksen."
    ordinary, coined = _project(text, "Kasvumaa-ohjelmat"), _project(text, "VuottaEsityksen", rule="camel-case")
    mark_passing_projects(text, [ordinary, coined])
    assert coined.aside and not ordinary.aside
