"""A partner's task in a project is participation, not coordination (extract/partner_tasks.py)."""

from tests.helpers import labels_and_facts

_RUN = "Kulttuurikaveri-hanke alkoi syksyllä. Salon kaupunki hallinnoi hanketta. "


def _facts(text: str) -> set[tuple[str, str, str]]:
    return labels_and_facts(text)[1]


def test_answering_for_a_task_of_the_project_is_participation() -> None:
    facts = _facts(_RUN + "Pikassos Oy vastaa hankkeen tiedotuksesta.")
    assert ("Pikassos", "participatesIn", "Kulttuurikaveri") in facts
    assert ("Pikassos", "coordinates", "Kulttuurikaveri") not in facts
    assert ("Salo", "coordinates", "Kulttuurikaveri") in facts


def test_task_of_a_named_project_in_the_elative() -> None:
    facts = _facts("Turun kaupunki vastaa Kulttuurikaveri-hankkeen koulutuksista.")
    assert facts == {("Turku", "participatesIn", "Kulttuurikaveri")}


def test_genitive_partner_with_its_task_in_the_project() -> None:
    facts = _facts(_RUN + "Turun kaupungin tehtävänä hankkeessa on vaikutusten arviointi.")
    assert ("Turku", "participatesIn", "Kulttuurikaveri") in facts
    assert ("Turku", "coordinates", "Kulttuurikaveri") not in facts


def test_carrying_out_a_part_of_the_project() -> None:
    facts = _facts(_RUN + "Pikassos Oy toteuttaa hankkeen työpajat.")
    assert ("Pikassos", "participatesIn", "Kulttuurikaveri") in facts
    assert ("Pikassos", "coordinates", "Kulttuurikaveri") not in facts


def test_answering_for_the_project_itself_stays_coordination() -> None:
    assert _facts("Turun kaupunki vastaa Kulttuurikaveri-hankkeesta.") == {("Turku", "coordinates", "Kulttuurikaveri")}
    assert ("Turku", "participatesIn", "Kulttuurikaveri") not in _facts(
        "Turun kaupunki vastaa Kulttuurikaveri-hankkeen johdosta.")


def test_answering_for_costs_is_no_task() -> None:
    assert ("Turku", "participatesIn", "Kulttuurikaveri") not in _facts(
        "Turun kaupunki vastaa Kulttuurikaveri-hankkeen kustannuksista.")


def test_perfect_tense_auxiliary_is_no_clause_break() -> None:
    """"X on vastannut": the auxiliary belongs to the verb, the subject before it is still the verb's subject."""
    facts = _facts("Turun kaupunki on vastannut Kulttuurikaveri-hankkeesta.")
    assert ("Turku", "coordinates", "Kulttuurikaveri") in facts
    facts = _facts(_RUN + "Pikassos Oy on vastannut hankkeen tiedotuksesta ja verkkosivuista.")
    assert ("Pikassos", "participatesIn", "Kulttuurikaveri") in facts


def test_auxiliary_after_the_verb_stays_a_clause_break() -> None:
    """"Hankkeen toteuttaa X, ja mukana ovat A ja B": "ovat" after the verb is the next clause's own verb."""
    facts = _facts("Kulttuurikaveri-hanke alkoi syksyllä. Hankkeen toteuttaa Turun kaupunki, ja mukana ovat Salon "
                   "kaupunki ja Pikassos Oy.")
    assert ("Turku", "coordinates", "Kulttuurikaveri") in facts
