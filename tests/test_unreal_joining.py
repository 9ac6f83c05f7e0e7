"""Joining words that state no joining (extract/unreal_joining.py): denied, only possible or asked for, one's own
partners, an event. The same words stating a real joining still join."""

from __future__ import annotations

import pytest
from helpers import extract


def _joined(text: str) -> set[tuple[str, str]]:
    ex = extract(text)
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object]) for f in ex.facts
            if f.predicate == "participatesIn" and f.subject in label and f.object in label}


_HEAD = "Hyvä Arki -hanke\n\nHyvä Arki -hanke kehittää lapsiperheiden palveluja.\n\n"


@pytest.mark.parametrize("sentence", [
    "Kempeleen kunta ei lähde mukaan Hyvä Arki -hankkeeseen.",  # the negation verb away from "mukaan"
    "Kunnanhallitus päättää, ettei Kempeleen kunta osallistu Hyvä Arki -hankkeeseen.",
    "Hyvä Arki -hankkeeseen voivat osallistua kaikki alueen kunnat, esimerkiksi Kempele ja Liminka.",
    "Hyvä Arki -hankkeeseen kutsutaan mukaan Kempeleen kunta ja Limingan kunta.",
    "Kempeleen kunta harkitsee osallistumista Hyvä Arki -hankkeeseen.",
    "Oulun yliopisto kutsuu yhteistyökumppaneitaan mukaan Hyvä Arki -hankkeeseen.",  # the partners are others
    "Tilaisuuteen osallistui Kempeleen kunta.",  # an event fronted before the verb
    "Seminaarissa olivat mukana Kempeleen kunta ja Limingan kunta.",
    "Hyvä Arki -hanke osallistui Kempeleen kunnan järjestämille messuille.",  # the event four words on
    "Jos Kempeleen kunta lähtee mukaan Hyvä Arki -hankkeeseen, kustannukset jaetaan.",  # a condition
    "Limingan kunta ei ole vielä päättänyt, lähteekö se mukaan Hyvä Arki -hankkeeseen.",  # an indirect question
    "Kempeleen kunta aikoo lähteä mukaan Hyvä Arki -hankkeeseen.",  # an intent
    "Tuloksia hyödyntävät kaikki alueen toimijat, mukaan lukien Kempeleen kunta.",  # "including"
    "Oulun yliopisto toi mukanaan uutta tietoa Hyvä Arki -hankkeeseen.",  # "along"
    "Limingan kunta osallistui vuonna 2015 vastaavaan kokeiluun.",  # another thing of the kind
])
def test_no_joining_stated(sentence: str) -> None:
    assert not {s for s, _o in _joined(_HEAD + sentence + "\n")} & {"Kempele", "Liminka", "Oulun yliopisto"}


@pytest.mark.parametrize("sentence", [
    "Korsholms kommun deltar inte i projektet Hälsa i vardagen.",
    "Alla kommuner i regionen, till exempel Korsholms kommun, kan delta i projektet Hälsa i vardagen.",
])
def test_no_swedish_joining_stated(sentence: str) -> None:
    text = "Hälsa i vardagen\n\nProjektet Hälsa i vardagen utvecklar service.\n\n" + sentence + "\n"
    assert not _joined(text)


@pytest.mark.parametrize("sentence", [
    "Kempeleen kunta lähtee mukaan Hyvä Arki -hankkeeseen.",
    "Kunnanhallitus päättää, että Kempeleen kunta osallistuu Hyvä Arki -hankkeeseen.",
    "Hyvä Arki -hankkeessa ovat mukana Kempeleen kunta ja Limingan kunta.",
    "Kempeleen kunta on yksi Hyvä Arki -hankkeen kumppaneista.",
    # a negated "only" denies nothing
    "Hyvä Arki -hankkeessa ei ole mukana ainoastaan Oulu vaan myös Kempeleen kunta ja Limingan kunta.",
])
def test_joining_still_stated(sentence: str) -> None:
    assert ("Kempele", "Hyvä Arki") in _joined(_HEAD + sentence + "\n")


def test_a_partner_taken_is_no_own_partners_word() -> None:
    """"sai kumppanikseen Y": the translative with the suffix names the partner; only "kumppaneitaan",
    "kumppaneineen", "kumppaneilleen" speak of the subject's own partners."""
    text = _HEAD + "Hyvä Arki -hanke sai kumppanikseen Oulun yliopiston.\n"
    assert ("Oulun yliopisto", "Hyvä Arki") in _joined(text)


def test_an_adverb_of_time_is_no_other_thing() -> None:
    """"osallistui aiemmin Perhe-hankkeeseen": "aiemmin" qualifies the verb, the named project is joined."""
    assert ("Kempele", "Perhe") in _joined(_HEAD + "Kempeleen kunta osallistui aiemmin Perhe-hankkeeseen.\n")


def test_swedish_joining_still_stated() -> None:
    text = "Hälsa i vardagen\n\nKorsholms kommun deltar i projektet Hälsa i vardagen.\n"
    assert ("Mustasaari", "Hälsa i vardagen") in _joined(text)
