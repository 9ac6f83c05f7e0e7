"""Ways real documents write names that the hand-written test documents did not.

Found on the development corpus; the sentences here are written for these tests.
"""

from __future__ import annotations

from tests.helpers import record, triples
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Extraction
from welfare_kg.ontology.namespace import ID


def projects(ex: Extraction) -> dict[str, str]:
    return {e.iri.removeprefix(ID): e.label for e in ex.entities.values() if e.type == "Project"}


def test_dash_glued_to_the_name_instead_of_the_head() -> None:
    """'Perhetyön uudet mallit- hanke' is the same as 'Perhetyön uudet mallit -hanke'."""
    ex = extract_document(record("Perhetyön uudet mallit- hanke alkoi keväällä. Hanketta hallinnoi Oulun kaupunki."))
    names = list(projects(ex).values())
    assert any("Perhetyön uudet mallit" in n for n in names), names
    proj = next(i for i, n in projects(ex).items() if "Perhetyön" in n)
    assert ("municipality/564", "coordinates", proj) in triples(ex)


def test_alphanumeric_acronym_before_its_spelt_out_title() -> None:
    """'KUTO3- Kuntoutuksen ... hankkeen': the acronym with digits is the project's short name."""
    ex = extract_document(record("KUTO3- Kuntoutuksen polut kotiin- hankkeen toiminta alkoi syksyllä. "
                                 "Hanketta koordinoi Oulun kaupunki."))
    ent = [e for e in ex.entities.values() if e.type == "Project"]
    assert len(ent) == 1, [(e.label, e.type) for e in ex.entities.values()]
    assert {"KUTO3", "Kuntoutuksen polut kotiin"} <= ent[0].labels, ent[0].labels
    assert not any("- -" in x for x in ent[0].labels)


def test_acronym_with_digits_glued_to_the_head() -> None:
    ex = extract_document(record("Oulun kaupunki osallistuu KUTO3-hankkeeseen."))
    assert any(label == "KUTO3" for label in projects(ex).values()), projects(ex)


def test_fund_in_parentheses_is_not_the_page_focus() -> None:
    """A project named with its fund ('-hanke (ESR)') stays the project that later sentences speak of."""
    ex = extract_document(record("Perhetyön uudet mallit -hanke (ESR) jatkuu ensi vuoteen. "
                                 "Hankkeessa ovat mukana Kemi ja Tornio. "
                                 "Hankkeen rahoittajana on Euroopan sosiaalirahasto."))
    proj = next(i for i, n in projects(ex).items() if "Perhetyön" in n)
    got = triples(ex)
    assert ("municipality/240", "participatesIn", proj) in got
    assert ("programme/esr", "funds", proj) in got
    assert not any(o == "programme/esr" and p == "participatesIn" for _s, p, o in got)


def test_area_genitive_before_an_acronym_project_is_part_of_its_name() -> None:
    """'Pohjois-Savon AB-kehittämishanke' is one project of that area, not the project 'AB' and a region."""
    ex = extract_document(record("Pohjois-Savon AB-kehittämishankkeessa ovat mukana Kuopio ja Siilinjärvi."))
    names = projects(ex)
    assert list(names.values()) == ["Pohjois-Savon AB-kehittämishanke"], names
    proj = next(iter(names))
    assert ("municipality/297", "participatesIn", proj) in triples(ex)
    # the region stays only as the area the project's name gives it, not as a participant
    assert not any(s.startswith("region/") and p == "participatesIn" for s, p, _o in triples(ex))


def test_owner_with_colon_genitive_is_not_part_of_the_name() -> None:
    ex = extract_document(record("THL:n AB-hankkeessa on mukana Kuopio."))
    assert "AB" in projects(ex).values(), projects(ex)


CAPS_MINUTES = """KESKI-SUOMEN LIITTO PÖYTÄKIRJA 3/2015
Maakuntahallitus

§ 21 AVUSTUKSEN MYÖNTÄMINEN HANKKEELLE KOTONA TURVALLISESTI - IKÄIHMISTEN ARKI
Maakuntahallitus päättää myöntää avustuksen hankkeelle.
Päätös: Hyväksyttiin.

§ 22 RAHOITUKSEN MYÖNTÄMINEN YHDESSÄ ETEENPÄIN -KEHITTÄMISHANKKEELLE
Maakuntahallitus päättää myöntää rahoituksen hankkeelle.
Päätös: Hyväksyttiin.

§ 23 JYVÄSKYLÄN KAUPUNGIN TALOUSARVION SEURANNAN JA RAPORTOINNIN KEHITTÄMISHANKE
Merkittiin tiedoksi.
"""


def test_names_inside_capitalised_item_titles() -> None:
    """Capitals are no name: the name is what the title's structure gives, and a whole heading is none."""
    ex = extract_document(record(CAPS_MINUTES, kind="minutes"))
    names = {n.lower() for n in projects(ex).values()}
    assert "kotona turvallisesti - ikäihmisten arki" in names, names
    assert any(n.startswith("yhdessä eteenpäin") for n in names), names
    assert not any("myöntäminen" in n or "talousarvion" in n for n in names), names
    decided = {o for _s, p, o in triples(ex) if p == "decides"}
    assert set(projects(ex)) <= decided, (projects(ex), decided)


def test_a_title_cut_off_by_the_end_of_the_text_names_nothing() -> None:
    ex = extract_document(record("§ 5 RAHOITUKSEN MYÖNTÄMINEN HANKKEELLE KOTONA TURVALLI", kind="minutes"))
    assert not projects(ex), projects(ex)


