"""An agreement named only by the compound of its kind decides as an item's subject: in the proposal of an item
whose title names nothing ("hyväksyy X Oy:n kanssa tehtävän palvelusopimuksen", extract/item_decisions.py) and in
a transcript's list of contents ("KOKEILUSOPIMUS", document.contents_decisions); a bare "sopimus" names none.

Written for these tests: minutes of invented towns and companies.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.item_decisions import COMPOUND_RULE


def _decides(text: str) -> list[tuple[str, str, str]]:
    ex = extract_document(record(text, kind="minutes"))
    labels = {iri: e.label.lower() for iri, e in ex.entities.items()}
    return [(labels.get(f.subject, ""), labels.get(f.object, ""), f.rule) for f in ex.facts if f.predicate == "decides"]


PROPOSAL = """Koivulan kunta
Kunnanhallitus
PÖYTÄKIRJA 4/2023

§ 37 Palveluhankinta

Päätösehdotus:
Kunnanhallitus hyväksyy Hoiva Oy:n kanssa tehtävän palvelusopimuksen kotihoidon tukipalveluista.

Päätös:
Hyväksyttiin.

§ 38 Sopimusasia

Perustelut:
Kunta on tehnyt vuokrasopimuksen vuonna 2019.

Päätösehdotus:
Kunnanhallitus hyväksyy sopimuksen.

Päätös:
Hyväksyttiin.
"""


def test_the_kind_of_agreement_the_proposal_approves() -> None:
    found = _decides(PROPOSAL)
    assert ("kunnanhallitus", "palvelusopimus", COMPOUND_RULE) in found, found


def test_neither_the_reasoning_nor_a_bare_sopimus_decides() -> None:
    found = _decides(PROPOSAL)
    assert not any(o in {"vuokrasopimus", "sopimus"} for _, o, _ in found), found


CONTENTS = ("1 KOIVULAN KUNTA PÖYTÄKIRJA 16/ Kunnanhallitus AIKA klo 18: PAIKKA Kunnanvirasto KÄSITELLYT ASIAT "
            "Otsikko Sivu 193 KOKOUKSEN LAILLISUUS PÖYTÄKIRJAN TARKASTUS TALOUSARVION TOTEUMA KOIVULAN KUNNAN "
            "OSALLISTUMINEN KUNTAKOKEILUUN, KOKEILUSOPIMUS 202 ILMOITUSASIAT\n\n2 KOIVULAN KUNTA PÖYTÄKIRJA 16/ "
            "Kunnanhallitus OSALLISTUJAT Nimi Tehtävä LÄSNÄ Arvela Ari puheenjohtaja\n")


def test_a_kind_of_agreement_in_the_list_of_contents() -> None:
    found = _decides(CONTENTS)
    assert any(s == "kunnanhallitus" and o == "kokeilusopimus" for s, o, _ in found), found


PROSE = """Sosiaalilautakunta
Kokous 4/2021

Asia 5: Yhteistyösopimus Naapurilan kunnan kanssa lastensuojelun päivystyksestä

Sosiaalilautakunta hyväksyi yhteistyösopimuksen. Kaupunki on tehnyt sopimuksen myös Kotirinne Oy:n kanssa.
"""


def test_a_named_body_approving_a_kind_of_agreement_in_prose() -> None:
    found = _decides(PROSE)
    assert ("sosiaalilautakunta", "yhteistyösopimus", "decides:approve-verb-compound") in found, found
    assert not any(o == "sopimus" for _, o, _ in found), found
