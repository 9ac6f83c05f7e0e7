"""Finland's Leader groups (local action groups, registered rural development associations) as reference data.

Documents name them as funders and partners of local projects, mostly without the legal form and inflected
("Oulujärvi Leaderin rahoittama"); the table data/leader_groups.csv gives each its official name, the forms
running text uses, and its municipalities where a source lists them (data/SOURCES.md). The sentences below
are invented.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from helpers import found
from rdflib import RDF, Graph
from rdflib.namespace import SKOS

from welfare_kg.data import build_reference, load_reference
from welfare_kg.extract.entities import Recogniser
from welfare_kg.ontology.namespace import ID, WKG

TABLE = Path(build_reference.__file__).parent / "leader_groups.csv"


@pytest.fixture(scope="module")
def g() -> Graph:
    return load_reference()


def rows() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_about_fifty_groups_all_associations_in_the_graph(g: Graph) -> None:
    table = rows()
    assert 50 <= len(table) <= 56  # 52-55 groups in the programme periods since 2014
    assert {r["type"] for r in table} == {"Association"}
    for r in table:
        s = ID[f"association/{r['slug']}"]
        assert (s, RDF.type, WKG.Association) in g
        assert r["name_fi"] in {str(o) for o in g.objects(s, SKOS.prefLabel)}


def test_areas_only_as_real_municipalities(g: Graph) -> None:
    with_area = [r for r in rows() if r["covers"]]
    assert len(with_area) >= 25
    oulujarvi = {str(o).split("/id/")[1] for o in g.objects(ID["association/oulujarvi-leader"], WKG.coversArea)}
    assert oulujarvi == {"municipality/578", "municipality/620", "municipality/785", "municipality/205"}
    for r in with_area:
        for ref in r["covers"].split("|"):
            assert ref.startswith("municipality:")
            assert (ID[ref.replace(":", "/")], RDF.type, WKG.Municipality) in g


@pytest.mark.parametrize(("text", "iri", "surface"), [
    ("Kylätalon korjaus on Oulujärvi Leaderin rahoittama hanke.", "association/oulujarvi-leader",
     "Oulujärvi Leaderin"),
    ("Nuorisotila kunnostettiin Aktion Österbottenin tuella.", "association/aktion-osterbotten",
     "Aktion Österbottenin"),
    ("Projektet finansieras av Aktion Österbotten.", "association/aktion-osterbotten", "Aktion Österbotten"),
    ("Pohjoisimman Lapin Leaderin hallitus puolsi kyläyhdistyksen hakemusta.", "association/leader-pohjoisin-lappi",
     "Pohjoisimman Lapin Leaderin"),
    ("Hankkeen toiminta-alue on Keskipiste-Leaderin alue.", "association/keskipiste-leader", "Keskipiste-Leaderin"),
    ("Rahoitusta myönsi Pohjois-Kymen Kasvu kyläyhdistykselle.", "association/pohjois-kymen-kasvu",
     "Pohjois-Kymen Kasvu"),
    # the registered name with the region's genitive that opens it, whole
    ("Hanke oli Varsinais-Suomen Jokivarsikumppanit ry:n ja kylien yhteinen.", "association/jokivarsikumppanit",
     "Varsinais-Suomen Jokivarsikumppanit ry:n"),
])
def test_bare_inflected_name_is_the_reference_association(recogniser: Recogniser, text: str, iri: str,
                                                           surface: str) -> None:
    hits = [m for m in found(recogniser, text) if m[0] == "Association"]
    assert hits and hits[0][1:] == (iri, surface), found(recogniser, text)


@pytest.mark.parametrize("text", [
    "Hanke sai Leader-rahoitusta ja leader-toiminta jatkuu kylissä.",
    "Hyvä leader kuuntelee tiimiään.",
    "Leader-ryhmät myöntävät tukea yhdistyksille.",
    "Varsin hyvä tulos saatiin kyselystä.",  # a common phrase, not the Turku region's group
])
def test_common_words_are_no_leader_group(recogniser: Recogniser, text: str) -> None:
    assert not [m for m in found(recogniser, text) if m[0] == "Association"], found(recogniser, text)


@pytest.mark.parametrize("text", [
    "Projektet finansieras via Leaderprogrammet.",
    "Föreningen har fått stöd från Leader-programmet för sitt projekt.",
    "Byarna arbetar enligt Leadermetoden.",
])
def test_swedish_names_of_the_leader_programme(recogniser: Recogniser, text: str) -> None:
    """Finland-Swedish pages name the programme the local action groups fund from in Swedish; the reference
    programme must be found, not an unknown name or nothing."""
    assert ("Programme", "programme/leader") in {(t, iri) for t, iri, _ in found(recogniser, text)}
