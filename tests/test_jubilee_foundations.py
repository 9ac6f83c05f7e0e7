"""An anniversary's foundation named by its founder's genitives and the number ("Kalliolan Tehtaan 50-vuotissäätiö",
extract/jubilee_foundations.py) is a foundation, and its grants reach their receivers; a town's genitive before
receivers of a kind in the plural allative ("Kuopion kouluille") is no receiver itself (extract/header_granter.py).
All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko

_PAGE = ("Apurahat 2024\n\nKALLIOLAN TEHTAAN 50-VUOTISSÄÄTIÖ JAKAA APURAHOJA\n\n"
         "Kalliolan Tehtaan 50-vuotissäätiön hallitus päätti apurahoista toukokuussa. Kuopion kouluille myönnettiin "
         "keväällä 120 stipendiä yhteismäärältään 12.000 euroa. Suurin apuraha 20.000 euroa on myönnetty Pellonpään "
         "kyläyhdistys ry:lle.\n")


def _extract(text: str):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))


def test_a_jubilee_foundation_is_read_whole() -> None:
    ex = _extract(_PAGE)
    assert any(e.type == "Association" and e.label == "Kalliolan Tehtaan 50-vuotissäätiö" for e in ex.entities.values())


def test_its_grant_reaches_the_receiver_and_not_the_town_of_the_schools() -> None:
    ex = _extract(_PAGE)
    labels = {e.iri: e.label for e in ex.entities.values()}
    funded = {(labels.get(f.subject), labels.get(f.object), f.amount) for f in ex.facts if f.predicate == "funds"}
    assert ("Kalliolan Tehtaan 50-vuotissäätiö", "Pellonpään kyläyhdistys ry", 20000) in funded
    assert not any(receiver == "Kuopio" for _giver, receiver, _amount in funded)
