"""Records "Org (Y-tunnus) Yhteyshenkilö: Name, title" run into one line: the organisation after the title heads the
next record, and is not the contact's.

"Yhteyshenkilö: Tauno X, kyläasiamies Länsiseudun Kylät ry (Y-tunnus ) Yhteyshenkilö: Pirkko Y": Länsiseudun Kylät is
Pirkko's association; Tauno's stands before his own label. The associations and people are invented.
"""

from __future__ import annotations

from pathlib import Path

from helpers import needs_voikko

from welfare_kg.extract.closing_rows import next_record_org
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Mention
from welfare_kg.loaders import load_document

_RECORDS = ("Hanketta toteuttavat seuraavat yhdistykset: Pohjoisen Kylät ry (Y-tunnus ) Yhteyshenkilö: Hannu Kettunen, "
            "puheenjohtaja Läntisen Kylät ry (Y-tunnus ) Yhteyshenkilö: Tauno Lehmuskallio, kyläasiamies Itäisen Kylät "
            "ry (Y-tunnus ) Yhteyshenkilö: Pirkko Salmela, kyläasiamies\n")


def _at(text: str, surface: str, kind: str) -> Mention:
    a = text.index(surface)
    return Mention(start=a, end=a + len(surface), surface=surface, label=surface, type=kind, iri=surface)


def test_an_organisation_followed_by_the_next_records_label() -> None:
    tauno = _at(_RECORDS, "Tauno Lehmuskallio", "Person")
    assert next_record_org(tauno, _at(_RECORDS, "Itäisen Kylät ry", "Association"), _RECORDS)
    # guard: a row with no record label keeps the organisation after its title
    row = "Ohjausryhmä: Tauno Lehmuskallio, kyläasiamies Itäisen Kylät ry. Muut jäsenet valitaan myöhemmin."
    assert not next_record_org(_at(row, "Tauno Lehmuskallio", "Person"),
                               _at(row, "Itäisen Kylät ry", "Association"), row)


# bilingual names ("Läntisen Kylät ry Västliga Byar r.f."), which the record rule (extract/org_contact_rows.py) does
# not read as one record's head, left the title's rule to take the next record's Swedish name
_BILINGUAL = ("Kylät yhdessä -hanke\n\nHanketta toteuttavat seuraavat yhdistykset oman hankesuunnitelmansa "
              "mukaisesti: Pohjoisen Kylät ry (Y-tunnus ) Yhteyshenkilö: Hannu Kettunen, puheenjohtaja Läntisen Kylät "
              "ry Västliga Byar r.f. (Y-tunnus ) Yhteyshenkilö: Tauno Lehmuskallio, kyläasiamies Östliga Byar r.f. "
              "Itäisen Kylät ry (Y-tunnus ) Yhteyshenkilö: Pirkko Salmela, kyläasiamies Eteläisen Kylät ry (Y-tunnus ) "
              "Yhteyshenkilö: Elina Leppälä, kyläasiamies 2 HANKKEEN NIMI\n")


@needs_voikko
def test_contact_is_not_the_next_records(tmp_path: Path) -> None:
    doc = tmp_path / "p_kylat_hanke.txt"
    doc.write_text(_BILINGUAL, encoding="utf-8")
    ex = extract_document(load_document(doc))
    names = {e.iri: e.label for e in ex.entities.values()}
    held = {(names.get(f.subject), names.get(f.object)) for f in ex.facts if f.predicate == "holdsPost"}
    assert not any(who == "Tauno Lehmuskallio" and org and ("Östliga" in org or "Itäisen" in org)
                   for who, org in held)
    # guard: the records whose head the record rule reads keep their contacts
    assert ("Hannu Kettunen", "Pohjoisen Kylät ry") in held
