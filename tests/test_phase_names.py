"""A project's numbered phases and the ordinals that point to one (extract/phase_names.py). Invented texts only."""

from __future__ import annotations

from helpers import record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer

_TEXT = ("Tupakylä-hankkeilla on elvytetty kyliä.\n\nTupakylä I keskittyi palveluihin\n\n"
         "Ensimmäistä Tupakylä-hanketta hallinnoi Järvikylän Nuoret ry. Hankkeessa järjestettiin tempauksia.\n\n"
         "Tupakylä II toi uudet teemat\n\nToista Tupakylä-hanketta hallinnoi Harjulan Kylät ry. Teemoja oli neljä.\n")


def _runs() -> set[tuple[str, str]]:
    out = extract_document(record(_TEXT), gazetteer=reference_gazetteer())
    label = {i: e.label for i, e in out.entities.items()}
    return {(label.get(f.subject, f.subject), label.get(f.object, f.object)) for f in out.facts
            if f.predicate == "coordinates"}


def test_each_phase_is_a_project_run_by_the_one_the_ordinal_names() -> None:
    runs = _runs()
    assert any(s.startswith("Järvikylän Nuoret") and o == "Tupakylä I" for s, o in runs), runs
    assert any(s.startswith("Harjulan Kylät") and o == "Tupakylä II" for s, o in runs), runs


def test_no_phase_named_leaves_the_ordinal_mention_the_project() -> None:
    text = _TEXT.replace("Tupakylä I keskittyi", "Hanke keskittyi").replace("Tupakylä II toi", "Jatko toi")
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    labels = {e.label for e in out.entities.values() if e.type == "Project"}
    assert not any(lab.endswith((" I", " II")) for lab in labels), labels
