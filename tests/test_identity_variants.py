"""One thing, one IRI: spelling variants of one name meet, names that differ in a word do not.

Each cause of a split identity has a test that the variants meet, and adversarial pairs that
must stay apart (two projects differing in one word, a programme and its project).
"""

from __future__ import annotations

from tests.helpers import MORPH, make_gazetteer, needs_voikko_for, record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.names import identity_key

GAZ = make_gazetteer()
needs_lemmas = needs_voikko_for("the lemma of an inflected name word comes from Voikko")


def _undertakings(text: str) -> dict[str, set[str]]:
    ex = extract_document(record(text), gazetteer=GAZ)
    return {e.iri: e.labels for e in ex.entities.values() if e.type in {"Project", "Programme", "WorkPackage"}}


def _iris_naming(text: str, word: str) -> set[str]:
    return {iri for iri, labels in _undertakings(text).items() if any(word in label for label in labels)}


# cause: a one-word name glued to its kind word and written apart from it, in one document
@needs_lemmas
def test_glued_and_detached_one_word_name_are_one_project() -> None:
    text = ("Työkuntoon-hanke on käynnissä.\n\nPohjois-Savon Liikunnan hallinnoima ESR-rahoitteinen "
            "Työkuntoon -hanke on käynnistynyt. Hanke rakentuu kolmesta toimintakokonaisuudesta.")
    iris = _iris_naming(text, "Työkuntoon")
    assert len(iris) == 1, _undertakings(text)


@needs_lemmas
def test_one_word_name_has_one_iri_in_every_spelling() -> None:
    """The written name, not the lemma of its word: "Työkuntoon" is no inflected "työkunto" in a project's name."""
    glued = _iris_naming("Kaupunki osallistuu Työkuntoon-hankkeeseen.", "Työkuntoon")
    apart = _iris_naming("Kaupunki osallistuu Työkuntoon -hankkeeseen.", "Työkuntoon")
    assert glued and glued == apart


# cause: the name part glued to a kind word keeps its written form while the same word written apart is lemmatised
@needs_lemmas
def test_glued_name_word_takes_the_lemma_of_the_word_written_apart() -> None:
    assert identity_key("Verkostosta Voimaa-projekti", MORPH) == identity_key("Verkostosta Voimaa -projekti", MORPH)
    assert identity_key("Työkuntoon-hankkeelle", MORPH) == identity_key("Työkuntoon -hanke", MORPH)


def test_glued_acronym_keeps_its_written_form() -> None:
    assert identity_key("TOP-hanke", MORPH) == "top"


# adversarial: must NOT merge
def test_two_one_word_projects_differing_in_a_word_stay_apart() -> None:
    text = "Sateenkaari-hanke ja Sateenkaaret-hanke alkavat. Kunta rahoittaa Sateenkaari -hanketta."
    a, b = _iris_naming(text, "Sateenkaari"), _iris_naming(text, "Sateenkaaret")
    assert a and b and not (a & b), _undertakings(text)


def test_programme_and_its_project_stay_apart() -> None:
    text = ("Valtionavustusta myönnetään Ikävoimaa-koordinaatiohankkeelle, joka on osa "
            "Ikävoimaa-avustusohjelmaa. Ikävoimaa -hanke alkaa.")
    units = _undertakings(text)
    programmes = {iri for iri in units if "/programme/" in iri}
    projects = {iri for iri in units if "/project/" in iri}
    assert programmes and projects and not (programmes & projects), units


# cause: an association's registered form ("ry") written in one document and left out in another
def test_registered_form_left_out_names_the_same_association() -> None:
    from welfare_kg.extract.resolve import association_key, mint

    assert mint("Association", "nuorisotutkimusseura-ry") == mint("Association", "nuorisotutkimusseura")
    assert association_key("kotiseutuyhdistys-r-y") == "kotiseutuyhdistys"
    assert association_key("ry") == "ry"  # nothing but the form: left as it is
    assert association_key("ryhma") == "ryhma"
    # adversarial: a body keeps its key, and an association differing in a word stays apart
    assert mint("Body", "kehitys-ry") != mint("Body", "kehitys")
    assert mint("Association", "etela-pohjanmaan-muistiyhdistys-ry") != mint("Association", "pohjanmaan-muistiyhdistys")


def test_one_document_writing_the_form_and_leaving_it_out_has_one_association() -> None:
    text = ("Nuorisotutkimusseura ry sai avustusta. Hankkeen toteuttaa Nuorisotutkimusseura yhdessä kunnan kanssa.")
    ex = extract_document(record(text), gazetteer=GAZ)
    iris = {e.iri for e in ex.entities.values() if e.type == "Association" and "Nuorisotutkimusseura" in e.label}
    assert len(iris) == 1, [(e.label, e.iri) for e in ex.entities.values()]


# cause: a surname's base form from its genitive, an e-stem surname whose genitive ends like a compound's
@needs_lemmas
def test_e_stem_surname_in_the_genitive_takes_its_weak_grade() -> None:
    text = "Hakemukset arvioitiin yhdessä järjestöasiantuntija Milla Kajanteen kanssa."
    ex = extract_document(record(text), gazetteer=GAZ)
    people = {e.label for e in ex.entities.values() if e.type == "Person"}
    assert people == {"Milla Kajanne"}, people


@needs_lemmas
def test_compound_surname_in_the_genitive_keeps_its_noun() -> None:
    """Adversarial: a known first part and a noun as the last part are a compound ("Kauniskangas")."""
    from welfare_kg.extract.genitive_names import _compound_base
    from welfare_kg.extract.morphology import get_morphology

    morph = get_morphology()
    assert _compound_base("Kauniskankaan", morph) == "Kauniskangas"
    assert _compound_base("Kiviluodon", morph) == "Kiviluoto"
    assert _compound_base("Kajanteen", morph) == "Kajanne"


