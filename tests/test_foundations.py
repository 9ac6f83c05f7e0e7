"""Private grant-making foundations and funds (data/foundations.csv) in the reference data and in running text.

Pages and minutes name these foundations as the funders of local welfare, cultural and village projects, often
by a short or inflected form ("Pirkanmaan rahastolta", "Wihurin rahaston"); without them the `funds` fact is lost.
The project types a foundation as an Association (eval/ANNOTATION.md). Every row names its public source, and the
bare words a foundation's name is built from stay no entity. The sentences below are invented.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from helpers import found
from rdflib import Graph

from welfare_kg.data import build_reference, load_reference
from welfare_kg.extract.entities import Recogniser

TABLE = Path(build_reference.__file__).parent / "foundations.csv"


def rows() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def g() -> Graph:
    return load_reference()




def test_the_seventeen_regional_funds_of_the_cultural_foundation() -> None:
    regional = [r for r in rows() if r["name_fi"].startswith("Suomen Kulttuurirahaston ")]
    assert len(regional) == 17
    for r in regional:
        short = r["name_fi"].removeprefix("Suomen Kulttuurirahaston ")
        assert short.endswith(" rahasto") and short in r["alt_labels"].split("|"), r["slug"]


@pytest.mark.parametrize(("text", "iri", "surface"), [
    ("Kyläyhdistys sai Pirkanmaan rahastolta apurahan kotiseutukirjaan.", "association/skr-pirkanmaa",
     "Pirkanmaan rahastolta"),
    ("Hanke sai tukea Suomen Kulttuurirahaston Satakunnan rahastosta.", "association/skr-satakunta",
     "Suomen Kulttuurirahaston Satakunnan rahastosta"),
    ("Projektet finansieras med stöd av Svenska kulturfondens medel.", "association/svenska-kulturfonden",
     "Svenska kulturfondens"),
    ("Kerhon toiminta jatkuu Wihurin rahaston apurahan turvin.", "association/jenny-ja-antti-wihurin-rahasto",
     "Wihurin rahaston"),
    ("Yhdistys haki Kordelinin säätiöltä avustusta näyttelyyn.", "association/alfred-kordelinin-saatio",
     "Kordelinin säätiöltä"),
    ("Kuluttajaosuustoiminnan säätiön apuraha kattaa leirin kulut.", "association/kuluttajaosuustoiminnan-saatio",
     "Kuluttajaosuustoiminnan säätiön"),
    ("Verksamheten stöds av Stiftelsen Brita Maria Renlunds minne.", "association/brita-maria-renlunds-minne",
     "Stiftelsen Brita Maria Renlunds minne"),
    ("Kansan Sivistysrahastolta saatiin tukea kuorolle.", "association/kansan-sivistysrahasto",
     "Kansan Sivistysrahastolta"),
])
def test_inflected_and_short_forms_are_recognised(recogniser: Recogniser, text: str, iri: str, surface: str) -> None:
    mentions = found(recogniser, text)
    assert ("Association", iri, surface) in mentions, mentions


@pytest.mark.parametrize("text", [
    "Yhdistys perusti uuden rahasto nuorten harrastuksille.",
    "Hallitus esitti, että säätiö myy kiinteistön.",
    "Varje stiftelse ska lämna en årsredovisning.",
    "Kunnan rahasto ja säätiö päättävät avustuksista erikseen.",
])
def test_the_common_words_alone_stay_unrecognised(recogniser: Recogniser, text: str) -> None:
    assert not [m for m in found(recogniser, text) if m[0] == "Association"], found(recogniser, text)
