"""A known organisation right after its known host's genitive is part of the host (extract/hosted_units.py).
Sentences written for these tests."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document

STN = "https://w3id.org/welfare-kg/id/agency/strategisen-tutkimuksen-neuvosto"
AKATEMIA = "https://w3id.org/welfare-kg/id/agency/suomen-akatemia"


def part_of(text: str) -> set[tuple[str, str]]:
    ex = extract_document(record(text))
    return {(f.subject, f.object) for f in ex.facts if f.predicate == "partOf"}


def test_hosted_council_after_its_hosts_genitive() -> None:
    assert (STN, AKATEMIA) in part_of("Tutkimusta rahoittaa Suomen Akatemian strategisen tutkimuksen neuvosto.")


def test_host_and_hosted_apart_say_nothing_of_the_tie() -> None:
    got = part_of("Suomen Akatemian rahoittama hanke ja strategisen tutkimuksen neuvosto tekevät yhteistyötä.")
    assert (STN, AKATEMIA) not in got