# cause: a capitalised genitive inside a name read as an adjective agreeing with the head
@needs_lemmas
def test_capitalised_word_inside_a_name_keeps_its_genitive() -> None:
    from welfare_kg.extract.names import name_base_form
    from welfare_kg.extract.text import tokenize

    def base(name: str) -> str:
        return name_base_form(tokenize(name), MORPH, name)

    assert base("Kerkonkosken Ketterän kylähankkeen") == "Kerkonkosken Ketterän kylähanke"
    # adversarial: an adjective opening the name still agrees with its head
    assert base("Ikääntymispoliittisen ohjelman") == "Ikääntymispoliittinen ohjelma"


# cause: a kind compound glued to a detached dash ("-rakennemuutoshanke") read as a word of the name
def test_kind_word_after_a_detached_dash_is_no_name_word() -> None:
    assert identity_key("Verkostosta Voimaa- rakennemuutoshanke", MORPH) == identity_key(
        "Verkostosta Voimaa -projekti", MORPH)
    # adversarial: a programme's kind word stays, so a programme and the project named like it stay apart
    assert identity_key("Hyvä Arki -kehittämisohjelma", MORPH) != identity_key("Hyvä Arki -hanke", MORPH)
    # adversarial: two projects differing in one word stay apart
    assert identity_key("Verkostosta Voimaa -hanke", MORPH) != identity_key("Verkostosta Virtaa -hanke", MORPH)


# cause: a company's legal form written before, after or not at all
def test_legal_form_left_out_names_the_same_company() -> None:
    from welfare_kg.extract.resolve import company_key, mint

    assert mint("Company", "oy-granilla-ab") == mint("Company", "granilla-ab") == mint("Company", "granilla")
    assert company_key("kittilan-vuokratalot-oy") == "kittilan-vuokratalot"
    assert company_key("kiinteisto-oy-rautalammin-hakka") == "kiinteisto-oy-rautalammin-hakka"  # the form inside
    assert company_key("oy-ab") == "oy-ab"
    # adversarial: a town's company and the town's other company stay apart
    assert company_key("kittilan-vuokratalot-oy") != company_key("kittilan-energia-oy")


# adversarial: a town and its body, and two people sharing a surname, stay apart whatever the merges above do
def test_town_and_its_board_and_two_people_of_one_surname_stay_apart() -> None:
    text = ("Kiuruveden kaupunginhallitus päätti, että Kiuruveden kaupunki osallistuu hankkeeseen. "
            "Asian esitteli kaupunginjohtaja Anna Virtanen ja pöytäkirjan tarkasti Pekka Virtanen.")
    ex = extract_document(record(text, kind="minutes"))  # the reference data: the town is a known one
    kinds: dict[str, set[str]] = {e.type: set() for e in ex.entities.values()}
    for e in ex.entities.values():
        kinds[e.type].add(e.iri)
    people = [e for e in ex.entities.values() if e.type == "Person"]
    assert len({e.iri for e in people}) == len(people) == 2, [(e.label, e.iri) for e in people]
    bodies, towns = kinds.get("Body", set()), kinds.get("Municipality", set())
    assert bodies and towns and not (bodies & towns)


@needs_lemmas
def test_a_kind_compound_after_a_name_in_title_case_is_the_same_project() -> None:
    # "Kolman Koto esiselvityshanke" and "Kolman Koto -hanke": the compound after the name says what kind it is
    assert identity_key("Mäkelän Kivi esiselvityshanke", MORPH) == identity_key("Mäkelän Kivi", MORPH)
    assert identity_key("Arjen Apu kehittämishanke", MORPH) == identity_key("Arjen Apu", MORPH)


@needs_lemmas
def test_a_compound_after_a_genitive_says_what_the_project_does() -> None:
    # "Kylätien valaistushanke" lights a road; "Kylätien" alone would name the road
    assert identity_key("Kylätien valaistushanke", MORPH) != identity_key("Kylätien", MORPH)


# cause: a phase's or a measure's number written apart was dropped from the key, so "X 1" and "X 2" were one IRI
def test_a_phase_number_keeps_two_phases_apart_and_a_year_stays_out() -> None:
    assert identity_key("Kulmakivi 1", MORPH) != identity_key("Kulmakivi 2", MORPH)
    assert identity_key("Toimintalinja 2", MORPH) != identity_key("Toimintalinja 5", MORPH)
    assert identity_key("Kulmakivi 2.0", MORPH) == identity_key("Kulmakivi 2", MORPH)
    assert identity_key("Kulmakivi 2", MORPH) != identity_key("Kulmakivi", MORPH)
    assert identity_key("Kulmakivi 2 -hanke", MORPH) == identity_key("Kulmakivi 2", MORPH)
    # a year or a year range says when, not which: the same key as the bare name, as before
    assert identity_key("Kulmakivi 2030", MORPH) == identity_key("Kulmakivi", MORPH)
    assert identity_key("Kulmakivi 2019-20", MORPH) == identity_key("Kulmakivi", MORPH)


def test_two_numbered_phases_in_one_document_get_two_iris() -> None:
    text = ("Kulmakivi 1 -hanke päättyi vuonna 2021. Sen jatkoksi käynnistyi Kulmakivi 2 -hanke, "
            "jota hallinnoi Pohjois-Savon Liikunta ry.")
    assert len(_iris_naming(text, "Kulmakivi")) == 2
