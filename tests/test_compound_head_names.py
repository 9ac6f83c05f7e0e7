"""A project's name written after a compound head in lower case ("yhteishankkeen Arjen tuki", "kehittämishankkeessa
Arjen tuki"), as after the bare head ("hankkeen X"): the head says what kind of project, the capitalised words
after it which one. "yhdessä X:n kanssa" after the name says with whom, and is no word of it."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _extract(text: str) -> tuple[list[set[str]], set[tuple[str, str, str]]]:
    ex = extract_document(record(text), gazetteer=reference_gazetteer())
    labels = {iri: e.label for iri, e in ex.entities.items()}
    projects = [e.labels for e in ex.entities.values() if e.type == "Project"]
    return projects, {(labels.get(f.subject, f.subject), f.predicate, labels.get(f.object, f.object))
                      for f in ex.facts}


def test_name_after_a_compound_head_in_the_inessive() -> None:
    projects, facts = _extract("Kuopion kaupunki on mukana kehittämishankkeessa Arjen tuki.")
    assert any("Arjen tuki" in labels for labels in projects), projects
    assert ("Kuopio", "participatesIn", "Arjen tuki") in facts


def test_name_after_a_compound_head_in_the_genitive_ends_before_yhdessa() -> None:
    projects, _ = _extract("Kuopion kaupunki toteuttaa yhteishankkeen Arjen tuki yhdessä Siilinjärven kunnan "
                           "kanssa.")
    assert any("Arjen tuki" in labels for labels in projects), projects
    assert not any(any("yhdessä" in label for label in labels) for labels in projects)


def test_bare_head_name_ends_before_yhdessa_kanssa() -> None:
    projects, _ = _extract("Kuopion kaupunki käynnisti hankkeen Arjen tuki yhdessä Siilinjärven kunnan kanssa.")
    assert any("Arjen tuki" in labels for labels in projects), projects
    assert not any(any("yhdessä" in label for label in labels) for labels in projects)


def test_compound_head_before_a_place_names_no_project() -> None:
    projects, _ = _extract("Kuopion kaupunki on mukana kehittämishankkeessa Pohjois-Savossa.")
    assert projects == []


def test_compound_head_after_a_capitalised_genitive_closes_that_name() -> None:
    """"4. Kylärahaston kehittämishanke Jäsenet Virtanen ja ...": a minutes item's title run into its text; the
    compound ends the name before it, and the words after it are the next sentence's."""
    projects, _ = _extract("4. Kylärahaston kehittämishanke Jäsenet Virtanen ja Laine saapuivat kokoukseen.")
    assert not any(any("Jäsenet" in label for label in labels) for labels in projects), projects


def test_pilot_name_ends_before_the_clause_and_keeps_its_own_form() -> None:
    """"pilotin Arjen tuki yhdessä X:n kanssa": the pilot's name ends where the clause goes on; after an inflected
    head ("pilotissa Arjen tuki") it stands in apposition, in its own form."""
    projects, _ = _extract("Kuopion kaupunki käynnisti pilotin Arjen tuki yhdessä Siilinjärven kunnan kanssa.")
    assert any("Arjen tuki" in labels for labels in projects), projects
    assert not any(any("yhdessä" in label for label in labels) for labels in projects), projects
    projects, facts = _extract("Kuopion kaupunki on mukana pilotissa Arjen tuki.")
    assert any("Arjen tuki" in labels for labels in projects), projects
    assert ("Kuopio", "participatesIn", "Arjen tuki") in facts


def test_glued_name_runs_over_a_small_swedish_or_english_word() -> None:
    """"Unga i Norden-projektet", "Youth in Action-hankkeessa": a small word between capitalised ones is the
    name's; after a verb in lower case ("deltar i Norden-projektet") it is not."""
    projects, _ = _extract("Vasa stad deltar i Barn i Norden-projektet.")
    assert any("Barn i Norden" in labels for labels in projects), projects
    projects, _ = _extract("Kuopion kaupunki on mukana Youth in Motion-hankkeessa.")
    assert any("Youth in Motion" in labels for labels in projects), projects
    projects, _ = _extract("Vasa stad deltar i Norden-projektet.")
    assert not any(any(label.startswith("deltar") for label in labels) for labels in projects), projects


def test_a_head_in_capitals_after_a_word_in_small_letters_opens_a_heading() -> None:
    # a report's contents run into one line: "HANKKEEN TOIMINTA" is the next chapter, not the head of the words before
    projects, _ = _extract("SISÄLLYSLUETTELO Hankepäivät Alueiden työryhmät HANKKEEN TOIMINTA Toiminnan lähtökohdat")
    assert not any(any("työryhmät" in label.lower() for label in labels) for labels in projects), projects
    # a name before a head in small letters still takes it
    projects, _ = _extract("Kunta on mukana Arjen tuki -hankkeessa ja Hyvä arki hankkeessa.")
    assert any("Arjen tuki" in labels for labels in projects), projects
