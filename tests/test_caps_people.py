"""Signers whose names a signature block prints in capitals (extract/caps_people.py). Invented names."""

from __future__ import annotations

from tests.helpers import entity_labels, needs_voikko
from welfare_kg.extract.caps_people import ordinary_case

pytestmark = needs_voikko


def test_a_signature_line_in_capitals_names_its_signers() -> None:
    text = ("Kokous päättyi klo 18.10.\n\nPöytäkirjan vakuudeksi\n\nJARKKO KIVELÄ          SANNA HUTTUNEN\n"
            "puheenjohtaja          pöytäkirjanpitäjä\n")
    assert {"Jarkko Kivelä", "Sanna Huttunen"} <= entity_labels(text, "Person", kind="minutes")
    assert "Jan-Erik Högdahl" in entity_labels("Ordförande\n\nJAN-ERIK HÖGDAHL\n", "Person")


def test_headings_in_capitals_are_nobody() -> None:
    for heading in ("KUNNANHALLITUS\nPÖYTÄKIRJA 5/2014\n", "ASIALISTA SIVU\n", "ANNA PALAUTETTA\n",
                    "SOSIAALI- JA TERVEYSLAUTAKUNTA\n", "MATTI VIRTANEN JA\n"):
        assert entity_labels("Kokous alkoi.\n\n" + heading, "Person") == set(), heading


def test_ordinary_case() -> None:
    assert ordinary_case("JAN-ERIK") == "Jan-Erik"
    assert ordinary_case("HÖGDAHL") == "Högdahl"
