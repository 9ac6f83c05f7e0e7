"""participatesIn:commit-verb: an organisation's genitive joins by its commitment ("Kotiapu ry:n osallistuminen"), not
by a post of its own before the verb ("X Oy:n toimitusjohtaja osallistuu": the person holding the post joins).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import needs_voikko, record
from welfare_kg.extract.document import extract_document


def _rules(text: str) -> set[tuple[str, str, str, str]]:
    ex = extract_document(record(text))
    return {(ex.entities[f.subject].label, f.predicate, ex.entities[f.object].label, f.rule) for f in ex.facts
            if f.subject in ex.entities and f.object in ex.entities}


@needs_voikko
@pytest.mark.parametrize("text", [
    "Arjen tuki -hanke\n\nKotiapu ry:n osallistuminen Arjen tuki -hankkeeseen hyväksyttiin.",
    "Arjen tuki -hanke\n\nKotiapu ry:n sitoumus Arjen tuki -hankkeeseen on voimassa.",
])
def test_a_genitive_owning_the_commitment_joins(text: str) -> None:
    assert ("Kotiapu ry", "participatesIn", "Arjen tuki", "participatesIn:commit-verb") in _rules(text)


@needs_voikko
def test_a_genitive_owning_a_post_does_not_join_by_the_verb() -> None:
    facts = _rules("KOKO-ohjelma\n\nKOKO-ohjelman organisaatio uudistettiin. Lisäksi Kehitysvoima Oy:n toimitusjohtaja "
                   "osallistuu KOKOn ohjelmatyöhön 10 prosentin työpanoksella.")
    assert not any(f[0] == "Kehitysvoima Oy" and f[3] == "participatesIn:commit-verb" for f in facts)
