"""The page-layout rules (fields, lists, tables, titles) cost work linear in a page's size.

No clocks (timing goals belong in benchmarks/): the test counts executed lines in the
page-layout modules for a long page and one four times longer. A scan of every mention
per list, row or field shows up as a 2x-4x jump in lines per character.
"""

from __future__ import annotations

from tests.helpers import lines_executed, record
from welfare_kg.extract.document import extract_document
from welfare_kg.synthetic.generate import generate_document

PAGE_LEVEL = ("/extract/pages.py", "/extract/fields.py", "/extract/lists.py", "/extract/tables.py",
              "/extract/titles.py", "/extract/layout.py")
# layouts of every kind the rules read, so that each rule has work to do on every part of the page
LAYOUTS = (
    "Hankkeessa ovat mukana Oulun kaupunki, Kemin kaupunki ja Lapin yliopisto.\n"
    "Pikassos toimii Pirkanmaan ja Satakunnan alueella, Vasso toimii Varsinais-Suomessa.\n"
    "Hanke, hakija ja haettu tuki:\n • Hyvä Arki, Kemin kaupunki, 10 000 €\n • Uusi Polku, Lapin Latu ry, 5 000 €\n\n"
    "Toteuttaja: Oulun kaupunki\nRahoittaja: Pohjois-Pohjanmaan ELY-keskus\nMaakunta: Pohjois-Pohjanmaa\n"
    "Tämä sopimus perustuu Oulun kaupungin ja Kemin kaupungin väliseen yhteistyösopimukseen (Puitesopimus).\n"
)



def _page(n: int) -> str:
    return "\n\n".join(generate_document(7, i).text + "\n\n" + LAYOUTS for i in range(n))


def test_page_layout_work_is_linear_in_size() -> None:
    small, large = _page(6), _page(24)
    rec_small, rec_large = record(small, kind="news"), record(large, kind="news")
    per_char_small = lines_executed(lambda: extract_document(rec_small), PAGE_LEVEL) / len(small)
    per_char_large = lines_executed(lambda: extract_document(rec_large), PAGE_LEVEL) / len(large)
    assert per_char_large < 1.5 * per_char_small, (per_char_small, per_char_large)
