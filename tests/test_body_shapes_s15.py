"""Body names in shapes the recogniser read wrong (extract/entities.py, Recogniser._bodies): a name before a spaced
dash, a coordinated prefix glued to "ja" by a transcript, a report's table of contents, a person's surname before
a unit. Names swapped from dev documents or invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def bodies(text: str, kind: str = "news") -> set[str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind=kind))
    return {label for e in ex.entities.values() if e.type == "Body" for label in {e.label, *e.labels}}


@pytest.mark.parametrize(("text", "body"), [
    ("Turvallisuus ja valmius -lautakunta, kokous 4.10.2023\n\nPöytäkirja on tarkastettu.",
     "Turvallisuus ja valmius -lautakunta"),
    ("Asian valmisteli Ikääntyneiden palvelut -jaosto viime viikolla.", "Ikääntyneiden palvelut -jaosto"),
    ("Käsitellyt asiat: Sivistys-ja vapaa-aikalautakunnalle toimitetut pöytäkirjat.",
     "Sivistys- ja vapaa-aikalautakunta"),
])
def test_a_body_named_in_a_shape_of_its_own(text: str, body: str) -> None:
    assert body in bodies(text)


def test_a_table_of_contents_entry_is_no_body() -> None:
    found = bodies("Sisällys\nTiivistelmä... 3\nHankkeen ohjausryhmä... 4\nOhjausryhmän toiminta... 12\n")
    assert not {b for b in found if "ohjausryhmä" in b.lower()}


def test_the_same_body_in_running_text_is_kept() -> None:
    found = bodies("Sisällys\nOhjausryhmä... 19\n\nHankkeen ohjausryhmä kokoontui neljä kertaa.")
    assert "Hankkeen ohjausryhmä" in found


def test_a_persons_surname_owns_no_unit() -> None:
    found = bodies("Jäseniksi nimettiin Heikki Elomaa ja varajäsenenään Ari Sallmen vesiyksiköstä.")
    assert not {b for b in found if b.endswith("vesiyksikkö") and "Sallmen" in b}


@pytest.mark.parametrize(("text", "body"), [
    ("Edustajan nimeäminen Metsähallituksen kuntakohtaiseen yhteistyöryhmään.",
     "Metsähallituksen kuntakohtainen yhteistyöryhmä"),
    ("Ehdotus käsiteltiin Kelan alueellisessa neuvottelukunnassa.", "Kelan alueellinen neuvottelukunta"),
])
def test_an_adjective_between_a_known_owner_and_the_head(text: str, body: str) -> None:
    assert body in bodies(text)


def test_a_committees_short_form_is_the_committee_named_in_full() -> None:
    text = ("Sivistyslautakunta 14.3.2024 § 22\n\nOppilashuollon järjestäminen\n\nSivltk 12.2.2024 § 10\n"
            "Tekltk 3.2.2024 § 4\n\nAsia tuli teknisestä lautakunnasta.\n")
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="minutes"))
    by_label = {e.label: e.labels for e in ex.entities.values() if e.type == "Body"}
    assert "Sivltk" in by_label["Sivistyslautakunta"]
    assert "Tekltk" in by_label["Tekninen lautakunta"]


def test_a_short_form_with_no_full_name_stays_a_body_of_its_own() -> None:
    assert "Ymp.ltk" in bodies("Ymp.ltk 1.2.2024 § 3\n\nYmpäristöasiat\n", kind="minutes")

