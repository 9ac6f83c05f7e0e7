"""The projects of a bulleted list under a lead-in naming one programme are part of it
(extract/programme_lead_lists.py). Texts written for these tests; the associations and projects are invented."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document

RULE = "partOf:programme-lead-list"

LIST = ("• Esimerkin eläkeläiset ry, Käsillä tehden - osallisuutta ikäihmisille 2031–2034.\n"
        "• Testilän muistiyhdistys ry, toimintakyvyn edistäminen liikunnan avulla, Liikkeellä 2031–2033.\n")


def listed(text: str) -> set[tuple[str, str]]:
    ex = extract_document(record(text))
    return {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts if f.rule == RULE}


def test_projects_under_a_programme_lead_in() -> None:
    text = ("Avustuksia myönnettiin 12 järjestölle.\n\nVanhustyön keskusliiton koordinoimaan Eloisa ikä "
            "-avustusohjelmaan valittiin kaksi uutta toimijaa. Toimijat ja hankkeet ovat seuraavat:\n\n" + LIST)
    facts = listed(text)
    assert "Liikkeellä" in {part for part, _whole in facts}
    assert all(whole.startswith("Eloisa ikä") for _part, whole in facts)


def test_no_programme_in_the_lead_in() -> None:
    text = "Avustuksia myönnettiin kahdelle järjestölle. Toimijat ja hankkeet ovat seuraavat:\n\n" + LIST
    assert not listed(text)
