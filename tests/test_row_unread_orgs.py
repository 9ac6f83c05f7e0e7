"""A member row writing its organisation after the title keeps the publisher from taking an office there.

"Mika X, projektipäällikkö, Järviseudun energiaohjelma": the office is the programme's, which nobody recognised; the
town whose steering group met is not Mika's employer. The texts and people are invented.
"""

from __future__ import annotations

from pathlib import Path

from helpers import MORPH, needs_voikko, posts

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.row_unread_orgs import unread_row_org
from welfare_kg.loaders import load_document


@needs_voikko
def test_title_then_an_organisation() -> None:
    assert unread_row_org("projektipäällikkö, Järviseudun energiaohjelma", MORPH)
    assert unread_row_org("konsultti, Sitowise Oy", MORPH)
    # guard: a remark, a party, a role, a bare title after the comma
    for role in ("ympäristöinsinööri, poistui 14.45", "ympäristöinsinööri, Poistui klo 14.45", "jäsen, Kesk.",
                 "talousjohtaja, Esittelijä", "talousjohtaja", "hallintojohtaja, sihteeri"):
        assert not unread_row_org(role, MORPH), role


@needs_voikko
def test_the_publisher_does_not_take_an_office_of_an_unread_organisation(tmp_path: Path) -> None:
    doc = tmp_path / "x_m_ohjausryhma-2011.txt"
    doc.write_text(
        "Hanke/Järviseudun energiaohjelma/ohjausryhmän pöytäkirja\n\n1 ALAJÄRVEN KAUPUNKI Ympäristöosasto Pöytäkirja "
        "Järviseudun energiaohjelma/ohjausryhmän pöytäkirja Aika: klo Paikka: Alajärven kaupungintalo Läsnä: Pekka "
        "Salmi, puheenjohtaja, Alajärven kaupunki Anna Koivisto, ympäristöinsinööri, Alajärven kaupunki Mika Rantala, "
        "projektipäällikkö, Järviseudun energiaohjelma Liisa Nurmi, tekninen johtaja, Vimpelin kunta\n\n"
        "1 Kokouksen avaus\nPuheenjohtaja avasi kokouksen.\n", encoding="utf-8")
    ex = extract_document(load_document(doc))
    held = posts(ex)
    assert not any(who == "Mika Rantala" for who, _ in held)
    # guard: the rows whose organisation is read keep their posts
    assert ("Anna Koivisto", "Alajärvi") in held and ("Liisa Nurmi", "Vimpeli") in held
