"""Words that describe a project or the kind of its runner are no names (seen by the coordaudit audit of fresh
project pages): a sentence-initial "-inen" adjective before a bare "hanke" that Voikko also reads as a noun
(extract/titles.py names_no_project), a runner's slot holding the bare kind word "Yhdistys"
(extract/role_slot_organisations.py _plausible), and a card field offering a choice of kinds with "tai"
(extract/fields.py _bare_org). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import labels_of, needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _extract(text: str):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))


def test_sentence_initial_adjective_before_bare_head_names_no_project() -> None:
    ex = _extract("Tutkimus Hiekkalan kylissä päättyi. Monialaisen hankkeen aikana haastateltiin asukkaita. "
                  "Työ tehtiin Oulun yliopiston ja Aalto-yliopiston yhteistyönä.")
    assert not any("Monialai" in label for label in labels_of(ex, "Project"))
    assert not any(f.predicate == "participatesIn" for f in ex.facts)


def test_a_named_project_keeps_its_partners() -> None:
    ex = _extract("Kylätupa-hanke päättyi. Monialaisen hankkeen aikana haastateltiin asukkaita. "
                  "Hanke toteutettiin Oulun yliopiston ja Aalto-yliopiston yhteistyönä.")
    assert labels_of(ex, "Project") == {"Kylätupa"}
    partners = {ex.entities[f.subject].label for f in ex.facts if f.predicate == "participatesIn"}
    assert partners == {"Oulun yliopisto", "Aalto-yliopisto"}


def test_bare_kind_word_in_a_runner_slot_is_no_organisation() -> None:
    ex = _extract("Hankkeen nimi: Ruokakassi-hanke. Hankkeen toteuttaja: Yhdistys, jolla on tilat ja väki.")
    assert "Yhdistys" not in labels_of(ex, "Association")
    assert not any(f.predicate == "coordinates" for f in ex.facts)


def test_a_compound_of_the_kind_word_in_the_slot_is_still_read() -> None:
    ex = _extract("Hanketta hallinnoi Peltoinstituutti yhdessä kunnan kanssa. Hanke on nimeltään Ruokakassi-hanke.")
    assert "Peltoinstituutti" in labels_of(ex, "Association")


def test_a_choice_of_kinds_in_a_runner_field_is_no_name() -> None:
    ex = _extract("Malli uudeksi hankkeeksi. Hankkeen nimi: Ruokakassi-hanke. Hankkeen hallinnoija: Kunta tai kunnan "
                  "valitsema muu toimija. Hankkeen toteuttaja: Peltoinstituutti.")
    assert not any("Kunta tai" in e.label for e in ex.entities.values())
    runners = {ex.entities[f.subject].label for f in ex.facts if f.predicate == "coordinates"}
    assert runners == {"Peltoinstituutti"}
