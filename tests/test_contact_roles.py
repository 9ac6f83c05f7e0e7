"""Posts written on a line of their own above or below a contact's name (extract/contact_roles.py).

The pages are written for these tests: invented projects, associations and people, laid out the way project pages
close with their contacts.
"""

from __future__ import annotations

from pathlib import Path

from helpers import needs_voikko

from welfare_kg.extract.contact_roles import ABOVE, BELOW
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders import load_document


def _posts(tmp_path: Path, text: str) -> set[tuple[str, str, str, str | None]]:
    doc = tmp_path / "sivu.txt"
    doc.write_text(text, encoding="utf-8")
    ex = extract_document(load_document(doc))
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object], f.rule, f.post) for f in ex.facts if f.predicate == "holdsPost"}


@needs_voikko
def test_a_staff_title_over_the_name_is_a_post_in_the_page_project(tmp_path: Path) -> None:
    text = ("Kylien voimaa\n\n"
            "Kylien voimaa -hankkeessa kehitetään kyliä. Hanketta hallinnoi Pohjolan Kehitys ry.\n\n"
            "Projektipäällikkö\n\nMatti Virtanen\n\n040 123 4567\n")
    assert _posts(tmp_path, text) == {("Matti Virtanen", "Kylien voimaa", ABOVE, "projektipäällikkö")}


@needs_voikko
def test_a_title_line_under_the_name_naming_the_project_gives_that_project(tmp_path: Path) -> None:
    text = ("Kylien voimaa på landsbygden\n\n"
            "Projektet Kylien voimaa på landsbygden drivs av Pohjolan Kehitys ry.\n\n"
            "Kontakter\n\nAnna Lind\n\nUtvecklingsledare: Kylien voimaa\n")
    posts = _posts(tmp_path, text)
    assert {(p, r, post) for p, _, r, post in posts} == {("Anna Lind", BELOW, "utvecklingsledare")}
    assert {o for _, o, _, _ in posts} == {"Kylien voimaa på landsbygden"}


@needs_voikko
def test_a_genitive_title_line_under_a_labelled_name(tmp_path: Path) -> None:
    text = ("Hanke jatkuu\n\nRantakylät-hanke jatkuu Pohjolan Kehitys ry:n hallinnoimana.\n\n"
            "Lisätiedot: Liisa Mäkelä\nRantakylät-hankkeen projektikoordinaattori\np. 040 765 4321\n")
    assert ("Liisa Mäkelä", "Rantakylät", BELOW, "projektikoordinaattori") in _posts(tmp_path, text)


@needs_voikko
def test_no_post_from_a_phone_line_a_sentence_or_a_name_in_running_text(tmp_path: Path) -> None:
    text = ("Kylien voimaa\n\n"
            "Kylien voimaa -hankkeessa kehitetään kyliä.\n\n"
            "Yhteystiedot\n\nMatti Virtanen\n\n040 123 4567\n\n"  # no title on either side
            "Hankkeen tuloksia esitteli Anna Lind.\nToiminnanjohtaja kiitti.\n")  # a name inside a sentence
    assert not {r for *_, r, _ in _posts(tmp_path, text)} & {ABOVE, BELOW}


@needs_voikko
def test_the_project_s_own_title_in_a_later_sentence_names_its_holder(tmp_path: Path) -> None:
    from welfare_kg.extract.contact_roles import ANAPHOR

    text = ("Kylien voimaa\n\nPohjolan Kehitys ry on saanut rahoitusta Kylien voimaa -hankkeelle. "
            "Hankkeen tarkoituksena on laatia malli. Hankkeen projektipäällikkönä aloittaa 14.8.2017 VTM Matti "
            "Virtanen.\n\nHankkeen ohjausryhmän puheenjohtaja Anna Lind kiitti.\n")  # a group's chair, no post here
    posts = _posts(tmp_path, text)
    assert ("Matti Virtanen", "Kylien voimaa", ANAPHOR, "projektipäällikkö") in posts
    assert not any(p == "Anna Lind" and r == ANAPHOR for p, _, r, _ in posts)


@needs_voikko
def test_a_contact_label_row_with_a_staff_title_after_the_name(tmp_path: Path) -> None:
    from welfare_kg.extract.contact_roles import INLINE

    text = ("Bygdens kraft\n\nProjektet Bygdens kraft drivs av Föreningen Bygden rf.\n\n"
            "BUDGET 120 000 EUR\nKONTAKTPERSON Anna Lindholm, Projektledare Landsbygd\nTel. 040-123 45 67\n")
    assert ("Anna Lindholm", "Bygdens kraft", INLINE, "projektledare") in _posts(tmp_path, text)


@needs_voikko
def test_a_title_with_no_employer_on_a_project_page_is_a_post_in_the_project(tmp_path: Path) -> None:
    from welfare_kg.extract.contact_roles import PAGE_PROJECT_RULE

    text = ("Kylien voimaa\n\nKylien voimaa -hankkeessa kehitetään kyliä. Hanketta hallinnoi Pohjolan Kehitys ry.\n\n"
            "Yhteystiedot:\n\nOsallisuuskoordinaattori\nMatti Virtanen\nmatti.virtanen@example.org\n")
    assert ("Matti Virtanen", "Kylien voimaa", PAGE_PROJECT_RULE, "osallisuuskoordinaattori") in _posts(tmp_path, text)


@needs_voikko
def test_an_organisation_s_head_with_no_employer_written_is_no_project_post(tmp_path: Path) -> None:
    from welfare_kg.extract.contact_roles import PAGE_PROJECT_RULE

    text = ("Kylien voimaa\n\nKylien voimaa -hankkeessa kehitetään kyliä.\n\n"
            "Yhteystiedot:\n\nToiminnanjohtaja\nMatti Virtanen\nmatti.virtanen@example.org\n")
    assert not any(r == PAGE_PROJECT_RULE for *_, r, _ in _posts(tmp_path, text))
