"""A minutes item titled with what a project develops, whose text calls it "hanke" (extract/item_topic_projects.py).

Invented minutes: the item's title becomes the project, and who joins or funds "hanke" in that item attaches to it,
not to an earlier item's agreement; a procedural title, a title in an item that names its own project, an item that
never says "hanke" and a building project's compound ("rakennushanke") give nothing. Names are not the corpus's."""

from __future__ import annotations

from helpers import record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.model import Extraction

HEAD = "Kunnanhallitus\nPöytäkirja 3/2030\n\n"
AGREEMENT = ("§ 30 Sopimus perheneuvolan järjestämisestä\n\nKunnanhallitus hyväksyy sopimuksen perheneuvolan "
             "järjestämisestä Leppävirran kunnan kanssa.\n\nPäätös: Ehdotus hyväksyttiin.\n\n")
TOPIC = ("§ 31 Nuorten mielenterveyden tukeminen\n\nPohjois-Savon hyvinvointialue on käynnistänyt hankkeen, jossa "
         "tuetaan nuorten mielenterveyttä. Hankkeeseen osallistuvat Tuusniemen kunta ja Rautalammin kunta.\n\n"
         "Päätös: Kunnanhallitus päättää osallistua hankkeeseen.\n\n")


def _extract(items: str) -> Extraction:
    return extract_document(record(HEAD + items, "minutes"), gazetteer=reference_gazetteer())


def _projects(items: str) -> set[str]:
    return {e.label for e in _extract(items).entities.values() if e.type == "Project"}


def test_title_is_the_project_the_item_calls_hanke() -> None:
    out = _extract(AGREEMENT + TOPIC)
    labels = {iri: e.label for iri, e in out.entities.items()}
    assert "Nuorten mielenterveyden tukeminen" in {e.label for e in out.entities.values() if e.type == "Project"}
    joined = {(labels.get(f.subject), labels.get(f.object)) for f in out.facts if f.predicate == "participatesIn"}
    assert ("Tuusniemi", "Nuorten mielenterveyden tukeminen") in joined
    # the earlier item's agreement no longer takes the participants of this item's project
    assert not any(o and o.startswith("Sopimus") and s == "Tuusniemi" for s, o in joined)


def test_procedural_title_is_no_project() -> None:
    items = TOPIC.replace("Nuorten mielenterveyden tukeminen", "Talousarvion muutoksen hyväksyminen")
    assert "Talousarvion muutoksen hyväksyminen" not in _projects(items)


def test_item_that_names_its_project_keeps_that_name() -> None:
    items = TOPIC.replace("käynnistänyt hankkeen,", "käynnistänyt Mieli Vahvaksi -hankkeen,")
    found = _projects(items)
    assert "Nuorten mielenterveyden tukeminen" not in found and "Mieli Vahvaksi" in found


def test_no_project_word_in_the_item_no_project() -> None:
    items = ("§ 31 Nuorten mielenterveyden tukeminen\n\nKunnanhallitus merkitsee tiedoksi nuorisopalvelujen "
             "katsauksen.\n\nPäätös: Merkittiin tiedoksi.\n\n")
    assert "Nuorten mielenterveyden tukeminen" not in _projects(items)


def test_building_compound_is_no_unnamed_project() -> None:
    items = TOPIC.replace("käynnistänyt hankkeen", "käynnistänyt rakennushankkeen").replace(
        "Hankkeeseen osallistuvat", "Rakennushankkeeseen osallistuvat").replace("osallistua hankkeeseen",
                                                                               "osallistua rakennushankkeeseen")
    assert "Nuorten mielenterveyden tukeminen" not in _projects(items)


def test_a_topic_item_starts_no_run_of_project_titles() -> None:
    items = TOPIC + "§ 32 Kuntien välinen yhteistoimintasopimus työllisyyspalveluista\n\nKunnanhallitus hyväksyy " \
        "yhteistoimintasopimuksen.\n\n"
    assert "Kuntien välinen yhteistoimintasopimus työllisyyspalveluista" not in _projects(items)


def test_a_programme_named_in_the_item_is_the_projects_frame() -> None:
    items = TOPIC.replace(
        "Hankkeeseen osallistuvat", "Hanke on osa Tulevaisuuden sosiaali- ja terveyskeskus -ohjelmaa. "
        "Hankkeeseen osallistuvat")
    out = _extract(items)
    labels = {iri: e.label for iri, e in out.entities.items()}
    joined = {(labels.get(f.subject), labels.get(f.object)) for f in out.facts if f.predicate == "participatesIn"}
    assert ("Tuusniemi", "Nuorten mielenterveyden tukeminen") in joined
