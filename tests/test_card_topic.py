"""A card's fields speak of the page's topic project when no name field names one; a runner's field names one
organisation list, not the address run into it."""

from __future__ import annotations

from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _facts(text: str) -> tuple[set[tuple[str, str, str, str]], dict]:
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    return {(f.subject.removeprefix(ID), f.predicate, f.object.removeprefix(ID), f.rule) for f in out.facts}, \
        out.entities


def test_card_without_a_name_field_speaks_of_the_topic_project() -> None:
    text = ("Loppuraportti\n\nKylätalkoot-hanke on päättynyt. Kylätalkoot-hanke kehitti kylien palveluja.\n"
            "Toteuttaja: Oulun kaupunki\nRahoittaja: Pohjois-Pohjanmaan ELY-keskus\nAloituspäivä: 1.1.2020\n"
            "Kylätalkoot-hankkeen tulokset julkaistaan syksyllä.\n")
    facts, ents = _facts(text)
    project = next(i.removeprefix(ID) for i, e in ents.items() if e.type == "Project")
    assert ("municipality/564", "coordinates", project, "coordinates:field-topic") in facts


def test_a_runner_field_stops_at_words_that_join_no_list() -> None:
    text = ("Kylätalkoot-hanke\n\nHankkeen tiedot:\nProjektin nimi: Kylätalkoot\n"
            "Toteuttaja: Oulun kaupunki Kirkkokatu 2 Kajaani Puh 08 123\nAloituspäivä: 1.1.2020\n")
    facts, _ = _facts(text)
    runners = {s for s, p, _, _ in facts if p == "coordinates"}
    assert "municipality/564" in runners and "municipality/205" not in runners


def test_a_loose_field_names_an_unknown_school_or_parish_whole() -> None:
    text = ("Kylätalkoot-hanke\n\nKylätalkoot-hanke kehittää kylien palveluja. Kylätalkoot-hanke alkoi 2020.\n\n"
            "Toteuttaja: Pohjoisen Kylien ammattikorkeakoulu\nKumppanit: Kylämäen seurakunta\n")
    facts, ents = _facts(text)
    types = {e.label: e.type for e in ents.values()}
    assert types.get("Pohjoisen Kylien ammattikorkeakoulu") == "Company"
    assert types.get("Kylämäen seurakunta") == "Parish"
    assert {(p, r) for _, p, _, r in facts} >= {("coordinates", "coordinates:field"),
                                                ("participatesIn", "participatesIn:field")}


def test_a_listing_value_names_no_one_organisation() -> None:
    text = ("Kylätalkoot-hanke\n\nKylätalkoot-hanke kehittää kylien palveluja. Kylätalkoot-hanke alkoi 2020.\n\n"
            "Kumppanit: Kylämäen seurakunta ja Pohjoisen Kylien ammattikorkeakoulu\n")
    _, ents = _facts(text)
    assert not any(e.label.startswith("Kylämäen seurakunta ja") for e in ents.values())
