"""A town's genitive opening a longer name the recogniser did not read ("Kuopion liikuntalääketieteen tutkimuslaitos")
is no partner of the page's project itself (extract/document_roles.py `_town_opening_a_name`; seen by the coordaudit
audit of fresh project pages). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _joiners(text: str) -> set[str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {ex.entities[f.subject].label for f in ex.facts if f.predicate == "participatesIn"}


def test_town_genitive_before_a_lower_case_genitive_is_no_partner() -> None:
    joiners = _joiners("Säätiöt rahoittavat kolmea hanketta. Hankkeessa ovat yhteistyökumppaneina Pellon "
                       "yliopiston kemian laitos, Kuopion liikuntalääketieteen tutkimuslaitos KuLTu, Savon "
                       "Kävelijät ry sekä Pohjan Sydänpiiri ry. Kotiliike-hankkeen kokonaisrahoitus on 20 000 euroa.")
    assert "Kuopio" not in joiners
    assert "Savon Kävelijät ry" in joiners


def test_a_town_named_as_a_partner_still_joins() -> None:
    joiners = _joiners("Kotiliike-hanke lisää ikääntyneiden liikuntaa. Hankkeessa ovat mukana Kuopion kaupunki ja "
                       "Savon Kävelijät ry.")
    assert "Kuopio" in joiners or "Kuopion kaupunki" in joiners

