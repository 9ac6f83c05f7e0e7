"""Bodies named by what they belong to (session 12): a Swedish committee or group by its board's or project's
genitive ("Kommunstyrelsens arbetsutskott"), a Swedish committee by its adjective ("Sociala utskottet"), a
steering group by the project's name written with a spaced dash ("Arjen polut -hankkeen ohjausryhmä"), whose name
no town's genitive joins.

All texts here are invented; they imitate layouts, not particular documents.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.entities import Recogniser
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.text import sentences


def _bodies(text: str) -> set[str]:
    rec = Recogniser(reference_gazetteer(), get_morphology())
    return {m.label for s in sentences(text) for m in rec.sentence_mentions(s, text) if m.type == "Body"}


def test_a_swedish_committee_named_by_its_boards_genitive() -> None:
    found = _bodies("Kommunstyrelsens arbetsutskott behandlade ärendet. Socialnämndens individutskott beslöt.")
    assert {"Kommunstyrelsens arbetsutskott", "Socialnämndens individutskott"} <= found


def test_a_coordinated_board_before_its_committee() -> None:
    assert "Vård- och omsorgsnämndens arbetsutskott" in _bodies("Vård- och omsorgsnämndens arbetsutskott beslöt.")


def test_a_swedish_committee_named_by_its_adjective() -> None:
    found = _bodies("Sociala utskottet beslöt. Tekniska utskottets ordförande var frånvarande.")
    assert {"Sociala utskottet", "Tekniska utskottet"} <= found


def test_a_swedish_compound_committee_named_by_its_adjective() -> None:
    # session 29: the adjective names a compound committee too, and "gemensamma" is such an adjective
    found = _bodies("Styrelsen godkände regionala utvecklingsnämndens årsrapport. Gemensamma nämnden sammanträdde.")
    assert {"Regionala utvecklingsnämnden", "Gemensamma nämnden"} <= found
    assert not _bodies("Flera sociala nämnder yttrade sig.")  # a plural names no one body


def test_a_steering_group_named_by_a_project_written_with_a_spaced_dash() -> None:
    assert "Arjen polut -hankkeen ohjausryhmä" in _bodies("Arjen polut -hankkeen ohjausryhmään nimettiin jäsen.")


def test_the_towns_genitive_does_not_join_a_projects_steering_group() -> None:
    text = ("Porin kaupunki\nPöytäkirja 12.3.2021\n\n§ 5 Jäsenen nimeäminen\n\nKaupunginhallitus nimeää "
            "Arjen polut -hankkeen ohjausryhmään Liisa Laineen.\n\nPäätös\nHyväksyttiin.\n")
    out = extract_document(record(text, kind="minutes"))
    labels = {e.label for e in out.entities.values() if e.type == "Body"}
    assert "Arjen polut -hankkeen ohjausryhmä" in labels
    assert not any(x.startswith("Porin arjen") for x in labels)


def test_an_associations_board_after_its_genitive() -> None:
    """"Linnaseutu ry:n hallitus": the registered association's board, a body of its own (not the Government)."""
    rec = Recogniser(reference_gazetteer(), get_morphology())
    text = "Linnaseutu ry:n hallitus kokoontui kuusi kertaa."
    bodies = [m for s in sentences(text) for m in rec.sentence_mentions(s, text) if m.type == "Body"]
    assert bodies and bodies[0].surface == "Linnaseutu ry:n hallitus"
    assert "Linnaseutu ry:n hallitus" in bodies[0].parts


def test_a_bare_government_stays_no_body() -> None:
    assert not _bodies("Hallituksen esitys annettiin eduskunnalle.")


def test_a_swedish_towns_committee_in_its_definite_form_is_part_of_the_town() -> None:
    """"VÅRD- OCH OMSORGSNÄMNDEN" heading minutes under "PEDERSÖRE KOMMUN": the town's body, though no genitive
    names the town before it."""
    text = ("PEDERSÖRE KOMMUN\nPROTOKOLL 3/2020\nVÅRD- OCH OMSORGSNÄMNDEN\n12.03.2020\n\n§ 23 Projektet Trygg "
            "vardag\n\nBeslut\nGodkändes.\n")
    out = extract_document(record(text, kind="minutes"))
    assert any(f.predicate == "partOf" and f.object.endswith("municipality/599") and "namnd" in f.subject
               for f in out.facts)


def test_a_boards_working_committee_in_running_text() -> None:
    """"kaupunginhallituksen työvaliokunnassa": the board names its committee in lower case too; a compound that
    names itself ("konsernijaosto") keeps its own name."""
    found = _bodies("Asia käsiteltiin kaupunginhallituksen työvaliokunnassa. Asia käsiteltiin kaupunginhallituksen "
                    "konsernijaostossa.")
    assert "kaupunginhallituksen työvaliokunta" in found
    assert "konsernijaosto" in found and "kaupunginhallituksen konsernijaosto" not in found
