"""A compound of a unit head names an organ of its own ("Diakoniajohtokunta"); the bare head stays some owner's."""

from __future__ import annotations

from helpers import entity_labels, extract

from welfare_kg.extract.body_vocabulary import compound_organs


def test_compounds_of_a_board_are_bodies() -> None:
    assert entity_labels("Kasvatusjohtokunta käsitteli toimintakertomuksen.", "Body") == {"Kasvatusjohtokunta"}
    text = ("DIAKONIAJOHTOKUNTA 12.02.2025 1/2025\n\nAika: Keskiviikko klo 17\n\nPäätöksentekijät\n\n"
            "Esimerkki Anna pj. vars.jäsen\nMalli Ville vars.jäsen\nKoe Liisa varajäsen\n")
    assert "Diakoniajohtokunta" in entity_labels(text, "Body", kind="minutes")


def test_the_chair_of_a_compound_board_holds_the_post_in_it() -> None:
    text = ("LÄHETYSJOHTOKUNTA 12.02.2025 1/2025\n\nAika: Keskiviikko klo 17\n\nPäätöksentekijät\n\n"
            "Esimerkki Anna pj. vars.jäsen\nMalli Ville vars.jäsen\nKoe Liisa varajäsen\n")
    ex = extract(text, kind="minutes")
    board = next(iri for iri, e in ex.entities.items() if e.label == "Lähetysjohtokunta")
    chairs = {ex.entities[f.subject].label for f in ex.facts if f.predicate == "holdsPost" and f.object == board
              and f.post == "puheenjohtaja"}
    assert chairs == {"Anna Esimerkki"}


def test_the_bare_head_stays_a_unit() -> None:
    assert "johtokunta" in compound_organs()
    assert not entity_labels("Johtokunta kokoontui eilen, ja johtokunnan jäsenet keskustelivat.", "Body")
