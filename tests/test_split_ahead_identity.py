"""A large page's sentences are split while a forked process reads its fields; extraction takes them only for the
very text object, so the fields' record must hand back the reading process's own text when it is unchanged."""

from __future__ import annotations

from pathlib import Path

from welfare_kg.loaders import _without_text
from welfare_kg.loaders.minutes import reline_items
from welfare_kg.records import DocumentRecord


def test_reline_items_returns_the_text_itself_when_nothing_is_relined() -> None:
    text = "Kunnanhallitus\n§ 12 Avustukset\nMyönnetään avustus.\n" * 50
    assert reline_items(text) is text


def test_reline_items_still_relines_a_run_in_transcript() -> None:
    run_in = ("Pöytäkirja " + "x " * 200 + "§ 45 Kokouksen avaus Puheenjohtaja avasi kokouksen. "
              "§ 46 Muut asiat Ei muita asioita. § 47 Kokouksen päättäminen Puheenjohtaja päätti kokouksen.")
    out = reline_items(run_in)
    assert len(out) == len(run_in)  # offsets hold: a space made a newline
    assert out != run_in and out.count("\n") > run_in.count("\n")  # the § headings start lines


def test_an_equal_text_counts_as_the_same() -> None:
    text = "".join(["Sama ", "teksti."])
    copy = "".join(["Sama ", "teksti."])
    assert copy == text and copy is not text
    record = DocumentRecord(source=Path("x.html"), text=copy, checksum="0" * 64, fmt="html")
    back, same = _without_text(record, text)
    assert same and back.text == ""
    other = DocumentRecord(source=Path("x.html"), text="Toinen teksti.", checksum="0" * 64, fmt="html")
    back, same = _without_text(other, text)
    assert not same and back.text == "Toinen teksti."
