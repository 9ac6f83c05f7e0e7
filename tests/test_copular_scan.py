"""The copular subjects of running_names (Finnish "X on ... hanke", Swedish "X var ett ... projekt") read only the text,
the sentence starts and the morphology, so extraction computes them while forked processes recognise the sentences
(`scan_sentences`, as `scan_text`); running_name_mentions then takes the kept result and looks at the mentions."""

from __future__ import annotations

from tests.helpers import extract
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.running_names import copular_runs, scan_sentences, swedish_copular_subjects
from welfare_kg.extract.text import sentences

_FI = ("Uutiset\n\nArjen ankkuri oli yhdistyksen hallinnoima kehittämishanke. Se päättyi keväällä. "
       "Tämä on kuntien yhteinen hanke. Perheiden kesä kuntoon on Pirkanmaan kuntien yhteinen hanke, jonka "
       "tavoitteena on tukea perheitä.")
_SV = "Trygga byar\n\nTrygga byar var ett EU-finansierat s.k. Leader-projekt med fokus på byarna. Det var ett projekt."


def _starts(text: str) -> tuple[int, ...]:
    return tuple(s.start for s in sentences(text))


def _spans(text: str, found: tuple[tuple[int, int], ...]) -> list[str]:
    return [text[a:b] for a, b in found]


def test_copular_runs_are_the_defined_subjects() -> None:
    found = _spans(_FI, copular_runs(_FI, _starts(_FI), get_morphology()))
    assert found == ["Arjen ankkuri", "Perheiden kesä kuntoon"]  # "Tämä" is a pronoun, no name


def test_swedish_copular_subjects() -> None:
    assert _spans(_SV, swedish_copular_subjects(_SV, _starts(_SV))) == ["Trygga byar"]  # "Det" is no name


def test_no_sentence_no_subject() -> None:
    assert copular_runs("", (), get_morphology()) == () and swedish_copular_subjects("", ()) == ()
    text = "Kunta päätti asiasta. Hanke jatkuu."
    assert copular_runs(text, _starts(text), get_morphology()) == ()


def test_scan_sentences_keeps_what_extraction_reads() -> None:
    """Scanned ahead, extraction takes the kept searches (a cache hit, no second scan) and finds the same names."""
    text = _FI + "\n\n" + _SV
    copular_runs.cache_clear()
    swedish_copular_subjects.cache_clear()
    cold = {e.label for e in extract(text, "news").entities.values() if e.type == "Project"}
    assert {"Arjen ankkuri", "Perheiden kesä kuntoon", "Trygga byar"} <= cold
    # extraction itself scans ahead (document.py, from_text_alone) and running_name_mentions takes that scan
    assert copular_runs.cache_info().misses == 1 and copular_runs.cache_info().hits == 1
    copular_runs.cache_clear()
    swedish_copular_subjects.cache_clear()
    scan_sentences(text, _starts(text), get_morphology())
    assert copular_runs.cache_info().misses == 1 and swedish_copular_subjects.cache_info().misses == 1
    warm = {e.label for e in extract(text, "news").entities.values() if e.type == "Project"}
    assert warm == cold
    assert copular_runs.cache_info().misses == 1 and copular_runs.cache_info().hits >= 1
    assert swedish_copular_subjects.cache_info().misses == 1
