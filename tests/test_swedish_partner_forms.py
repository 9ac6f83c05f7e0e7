"""Swedish partners as project pages name them: the phrase "med i" fronted ("Med i projektet är A och B"), a
"Projektparter" label, the verb "samarbetar med" after the project's name."""

from __future__ import annotations

from helpers import extract

_HEAD = "Hälsa i vardagen\n\nProjektet Hälsa i vardagen utvecklar service.\n\n"


def _joined(text: str) -> set[tuple[str, str]]:
    ex = extract(text)
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object]) for f in ex.facts if f.predicate == "participatesIn"
            and f.subject in label and f.object in label}


def test_fronted_med_i_projektet() -> None:
    got = _joined(_HEAD + "Med i projektet är Vasa stad och Korsholms kommun.\n")
    assert {("Vaasa", "Hälsa i vardagen"), ("Mustasaari", "Hälsa i vardagen")} <= got


def test_med_i_needs_the_copula_after_it() -> None:
    """"Med i bilden finns ..." joins; a sentence merely opening with "Med" ("Med stöd av ...") does not."""
    assert not _joined(_HEAD + "Med stöd av Vasa stad ordnas kurser för äldre.\n")


def test_projektparter_label() -> None:
    got = _joined(_HEAD + "Projektparter: Vasa stad, Korsholms kommun, Åbo Akademi\n")
    assert {("Vaasa", "Hälsa i vardagen"), ("Åbo Akademi", "Hälsa i vardagen")} <= got


def test_project_samarbetar_med() -> None:
    got = _joined("Hälsa i vardagen\n\nProjektet Hälsa i vardagen samarbetar med Korsholms kommun och Vasa stad.\n")
    assert {("Vaasa", "Hälsa i vardagen"), ("Mustasaari", "Hälsa i vardagen")} <= got
