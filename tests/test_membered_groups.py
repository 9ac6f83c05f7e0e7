"""A bare steering group word followed by its members is the report's own group (extract/membered_groups.py).

Written for these tests: an invented project's final report.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.ontology.namespace import ID

REPORT = """Kivikko-hanke: loppuraportti

Kivikko-hanke toteutettiin vuosina 2021-2023. Kivikko-hankkeen tavoitteena oli kehittää kylien palveluja.

Hanketta ohjasi ohjausryhmä, joka koostui seuraavista henkilöistä: Aino Esimerkki ja Eero Malli.
"""


def _groups(text: str) -> list[tuple[str, str]]:
    ex = extract_document(record(text, kind="news"))
    groups = {iri for iri, e in ex.entities.items() if e.type == "Body" and "ohjausryhmä" in e.label.lower()}
    return [(f.subject.removeprefix(ID), f.object.removeprefix(ID)) for f in ex.facts
            if f.predicate == "partOf" and f.subject in groups]


def test_a_steering_group_whose_members_follow_belongs_to_the_reports_project() -> None:
    found = _groups(REPORT)
    assert len(found) == 1 and found[0][1].startswith("project/"), found


def test_a_steering_group_as_a_kind_with_no_members_is_no_body() -> None:
    kind = REPORT.replace("Hanketta ohjasi ohjausryhmä, joka koostui seuraavista henkilöistä: Aino Esimerkki ja "
                          "Eero Malli.", "Jokaisella hankkeella on oltava ohjausryhmä.")
    assert not _groups(kind)
