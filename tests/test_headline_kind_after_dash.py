"""A headline naming a project, then its kind in a compound after a spaced dash, then the headline's verb ("Kylät
Yhdessä – Kehittämishanke käynnistyi"): the name and its kind are the project the page goes on about
(extract/undertaking_names.py `_headline_kind_after_dash`; seen by the coordaudit audit of fresh project pages).
Words of the language alone before the dash name nothing. All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import labels_of, needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Extraction
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _extract(text: str):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))


def _projects(ex: Extraction) -> set[str]:
    return labels_of(ex, "Project")


def test_headline_name_and_capitalised_kind_after_a_spaced_dash() -> None:
    ex = _extract("Pellot Yhdessä – Maakuntahanke käynnistyi 1.3.2019 ja päättyy 31.12.2021.\n\nMäntylän Kylät ry on "
                  "hallinnoiva toimija hankkeessa.")
    assert _projects(ex) == {"Pellot Yhdessä -maakuntahanke"}
    runners = {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts
               if f.predicate == "coordinates"}
    assert runners == {("Mäntylän Kylät ry", "Pellot Yhdessä -maakuntahanke")}


def test_common_words_before_the_dash_name_no_project() -> None:
    assert not _projects(_extract("Tärkein asia – kehittämishanke alkoi keväällä."))
