"""Spelling variants of one project's name (hyphen spacing, dash kind, soft and line-break hyphens, quotes) share
one identity key, so that a document's mentions of the project meet at one IRI; plain names keep their key."""

from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.names import identity_key, spelling_key


def test_spelling_key_unifies_hyphens_dashes_and_quotes() -> None:
    one = "Verkostosta Voimaa -rakennemuutoshanke"
    assert spelling_key("Verkostosta Voimaa- rakennemuutoshanke") == one
    assert spelling_key("Verkostosta Voimaa – rakennemuutoshanke") == one
    assert spelling_key("Verkostosta Voimaa - rakennemuutoshanke") == one
    assert spelling_key("”Verkostosta Voimaa” -rakennemuutoshanke") == one
    assert spelling_key("Verkostosta Voimaa -rakenne\u00admuutoshanke") == one
    assert spelling_key("Verkostosta Voimaa -rakenne-\nmuutoshanke") == one


def test_spelling_key_keeps_elided_compounds_and_capitalised_parts() -> None:
    assert spelling_key("sosiaali- ja terveyspalvelut") == "sosiaali- ja terveyspalvelut"
    assert spelling_key("Pohjois- Savo") == "Pohjois- Savo"
    assert spelling_key("Pohjois-\nSavo") == "Pohjois-\nSavo"
    assert spelling_key("InnoGIS-hanke") == "InnoGIS-hanke"


def test_identity_keys_of_variants_meet() -> None:
    morph = get_morphology()
    base = identity_key("Ikäihmisten rakennemuutoshanke", morph)
    assert identity_key("Ikäihmisten rakenne-\nmuutoshanke", morph) == base
    assert identity_key("Ikäihmisten rakenne\u00admuutoshanke", morph) == base
    assert identity_key("”Ikäihmisten rakennemuutoshanke”", morph) == base
    assert identity_key("Voimaa – hanke", morph) == identity_key("Voimaa -hanke", morph)