def test_an_item_granting_several_projects_decides_each() -> None:
    text = ("Perusturvalautakunta\n\n§ 8 Avustusten myöntäminen Kaamos-hankkeelle ja Revontuli-hankkeelle\n"
            "Lautakunta päättää myöntää avustukset hankkeille.\nPäätös: Hyväksyttiin.\n")
    ex = extract_document(record(text, kind="minutes"))
    assert {"Kaamos", "Revontuli"} <= set(projects(ex).values()), projects(ex)
    decided = {o for _s, p, o in triples(ex) if p == "decides"}
    assert set(projects(ex)) <= decided, (projects(ex), decided)


def test_agreement_title_in_capitals_after_a_page_label() -> None:
    """'Sopimus SOPIMUS X' opens a transcript: the label word is not the title, and the title is no caps name."""
    text = ("Sopimus SOPIMUS KOTIHOIDON YÖPARTION JÄRJESTÄMISESTÄ POHJOIS-SAVOSSA\n\n"
            "1. Sopimuksen osapuolet\nTämän sopimuksen sopijaosapuolia ovat Kuopion kaupunki ja Siilinjärven kunta.\n")
    ex = extract_document(record(text, kind="agreement"))
    agreements = [e for e in ex.entities.values() if e.type == "Agreement"]
    assert [a.label for a in agreements] == ["Sopimus kotihoidon yöpartion järjestämisestä Pohjois-Savossa"], \
        [a.label for a in agreements]
    got = triples(ex)
    assert ("municipality/297", "participatesIn", agreements[0].iri.removeprefix(ID)) in got, got


def test_swedish_title_in_capitals_names_project_and_programme_apart() -> None:
    text = ("Kommunstyrelsen\n\n§ 40 DELTAGANDE I PROJEKTET HEMMA TRYGG INOM PROGRAMMET VÄLFÄRD\n"
            "Kommunstyrelsen beslutar att delta i projektet.\nBeslut: Godkändes.\n")
    ex = extract_document(record(text, kind="minutes"))
    names = {e.label for e in ex.entities.values() if e.type in {"Project", "Programme"}}
    assert "Hemma trygg" in names, names
    assert not any("INOM" in n.upper().split() for n in names), names


def test_hyphenated_foundation_name_is_an_association() -> None:
    """'Kotiranta-Säätiö' (the kind capitalised after the hyphen) is a foundation like 'Kotiranta-säätiö'."""
    ex = extract_document(record("Osatoteuttajina ovat Kotiranta-Säätiö Oulussa ja Lapin yliopisto."))
    assoc = [e.label.lower() for e in ex.entities.values() if e.type == "Association"]
    assert assoc == ["kotiranta-säätiö"], assoc


def test_genitive_name_before_a_compound_kind_of_association() -> None:
    """'Oulun vanhustensäätiö', 'MLL:n Kempeleen paikallisyhdistys': named associations, not the town alone."""
    ex = extract_document(record("Oulun vanhustensäätiön hakemus hyväksyttiin. Tukea sai myös "
                                 "MLL:n Kempeleen paikallisyhdistys."))
    assoc = sorted(e.label for e in ex.entities.values() if e.type == "Association")
    assert assoc == ["MLL:n Kempeleen paikallisyhdistys", "Mannerheimin Lastensuojeluliitto ry",  # "MLL:n"
                     "Oulun vanhustensäätiö"], assoc
    assert not any(e.type == "Municipality" for e in ex.entities.values())


def test_registered_name_runs_on_to_its_legal_form() -> None:
    ex = extract_document(record("Avustus myönnetään Kallion asukastaloyhdistys Majakka ry:lle."))
    assoc = [e.label for e in ex.entities.values() if e.type == "Association"]
    assert assoc == ["Kallion asukastaloyhdistys Majakka ry"], assoc


def test_a_bare_kind_after_a_town_is_no_name() -> None:
    ex = extract_document(record("Turun säätiö antoi tukea."))
    assert not any(e.type == "Association" for e in ex.entities.values())


def test_one_letter_name_hyphened_to_a_foundation() -> None:
    """'Q-Säätiön' is the foundation 'Q-Säätiö' whose name is one letter; a numeral glued before the letter
    ('4H-yhdistyksen') makes a name of its own, not an association called 'H-yhdistys'."""
    ex = extract_document(record("Toiminnanjohtaja Leena Virtanen kertoi Q-Säätiön kasvusta. Paikallinen "
                                 "4H-yhdistys järjesti kerhon."))
    assoc = {e.label.lower() for e in ex.entities.values() if e.type == "Association"}
    assert "q-säätiö" in assoc, assoc
    assert "h-yhdistys" not in assoc, assoc


def test_parish_union_named_after_two_towns() -> None:
    """'Porin ja Ulvilan seurakuntayhtymän' is one parish union named after both towns, not Ulvila's union with
    Pori beside it; a union named after one town stays as it was."""
    ex = extract_document(record("Porin ja Ulvilan seurakuntayhtymän diakoniatyö laajenee. Myös Raahen "
                                 "seurakuntayhtymä on mukana."))
    parishes = sorted(e.label for e in ex.entities.values() if e.type == "Parish")
    assert parishes == ["Porin ja Ulvilan seurakuntayhtymä", "Raahen seurakuntayhtymä"], parishes
    assert not any(e.type == "Municipality" and e.label == "Pori" for e in ex.entities.values())
