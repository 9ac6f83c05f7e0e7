"""A town's demonym before a registered name says where its bearer is from ("Kuopiolainen X ry sai ...") and is
no word of the name; a nation's adjective may open one ("Suomalainen Kirjakauppa Oy") and stays
(extract/name_openers.py). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.name_openers import town_demonym
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _labels(text: str) -> dict[str, str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {e.label: e.type for e in ex.entities.values()}


def test_town_demonyms_in_the_nominative_and_genitive() -> None:
    assert town_demonym("Kuopiolainen") and town_demonym("Vihtiläisen") and town_demonym("Eurajokelainen")
    assert not town_demonym("Suomalainen") and not town_demonym("Eurooppalainen")


def test_a_demonym_opening_the_sentence_is_cut_off_the_registered_name() -> None:
    labels = _labels("Kuopiolainen Kolvala ry sai avustuksen. Eurajokelainen Raikolva Oy sai 160 000 euroa.")
    assert labels.get("Kolvala ry") == "Association"
    assert labels.get("Raikolva Oy") == "Company"
    assert not any(label.startswith(("Kuopiolainen", "Eurajokelainen")) for label in labels)
