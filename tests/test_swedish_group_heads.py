"""Swedish protocols' group heads and officials' rows (thirty-first session, recall audit of fresh Swedish pages).

The texts are written for these tests: invented people of invented Swedish municipalities, laid out as the first
page of a protocol. Three layouts lost their posts:
- "Ledamöter Anna X (m) Ordförande ... Övriga Lisa Y IFO-chef Eva Z Hemtjänstchef": "Ledamöter" and a bare
  "Övriga" head the rows as "Beslutande" and "Övriga deltagande" do (extract/people.py `_BLOCK_START`);
- "Övriga närvarande Kommunchef Per X Kommunsekreterare Eva Y": the first title of a title-first run stands right
  after the attendance word, which the role cleaning cut away with all that follows it (extract/posts.py);
- "KOMMUNSTYRELSENS SOCIALA UTSKOTT": the parent's s-genitive and an adjective before the sub-body; the chair is the
  utskott's, not the kommunstyrelse's (extract/posts.py `meeting_body`).
And "Eva Z Vård och äldreomsorgschef" is a title shared by a coordinated compound, no company "Vård".
"""

from __future__ import annotations

from helpers import needs_voikko, post_rows

_HEAD = "BJÖRKVIKS KOMMUN\nKOMMUNSTYRELSENS SOCIALA UTSKOTT\nTid: 9:00 - 12:00 Plats: Eken\n"


@needs_voikko
def test_ledamoter_and_ovriga_head_rows_of_names_and_titles() -> None:
    text = (_HEAD + "Ledamöter Anna Lindberg (m) Ordförande Per Åkesson (s) Vice ordförande Lena Ström (c) "
            "Övriga Karin Holm IFO-chef Eva Sandell Hemtjänstchef Olof Bergman Ekonom Maria Falk Sekreterare "
            "Justeringsdag:\n")
    rows = post_rows(text)
    by_person = {(p, org) for p, _, org in rows}
    assert ("Karin Holm", "Björkviks kommun") in by_person, rows
    assert ("Eva Sandell", "Björkviks kommun") in by_person, rows
    assert ("Olof Bergman", "Björkviks kommun") in by_person, rows
    # the chair's seat is in the sub-body that meets, not in its parent named in the genitive
    chair = {org for p, post, org in rows if p == "Anna Lindberg" and post == "puheenjohtaja"}
    assert chair and not any("styrelse" in o.lower() for o in chair), rows


@needs_voikko
def test_lower_case_group_words_in_prose_open_no_rows() -> None:
    text = ("Björkviks kommun informerar. Nämndens ledamöter Anna Lindberg och Per Åkesson besökte skolan, och "
            "övriga Karin Holm och Eva Sandell deltog.\n")
    assert not any(post == "ekonom" for _, post, _ in post_rows(text, kind="news"))


@needs_voikko
def test_first_title_after_ovriga_narvarande_is_the_first_names() -> None:
    text = ("Kommunstyrelsen\nPlats och tid Kommunhuset, kl. 09:00-12:00\nBeslutande Ledamöter Anna Lindberg (S), "
            "Ordförande Per Åkesson (M) Lena Ström (C) Övriga närvarande Kommunchef Jonas Wikström "
            "Kommunsekreterare Karin Holm Ekonom Eva Sandell Justerare Lena Ström\n"
            "Organ Kommunstyrelsen\n2 Ärendelista Reglemente för folkhälsoarbetet i Björkviks kommun\n")
    rows = post_rows(text)
    assert ("Jonas Wikström", "kommunchef", "Björkviks kommun") in rows, rows
    assert ("Karin Holm", "kommunsekreterare", "Björkviks kommun") in rows, rows
    assert not any(p == "Jonas Wikström" and post == "kommunsekreterare" for p, post, _ in rows), rows


@needs_voikko
def test_a_title_shared_by_a_coordinated_compound_names_no_company() -> None:
    from helpers import record

    from welfare_kg.extract.document import extract_document

    text = _HEAD + "Övriga Karin Holm IFO-chef Eva Sandell Vård och äldreomsorgschef Olof Bergman Ekonom\n"
    out = extract_document(record(text, kind="minutes"))
    assert not any(e.type == "Company" and e.label == "Vård" for e in out.entities.values())
    rows = post_rows(text)
    assert any(p == "Eva Sandell" and org == "Björkviks kommun" for p, _, org in rows), rows
