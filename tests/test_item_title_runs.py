"""Projects named only by minutes item titles that follow an item about a project (extract/item_title_runs.py).

Invented lists of items shaped like a regional council board's: the run's first project is read by its acronym,
the titles after it are names too; what is no name after a project item (acts, posts, plural headings, numbers,
the meeting's business, an organisation's title) is not read, nor a name-like title with no project item before.
Names are not the corpus's."""

from __future__ import annotations

from helpers import record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer

HEAD = "Hallitus 4 / 2021\nAika: 10.05.2021\nPaikka: Mikkeli, maakuntatalo\n\nVaiheet\n"
FIRST = "40 §Kokouksen laillisuus ja päätösvaltaisuus\n41 §Pöytäkirjantarkastajien valinta\n"
PROJECT = "42 §Kestävien kylien energiaratkaisut Etelä-Savossa (KYLÄVOIMA)\n"


def _projects(lines: str) -> set[str]:
    out = extract_document(record(HEAD + FIRST + lines, "minutes"), gazetteer=reference_gazetteer())
    return {e.label for e in out.entities.values() if e.type == "Project"}


def _decided(lines: str) -> set[str]:
    out = extract_document(record(HEAD + FIRST + lines, "minutes"), gazetteer=reference_gazetteer())
    labels = {iri: e.label for iri, e in out.entities.items()}
    return {labels.get(f.object, f.object) for f in out.facts if f.predicate == "decides"}


def test_titles_after_a_project_item_are_projects_and_decided() -> None:
    lines = PROJECT + "43 §Puhdas järvi - kunnostus\n44 §Puhdas järvi - vesien seuranta Mikkelissä\n" \
        "45 §Metsäisten pienvesien tila ja hoito\n"
    found = _projects(lines)
    assert {"Puhdas järvi - kunnostus", "Puhdas järvi - vesien seuranta Mikkelissä",
            "Metsäisten pienvesien tila ja hoito"} <= found
    assert "Puhdas järvi - kunnostus" in _decided(lines)


def test_spaced_dash_acronym_opens_the_run_too() -> None:
    lines = "42 §VESKO - Vesistöjen kunnostuksen osaaminen\n43 §Lähiruoka kouluihin\n"
    assert "Lähiruoka kouluihin" in _projects(lines)


def test_no_project_item_before_no_run() -> None:
    lines = "42 §Osavuosikatsaus 1.1.-31.3.2021\n43 §Puhdas järvi - kunnostus\n44 §Lähiruoka kouluihin\n"
    found = _projects(lines)
    assert "Puhdas järvi - kunnostus" not in found and "Lähiruoka kouluihin" not in found


def test_the_meetings_own_matters_after_a_project_are_no_projects() -> None:
    lines = PROJECT + "43 §Muut asiat\n44 §Taloussuunnittelijan määräaikainen tehtävä\n" \
        "45 §Hankkeen jatkoajan hyväksyminen\n46 §Osavuosikatsaus 1.1. - 30.6.2021\n" \
        "47 §Esitykset maakuntavaalilautakunnan jäseniksi\n48 §Kesäyliopiston johtokunnan pöytäkirja\n" \
        "49 §Lausunto ympäristöministeriölle\n50 §Ilmoitusasiat\n"
    found = _projects(lines)
    assert not found - {"Kestävien kylien energiaratkaisut Etelä-Savossa (KYLÄVOIMA)",
                        "Kestävien kylien energiaratkaisut Etelä-Savossa", "KYLÄVOIMA"}


def test_a_meeting_matter_ends_the_run() -> None:
    lines = PROJECT + "43 §Muut asiat\n44 §Lähiruoka kouluihin\n"
    assert "Lähiruoka kouluihin" not in _projects(lines)


def test_a_title_opened_by_a_place_is_no_project_name() -> None:
    lines = PROJECT + "43 §Etelä-Savon maakuntakaava\n"
    assert "Etelä-Savon maakuntakaava" not in _projects(lines)
