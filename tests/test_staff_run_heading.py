"""A staff list flattened into one line under its organisation's name (extract/comma_title_runs.py `_header_org`),
and a hyphenated kind compound before the legal form read as the whole registered name
(extract/organisation_names.py `_form_follows`). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _extract(text: str):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))


def _posts(ex) -> set[tuple[str, str, str]]:
    labels = {k: e.label for k, e in ex.entities.items()}
    return {(labels[f.subject], labels[f.object], f.post) for f in ex.facts if f.predicate == "holdsPost"}


def test_flattened_staff_list_under_its_association() -> None:
    ex = _extract("Vuosiraportti 2019\n\nKylätalon Tuki ry Anna Virtanen, toiminnanjohtaja Pekka Laine, "
                  "projektipäällikkö Liisa Koski, toimistosihteeri\n\nHankkeen tausta on pitkä.")
    assert _posts(ex) == {("Anna Virtanen", "Kylätalon Tuki ry", "toiminnanjohtaja"),
                          ("Pekka Laine", "Kylätalon Tuki ry", "projektipäällikkö"),
                          ("Liisa Koski", "Kylätalon Tuki ry", "toimistosihteeri")}


def test_a_members_home_town_heads_no_run() -> None:
    ex = _extract("Jäsenet Markus Muuttola, Reisjärveltä Jyrki Halonen, seutukuntavaltuuston puheenjohtaja "
                  "Esa Jussila, toiminnanjohtaja Sami Kaarto, tiedottaja\n")
    assert not any(org == "Reisjärvi" for _, org, _ in _posts(ex))


def test_hyphenated_kind_compound_keeps_its_genitives_and_form() -> None:
    ex = _extract("Pohjan Seudun Alzheimer-yhdistys ry järjestää illan. Sisäpiirin Seudun Parkinson-yhdistys ry "
                  "kokoontuu.")
    labels = {e.label for e in ex.entities.values() if e.type == "Association"}
    assert "Pohjan Seudun Alzheimer-yhdistys ry" in labels
    assert "Sisäpiirin Seudun Parkinson-yhdistys ry" in labels
