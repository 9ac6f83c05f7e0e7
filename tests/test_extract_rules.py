"""The relation rule registry and the lemma policy: one place per rule, one lemma function.

Each rule states one predicate, and the facts it makes carry its name; the test
sentences here are written for these tests (none is copied from a corpus document).
"""

from __future__ import annotations

import pytest

from tests.helpers import make_gazetteer, record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.morphology import get_morphology, lemma
from welfare_kg.extract.relations import RULES, predicates

GAZ = make_gazetteer()
VOCABULARY = {"funds", "coordinates", "participatesIn", "contributes", "partOf", "coversArea", "holdsPost", "decides"}


def test_rules_are_named_once_with_one_predicate_of_the_vocabulary() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    for r in RULES:
        assert r.predicate in VOCABULARY
        assert r.name.split(":")[0] == r.predicate, r.name  # "funds:grant-verb" states funds, nothing else
        assert r.pattern
    assert set(predicates()) <= VOCABULARY


def test_every_fact_of_a_sentence_rule_names_a_registered_rule() -> None:
    text = ("Sosiaali- ja terveysministeriö on myöntänyt Perhetuki arjessa -hankkeelle valtionavustusta 50 000 euroa. "
            "Hanketta hallinnoi Tampereen kaupunki. Turun kaupunki osallistuu hankkeeseen.")
    ex = extract_document(record(text), gazetteer=GAZ)
    registered = {r.name for r in RULES}
    rules = {f.rule for f in ex.facts}
    assert {"funds:grant-verb", "coordinates:administer-verb", "participatesIn:commit-verb"} <= rules
    assert rules <= registered


@pytest.mark.parametrize(("word", "policy", "expected"), [
    ("myönsi", "first", "myöntää"),  # cues read verbs as verbs
    ("hallinnoi", "first", "hallinnoida"),
    ("kunnalle", "nominal", "kunta"),
    ("Hankkeelle", "first", "hanke"),
    ("Xyzzyqw", "first", "xyzzyqw"),  # unknown: its own lemma
])
def test_lemma_policies(word: str, policy: str, expected: str) -> None:
    assert lemma(word, get_morphology(), policy) == expected


def test_unknown_lemma_policy_is_an_error() -> None:
    with pytest.raises(ValueError, match="lemma policy"):
        lemma("hanke", get_morphology(), "longest")
