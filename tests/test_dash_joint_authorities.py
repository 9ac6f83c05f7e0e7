"""A joint authority whose name is joined to "kuntayhtymä" by a hyphen ("RUSKO-kuntayhtymä", "Kivikon
koulutuspalvelut -kuntayhtymä") is read whole, not as the place or unit its first words name
(extract/dash_joint_authorities.py). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _labels(text: str) -> dict[str, str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {e.label: e.type for e in ex.entities.values()}


def test_an_acronym_glued_to_the_kind() -> None:
    labels = _labels("Hankkeessa on mukana RUSKO-kuntayhtymä yhdessä kuntien kanssa.")
    assert labels.get("RUSKO-kuntayhtymä") == "JointAuthority"


def test_a_phrase_with_a_spaced_hyphen_in_an_inflected_form() -> None:
    labels = _labels("Kunta kuuluu Päijät-Hämeen koulutuspalvelut -kuntayhtymään jäsenenä.")
    assert labels.get("Päijät-Hämeen koulutuspalvelut -kuntayhtymä") == "JointAuthority"
    assert "Päijät-Häme" not in labels
