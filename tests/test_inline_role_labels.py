"""A runner's and partners' rows inside a page run into one line, and in a capitals fact box (inline_role_labels.py)."""

from __future__ import annotations

import pytest
from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.inline_role_labels import COORDINATOR_RULE, PARTICIPANT_RULE

_TOPIC = ("Muistipolku-hanke\n\nMuistipolku-hanke kehittää muistisairaiden päivätoimintaa. "
          "Muistipolku-hankkeessa kokeillaan uusia ryhmiä.\n\n")
_RUNNER = "Hankkeen hallinnoija Kiteen kaupunki "
# a compound partners' label no field list holds, and a funder's row of its own wording: fewer than three rows the
# field reader knows, so the line is no form transcript to it
_PARTNERS = "Hankkeen sopimuskumppanit: Tohmajärven kunta, Rääkkylän kunta ja Outokummun kaupunki "
_TAIL = ("Hankkeen rahoitus- ja yhteistyötaho: Sosiaali- ja terveysministeriö Hankkeen kohderyhmät: muistisairaat ja "
         "heidän omaisensa, kuntien kotihoito ja järjestöt.")


def _roles(text: str) -> dict[str, set[str]]:
    """Subjects by rule name (this module's two) and by predicate (any rule's coordinates / participatesIn)."""
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    got: dict[str, set[str]] = {k: set() for k in (COORDINATOR_RULE, PARTICIPANT_RULE, "coordinates", "participatesIn")}
    for f in out.facts:
        for k in (f.rule, f.predicate):
            if k in got:
                got[k].add(f.subject.removeprefix(ID))
    return got


def test_flattened_page_rows() -> None:
    got = _roles(_TOPIC + "3 Tiivistelmä " + _RUNNER + _PARTNERS + _TAIL + "\n")
    assert len(got["coordinates"]) == 1
    assert len(got["participatesIn"]) == 3
    assert not got["coordinates"] & got["participatesIn"]


def test_rows_swapped() -> None:
    """The partners' row before the runner's: each row still names its own."""
    got = _roles(_TOPIC + "3 Tiivistelmä " + _PARTNERS + _RUNNER + _TAIL + "\n")
    assert len(got["coordinates"]) == 1
    assert len(got["participatesIn"]) == 3
    assert not got["coordinates"] & got["participatesIn"]


def test_runner_name_marked_only_elsewhere() -> None:
    """The runner's name glued into the row (a legal form the recogniser reads with the next label) but named
    whole further on: the row's value is read by that name. (Since the walk back from a legal form stops at a
    heading noun, the recogniser reads the name whole in the row too, and the label-verb rule may state it first.)"""
    line = ("3 Tiivistelmä Hankkeen hallinnoija Keski-Karjalan Muisti ry Hankkeen sopimuskumppanit: Tohmajärven "
            "kunta " + _TAIL)
    text = _TOPIC + line + "\n\nKeski-Karjalan Muisti ry:n hallitus hyväksyi suunnitelman.\n"
    got = _roles(text)
    assert got["coordinates"] == {"association/keski-karjalan-muisti"}
    assert "association/keski-karjalan-muisti" not in got["participatesIn"]


def test_one_cell_a_line_is_left_to_the_field_reader() -> None:
    """The same rows one a line are fields.py's; this rule adds nothing there (no second reading)."""
    text = _TOPIC + "Hankkeen hallinnoija: Kiteen kaupunki\n\nHankkeen yhteistyökumppanit:\n\nTohmajärven kunta\n"
    got = _roles(text)
    assert not got[COORDINATOR_RULE] and not got[PARTICIPANT_RULE]
    assert len(got["coordinates"]) == 1 and len(got["participatesIn"]) == 1


def test_capitals_fact_box() -> None:
    text = ("Ökat arbetskraftsutbud\n\nProjektet Ökat arbetskraftsutbud ska utveckla metoder. Projektet Ökat "
            "arbetskraftsutbud pågår i tre år.\n\nFakta\n\nINSATSOMRÅDE Sysselsättning\n"
            "SVENSK PROJEKTÄGARE Åre kommun\nEU-STÖD 372 226 EUR\n")
    assert len(_roles(text)[COORDINATOR_RULE]) == 1


def test_label_followed_by_prose_names_no_one() -> None:
    line = ("3 Tiivistelmä Hankkeen hallinnoija vastaa raportoinnista ja kiittää Kiteen kaupunkia sekä Tohmajärven "
            "kuntaa yhteistyöstä. Hankkeen rahoittaja: Sosiaali- ja terveysministeriö " + _TAIL)
    got = _roles(_TOPIC + line + "\n")
    assert not got[COORDINATOR_RULE] and not got[PARTICIPANT_RULE]


def test_funder_and_speakers_rows_name_no_runner() -> None:
    """A funder's row and a seminar's speakers in capitals are no runner's or partners' rows."""
    line = ("3 Tiivistelmä Hankkeen rahoittaja: Kiteen kaupunki Hankkeen kohderyhmät: kuntien kotihoito ja "
            "järjestöt " + _TAIL)
    text = _TOPIC + line + "\n\nPUHUJAT Tohmajärven kunta\nKIITOKSET Rääkkylän kunta\n"
    got = _roles(text)
    assert not got[COORDINATOR_RULE] and not got[PARTICIPANT_RULE]


@pytest.mark.parametrize("rows", [[("Kiteen kaupunki", "päätoteuttaja"), ("Tohmajärven kunta", "osatoteuttaja")],
                                  [("Tohmajärven kunta", "osatoteuttaja"), ("Kiteen kaupunki", "päätoteuttaja")]])
def test_table_one_cell_a_line(rows: list[tuple[str, str]]) -> None:
    """A two-column table flattened one cell a line, blank lines between: each role cell is its name's."""
    text = _TOPIC + "Hankkeen toteuttajat\n\n" + "".join(f"{name}\n\n{role}\n\n" for name, role in rows)
    got = _roles(text)
    assert got["coordinates"] == {"municipality/260"}  # Kitee, the lead
    assert got["participatesIn"] == {"municipality/848"}


def test_capitalised_role_line_is_a_label_over_the_next_name() -> None:
    """"Päätoteuttaja" capitalised heads the next name (fields.py reads it): no role cell of the name above."""
    text = _TOPIC + "Osatoteuttaja\n\nTohmajärven kunta\n\nPäätoteuttaja\n\nKiteen kaupunki\n"
    got = _roles(text)
    assert "municipality/848" not in got["coordinates"]
