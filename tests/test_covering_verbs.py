"""A named undertaking right before a covering verb covers the places after it (extract/covering_verbs.py); an area
compound in the essive after the project's genitive (area_phrases.py) and Swedish "Projektkommuner är" (area_cues.py)
name the project's places."""

from __future__ import annotations

from helpers import extract

from welfare_kg.extract.covering_verbs import RULE


def _facts(text: str, predicate: str, rule: str | None = None) -> set[tuple[str, str]]:
    ex = extract(text)
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object]) for f in ex.facts if f.predicate == predicate
            and (rule is None or f.rule == rule) and f.subject in label and f.object in label}


def test_swedish_project_name_before_omfattar() -> None:
    text = "Hälsa i vardagen\n\nProjektet Hälsa i vardagen omfattar kommunerna Vasa, Korsholm och Malax.\n"
    assert _facts(text, "coversArea", RULE) == {("Hälsa i vardagen", "Vaasa"), ("Hälsa i vardagen", "Mustasaari"),
                                                ("Hälsa i vardagen", "Maalahti")}


def test_covering_verb_needs_the_name_right_before_it() -> None:
    """A place list after "omfattar" whose subject is no named undertaking ("Utbildningen omfattar") is not the
    project's area by this rule."""
    text = ("Hälsa i vardagen\n\nProjektet Hälsa i vardagen utvecklar service. Utbildningen omfattar besök i Vasa "
            "och Malax.\n")
    assert not _facts(text, "coversArea", RULE)


def test_area_compound_in_the_essive_plural() -> None:
    """"Hankkeen toiminta-alueina / painopistealueina olivat A, B ja C": an area compound in the essive, one or
    plural, with words between it and the project's genitive."""
    for word in ("toiminta-alueina", "painopistealueina", "toimenpiteiden kohdealueina"):
        text = (f"Hyvä Arki -hanke\n\nHyvä Arki -hanke kehittää palveluja. Hankkeen {word} olivat Oulu, Kempele "
                "ja Liminka.\n")
        assert {("Hyvä Arki", "Kempele"), ("Hyvä Arki", "Liminka")} <= _facts(text, "coversArea"), word



def test_swedish_project_towns() -> None:
    """"Projektkommuner är A, B och C": the Swedish of "Hankekunnat ovat" (area_cues.py's target places)."""
    text = ("Hälsa i vardagen\n\nProjektet Hälsa i vardagen utvecklar service.\n\n"
            "Projektkommuner är Vasa, Korsholm och Malax.\n")
    assert {("Hälsa i vardagen", "Vaasa"), ("Hälsa i vardagen", "Maalahti")} <= _facts(text, "coversArea")
