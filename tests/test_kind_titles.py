"""A title that says its organisation's kind, held in the page's one organisation of that kind
(extract/kind_titles.py). The pages are written for these tests: invented companies, parishes and people.
"""

from __future__ import annotations

from pathlib import Path

from helpers import needs_voikko

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.kind_titles import RULE, law_kind
from welfare_kg.loaders import load_document


def _posts(tmp_path: Path, text: str, *, any_rule: bool = False) -> set[tuple[str, str, str | None]]:
    doc = tmp_path / "uutinen.txt"
    doc.write_text(text, encoding="utf-8")
    ex = extract_document(load_document(doc))
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object], f.post) for f in ex.facts
            if f.rule == RULE or (any_rule and f.predicate == "holdsPost")}


@needs_voikko
def test_a_quoted_managing_director_works_in_the_page_s_one_company(tmp_path: Path) -> None:
    text = ("Rantalan Osuuspankki lahjoitti 5 000 euroa kylän nuorisotyöhön. Lahjoitus jaetaan kolmelle kohteelle. "
            "Kohteet valittiin yhdessä.\n\n"
            "– Haluamme tukea paikallista toimintaa, kertoo toimitusjohtaja Matti Virtanen.\n")
    assert _posts(tmp_path, text) == {("Matti Virtanen", "Rantalan Osuuspankki", "toimitusjohtaja")}


@needs_voikko
def test_two_companies_or_an_owner_s_genitive_give_no_post_here(tmp_path: Path) -> None:
    two = ("Rantalan Osuuspankki ja Kylämäen Sähkö Oy lahjoittivat varoja nuorisotyöhön.\n\n"
           "– Haluamme tukea paikallista toimintaa, kertoo toimitusjohtaja Matti Virtanen.\n")
    assert _posts(tmp_path, two) == set()
    owned = ("Rantalan Osuuspankki lahjoitti varoja nuorisotyöhön.\n\n"
             "– Tuki tulee tarpeeseen, sanoo Nuorisoseuran toiminnanjohtaja Anna Lind.\n")
    assert _posts(tmp_path, owned) == set()


@needs_voikko
def test_a_rector_works_in_the_page_s_one_school_whatever_its_type(tmp_path: Path) -> None:
    text = ("Kylämäen Osuuspankki lahjoitti 10 000 euroa Lapin ammattikorkeakoululle. Lahjoitus käytetään "
            "opiskelijoiden stipendeihin.\n\n"
            "– Olemme kiitollisia tuesta, iloitsee rehtori Pekka Esimerkki.\n")
    assert ("Pekka Esimerkki", "rehtori") in {(person, post) for person, _, post in _posts(tmp_path, text)}
    two = ("Lapin ammattikorkeakoulu ja Lapin yliopisto aloittivat yhteistyön.\n\n"
           "– Yhteistyö on tärkeää, sanoo rehtori Pekka Esimerkki.\n")
    assert _posts(tmp_path, two) == set()


@needs_voikko
def test_a_foundation_s_asiamies_works_in_its_one_foundation(tmp_path: Path) -> None:
    text = ("Aarne ja Bertta Esimerkin säätiö myönsi apurahoja tutkimukseen. Hakemuksia tuli runsaasti.\n\n"
            "”Hakijoita oli aiempaa enemmän”, kommentoi säätiön asiamies Ville Malli.\n")
    assert _posts(tmp_path, text) == {("Ville Malli", "Aarne ja Bertta Esimerkin säätiö", "asiamies")}
    no_foundation = ("Kylämäen Osuuspankki lahjoitti varoja.\n\n”Hyvä asia”, kommentoi asiamies Ville Malli.\n")
    assert _posts(tmp_path, no_foundation) == set()


def test_every_title_row_has_a_known_kind_and_its_written_forms_match() -> None:
    from welfare_kg.extract.kind_titles import kind_titles

    def read(before: str) -> set[tuple[str, str]]:
        return {(t.kind, t.post) for t in kind_titles() if t.before.search(before)}

    assert read("kertoo kappalaisena") == {("Parish", "kappalainen")}
    assert read("säger kyrkoherden") == {("Parish", "kyrkoherde")}
    assert read("kertoo vararehtori") == {("School", "vararehtori")}
    assert read("kertoo toimittaja") == set()


@needs_voikko
def test_a_staff_row_with_the_title_after_the_name_works_in_the_page_s_one_association(tmp_path: Path) -> None:
    text = ("Kylämäen Kyläyhdistys ry\n\nYhdistys järjestää tapahtumia kylän asukkaille.\n\nHenkilökunta\n\n"
            "Liisa Salo, toiminnanjohtaja, puh. 040 000 0000\n"
            "Ville Virta, toiminnanjohtaja, Rantalan Uusi Seura\n")
    # the second row names another organisation after the title: that row is no post of the page's association;
    # the staff row's own reading (extract/row_owners.py) may give the post before the kind title does
    assert _posts(tmp_path, text, any_rule=True) == {("Liisa Salo", "Kylämäen Kyläyhdistys ry", "toiminnanjohtaja")}


def test_law_kind_names_the_employer_the_law_gives_a_post_and_no_other() -> None:
    assert law_kind("toimitusjohtaja") == "Company"
    assert law_kind("kirkkoherra") == "Parish"
    assert law_kind("perusturvajohtaja") is None

