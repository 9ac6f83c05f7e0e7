"""A Swedish group named by its task and the members a decision appoints to it (extract/entities.py `_named_by_task`,
extract/swedish_compositions.py). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _extract(text: str):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))


def _seats(ex) -> set[tuple[str, str, str | None]]:
    ents = ex.entities
    return {(ents[f.subject].label, ents[f.object].label, f.post) for f in ex.facts
            if f.rule == "holdsPost:swedish-composition" and f.subject in ents and f.object in ents}


TEXT = ("Styrgruppens uppgifter\n\nKommundirektören har utsett följande personer till arbetsgruppen för "
        "främjande av idrott och kultur:\n\n • Greta Nyholm, kulturchef (ordförande)\n"
        " • Holger Sandvik, planerare (sekreterare)\n • Elin Åkerblom, idrottssekreterare\n\n"
        "Gruppen sammanträder fyra gånger per år.\n")


def test_a_lower_case_group_named_by_a_task_with_av_is_one_body() -> None:
    bodies = {e.label for e in _extract(TEXT).entities.values() if e.type == "Body"}
    assert "Arbetsgruppen för främjande av idrott och kultur" in bodies


def test_each_row_after_an_appointing_verb_and_the_group_holds_a_seat_in_it() -> None:
    group = "Arbetsgruppen för främjande av idrott och kultur"
    assert _seats(_extract(TEXT)) == {("Greta Nyholm", group, "ordförande"), ("Holger Sandvik", group, "sekreterare"),
                                      ("Elin Åkerblom", group, "medlem")}


def test_a_group_in_running_text_without_a_colon_opens_no_list() -> None:
    text = ("Kommundirektören har utsett Greta Nyholm till arbetsgruppen för främjande av idrott och kultur. "
            "Holger Sandvik är planerare.\n")
    assert not _seats(_extract(text))


def test_a_coordination_groups_members_keep_their_organisations_and_get_their_written_seats() -> None:
    text = ("Projektsamordningsgrupp\n\nProjektsamordningsgruppen styr projekten.\n\n"
            "Medlemmarna i projektsamordningsgruppen:\n\n  • Greta Nyholm, Livsmedelsverket, ordförande för "
            "projektsamordningsgruppen\n  • Holger Sandvik, Livsmedelsverket\n  • Elin Åkerblom, Livsmedelsverket, "
            "sekreterare för projektsamordningsgruppen\n\nSidan har uppdaterats.\n")
    ex = _extract(text)
    seats = {(person, post) for person, _, post in _seats(ex)}
    assert {("Greta Nyholm", "ordförande"), ("Holger Sandvik", "medlem"), ("Elin Åkerblom", "sekreterare")} <= seats
    orgs = {ex.entities[f.subject].label for f in ex.facts
            if f.rule == "holdsPost:member-row-org" and f.subject in ex.entities}
    assert {"Greta Nyholm", "Holger Sandvik", "Elin Åkerblom"} <= orgs
