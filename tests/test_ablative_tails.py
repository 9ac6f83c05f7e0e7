"""A giver in the ablative whose recognised name stops before its "ry" ("Leader Outokaira ry:ltä": the reference name
is "Leader Outokaira", its "ry:ltä" outside the mention, which reads as a nominative) still gives the money it is
said to give: `ablative_case` reads the ending on a word or two after the name, as `allative_tail` reads ":lle".
Invented projects; the Leader groups are in data/leader_groups.csv."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.allative_grants import ablative_case
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Mention
from welfare_kg.loaders.record import DocumentRecord


def _funds(text: str) -> set[tuple[str, str]]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts if f.predicate == "funds"}


def test_ending_after_the_name_is_read() -> None:
    text = "rahoitusta Leader Outokaira ry:ltä."
    m = Mention(start=11, end=27, surface="Leader Outokaira", label="Leader Outokaira", type="Association",
                rule="gazetteer", case="nimento")
    assert ablative_case(m, text, 0)
    assert not ablative_case(m)  # without the text only the mention's own case counts
    other = "rahoitusta Leader Outokaira ry:lle."
    assert not ablative_case(m, other, 0)


@needs_voikko
def test_leader_group_written_with_ry_funds_the_project() -> None:
    assert _funds("Kylävoima-hanke on saanut rahoitusta Leader Outokaira ry:ltä.") == {
        ("Outokaira tuottamhan ry", "Kylävoima")}
