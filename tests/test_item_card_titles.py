"""A minutes item whose text opens with a project card's rows ("Hakija:", "Osahakija:", "Rahoittaja:") is about the
project its title names (extract/item_titles.py); a meeting system's image and attachment links above the title are
no title (loaders/minutes.py). Written for these tests: invented projects and organisations, no real document's text."""

from __future__ import annotations

from tests.helpers import needs_voikko, record
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.minutes import parse_items

ITEM = """Maakunnan yhteistyöryhmän sihteeristö
Pöytäkirja 12.03.2024/Pykälä 41
Edellinen asia | Seuraava asia | ![]() ![]() |
![]() |
Liite 3 | Valintaesitys Kylien ääni - Asukkaiden osallisuutta vahvistamalla |
Kylien ääni - Asukkaiden osallisuutta vahvistamalla / ESR+
MYRS 12.03.2024 § 41
PPL/7/04.03.01/2024
Asian esittely
Hakija: Kajaanin kaupunki
Osahakija: Kainuun Nuotta ry
Rahoittaja: Pohjois-Pohjanmaan ELY-keskus
Toteuttamisalue: Kainuu
Esitys
Sihteeristö puoltaa hanketta rahoitettavaksi.
Päätös
Päätösesitys hyväksyttiin.
"""


def test_the_title_under_link_furniture_is_the_items_title() -> None:
    items = parse_items(ITEM)
    assert [i.title for i in items] == ["Kylien ääni - Asukkaiden osallisuutta vahvistamalla / ESR+"]


@needs_voikko
def test_a_title_over_card_rows_names_the_project_the_rows_speak_of() -> None:
    ex = extract_document(record(ITEM, kind="minutes"))
    projects = {iri: e for iri, e in ex.entities.items() if e.type == "Project"}
    name = "Kylien ääni - Asukkaiden osallisuutta vahvistamalla"
    project = next(iri for iri, e in projects.items() if name in e.labels)
    assert all("ESR+" not in label for label in projects[project].labels)  # the fund's code is no part of the name
    facts = {(ex.entities[f.subject].label if f.subject in ex.entities else f.subject, f.predicate, f.object)
             for f in ex.facts}
    assert any(p == "coordinates" and o == project and s.startswith("Kajaani") for s, p, o in facts)
    assert not any(p == "coordinates" and o == project and "Nuotta" in s for s, p, o in facts)  # a co-applicant
    assert any(p == "decides" and o == project for _s, p, o in facts)


def test_one_card_row_under_a_title_makes_no_project() -> None:
    text = ITEM.replace("Osahakija: Kainuun Nuotta ry\n", "").replace("Rahoittaja: Pohjois-Pohjanmaan ELY-keskus\n", "")
    text = text.replace("Toteuttamisalue: Kainuu\n", "")
    ex = extract_document(record(text, kind="minutes"))
    assert not any("Kylien ääni" in label for e in ex.entities.values() for label in e.labels)
