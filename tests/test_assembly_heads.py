"""The assemblies a joint authority's basic agreement sets over it besides the yhtymäkokous: the member towns'
"kuntien edustajainkokous" and the Swedish "samkommunstämma" (also "samkommunsstämma") decide and elect like a
yhtymäkokous, so they are bodies (data/body_heads.csv). A meeting of any other kind ("Föreningsstämman" of an
association, "vuosikokous") is not read as one. Invented authorities and people."""

from __future__ import annotations

from helpers import needs_voikko, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _bodies(text: str) -> set[str]:
    out = extract_document(record(text, kind="minutes", name="m_x.txt"), gazetteer=reference_gazetteer())
    return {e.label.lower() for e in out.entities.values() if e.type == "Body"}


@needs_voikko
def test_the_member_towns_meeting_of_representatives_is_a_body() -> None:
    bodies = _bodies("Länsi-Esimerkin maakuntaliitto PÖYTÄKIRJA 2/2019 Kuntien edustajainkokous Kokousaika "
                     "3.9.2019 kello 12 1 § Kuntien edustajainkokous valitsi maakuntavaltuuston jäsenet.\n")
    assert "edustajainkokous" in bodies, bodies


@needs_voikko
def test_a_swedish_joint_authoritys_assembly_is_a_body_and_an_associations_is_not() -> None:
    bodies = _bodies("Samkommunstyrelsen för Exempeldalens utbildning protokoll 4/2019. Samkommunstämman "
                     "godkände bokslutet och valde revisionsnämnd. Föreningsstämman valde ordförande.\n")
    assert "samkommunstämma" in bodies, bodies
    assert not any("förening" in b for b in bodies), bodies
