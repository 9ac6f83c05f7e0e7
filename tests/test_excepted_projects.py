"""A project a sentence names only to leave it out gets nothing the sentence says of the others: "toteutettu
X:n tuella, lukuun ottamatta Y-projektia" (extract/relations.py `_only_excepted`, the co-occurrence layer in
extract/cooccurrence.py; the words of exception are excepted_places.py's).

The texts are invented for these tests (invented projects; the funders are real agencies of the reference data).
"""

from __future__ import annotations

from helpers import extract, needs_voikko_for

voikko = needs_voikko_for("the projects' names and cases are read with Voikko")


def _funded(text: str) -> set[tuple[str, str]]:
    ex = extract(text)
    label = {i: e.label for i, e in ex.entities.items()}
    return {(label.get(f.subject, f.subject), label.get(f.object, f.object)) for f in ex.facts
            if f.predicate == "funds"}


@voikko
def test_a_project_left_out_gets_no_funder() -> None:
    text = ("Järjestön hankkeet\n\nKaikki hankkeet on toteutettu STEAn tuella, lukuun ottamatta Kesäkuun Valot "
            "-projektia, joka rahoitettiin omilla varoilla.\n")
    assert not any("Kesäkuun Valot" in o for _s, o in _funded(text))


@voikko
def test_the_same_sentence_without_the_exception_still_gives_the_funder() -> None:
    text = "Järjestön hankkeet\n\nKesäkuun Valot -projekti on toteutettu STEAn tuella vuosina 2015-2017.\n"
    assert any("Kesäkuun Valot" in o and ("STEA" in s.upper() or "avustuskeskus" in s) for s, o in _funded(text))


@voikko
def test_a_postposition_of_exception_leaves_it_out_too() -> None:
    text = ("Järjestön hankkeet\n\nHankkeita on rahoittanut STEA, Syysvalo-hanketta lukuun ottamatta, joka "
            "toteutettiin lahjoitusvaroin.\n")
    assert not any("Syysvalo" in o for _s, o in _funded(text))
