"""A funder's sum with no receiver, stated before a page names its project at all, is the funder's whole giving, not
the project's (extract/relations.py, funds:grant-verb). Sentences written for these tests."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document

PAGE = ("Yli 2 miljoonaa euroa Suomen Akatemialta yliopiston tutkijoille\n\n"
        "Yliopiston tutkijat ovat saaneet yhteensä 2 104 594 euroa tutkimusrahoitusta Suomen Akatemialta.\n\n"
        "Suomen Akatemia myönsi 30 miljoonan euroa rahoitusta tutkimukselle, jolla pyritään löytämään ratkaisuja "
        "yhteiskunnan haasteisiin.\n\n"
        "Rahoituksen sai KUIKKA-konsortiossa toimiva tutkijamme Maija Mäkinen.\n\n"
        "  • Maija Mäkinen, KUIKKA: Ikääntyminen ja hyvinvointi (1 006 728 €)\n\n"
        "KUIKKA-konsortio jatkuu vuoteen 2027.")


def test_the_funders_whole_giving_before_the_project_is_named_is_no_project_sum() -> None:
    ex = extract_document(record(PAGE))
    assert not [f for f in ex.facts if f.predicate == "funds" and f.amount == 30_000_000]
    # the project's own sum in its row stays
    assert any(f.predicate == "funds" and f.amount == 1_006_728 for f in ex.facts)
