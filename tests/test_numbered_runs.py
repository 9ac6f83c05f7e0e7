"""A transcript that runs the minutes' list of items into one line with no heading over it ("... 74 Pöytäkirjan
tarkastajien valitseminen 75 Työjärjestyksen hyväksyminen 76 ...") is read as its list of contents by the chain of
§ numbers (document._numbered_run): the meeting's body decides an agreement or project an entry names; the capitals
of another system, a figure inside a title, and Swedish as Finnish; stray figures, a short run and an attendance line
with numbers make no list.

Written for these tests: minutes of invented towns, companies and agreements.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import _numbered_run, extract_document


def _decides(text: str) -> set[tuple[str, str]]:
    ex = extract_document(record(text, kind="minutes"))
    labels = {iri: e.label.lower() for iri, e in ex.entities.items()}
    return {(labels.get(f.subject, ""), labels.get(f.object, "")) for f in ex.facts if f.predicate == "decides"}


ENTRIES = ["Kokouksen laillisuus ja päätösvaltaisuus", "Pöytäkirjan tarkastajien valitseminen",
           "Työjärjestyksen hyväksyminen", "Vuoden 2015 talousarvion toteutuminen",
           "Kivikylän Sähkö Oy / Pajamäen teollisuushallin vuokrasopimus", "Koivulan koulun myynti", "Ilmoitusasiat"]


def _transcript(entries: list[str], first: int = 74) -> str:
    run = " ".join(f"{first + k} {e}" for k, e in enumerate(entries))
    return (f"1 PÖYTÄKIRJA 12 Kunnanhallitus Kunnanhallitus Kunnanhallituksen kokoushuone kello {run}\n\n"
            "2 PÖYTÄKIRJA 12 Kunnanhallitus Läsnä olleet jäsenet: Kalle Koski pj., esteellinen 84 Liisa Laine "
            "Matti Mäki esteellinen 82, 83\n")


def _leased(found: set[tuple[str, str]]) -> bool:
    return any("kunnanhallitus" in s and "vuokrasopimus" in o for s, o in found)


def test_run_in_list_without_heading() -> None:
    assert _numbered_run(_transcript(ENTRIES)) is not None
    assert _leased(_decides(_transcript(ENTRIES)))


def test_capitals_and_other_numbering() -> None:
    assert _leased(_decides(_transcript([e.upper() for e in ENTRIES], first=5)))
    signed = _transcript(ENTRIES).replace("kello ", "kello § ")
    for k in range(len(ENTRIES)):
        signed = signed.replace(f" {74 + k} ", f" {74 + k} §", 1)
    assert _numbered_run(signed) is not None
    assert _leased(_decides(signed))


def test_short_runs_and_stray_figures_make_no_list() -> None:
    assert _numbered_run(_transcript(ENTRIES[:3])) is None
    figures = ("1 PÖYTÄKIRJA Kunnanhallitus Läsnä: Kalle Koski esteellinen 84 Liisa Laine 85 Matti Mäki 12 "
               "Aino Aho 2 Ville Vuori\n")
    assert _numbered_run(figures) is None


def test_swedish_run_in_list() -> None:
    entries = ["Mötets laglighet och beslutförhet", "Val av protokolljusterare", "Godkännande av föredragningslistan",
               "Ekonomisk uppföljning", "Samarbetsavtal med Åby kommun om hemvård", "Anmälningsärenden"]
    text = ("1 PROTOKOLL 5 Kommunstyrelsen Kommunstyrelsen kl. 18 " + " ".join(f"{30 + k} {e}" for k, e in
            enumerate(entries)) + "\n\n2 PROTOKOLL 5 Närvarande: Karl Berg ordförande\n")
    assert _numbered_run(text) is not None
