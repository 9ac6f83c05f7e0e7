"""A minutes item's decision is about the agreement or project its title names, however the title names it.

Written for these tests: short minutes of invented projects and agreements.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.ontology.namespace import ID


def _decides(text: str) -> list[tuple[str, str, str]]:
    ex = extract_document(record(text, kind="minutes"))
    labels = {iri: e.label for iri, e in ex.entities.items()}
    return [(f.subject.removeprefix(ID), f.object.removeprefix(ID), labels.get(f.object, ""))
            for f in ex.facts if f.predicate == "decides"]


GENERIC_TITLE = """Sosiaali- ja terveyslautakunta 4.5.2023 § 52

§ 52 Yhteispäivystyssopimuksen hyväksyminen

Lautakunta on valmistellut naapurikunnan kanssa sopimuksen päivystyksestä.

Päätös
Lautakunta hyväksyi sopimuksen.
"""


def test_a_compound_agreement_word_opening_the_title_is_what_the_item_decides() -> None:
    found = _decides(GENERIC_TITLE)
    assert any(s.startswith("body/") and o.startswith("agreement/") and "yhteispäivystyssopimus" in label.lower()
               for s, o, label in found), found


BARE_TITLE = GENERIC_TITLE.replace("Yhteispäivystyssopimuksen hyväksyminen", "Sopimuksen hyväksyminen")


def test_a_bare_agreement_word_in_the_title_decides_nothing() -> None:
    assert not _decides(BARE_TITLE)


LATER_WORD = GENERIC_TITLE.replace("Yhteispäivystyssopimuksen hyväksyminen",
                                   "Lausunto yhteispäivystyssopimuksen luonnoksesta")


def test_an_agreement_word_later_in_the_title_is_not_taken_as_its_topic() -> None:
    assert not _decides(LATER_WORD)


PROJECT_TITLES = """Maakuntahallitus 12.3.2009 § 30

§ 30 Kalliorannan kyläverkko -projektille kehittämisrahan myöntäminen

Maakuntahallitus myöntää rahoituksen.

§ 31 Maakunnan kehittämisrahan myöntäminen Järvialueen vesistöselvitys -projektille

Maakuntahallitus myöntää rahoituksen.

§ 32 Pohjoisen kylätien suunnittelu projektin käynnistäminen

Maakuntahallitus päättää käynnistää projektin.
"""


def test_the_name_before_projektille_in_a_title_is_a_decided_project() -> None:
    found = {label.removesuffix(" -projekti") for s, o, label in _decides(PROJECT_TITLES) if o.startswith("project/")}
    assert {"Kalliorannan kyläverkko", "Järvialueen vesistöselvitys", "Pohjoisen kylätien suunnittelu"} <= found, found


def test_a_lower_case_phrase_before_projektin_is_no_project_name() -> None:
    text = PROJECT_TITLES.replace("Pohjoisen kylätien suunnittelu projektin käynnistäminen",
                                  "Uuden projektin käynnistäminen")
    found = {label for _s, o, label in _decides(text) if o.startswith("project/")}
    assert not any(label.startswith("Uuden") for label in found), found


def test_a_name_ending_in_ohjelma_that_the_title_calls_a_project_is_a_decided_project() -> None:
    text = PROJECT_TITLES.replace("Kalliorannan kyläverkko -projektille", "Kalliorannan kyläohjelma -projektille")
    found = {label for _s, o, label in _decides(text) if o.startswith("project/")}
    assert "Kalliorannan kyläohjelma" in found, found
