"""A genitive governed by a postposition of place or rank ("X:n alaisuudessa", "X:n tiloissa") is where or under
whom something is, not the one who pays (extract/relations.py funds:grant-verb). Sentences are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _extract(text: str):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))


def _funds(ex) -> set[tuple[str, str]]:
    return {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts if f.predicate == "funds"}


def test_the_university_a_funded_institute_works_under_is_no_funder() -> None:
    ex = _extract("Kuopion ja Iisalmen rahoitus ohjataan Itä-Suomen yliopiston alaisuudessa toimivalle "
                  "tutkimuskeskukselle.")
    assert not any(a == "Itä-Suomen yliopisto" for a, _b in _funds(ex))


def test_a_genitive_funder_without_a_postposition_still_funds() -> None:
    ex = _extract("Sosiaali- ja terveysministeriön rahoittama Kotikulma-hanke alkaa Kuopiossa.")
    assert ("sosiaali- ja terveysministeriö", "Kotikulma") in {(a.lower() if a.startswith("Sos") else a, b)
                                                             for a, b in _funds(ex)}
