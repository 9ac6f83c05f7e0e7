"""People on the rows of a steering or working group's member list on a news or project page.

The rows are written for these tests: invented people, invented groups, laid out the way such pages list
members (a bullet, surname first or first name first, a post, an organisation).
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.titled_rows import titled_row_people
from welfare_kg.loaders import load_document


def _labels(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.label, m.parts) for m in titled_row_people(text, MORPH)]


@needs_voikko
def test_surname_first_and_first_name_first_rows() -> None:
    text = ("Ohjausryhmään kuuluvat:\n"
            " • Tammilehto Marketta, osastopäällikkö, Vantaa\n"
            "  • varajäsen: Kurkela Sanna, hallintopäällikkö, Vantaa\n"
            " • Jorma Vuorela, kulttuurijohtaja - Espoon kaupunki\n")
    assert _labels(text) == [("Marketta Tammilehto", ("Tammilehto Marketta",)),
                             ("Sanna Kurkela", ("Kurkela Sanna",)),
                             ("Jorma Vuorela", ())]


@needs_voikko
def test_rows_without_a_post_or_a_first_name_are_no_people() -> None:
    text = ("Hankkeen kunnat\n"
            "• Lahti Hollola, Asikkala ja Heinola\n"  # places, no post
            "• Kivi Anna, Espoo\n"  # a name but no post on the row
            "• Kuntoutus Kotona, projektipäällikkö, Esimerkkiyhdistys ry\n"  # a project's name, no first name
            "• Mikko Kivelä, 12.3.2024 alkaen johtaja\n")  # a date is no post phrase
    assert _labels(text) == []


@needs_voikko
def test_a_row_person_keeps_the_surname_as_written_and_gets_the_post(tmp_path) -> None:
    doc = tmp_path / "ohjausryhma.txt"
    doc.write_text("Hankkeelle nimettiin ohjausryhmä\n\n"
                   "Esimerkkihankkeen ohjausryhmä aloitti työnsä. Ohjausryhmään kuuluvat:\n\n"
                   "• Tammilehto Marketta, osastopäällikkö, Jyväskylän kaupunki\n"
                   "• Pertti Lindin, ylilääkäri, Tampereen kaupunki\n", encoding="utf-8")
    ex = extract_document(load_document(doc))
    people = {e.iri: e for e in ex.entities.values() if e.type == "Person"}
    labels = {e.label for e in people.values()} | {x for e in people.values() for x in e.labels}
    assert "Marketta Tammilehto" in labels
    assert "Pertti Lindin" in labels  # nominative on the row: no genitive of "Lind" read into it
    posts = {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts
             if f.predicate == "holdsPost"}
    assert any(o.startswith("Jyväskylä") and "Tammilehto" in s for s, o in posts)


@needs_voikko
def test_a_run_of_name_lines_is_a_list_of_people_and_a_lone_one_is_not() -> None:
    from welfare_kg.extract.titled_rows import name_line_people

    text = ("Lautakunta nimesi neuvostoon seuraavat jäsenet:\n\n"
            "Tammilehto Marketta\nKurkela Sanna\n\nJorma Vuorela\n\n"
            "Neuvoston sihteerinä toimii\n\nPekka Laaksola\n\nHankkeen kunnat\nLahti\nHollola Asikkala\n")
    people = name_line_people(text, MORPH)
    assert [(m.label, m.parts) for m in people] == [("Marketta Tammilehto", ("Tammilehto Marketta",)),
                                                   ("Sanna Kurkela", ("Kurkela Sanna",)),
                                                   ("Jorma Vuorela", ())]


@needs_voikko
def test_a_row_naming_the_organisation_in_the_post_gives_its_holds_post(tmp_path) -> None:
    doc = tmp_path / "tyoryhma.txt"
    doc.write_text("Hankkeen ohjausryhmä\n\nOhjausryhmään kuuluvat:\n\n"
                   "• Vuorela Jorma, Esimerkin Omaiset ry:n puheenjohtaja\n"
                   "• Laaksola Pekka, Jyväskylän kaupungin sosiaalijohtaja\n"
                   "• Kurkela Sanna, Jyväskylän Kiertävät Aikuiset\n", encoding="utf-8")  # no post on the row
    ex = extract_document(load_document(doc))
    # the rows' own rule or the run of "Name, <organisation> <title>" rows read whole (extract/comma_title_runs.py)
    rows = {(ex.entities[f.subject].label, ex.entities[f.object].type, f.post) for f in ex.facts
            if f.rule in {"holdsPost:titled-row", "holdsPost:run-title"}}
    people = {ex.entities[f.subject].label for f in ex.facts if f.predicate == "holdsPost"
              and f.post != "jäsen"}  # since 2026-12-05 the bulleted "Kurkela Sanna" is read: the group's member
    assert ("Vuorela Jorma", "Association", "puheenjohtaja") in rows or \
        ("Jorma Vuorela", "Association", "puheenjohtaja") in rows
    assert any(t == "Municipality" and p == "sosiaalijohtaja" for _, t, p in rows)
    assert not any("Kurkela" in s for s in people)  # no post of the organisation from a row without a title


@needs_voikko
def test_the_chair_printed_under_the_role_line_chairs_the_meeting_body(tmp_path) -> None:
    doc = tmp_path / "neuvosto.txt"
    doc.write_text("ESIMERKIN KAUPUNGIN VANHUSNEUVOSTO\n\nVanhusneuvoston pöytäkirja 4/2023\n\n"
                   "Aika: 5.6.2023 klo 13.00-15.00\n\nKutsutut: Puheenjohtaja\nJorma Vuorela\n\n"
                   "Jäsenet\nMarketta Tammilehto\nSanna Kurkela\n\nSihteeri\nPekka Laaksola\n\n"
                   "§ 1 Kokouksen avaus\n\nPuheenjohtaja avasi kokouksen.\n\n"
                   "§ 2 Pöytäkirjan tarkastus\n\nPäätös\n\nVanhusneuvosto valitsi pöytäkirjan tarkastajat.\n\n"
                   "Lisätietoja antaa sihteeri Pekka Laaksola.\n", encoding="utf-8")
    ex = extract_document(load_document(doc))
    chairs = [(ex.entities[f.subject].label, ex.entities[f.object].type) for f in ex.facts
              if f.rule == "holdsPost:chair-above"]
    assert chairs == [("Jorma Vuorela", "Body")]


@needs_voikko
def test_a_member_table_printed_seat_first_gives_its_people_but_a_lone_sentence_line_does_not() -> None:
    from welfare_kg.extract.titled_rows import seat_row_people

    table = ("Tehtävä Varsinainen jäsen Edustus\n"
             "Puheenjohtaja Tammilehto Marketta kunnan edustaja\n"
             "Jäsen Kurkela Sanna eläkeyhdistyksen edustaja\n"
             "Jäsen Laaksola Pekka\n")
    assert [m.label for m in seat_row_people(table, MORPH)] == ["Marketta Tammilehto", "Sanna Kurkela",
                                                                 "Pekka Laaksola"]
    sentence = "Kokous alkoi.\nPuheenjohtaja Jorma Vuorela avasi kokouksen.\nTodettiin läsnäolijat.\n"
    assert seat_row_people(sentence, MORPH) == []


@needs_voikko
def test_a_run_lends_its_order_to_a_name_no_first_name_decides_but_not_to_a_place_or_a_word() -> None:
    from welfare_kg.extract.titled_rows import name_line_people, seat_row_people

    text = ("Jäsenet:\n\nTammilehto Marketta\nKurkela Sanna\nVuorela Jorma\nQwarz Zebbo\nHollola Asikkala\n"
            "Hankkeen Kunnat\n")
    labels = [m.label for m in name_line_people(text, MORPH)]
    assert labels == ["Marketta Tammilehto", "Sanna Kurkela", "Jorma Vuorela", "Zebbo Qwarz"]
    table = ("Jäsen Tammilehto Marketta kunnan edustaja\nJäsen Kurkela Sanna Esimerkin edustaja\n")
    assert [m.label for m in seat_row_people(table, MORPH)] == ["Marketta Tammilehto", "Sanna Kurkela"]


@needs_voikko
def test_a_boards_representative_printed_under_the_role_line_holds_the_post_in_that_board(tmp_path) -> None:
    doc = tmp_path / "neuvosto.txt"
    doc.write_text("ESIMERKIN KAUPUNGIN VANHUSNEUVOSTO\n\nVanhusneuvoston pöytäkirja 4/2030\n\n"
                   "Läsnä:\n\nPuheenjohtaja\nJorma Vuorela\n\nJäsenet\nMarketta Tammilehto\n\n"
                   "Kh:n edustaja\nSanna Kurkela (etäyhteydellä)\n\nSihteeri\nPekka Laaksola\n\n"
                   "1. Kokouksen avaus\n\nPuheenjohtaja avasi kokouksen. Kaupunginhallitus on pyytänyt lausuntoa.\n",
                   encoding="utf-8")
    ex = extract_document(load_document(doc))
    reps = {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts
            if f.rule == "holdsPost:representative-above"}
    assert len(reps) == 1
    person, body = next(iter(reps))
    assert person == "Sanna Kurkela" and "hallitus" in body.lower()
