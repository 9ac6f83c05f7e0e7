"""A council's page lists its members one a line under a bare roster heading or under the association they stand
for (extract/council_rosters.py). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _extract(text: str, kind: str = "news"):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind=kind))


def _posts(ex) -> set[tuple[str, str]]:
    ents = ex.entities
    return {(ents[f.subject].label, ents[f.object].label) for f in ex.facts
            if f.predicate == "holdsPost" and f.subject in ents and f.object in ents}


COUNCIL = ("Vanhusneuvosto\n\nVanhusneuvosto tekee aloitteita ja antaa lausuntoja. Vanhusneuvoston kokoukset ovat "
           "avoimia.\n\n")


def test_bare_members_heading_seats_each_row_in_the_pages_council() -> None:
    ex = _extract(COUNCIL + "Jäsenet:\nAnneli Korpela, pj.\nVeikko Salmenkivi\nRaili Hautamäki\n")
    posts = _posts(ex)
    assert {("Anneli Korpela", "Vanhusneuvosto"), ("Veikko Salmenkivi", "Vanhusneuvosto"),
            ("Raili Hautamäki", "Vanhusneuvosto")} <= posts
    chair = [f for f in ex.facts if f.rule == "holdsPost:council-roster" and f.subject.endswith("anneli-korpela")]
    assert chair and chair[0].post == "puheenjohtaja"


def test_an_association_heading_is_the_home_of_the_rows_under_it_not_of_the_row_before() -> None:
    text = COUNCIL + ("VANHUSNEUVOSTO\n\nKunnan edustajat:\n\nJ Anneli Korpela\n\nVj Veikko Salmenkivi\n\n"
                      "Esimerkkilän Eläkkeensaajat ry\n\nJ Raili Hautamäki\n\nVj Oskari Lehtimäki\n")
    posts = _posts(_extract(text))
    assert ("Raili Hautamäki", "Esimerkkilän Eläkkeensaajat ry") in posts
    assert ("Oskari Lehtimäki", "Esimerkkilän Eläkkeensaajat ry") in posts
    assert ("Veikko Salmenkivi", "Esimerkkilän Eläkkeensaajat ry") not in posts  # the row before the heading
    assert ("Anneli Korpela", "Vanhusneuvosto") in posts and ("Oskari Lehtimäki", "Vanhusneuvosto") in posts


def test_swedish_member_and_deputy_on_one_row() -> None:
    text = ("Äldrerådet\n\nÄldrerådet ger utlåtanden i frågor som berör äldre. Äldrerådet sammanträder fyra gånger.\n\n"
            "Äldrerådets sammansättning 2024\n\nGunnar Holmberg, ordförande      ersättare Britt Sandell\n"
            "medlem  Ingrid Wikström      ersättare  Karl Nyholm\n")
    ex = _extract(text)
    posts = _posts(ex)
    assert {("Gunnar Holmberg", "Äldreråd"), ("Ingrid Wikström", "Äldreråd"), ("Britt Sandell", "Äldreråd")} <= posts
    deputy = [f for f in ex.facts if f.subject.endswith("karl-nyholm") and f.rule == "holdsPost:council-roster"]
    assert deputy and deputy[0].post == "varajäsen"


def test_minutes_and_running_text_are_no_roster() -> None:
    text = COUNCIL + "Jäsenet:\nAnneli Korpela\nVeikko Salmenkivi\n"
    assert not [f for f in _extract(text, kind="minutes").facts if f.rule.startswith("holdsPost:council-roster")]
    prose = COUNCIL + "Jäsenet:\nAnneli Korpela kertoi, että neuvosto kokoontuu. Veikko Salmenkivi kiitti.\n"
    assert not [f for f in _extract(prose).facts if f.rule.startswith("holdsPost:council-roster")]


def test_a_row_opening_with_another_bodys_title_is_not_a_seat() -> None:
    text = COUNCIL + "Jäsenet:\nAnneli Korpela\nkunnanhallituksen edustaja Veikko Salmenkivi\n"
    posts = _posts(_extract(text))
    assert ("Anneli Korpela", "Vanhusneuvosto") in posts
    assert ("Veikko Salmenkivi", "Vanhusneuvosto") not in posts



SV_COUNCIL = ("Äldrerådet\n\nÄldrerådet är ett rådgivande organ. Äldrerådet ger utlåtanden till kommunen.\n\n")


def test_a_consisting_verb_before_a_colon_opens_a_roster_with_seats_after_names_without_a_comma() -> None:
    ex = _extract(SV_COUNCIL + "Äldrerådet består 2030-2031 av:\n\n • Greta Nyholm ordförande (representant för "
                  "pensionärerna)\n • Holger Sandvik vice ordförande\n • Elin Åkerblom (representant för anhöriga)\n")
    seats = {(ex.entities[f.subject].label, f.post) for f in ex.facts
             if f.rule == "holdsPost:council-roster" and f.subject in ex.entities}
    assert seats == {("Greta Nyholm", "ordförande"), ("Holger Sandvik", "vice ordförande"), ("Elin Åkerblom", "jäsen")}


def test_a_sentence_with_a_consisting_verb_opens_no_roster() -> None:
    ex = _extract(SV_COUNCIL + "Äldrerådet består av fem medlemmar. Greta Nyholm är ordförande.\n")
    assert not [f for f in ex.facts if f.rule == "holdsPost:council-roster"]
