"""The department at the end of a member row ("• Anna Kivi, suunnittelija - Sivistystoimiala") is a Body, and the
row's title is the person's post in it. A row end that is no department's head word, or a row whose middle field is
no post title, gives neither. Invented names and rows."""

from __future__ import annotations

from helpers import needs_voikko, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer

ROWS = ("§ 3 Työryhmän nimeäminen\n\nPäätän nimetä hankkeen työryhmään seuraavat henkilöt:\n\n"
        "  • Aino Koski, suunnittelija - Sivistystoimiala\n"
        "  • Eero Salo, infrayksikön päällikkö - Tekninen toimiala\n"
        "  • Liisa Puro, toimialajohtaja - Elinvoima- ja ympäristötoimiala\n"
        "  • Pekka Lampi, hyvä ystävä - Kulttuuritoimiala\n"
        "  • Olli Mäki, strategiapäällikkö - Esimerkkilä\n")


@needs_voikko
def test_row_departments_and_the_posts_in_them() -> None:
    out = extract_document(record(ROWS, kind="minutes"), gazetteer=reference_gazetteer())
    label = {i: e.label for i, e in out.entities.items()}
    bodies = {e.label for e in out.entities.values() if e.type == "Body"}
    assert {"Sivistystoimiala", "Tekninen toimiala", "Elinvoima- ja ympäristötoimiala"} <= bodies
    assert "Kulttuuritoimiala" not in bodies and "Esimerkkilä" not in bodies
    posts = {(label[f.subject], f.post, label[f.object]) for f in out.facts
             if f.predicate == "holdsPost" and f.rule == "holdsPost:row-department"}
    assert posts == {("Aino Koski", "suunnittelija", "Sivistystoimiala"),
                     ("Eero Salo", "infrayksikön päällikkö", "Tekninen toimiala"),
                     ("Liisa Puro", "toimialajohtaja", "Elinvoima- ja ympäristötoimiala")}


@needs_voikko
def test_rows_run_into_one_line_part_at_their_bullets() -> None:
    """A transcript that lost the list's line breaks keeps its bullets: each bullet opens a row."""
    flat = ROWS.replace("\n  • ", " • ")
    out = extract_document(record(flat, kind="minutes"), gazetteer=reference_gazetteer())
    label = {i: e.label for i, e in out.entities.items()}
    posts = {(label[f.subject], f.post, label[f.object]) for f in out.facts
             if f.predicate == "holdsPost" and f.rule == "holdsPost:row-department"}
    assert posts == {("Aino Koski", "suunnittelija", "Sivistystoimiala"),
                     ("Eero Salo", "infrayksikön päällikkö", "Tekninen toimiala"),
                     ("Liisa Puro", "toimialajohtaja", "Elinvoima- ja ympäristötoimiala")}, posts
    # a bulleted name whose row runs on into prose is no row
    prose = extract_document(record("Kokous alkoi · Aino Koski, suunnittelija - Sivistystoimiala totesi asian.\n",
                                          kind="minutes"), gazetteer=reference_gazetteer())
    assert not [f for f in prose.facts if f.rule == "holdsPost:row-department"]
