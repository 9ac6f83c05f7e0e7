"""A form's organisation row and the contact label after it (extract/org_contact_rows.py). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.org_contact_rows import RULE
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def posts(text: str) -> set[tuple[str, str, str]]:
    record = DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news")
    return {(f.subject.rsplit("/", 1)[-1], f.object.rsplit("/", 1)[-1], f.rule)
            for f in extract_document(record).facts if f.predicate == "holdsPost"}


_ROWS = ("Hankkeen raportti. TOTEUTTAJAT Osatoteuttajat: Kuusiston Kylät ry (Y-tunnus ) Yhteyshenkilö: Veikko Rantala, "
         "kyläasiamies Lehtolan Kylät ry (Y-tunnus ) Yhteyshenkilö: Sirpa Koivisto, puheenjohtaja\n")


def test_each_contact_goes_to_the_row_before_its_label_not_the_next_row() -> None:
    found = posts(_ROWS)
    assert ("veikko-rantala", "kuusiston-kylat", RULE) in found
    assert ("sirpa-koivisto", "lehtolan-kylat", RULE) in found
    assert not any(p == "veikko-rantala" and o == "lehtolan-kylat" for p, o, _ in found)


def test_a_filled_business_id_and_a_responsible_person_label() -> None:
    text = ("Sopijapuolet: Osatoteuttaja Kärsämäen kunta Y-tunnus: 1234567-8 Vastuullinen johtaja: Raimo Kettunen "
            "Sähköposti: ei ole\n")
    assert ("raimo-kettunen", "317", RULE) in posts(text)  # 317: Kärsämäki's municipality code


def test_a_label_after_running_text_says_nothing() -> None:
    text = "Kuusiston Kylät ry järjesti illan, jonka jälkeen kerrottiin asiasta. Yhteyshenkilö: Veikko Rantala\n"
    assert not any(r == RULE for _, _, r in posts(text))
