"""Organisations with an English name a town's name opens or closes (extract/foreign_place_names.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import labels_and_facts as _read
from tests.helpers import needs_voikko


@needs_voikko
@pytest.mark.parametrize(("text", "label"), [
    ("Arjen tuki -hanketta hallinnoi Helsinki Business College.", "Helsinki Business College"),
    ("Rahoitusta myönnettiin seuraaville hankkeille:\n  • Arjen tuki -selvitys, Tampere Music Academy\n"
     "  • Kylien ilo -hanke, Vihreä Verkko ry\n", "Tampere Music Academy"),
    ("Arjen tuki -hankkeessa ovat mukana Business Joensuu ja Kotiapu ry.", "Business Joensuu"),
    # the place's ending is the name's: its base form is the name's
    ("Hanke jatkaa ministeriön sekä Demos Helsingin yhteisen hankkeen toimintaa.", "Demos Helsinki"),
])
def test_an_english_name_beside_a_town_is_one_organisation(text: str, label: str) -> None:
    ents, _ = _read(text)
    assert ("Association", label) in ents
    assert not {e for e in ents if e[0] == "Municipality"}  # the town is a word of the name


@needs_voikko
def test_the_organisation_not_its_town_runs_the_project() -> None:
    _, facts = _read("Arjen tuki -hanketta hallinnoi Helsinki Business College.")
    assert ("Helsinki Business College", "coordinates", "Arjen tuki") in facts
    assert not any(f[0] == "Helsinki" for f in facts)


@needs_voikko
@pytest.mark.parametrize("text", [
    "Hanke toteutetaan Helsinki Region -alueella ja Tampere City -keskustassa.",  # English words of area
    "Osallistujat:\nHelsinki Matti Virtanen\nEspoo Liisa Laine",  # a town's cell beside a person
    "Kunnat: Helsinki, Espoo, Vantaa ja Kauniainen.",
    "Tapahtuma on Helsinki Pride -viikolla.",  # an event's title before a spaced-dash head
    # an unknown surname before a town written with its kind word; a first name before an unknown surname
    "Jäsenet Eronen, Siukola ja Majanen Järvenpään kaupungista.",
    "Tutkija Ville Xyzzy Helsingin yliopistosta kertoo.",
    "Tavasti Siilinjärvi sai 300 euroa.",  # an unknown word of Finnish spelling before a town: a surname
    "Protokolljustering Saltvik den 2 september 2014. Protokollet framlagt i Saltvik och justerat av "
    "ordföranden som är med.",  # Swedish: the analyser reads no Swedish word
])
def test_no_organisation_from_these_places(text: str) -> None:
    ents, _ = _read(text)
    assert not {e for e in ents if e[0] in {"Association", "Company"}}
