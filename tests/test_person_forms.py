"""People's names in inflected forms become the base form (extract/person_forms.py); sentences written here."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.person_forms import base_form_people


def person(label: str) -> Mention:
    return Mention(start=0, end=len(label), surface=label, label=label, type="Person", rule="test")


def test_surname_unknown_to_voikko_takes_the_form_another_mention_gives() -> None:
    ms = [person("Oskar Kvarnbäck"), person("Oskar Kvarnbäckin"), person("Oskar Kvarnbäckille")]
    base_form_people(ms, get_morphology())
    assert {m.label for m in ms} == {"Oskar Kvarnbäck"}


def test_known_surname_in_the_genitive_is_put_in_the_nominative() -> None:
    ms = [person("Liisa Kuusiston")]
    base_form_people(ms, get_morphology())
    assert ms[0].label == "Liisa Kuusisto"


def test_unknown_surname_ending_in_n_is_left_alone_without_other_evidence() -> None:
    """'-n' ends many surnames in the nominative; without another mention nothing is cut."""
    ms = [person("Anders Nordin"), person("Oskar Kvarnbäckin")]
    base_form_people(ms, get_morphology())
    assert [m.label for m in ms] == ["Anders Nordin", "Oskar Kvarnbäckin"]


def test_first_names_must_agree() -> None:
    ms = [person("Oskar Kvarnbäck"), person("Emil Kvarnbäckin")]
    base_form_people(ms, get_morphology())
    assert ms[1].label == "Emil Kvarnbäckin"


def test_inflected_chosen_people_are_the_listed_members() -> None:
    text = ("Perusturvalautakunta\n\nLäsnä\nLiisa Kuusisto puheenjohtaja\nOskar Kvarnbäck jäsen\n\n"
            "§ 2 Pöytäkirjan tarkastajat\nLautakunta valitsee pöytäkirjantarkastajiksi Oskar Kvarnbäckin ja "
            "Liisa Kuusiston.\nPäätös: Hyväksyttiin.\n")
    ex = extract_document(record(text, kind="minutes"))
    people = sorted(e.label for e in ex.entities.values() if e.type == "Person")
    assert people == ["Liisa Kuusisto", "Oskar Kvarnbäck"], people
