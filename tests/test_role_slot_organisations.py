"""Organisations no rule knows, read from a project's administrator, implementer or partner slot
(extract/role_slot_organisations.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import labels_and_facts as _read
from tests.helpers import needs_voikko


@needs_voikko
@pytest.mark.parametrize("text", [
    "Kotona kotoisammin -hanke käynnistyi 2020. Hankkeen yhteistyökumppaneita ovat Kirkkopalvelut, Ikäinstituutti "
    "ja Seurakuntaopisto.",
    "Kotona kotoisammin -hankkeen toteuttavat yhdessä Kirkkopalvelut, Ikäinstituutti ja Seurakuntaopisto.",
    "Kotona kotoisammin -hanke. Osatoteuttajat: Kirkkopalvelut, Ikäinstituutti, Seurakuntaopisto.",
])
def test_partner_list_in_a_slot(text: str) -> None:
    ents, facts = _read(text)
    # Kirkkopalvelut is reference data since the fifteenth session (data/labour_market_organisations.csv)
    assert {("Association", "Kirkkopalvelut ry"), ("Association", "Ikäinstituutti"),
            ("Association", "Seurakuntaopisto")} <= ents
    assert ("Ikäinstituutti", "participatesIn", "Kotona kotoisammin") in facts


@needs_voikko
def test_administrator_slot_gets_the_coordination() -> None:
    _, facts = _read("Kotona kotoisammin -hankkeen hallinnoija on Ikäinstituutti.")
    assert ("Ikäinstituutti", "coordinates", "Kotona kotoisammin") in facts


@needs_voikko
def test_person_place_and_known_names_in_a_slot_are_left_alone() -> None:
    ents, _ = _read("Hanketta koordinoi Liisa Virtanen. Hanketta hallinnoi Oulun kaupunki. Hanketta toteuttaa "
                    "Jyväskylä.")
    assert not {e for e in ents if e[0] == "Association"}


@needs_voikko
def test_subject_after_a_joined_funding_verb_funds() -> None:
    # "Hanketta hallinnoi X ja rahoittaa Y": X runs the project, Y (after its verb) funds it
    _, facts = _read("Kotona kotoisammin -hanketta hallinnoi Humak ja rahoittaa STEA.")
    assert ("Sosiaali- ja terveysjärjestöjen avustuskeskus", "funds", "Kotona kotoisammin") in facts
    assert ("Humanistinen ammattikorkeakoulu", "funds", "Kotona kotoisammin") not in facts
    assert ("Humanistinen ammattikorkeakoulu", "coordinates", "Kotona kotoisammin") in facts


@needs_voikko
def test_subject_after_a_joined_running_verb_coordinates() -> None:
    _, facts = _read("Kotona kotoisammin -hanketta rahoittaa STEA ja hallinnoi Humak.")
    assert ("Humanistinen ammattikorkeakoulu", "coordinates", "Kotona kotoisammin") in facts


@needs_voikko
@pytest.mark.parametrize(("text", "label"), [
    ("Projektet Trygg vardag leds av Luckan Integration och finansieras av Svenska kulturfonden.",
     "Luckan Integration"),
    ("Projektet Trygg vardag drivs av Emmaus Åland i samarbete med staden.", "Emmaus Åland"),
    ("Projektägare: Luckan Integration. Samarbetspartners är Folkhälsan och Ålands Natur.", "Ålands Natur"),
])
def test_swedish_agent_and_role_slots(text: str, label: str) -> None:
    ents, _ = _read(text)
    assert ("Association", label) in ents
    assert not {e for e in ents if e[0] == "Region"}  # the place is a word of the name


@needs_voikko
def test_towns_alone_in_a_slot_stay_towns() -> None:
    ents, _ = _read("Hanketta hallinnoi Oulu ja toteuttavat Kempele ja Liminka.")
    assert not {e for e in ents if e[0] == "Association"}


@needs_voikko
def test_partners_worked_with_in_the_genitive() -> None:
    ents, facts = _read("Kotona kotoisammin -hanke toteutetaan yhteistyössä Ikäinstituutin ja Seurakuntaopiston "
                        "kanssa.")
    assert {("Association", "Ikäinstituutti"), ("Association", "Seurakuntaopisto")} <= ents
    assert ("Seurakuntaopisto", "participatesIn", "Kotona kotoisammin") in facts


@needs_voikko
def test_an_unknown_name_in_ksen_has_its_nominative_in_s() -> None:
    ents, _ = _read("Kotona kotoisammin on Lahden Vekkuksen koordinoima hanke.")
    assert any(label == "Lahden Vekkus" for _, label in ents)
    assert not any(label == "Lahden Vekkukse" for _, label in ents)


@needs_voikko
def test_agent_of_a_running_participle_plural_name() -> None:
    ents, _ = _read("Kotona kotoisammin on Kirkkopalvelujen koordinoima hanke.")
    assert ("Association", "Kirkkopalvelut ry") in ents  # the reference entity's label (labour_market_organisations)


@needs_voikko
@pytest.mark.parametrize("text", [
    "Kokeilulain toteuttamiseen liittyen sovitaan tehtävistä.",  # an action noun, not an agent participle
    "Hanke toteutetaan yhdessä Virtasen kanssa.",  # a surname alone is a person
    "Hankkeen hallinnoima kokonaisuus kasvoi.",  # a sentence's first common noun
])
def test_no_organisation_from_these_genitives(text: str) -> None:
    ents, _ = _read(text)
    assert not {e for e in ents if e[0] == "Association"}


@needs_voikko
def test_agent_of_a_running_participle_plural_name_no_list_holds() -> None:
    ents, _ = _read("Kotona kotoisammin on Lähimmäispalvelujen koordinoima hanke.")
    assert ("Association", "Lähimmäispalvelut") in ents


@needs_voikko
def test_a_place_opened_runner_in_the_genitive_of_an_agent_participle() -> None:
    ents, _ = _read("Etelä-Savon Liikunnan hallinnoima Arkeen-hanke alkoi. Kajaanin Energian rahoittama kilpailu.")
    assert {("Association", "Etelä-Savon Liikunta"), ("Association", "Kajaanin Energia")} <= ents
    ents, _ = _read("Lapin Kesäjuhlien koordinoima tapahtuma alkoi.")  # a plural of common words: an event
    assert not any(label.startswith("Lapin Kesä") for _, label in ents)


@needs_voikko
def test_parties_of_a_collaboration_in_the_genitive() -> None:
    ents, _ = _read("Arkeen-hanketta viedään eteenpäin Kuntoutusopiston ja Ikäinstituutin yhteistyönä.")
    assert {("Association", "Kuntoutusopisto"), ("Association", "Ikäinstituutti")} <= ents
    ents, _ = _read("Arkeen-hanke toteutetaan Kuntoutusopiston yhteistyönä.")  # one genitive may be the owner
    assert ("Association", "Kuntoutusopisto") not in ents


@needs_voikko
@pytest.mark.parametrize("text", [
    "Kotona kotoisammin -hanke käynnistyi 2020. Mukana ovat Oulun kaupunki, Seurakuntaopisto ja Ikäinstituutti.",
    "Kotona kotoisammin -hanke käynnistyi 2020. Hankkeessa ovat mukana Seurakuntaopisto, Oulun kaupunki ja "
    "Ikäinstituutti.",
])
def test_the_partners_taking_part_after_mukana(text: str) -> None:
    ents, facts = _read(text)
    assert {("Association", "Seurakuntaopisto"), ("Association", "Ikäinstituutti")} <= ents
    assert ("Seurakuntaopisto", "participatesIn", "Kotona kotoisammin") in facts


@needs_voikko
def test_a_person_or_a_place_after_mukana_is_no_organisation() -> None:
    ents, _ = _read("Kotona kotoisammin -hanke käynnistyi 2020. Mukana oli Liisa Virtanen. Mukana Jyväskylä.")
    assert not {e for e in ents if e[0] == "Association"}


@needs_voikko
def test_a_collective_in_a_partner_slot_is_an_organisation() -> None:
    """'Kollektiivi' heads an organisation's name as 'keskus' or 'seura' do: two common words in a partner slot
    ending in it are a group's name, not a phrase."""
    ents, facts = _read("Kaiku-hanke alkoi. Osatoteuttajana Sointi Kollektiivi, kaksi taiteilijaa osa-aikaisina.")
    assert ("Association", "Sointi Kollektiivi") in ents
    assert ("Sointi Kollektiivi", "participatesIn", "Kaiku") in facts


@needs_voikko
@pytest.mark.parametrize("cue", ["hankekumppaneina ovat", "Sopimuskumppanit:", "projektikumppaneita ovat",
                                 "yhteistyökumppanimme ovat"])
def test_any_compound_of_partner_opens_a_slot(cue: str) -> None:
    """'Hankekumppaneina', 'sopimuskumppanit', 'projektikumppaneita': the first part of the compound says whose
    partner; the names after it are partners as after 'yhteistyökumppaneina'."""
    ents, facts = _read(f"Kaiku-hanke alkoi syksyllä. Hankkeen {cue} Soittokeskus ja Oulun kaupunki.")
    assert ("Association", "Soittokeskus") in ents, ents
    assert ("Soittokeskus", "participatesIn", "Kaiku") in facts, facts
