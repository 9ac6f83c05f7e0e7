"""A page listing the matters of a body's meeting under a lead-in of handling says the body decided each project or
agreement a listed line names (extract/meeting_lists.py): bulleted, numbered, run into one line, a passive lead-in
taking the heading's body; a lead-in of noting or presenting, a list under no handling verb, and a minutes document
(read by its items) state nothing.

Written for these tests: bulletins of invented regions, bodies and projects.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def _decides(text: str, kind: str = "news") -> set[tuple[str, str]]:
    ex = extract_document(record(text, kind=kind))
    labels = {iri: e.label.lower() for iri, e in ex.entities.items()}
    return {(labels.get(f.subject, ""), labels.get(f.object, "")) for f in ex.facts
            if f.predicate == "decides" and f.rule == "decides:meeting-list"}


HEAD = """Tiedote

Järvimaan aluehallitus kokoontui 7.11.

Järvimaan hyvinvointialueen hallitus kokoontui 7.11.2022 puheenjohtaja Olli Mäntylän johdolla.

"""
ITEMS = ["Sosiaalityön henkilöstörakenne",
         "Sopimus Järvimaan Laboratoriokeskuksen liikelaitoskuntayhtymän purkamisesta ja toiminnan siirtämisestä",
         "Vuoden 2023 talousarvion henkilöstöasiat"]


def _page(lead: str, bullet: str = "• ", numbered: bool = False, run_on: bool = False) -> str:
    if run_on:
        return HEAD + lead + " " + " ".join("• " + x for x in ITEMS) + "\n\nLisätietoja antaa johtaja.\n"
    rows = [(f"{k}. " if numbered else bullet) + x for k, x in enumerate(ITEMS, 1)]
    return HEAD + lead + "\n\n" + "\n".join(" " + r for r in rows) + "\n\nLisätietoja antaa johtaja.\n"


LEAD = "Aluehallitus käsitteli kokouksessaan muun muassa seuraavia asioita:"


def _agreement(found: set[tuple[str, str]]) -> bool:
    return any("aluehallitus" in s or "hallitus" in s for s, o in found if "laboratoriokeskuksen" in o)


def test_bulleted_list_under_the_bodys_lead_in() -> None:
    assert _agreement(_decides(_page(LEAD)))


def test_dashes_numbers_and_run_on_bullets() -> None:
    assert _agreement(_decides(_page(LEAD, bullet="- ")))
    assert _agreement(_decides(_page(LEAD, numbered=True)))
    assert _agreement(_decides(_page(LEAD, run_on=True)))


def test_passive_lead_in_takes_the_one_body_of_the_heading() -> None:
    assert _agreement(_decides(_page("Kokouksessa käsiteltiin muun muassa seuraavat asiat:")))


def test_noting_presenting_and_unrelated_lists_state_nothing() -> None:
    assert not _decides(_page("Aluehallitus merkitsi tiedoksi seuraavat asiat:"))
    assert not _decides(_page("Aluehallitukselle esiteltiin kokouksessa seuraavat asiat:"))
    assert not _decides(_page("Hyvinvointialueen hankkeita ovat muun muassa:"))


def test_a_minutes_document_is_read_by_its_items_instead() -> None:
    assert not _decides(_page(LEAD), kind="minutes")


SWEDISH = """Nyheter

Regionstyrelsen i Sjöland sammanträdde den 7 november.

Regionstyrelsen behandlade bland annat följande ärenden:

 • Budget för 2023
 • ESF-projektet Friska Unga Sjöland

Mer information ger direktören.
"""


def test_swedish_lead_in() -> None:
    assert any("friska unga" in o for _, o in _decides(SWEDISH))
    assert not _decides(SWEDISH.replace("behandlade bland annat", "informerades om"))


def test_a_case_colon_inside_a_listed_line_is_no_lead_in() -> None:
    # "Oy:n" ends in a colon and a letter: the line is one listed item, not a lead-in of the items after it
    page = ("Tiedote\n\nJärvimaan kunnanhallitus kokoontui maanantaina. Esillä olivat muun muassa nämä asiat:\n\n"
            " • Järvimaan kunnanhallitus päätti valita siivouspalveluiden tuottajaksi Puhdas Koti Oy:n.\n"
            " • Kunta toteuttaa yhdessä naapurikunnan kanssa Kylät kuntoon -hankkeen vuosina 2024-2025.\n"
            " • Valtuuston päätökset pantiin täytäntöön.\n\nLisätietoja antaa kunnanjohtaja.\n")
    assert not any("kylät kuntoon" in o for _, o in _decides(page))
    # the same list under a real lead-in is still the meeting's business
    lead = page.replace("Esillä olivat muun muassa nämä asiat:", "Kunnanhallitus käsitteli seuraavat asiat:")
    assert any("kylät kuntoon" in o for _, o in _decides(lead))


def test_matters_under_handling_are_the_meetings_business() -> None:
    lead = "Järvimaan aluehallitus kokoontui ja käsittelyssä olivat mm. seuraavat asiat:"
    assert _agreement(_decides(_page(lead)))
