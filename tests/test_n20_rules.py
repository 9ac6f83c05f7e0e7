"""Layout classes missed on the fresh batch n20, on texts of our own and on perturbed copies of development
documents: a funding or leading modifier compound ("ESR-rahoitteinen", "EU-osarahoitteinen", "Kela-tuettu")
written before a project's name is no part of the name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import entity_labels, extract
from welfare_kg.extract.funding_modifiers import describing_compound
from welfare_kg.extract.morphology import get_morphology

CORPUS = Path(__file__).resolve().parent.parent / "eval" / "corpus"
MORPH = get_morphology()


@pytest.mark.parametrize("word", ["ESR-rahoitteinen", "EU-osarahoitteisen", "Leader-rahoitteista", "STM-rahoittama",
                                  "Kela-tuettu", "EAKR-osarahoitteinen", "Kunta-vetoinen"])
def test_modifier_compounds(word: str) -> None:
    assert describing_compound(word, MORPH)


@pytest.mark.parametrize("word", ["Etelä-Karjalan", "Sote-keskus", "Hyvä", "ESR-hanke", "Pohjois-Savon",
                                  "A-rahoitteinen", "esr-rahoitteinen", "Kylä-"])
def test_name_words_are_not_modifiers(word: str) -> None:
    assert not describing_compound(word, MORPH)


@pytest.mark.parametrize(("text", "name"), [
    ("Lapin Liikunnan hallinnoima ESR-rahoitteinen Kuntoon -hanke on käynnistynyt.", "Kuntoon"),
    ("EU-osarahoitteinen Hyvä Arki -hanke alkoi Jyväskylässä.", "Hyvä Arki"),
    ("Kela-tuettu Liikkuva Arki -hanke päättyi.", "Liikkuva Arki"),
    ("Yhdistys käynnisti EAKR-osarahoitteisen Vihreä Kylä -hankkeen keväällä.", "Vihreä Kylä"),
])
def test_modifier_is_not_the_name(text: str, name: str) -> None:
    labels = entity_labels(text, "Project")
    assert any(x.startswith(name) for x in labels), labels
    assert not any("rahoitteinen" in x or "tuettu" in x or "rahoitteisen" in x for x in labels), labels


def test_capitalised_genitive_stays_in_the_name() -> None:
    labels = entity_labels("Etelä-Karjalan Hyvä Arki -hanke alkoi.", "Project")
    assert any(x.startswith("Etelä-Karjalan Hyvä Arki") for x in labels), labels


@pytest.mark.parametrize(("doc", "name"), [("n12_p_ksml-paiva-farmilla.txt", "Päivä Farmilla"),
                                           ("n14_p_valona-tuu-mukaan-kotoutuminen.txt", "Tuu mukaan")])
def test_perturbed_dev_documents_keep_their_names(doc: str, name: str) -> None:
    """A modifier inserted before every mention of a dev document's dashed project name changes nothing."""
    path = CORPUS / doc
    if not path.exists():
        pytest.skip("development corpus not present")
    text = path.read_text(encoding="utf-8")
    before = {x.label for x in extract(text).entities.values() if x.type == "Project"}
    perturbed = re.sub(rf"(?<=[a-zåäö] ){re.escape(name)} -hanke", f"ESR-osarahoitteinen {name} -hanke", text)
    assert perturbed != text
    after = {x.label for x in extract(perturbed).entities.values() if x.type == "Project"}
    assert after == before
