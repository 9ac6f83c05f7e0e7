"""Minutes items on the town's money for a programme itself ("Kunnan osallistuminen Leader-toimintaan", "EMOn
Leader-toiminta, kuntarahaosuuden myöntäminen"): the body decides the programme (extract/document.py
`_pays_into_programme`); a grant from a programme's fund to a project decides the project, not the programme.
"Leader-toiminta" is the Leader programme's common name (data/programmes.csv); a sum per inhabitant ("7,5 euroa
asukasta kohti") is a rate, no amount of a fact (extract/money.py). Invented minutes of real towns."""

from __future__ import annotations

from helpers import record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.money import find_amounts

_MINUTES = """Kylämäen kunta
Kunnanhallitus
PÖYTÄKIRJA 5/2021

§ 54 Kylämäen kunnan osallistuminen Leader-toimintaan ohjelmakaudelle 2021-2027

Valmistelija kunnanjohtaja Pekka Kettunen

Perustelut
Kehittämisyhdistys ehdottaa, että kunnat varaavat Leader-toimintaan 7,5 euroa asukasta kohti.

Ehdotus
Kunnanhallitus päättää osallistua Leader-toimintaan.

Päätös
Ehdotus hyväksyttiin.

§ 55 Euroopan aluekehitysrahaston rahoitusosuus Kylätalo-hankkeelle

Ehdotus
Kunnanhallitus myöntää rahoitusosuuden.

Päätös
Ehdotus hyväksyttiin.
"""


def _decided() -> set[str]:
    out = extract_document(record(_MINUTES, kind="minutes", name="kylamaki-kh.txt"))
    label = {i: e.label for i, e in out.entities.items()}
    return {label[f.object] for f in out.facts if f.predicate == "decides"}


def test_the_board_decides_the_programme_its_money_item_names() -> None:
    assert "Leader-ohjelma" in _decided()


def test_a_funds_share_for_a_project_decides_no_programme() -> None:
    assert not any("aluekehitysrahasto" in d.lower() for d in _decided())


def test_a_sum_per_inhabitant_is_no_amount() -> None:
    assert find_amounts("kunnat varaavat 7,5 euroa asukasta kohti") == []
    assert find_amounts("maksu on 2 €/asukas") == []
    assert [a.value for a in find_amounts("osuus on 12 000 euroa")] == [12000]
