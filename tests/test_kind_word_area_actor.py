"""An association named by its kind word alone as the subject of operating ("Yhdistys toimii ... alueella
Lapissa") covers that area as the association it stands for: extract/lists.py area_facts."""

from __future__ import annotations

from tests.helpers import labelled_facts


def test_the_association_of_the_paragraph_operates_in_the_area() -> None:
    text = ("Lahjoituksen saajat\n\n"
            "Rovaniemen Hengitysyhdistys ry 1000 e\n"
            "* Lahjoituksella järjestetään luentoja. Yhdistys toimii kuuden kunnan alueella Lapissa.\n")
    assert ("Rovaniemen Hengitysyhdistys ry", "coversArea", "Lappi") in labelled_facts(text)


def test_the_letterhead_association_of_a_report_operates_in_the_area() -> None:
    text = ("TOIMINTAKERTOMUS 2020\n\nKemin Muistiyhdistys ry\n\nToimintaa ohjaavat Muistiliiton kanssa yhteiset "
            "arvot.\n\n1. Toiminta-alue\n\nYhdistys toimii Lapin maakunnan alueella.\n")
    assert ("Kemin Muistiyhdistys ry", "coversArea", "Lappi") in labelled_facts(text)


def test_two_associations_in_the_paragraph_leave_the_kind_word_unresolved() -> None:
    text = ("Avustukset\n\nKemin Muistiyhdistys ry ja Tornion Sydänyhdistys ry saivat tukea. "
            "Yhdistys toimii Lapin maakunnan alueella.\n")
    assert not any(p == "coversArea" for _, p, _ in labelled_facts(text))
