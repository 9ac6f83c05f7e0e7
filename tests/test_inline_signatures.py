"""A signature run into one line after the closing sentence (extract/inline_signatures.py). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.inline_signatures import RULE
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko

_OPENING = "Förord\nProjektet har letts av Kommunförbundet Norrvik. Kommunförbundet Norrvik tackar alla deltagare.\n"


def posts(text: str) -> set[tuple[str, str, str]]:
    record = DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news")
    return {(f.subject.rsplit("/", 1)[-1], f.object.rsplit("/", 1)[-1], f.rule)
            for f in extract_document(record).facts if f.predicate == "holdsPost"}


def test_name_title_unit_and_organisation_after_the_last_sentence() -> None:
    text = _OPENING + ("Tack till alla som deltog! Maria Lundgren Avdelningschef Vård och omsorg "
                       "Kommunförbundet Norrvik (12)\n")
    assert any(p == "maria-lundgren" and o.startswith("kommunforbundet-norrvik") and r == RULE
               for p, o, r in posts(text))


def test_a_name_inside_a_sentence_is_no_signature() -> None:
    text = _OPENING + ("Tack till alla som deltog och till Maria Lundgren avdelningschef Vård och omsorg "
                       "Kommunförbundet Norrvik (12)\n")
    assert not any(r == RULE for _, _, r in posts(text))
