"""An organisation's Swedish genitive ("Stiftelsen X i Y:s utdelning") is the organisation the document also names
in the base form, not a second one (extract/organisation_genitives.py). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Mention
from welfare_kg.extract.organisation_genitives import organisation_genitives
from welfare_kg.loaders.record import DocumentRecord


def _extract(text: str):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))


def _labels(ex, typ: str) -> set[str]:
    return {e.label for e in ex.entities.values() if e.type == typ}


@needs_voikko
def test_a_foundations_genitive_is_the_foundation() -> None:
    ex = _extract("Solbackastiftelsen i Vasa delar ut 40 000 euro i år. "
                  "Solbackastiftelsen i Vasas utdelning går till föreningar.")
    labels = _labels(ex, "Association")
    assert "Solbackastiftelsen i Vasa" in labels
    assert "Solbackastiftelsen i Vasas" not in labels


@needs_voikko
def test_a_banks_genitive_is_the_bank() -> None:
    ex = _extract("Sparbanken Lummelund stöder föreningar. Sparbanken Lummelunds två stiftelser delar ut pengar "
                  "på olika håll i Lummelund.")
    assert "Sparbanken Lummelunds" not in _labels(ex, "Company")


def _mention(label: str, iri: str, typ: str = "Association") -> Mention:
    return Mention(start=0, end=len(label), surface=label, label=label, type=typ, iri=iri, key=label.lower())


def test_a_name_in_s_stays_without_its_base_form() -> None:
    alone = _mention("Kuntoutus Aurinkos", "id/a")
    other = _mention("Kuntoutus Aurinko", "id/b", "Project")
    genitive = _mention("Kuntoutus Aurinkos", "id/c", "Project")
    organisation_genitives([alone], reference=set())
    assert alone.label == "Kuntoutus Aurinkos" and alone.iri == "id/a"
    organisation_genitives([other, genitive], reference=set())
    assert (genitive.label, genitive.iri, genitive.type) == ("Kuntoutus Aurinko", "id/b", "Project")


def test_a_reference_entity_keeps_its_own_name() -> None:
    known = _mention("Tukes", "ref/tukes", "Agency")
    short = _mention("Tuke", "id/tuke", "Agency")
    organisation_genitives([short, known], reference={"ref/tukes"})
    assert known.label == "Tukes" and known.iri == "ref/tukes"
