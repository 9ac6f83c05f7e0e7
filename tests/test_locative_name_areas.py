"""A place in the locative inside any project's name (and named alone by the document) is covered by the project."""

from __future__ import annotations

from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.locative_name_areas import RULE, locative_keys
from welfare_kg.extract.morphology import get_morphology


def _covers(text: str) -> set[tuple[str, str]]:
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    labels = {iri: e.label for iri, e in out.entities.items()}
    return {(labels.get(f.subject, f.subject.removeprefix(ID)), labels.get(f.object, f.object.removeprefix(ID)))
            for f in out.facts if f.rule == RULE}


def test_each_project_of_a_grant_list_covers_its_own_town() -> None:
    text = ("Liikunta-avustukset 2026\n\nSäätiö jakoi avustuksia kuntien liikuntahankkeille.\n\n"
            "Kannuksen kaupunki 12 000 €   Liikkuen Kannuksessa -hanke\n"
            "Raahen kaupunki 9 000 €   Reippaasti Raahessa -hanke\n")
    found = _covers(text)
    assert any(o == "Kannus" and "Kannuksessa" in s for s, o in found)
    assert any(o == "Raahe" and "Raahessa" in s for s, o in found)
    assert not any(o == "Raahe" and "Kannuksessa" in s for s, o in found)


def test_swedish_projects_each_in_its_town() -> None:
    text = ("Kulturbidrag 2026\n\nFörbundet beviljade bidrag till två projekt. Projektet Sagokväll i Korsholm fick "
            "2 000 euro och projektet Dansdag i Närpes fick 3 000 euro.\nKorsholm och Närpes har många föreningar.\n")
    assert _covers(text) == {("Sagokväll i Korsholm", "Mustasaari"), ("Dansdag i Närpes", "Närpiö")}


def test_a_place_read_only_inside_the_name() -> None:
    text = ("Hanketiedote\n\nReippaasti Raahessa -hanke järjestää kävelyretkiä. "
            "Hankkeen retket ovat maksuttomia kaikille.\n")
    assert _covers(text) == {("Reippaasti Raahessa", "Raahe")}


def test_a_project_without_a_place_in_its_name_covers_nothing_here() -> None:
    text = ("Avustukset\n\nReippaasti yhdessä -hanke sai 3 000 euroa. Hanke toimii monessa kunnassa, "
            "muun muassa Raahen seudulla.\n")
    assert not _covers(text)


def test_a_genitive_place_is_no_locative() -> None:
    morph = get_morphology()
    assert list(locative_keys("Liiku Keuruulla 2.0", morph)) == [[("keuruu",)]]
    assert not list(locative_keys("Jyväskylän varhaiskasvatus liikkeelle", morph))
    assert list(locative_keys("Förädlingsmackapären i Hälsingland", morph))
