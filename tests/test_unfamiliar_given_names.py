"""Posts of people whose given name the lists do not settle: a given name that is a surname too, beside a word in
-nen; a name DVV counts mostly as a given name; a surname after a given name before a project-staff title; a town's
genitive before a person's name. All names and sentences are invented."""

from __future__ import annotations

import pytest

from tests.helpers import ID, extract, needs_voikko
from welfare_kg.extract.first_names import mostly_given

pytestmark = needs_voikko


def people(text: str, kind: str = "minutes") -> set[str]:
    return {e.label for e in extract(text, kind).entities.values() if e.type == "Person"}


def posts(text: str, kind: str = "minutes") -> set[tuple[str, str, str | None]]:
    ex = extract(text, kind)
    return {(ex.entities[f.subject].label, f.object.removeprefix(ID), f.post) for f in ex.facts
            if f.predicate == "holdsPost" and f.subject in ex.entities}


_ABSENT = ("SALON KAUPUNKI PÖYTÄKIRJA Perusturvalautakunta OSALLISTUJAT LÄSNÄ Harju Elmi puheenjohtaja POISSA "
           "Kallio Oiva jäsen Suominen Anneli jäsen Nurmonen {given} johtava ylilääkäri Lahti Visa johtava hoitaja")


@pytest.mark.parametrize("given", ["Kuutti", "Erkko"])
def test_given_that_is_a_surname_beside_a_nen_word(given: str) -> None:
    # "Kuutti", "Erkko": given names of DVV's statistics Voikko reads as surnames; "Nurmonen" no given name
    text = _ABSENT.format(given=given)
    assert f"{given} Nurmonen" in people(text)
    found = posts(text)
    assert (f"{given} Nurmonen", "municipality/734", "johtava ylilääkäri") in found
    # the row before keeps its own role, not the next row's title
    assert not any(who == "Anneli Suominen" and post == "johtava ylilääkäri" for who, _, post in found)


def test_mostly_given_by_the_counts() -> None:
    assert mostly_given("Kaija", 353) and not mostly_given("Jordan", 180)


def test_mostly_given_name_in_a_row() -> None:
    # "Torsti": 565 bearers as a given name, 122 as a surname (Voikko: a surname)
    text = ("VARSINAIS-SUOMEN LIITTO PÖYTÄKIRJA Maakuntahallitus LÄSNÄ Harju Elmi, pj. Kallio Oiva Rinne Ansa "
            "Vuorela Into Ahtikainen Torsti, 2. vpj. Lahti Visa")
    assert "Torsti Ahtikainen" in people(text)


def test_surname_after_a_given_name_is_no_project() -> None:
    text = ("Hanke toteutettiin vuosina 2009-2011. Milla Hietaranta on toiminut Kylätalkoot-hankkeen "
            "projektipäällikkönä, Senja Sissonen projektiasiantuntijana Oulun eteläisellä alueella.")
    ex = extract(text, "news")
    assert "Senja Sissonen" in {e.label for e in ex.entities.values() if e.type == "Person"}
    assert not any(e.type == "Project" and e.label == "Sissone" for e in ex.entities.values())


def test_town_genitive_before_a_person_is_no_association() -> None:
    text = ("Paikalla: Kosti Vaajala, johtaja, Tampereen Irja Rinnasto, yhteiskuntasuhteiden päällikkö, "
            "Turun Leia Lyhykäinen, vs. seutujohtaja, Porin seutu")
    ex = extract(text, "minutes")
    labels = {e.label: e.type for e in ex.entities.values()}
    assert labels.get("Leia Lyhykäinen") == "Person"
    assert not any(t == "Association" for t in labels.values())
    assert ("Irja Rinnasto", "municipality/853", "yhteiskuntasuhteiden päällikkö") in posts(text)


def test_given_name_of_the_register_before_a_project_staff_title() -> None:
    # "Keni": a given name of DVV's statistics that Voikko does not know
    text = "Hankkeessa työskenteli myös Keni Eikkula hanketyöntekijänä."
    ex = extract(text, "news")
    assert "Keni Eikkula" in {e.label for e in ex.entities.values() if e.type == "Person"}
    assert not any(e.type == "Project" for e in ex.entities.values())


def test_register_given_name_with_a_dotted_initial() -> None:
    text = ("Paikalla: Eeka Runne, yliarkkitehti, Kuntaliitto, pj. Ristomatti T. Alho, erityisasiantuntija, TEM "
            "Tatjana Värelä, yli insinööri, YM")
    assert "Ristomatti T. Alho" in people(text, "news")
    assert any(who == "Ristomatti T. Alho" and org == "ministry/tem" for who, org, _ in posts(text, "news"))
