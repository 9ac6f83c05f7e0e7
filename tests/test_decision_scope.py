"""A body an item's preparation text only tells of decides nothing there (extract/decision_scope.py): an item the
meeting noted, a body that proposed or prepared, Swedish as Finnish; a dated decision of another body the reasoning
records, and the item's own body, still decide.

Written for these tests: minutes of invented towns, bodies and projects.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def _decides(text: str) -> set[tuple[str, str]]:
    ex = extract_document(record(text, kind="minutes"))
    labels = {iri: e.label.lower() for iri, e in ex.entities.items()}
    return {(labels.get(f.subject, ""), labels.get(f.object, "")) for f in ex.facts if f.predicate == "decides"}


TOLD = """Mäntylän kaupunki
Kaupunginhallitus
PÖYTÄKIRJA 7/2022

§ 60 Hankkeen käynnistäminen

Sosiaali- ja terveyslautakunta päätti 3.3.2022 esittää, että kaupunki osallistuu Terve Arki -hankkeeseen.

Päätösehdotus:
Kaupunginhallitus merkitsee esityksen tiedoksi ja palauttaa asian valmisteluun.

Päätös:
Hyväksyttiin.

§ 61 Tiedoksi merkittävät asiat

Kaupunginvaltuusto hyväksyi 12.5.2022 yhteistoimintasopimuksen Naapurilan kunnan kanssa.
Maakuntahallitus päätti myöntää Kylä Elää -hankkeelle rahoitusta.

Päätös:
Merkittiin tiedoksi.

§ 62 Nämndens förslag

Socialnämnden beslöt föreslå att staden godkänner avtalet om Solgården -projektet Äldre Kraft.

Päätös:
Hyväksyttiin.
"""


def test_bodies_that_propose_or_are_noted_decide_nothing() -> None:
    found = _decides(TOLD)
    assert not any("lautakunta" in s or "maakuntahallitus" in s or "nämnd" in s for s, _ in found), found


RECORDED = """Mäntylän kaupunki
Konsernijaosto
PÖYTÄKIRJA 2/2022

§ 12 Osakassopimuksen hyväksyminen

Kaupunginhallitus hyväksyi 28.5.2018, § 385 Sairaalahanke Laakso -hankkeen tarveselvityksen.

Päätösehdotus:
Konsernijaosto hyväksyy osakassopimuksen.

Päätös:
Hyväksyttiin.
"""


def test_a_dated_decision_the_reasoning_records_stays() -> None:
    found = _decides(RECORDED)
    assert any(s == "kaupunginhallitus" and "laakso" in o for s, o in found), found
