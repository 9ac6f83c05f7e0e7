"""A national association's regional district named after its acronym with the registered legal form, or after its
written-out genitive with the acronym in brackets between.

All texts here are invented; they imitate layouts, not particular documents.
"""

from __future__ import annotations

from helpers import entity_labels as _names


def test_district_after_an_acronym_keeps_its_legal_form() -> None:
    names = _names("Työryhmään kuuluivat Liisa Esimerkki, MLL Etelä-Savon piiri ry, ja Matti Malli, Kuopion kaupunki.",
                   "Association")
    assert "MLL Etelä-Savon piiri ry" in names
    assert "Etelä-Savon piiri ry" not in names


def test_district_after_a_genitive_and_its_bracketed_acronym() -> None:
    names = _names("Säätiö jatkaa yhteistyötä Mannerheimin Lastensuojeluliiton (MLL) Pirkanmaan piirin kanssa.",
                   "Association")
    assert "Mannerheimin Lastensuojeluliiton Pirkanmaan piiri" in names


def test_a_bracketed_acronym_alone_joins_no_district() -> None:
    names = _names("Avustusta saivat Mannerheimin Lastensuojeluliitto (MLL) ja Pirkanmaan kunnat.", "Association")
    assert not any("piiri" in n for n in names)


def test_district_after_the_national_name_in_the_nominative() -> None:
    """'Suomen Punainen Risti Lapin osasto' in a partners' list: the national name in the nominative, then the
    area's genitive and the district word, is the district; the national name written as it is names the national
    association too (its own entity, as the annotation holds it: extract/entities.py)."""
    names = _names("Mukana ovat Kylätalo ry, Suomen Punainen Risti Lapin osasto ja Rovaniemen seurakunta.",
                   "Association")
    assert "Suomen Punainen Risti Lapin osasto" in names, names
    assert "Suomen Punainen Risti" in names, names


def test_a_villages_chapter_named_by_the_national_plural() -> None:
    """'Kotikylän Martat', 'Kotikylän Marttojen': a place's genitive before the national association's plural short
    name ('Martat') is the village's own association; the short name alone stays the national one."""
    names = _names("Tapahtumassa Kotikylän Martat hoitivat tarjoilun. Martat järjestivät myös kurssin.",
                   "Association")
    assert "Kotikylän Martat" in names, names
    assert "Marttaliitto ry" in names, names
    names = _names("Mukana olivat myös Suomen Martat.", "Association")
    assert "Suomen Martat" not in names, names
    names = _names("Kylätalo tukee Kotikylän Marttojen toimintaa.", "Association")
    assert "Kotikylän Martat" in names and "Marttaliitto ry" not in names, names


def test_a_local_branch_of_an_unlisted_association_named_by_two_genitives() -> None:
    names = _names("Avustus myönnettiin Sotainvalidien Veljesliiton Kuopion osastolle.", "Association")
    assert "Sotainvalidien Veljesliiton Kuopion osasto" in names
    assert "Sotainvalidien Veljesliitto" not in names


def test_such_a_branch_opening_a_members_line() -> None:
    text = "Vammaisneuvoston jäsenet:\n\nMatti Malli\n\nSotainvalidien Veljesliiton Leppävirran osasto\n"
    assert "Sotainvalidien Veljesliiton Leppävirran osasto" in _names(text, "Association")


def test_a_kind_compound_after_a_genitive_without_a_branch_word_stays_itself() -> None:
    names = _names("Avustus myönnettiin Sotainvalidien Veljesliiton Kuopion toimistolle.", "Association")
    assert not any("Kuopion" in n for n in names)


def test_a_local_branch_named_by_an_unknown_acronyms_genitive_and_a_town() -> None:
    names = _names("Vanhusneuvostoon nimettiin Matti Malli (XYZ:n Nakkilan osasto). Tuki myönnettiin XYZ:n "
                   "Kuopion osastolle.", "Association")
    assert "XYZ:n Nakkilan osasto" in names
    assert "XYZ:n Kuopion osasto" in names


def test_a_numbered_ward_or_an_unknown_word_before_the_unit_is_no_branch() -> None:
    names = _names("Potilas siirrettiin XYZ:n Kuopion osasto 5:lle. XYZ:n Ankkalan osasto suljettiin.",
                   "Association")
    assert not any("osasto" in n for n in names)


def test_a_registered_associations_local_branch_after_its_legal_form() -> None:
    names = _names("Jäsenet: Seija Malli, Esimerkkien Tuki ry Kuopion osasto, ja Pekka Esimerkki.", "Association")
    assert "Esimerkkien Tuki ry Kuopion osasto" in names
    assert "Esimerkkien Tuki ry" not in names


def test_a_registered_name_then_another_towns_unit_in_a_list_stays_apart() -> None:
    names = _names("Avustus myönnettiin Esimerkkien Tuki ry:lle ja Kuopion osastolle.", "Association")
    assert "Esimerkkien Tuki ry" in names
    assert not any("osasto" in n for n in names)
