"""Grant lists of quoted title, owner and sum rows (extract/quoted_rows.py); invented lists."""

from __future__ import annotations

from helpers import labelled_facts

SV = ("Sex får bidrag för landsbygden\n\n"
      "Sex projekt föreslås få ny finansiering av Exempelbygdens lokala aktionsgrupp.\n"
      "Här är mottagarna:\n"
      "”Bygdens bakstuga”, som drivs av Testby hembygdsförening. 2.400 euro.\n"
      "”Projekt Strandväg”, Provö byalag. 12.300 euro.\n"
      "”Målning av samlingslokal Solglimt”, Exempelö ungdomsförening. 4.100 euro.\n")


def test_the_owner_runs_the_quoted_project() -> None:
    facts = labelled_facts(SV)
    assert ("Testby hembygdsförening", "coordinates", "Bygdens bakstuga") in facts
    assert ("Provö byalag", "coordinates", "Projekt Strandväg") in facts
    assert ("Exempelö ungdomsförening", "coordinates", "Målning av samlingslokal Solglimt") in facts


def test_finnish_rows_with_a_comma_before_the_sum() -> None:
    text = ("Avustukset jaettiin seuraavasti:\n"
            '"Kylätalo kuntoon", Esimerkin kyläyhdistys ry, 5 000 euroa\n'
            '"Polut kaikille", Testilän latu ry, 3 000 euroa\n')
    facts = labelled_facts(text)
    assert ("Esimerkin kyläyhdistys ry", "coordinates", "Kylätalo kuntoon") in facts


def test_one_quoted_row_is_no_list() -> None:
    text = "Päätös:\n”Bygdens bakstuga”, Testby hembygdsförening. 2.400 euro.\n"
    assert not any(p == "coordinates" for _s, p, _o in labelled_facts(text))
