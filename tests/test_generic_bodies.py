"""A bare body word after a word naming no one owner is a kind of body (extract/generic_bodies.py): "jäsenkunnan
valtuusto", "respektive socialnämnd", "medlemskommuners kommunfullmäktige"; a named owner or a capitalised name
keeps its body. Sentences invented here."""

from __future__ import annotations

import pytest

from tests.helpers import extract, make_gazetteer
from welfare_kg.extract.generic_bodies import drop_generic_bodies
from welfare_kg.extract.model import Mention


def _body_labels(text: str) -> set[str]:
    ex = extract(text, gazetteer=make_gazetteer())
    return {e.label.lower() for e in ex.entities.values() if e.type == "Body"}


@pytest.mark.parametrize(("text", "word"), [
    ("Edustajat yhtymäkokoukseen valitsee kunkin jäsenkunnan valtuusto neljäksi vuodeksi.", "valtuusto"),
    ("Edustajat nimeää osakaskunnan kunnanhallitus ennen vuoden loppua.", "kunnanhallitus"),
    ("Asiasta päättää respektive socialnämnd enligt sin delegationsordning.", "socialnämnd"),
    ("Förbundsordningen antas av medlemskommuners kommunfullmäktige.", "kommunfullmäktige"),
    ("Kokoukseen kutsutaan maakunnan liittojen valtuuston ja hallituksen puheenjohtajat.", "valtuusto"),
])
def test_a_generic_owner_leaves_no_body(text: str, word: str) -> None:
    assert not any(label.endswith(word) for label in _body_labels(text)), _body_labels(text)


def test_a_named_owner_keeps_its_body() -> None:
    labels = _body_labels("Tampereen kaupunginvaltuusto hyväksyi sopimuksen. Kemin kunnanhallitus puolsi sitä.")
    assert any("kaupunginvaltuusto" in label for label in labels), labels
    assert any("kunnanhallitus" in label for label in labels), labels


def _mention(text: str, word: str) -> Mention:
    a = text.index(word)
    return Mention(start=a, end=a + len(word), surface=word, label=word, type="Body", rule="body")


@pytest.mark.parametrize(("text", "word", "dropped"), [
    ("jäsenten valitsee jäsenkunnan valtuusto", "valtuusto", True),
    ("päätöksen tekee kuntien lautakunta", "lautakunta", True),
    # a capitalised owner opens a name: the regional council's assembly of its towns
    ("Kokouksen avasi Kuntien edustajainkokous", "edustajainkokous", False),
    # a body written with a capital is a name of its own
    ("jäsenkunnan Perusturvalautakunta", "Perusturvalautakunta", False),
    # a word on the line before is not the word before
    ("kuntien\nlautakunta", "lautakunta", False),
])
def test_only_a_lower_case_body_after_a_generic_word_is_dropped(text: str, word: str, dropped: bool) -> None:
    m = _mention(text, word)
    mentions = [m]
    per_sentence = [[m]]
    drop_generic_bodies(per_sentence, mentions, text)
    assert (not mentions) is dropped
    assert (not per_sentence[0]) is dropped


@pytest.mark.parametrize("text", [
    "Vanhuspalvelulain mukaan kunnanhallituksen on asetettava vanhusneuvosto ja huolehdittava sen toiminnasta.",
    "Aluehallituksen on huolehdittava vammaisneuvoston toimintaedellytyksistä.",
])
def test_a_duty_the_act_lays_on_every_such_organ_leaves_no_body(text: str) -> None:
    labels = _body_labels(text)
    assert not any(label.endswith("hallitus") for label in labels), labels


def test_a_board_that_acts_keeps_its_body_beside_the_duty() -> None:
    labels = _body_labels("Kunnanhallituksen on asetettava vanhusneuvosto. Kemin kunnanhallitus asetti sen 3.5.2024.")
    assert any(label.endswith("kunnanhallitus") for label in labels), labels
