"""Bodies that unseen minutes name by a compound head or as the meeting's own body (issue 12, fresh pages)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.model import Extraction


def _extract(text: str, kind: str = "news") -> Extraction:
    sys.path.insert(0, str(Path(__file__).parent))
    from helpers import record

    from welfare_kg.extract.document import extract_document

    return extract_document(record(text, kind=kind), gazetteer=reference_gazetteer())


def _body_labels(text: str, kind: str = "news") -> set[str]:
    return {label.lower() for e in _extract(text, kind).entities.values() if e.type == "Body" for label in e.labels}


@pytest.mark.parametrize(("text", "label"), [
    # compound boards and councils: the head word names the body whatever its first part
    ("Seutuhallitus päätti esittää asiaa jäsenkunnille.", "seutuhallitus"),
    ("Liittovaltuusto kokoontui keväällä.", "liittovaltuusto"),
    ("Asia siirtyi kirkkovaltuuston käsiteltäväksi.", "kirkkovaltuusto"),
    ("Konsernihallituksen kokouksessa asia hyväksyttiin.", "konsernihallitus"),
    # a Swedish municipal enterprise's board, definite form
    ("Direktionen beslöt att godkänna budgeten.", "direktion"),
])
def test_compound_body_is_found(text: str, label: str) -> None:
    assert label in _body_labels(text)


def test_self_government_is_no_body() -> None:
    assert not any("itsehallitus" in x for x in _body_labels("Saamelaisten itsehallitus vahvistui uudistuksessa."))
