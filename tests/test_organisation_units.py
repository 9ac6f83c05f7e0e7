"""Units named with their organisation's genitive and a capitalised name of their own (extract/organisation_units.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import needs_voikko, record
from welfare_kg.extract.document import extract_document


def _parts(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    ex = extract_document(record(text))
    bodies = {(e.type, label) for e in ex.entities.values() for label in e.labels}
    part_of = {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts if f.predicate == "partOf"}
    return bodies, part_of


@needs_voikko
@pytest.mark.parametrize(("text", "unit", "parent"), [
    ("Hanketta toteuttavat Helsingin yliopiston Ruralia-instituutti ja kunnat.", "Ruralia-instituutti",
     "Helsingin yliopisto"),
    ("Mukana on Turun yliopiston Brahea-keskus.", "Brahea-keskus", "Turun yliopisto"),
    ("Tutkimuksen tekee Jyväskylän yliopiston Koulutuksen tutkimuslaitos.", "Koulutuksen tutkimuslaitos",
     "Jyväskylän yliopisto"),
])
def test_named_unit_is_a_body_part_of_its_organisation(text: str, unit: str, parent: str) -> None:
    bodies, part_of = _parts(text)
    assert ("Body", unit) in bodies
    assert any(p == parent for _, p in part_of)


@needs_voikko
def test_project_glued_after_an_organisation_is_no_unit() -> None:
    bodies, _ = _parts("Kainuun liiton Kotona-hanke alkoi keväällä.")
    assert not {b for b in bodies if b[0] == "Body"}


@needs_voikko
@pytest.mark.parametrize(("text", "unit", "parent"), [
    ("Projektet genomförs av Handelshögskolan vid Åbo Akademi och kommunerna.", "Handelshögskolan", "Åbo Akademi"),
    ("Bakom projektet står Svenska social- och kommunalhögskolan vid Helsingfors universitet.",
     "Svenska social- och kommunalhögskolan", "Helsingin yliopisto"),
    ("Utbildningen ordnas av Institutionen för pedagogik (IFP) vid Åbo Akademi.", "Institutionen för pedagogik",
     "Åbo Akademi"),
])
def test_a_swedish_unit_before_vid_is_part_of_its_university(text: str, unit: str, parent: str) -> None:
    bodies, part_of = _parts(text)
    assert ("Body", unit) in bodies
    assert any(p == parent for _, p in part_of)


@needs_voikko
def test_studying_or_meeting_at_a_university_names_no_unit() -> None:
    bodies, _ = _parts("Mötet hölls vid Åbo Akademi. Hon studerade vid Åbo Akademi i fyra år.")
    assert not {b for b in bodies if b[0] == "Body"}


@needs_voikko
@pytest.mark.parametrize(("text", "unit", "parent"), [
    # an association's school named by one capitalised compound of a unit head
    ("Hankkeessa ovat mukana Tukikohta ry ja Kirkkopalvelut ry:n Kansanopisto.", "Kansanopisto", "Kirkkopalvelut ry"),
    # a town's organ genitive, then the unit's compound and the place it bears the name of
    ("Avustuksen saivat Kouvolan kaupungin Nuorisokeskus Anjala ja Virtain kaupunki.", "Nuorisokeskus Anjala",
     "Kouvola"),
    # the head's compound sharing its last part with an elided first
    ("Työtä koordinoi Kuntoutussäätiön Kuntoutusalan tutkimus- ja kehittämiskeskus.",
     "Kuntoutusalan tutkimus- ja kehittämiskeskus", "Kuntoutussäätiö"),
])
def test_a_unit_named_by_its_own_compound_is_part_of_its_owner(text: str, unit: str, parent: str) -> None:
    bodies, part_of = _parts(text)
    assert ("Body", unit) in bodies
    assert (unit, parent) in part_of or any(p.startswith(parent) for _, p in part_of)


@needs_voikko
@pytest.mark.parametrize("text", [
    # an activity in lower case is no named unit
    "Kouvolan kaupungin nuorisotyö sai avustuksen.",
    # a bare head is a heading's word, not a unit's name
    "Kirkkopalvelut ry:n Keskus avautuu ensi vuonna.",
    # a town's genitive alone names the place, not its organ: "Kouvolan Nuorisokeskus" may be anyone's
    "Tapahtuma pidetään Kouvolan Nuorisokeskuksessa.",
])
def test_no_unit_without_a_named_compound_after_an_organ(text: str) -> None:
    bodies, _ = _parts(text)
    assert not {b for b in bodies if b[0] == "Body" and ("keskus" in b[1].lower() or "työ" in b[1])}


@needs_voikko
def test_an_associations_regional_office_is_its_unit_and_runs_a_project() -> None:
    text = "Nuoret mukaan -hanke on Suomen Nuorisoseurat ry:n Itä-Suomen aluetoimiston toteuttama ja hallinnoima."
    ex = extract_document(record(text))
    office = next(e for e in ex.entities.values() if e.label.endswith("Itä-Suomen aluetoimisto"))
    assert office.type == "Body"
    assert any(f.subject == office.iri and f.predicate == "partOf" and "nuorisoseurat" in f.object for f in ex.facts)
    assert any(f.subject == office.iri and f.predicate == "coordinates" for f in ex.facts)


@needs_voikko
def test_an_associations_regional_organisation_is_a_branch_part_of_it() -> None:
    bodies, part_of = _parts("Jäseniksi nimettiin Eläkeläiset ry:n Tampereen aluejärjestö ja Tampereen kaupunki.")
    assert ("Association", "Eläkeläiset ry:n Tampereen aluejärjestö") in bodies
    assert any(u.endswith("aluejärjestö") and p.startswith("Eläkeläiset") for u, p in part_of)


@needs_voikko
def test_a_place_after_an_association_with_another_word_is_no_unit() -> None:
    bodies, _ = _parts("Tukikohta ry:n Tampereen toiminta laajeni viime vuonna.")
    assert not {b for b in bodies if b[0] in {"Body"} or "toiminta" in b[1]}


@needs_voikko
def test_a_named_unit_in_a_list_of_receivers_receives_the_grant() -> None:
    text = ("Opetus- ja kulttuuriministeriö myönsi avustuksia. Suurimmat avustukset saivat Kotkan kaupungin "
            "Nuorisokeskus Anjala, Nuorten Ystävät ry sekä Virtain kaupunki.")
    ex = extract_document(record(text))
    funded = {ex.entities[f.object].label for f in ex.facts if f.predicate == "funds"}
    assert any(label.endswith("Nuorisokeskus Anjala") for label in funded)
