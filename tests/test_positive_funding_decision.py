"""A positive funding decision is a grant: "STEA esittää X-hankkeelle myönteistä rahoituspäätöstä"
(relations.funding_lemmas, funds:grant-verb, issue 12)."""

from __future__ import annotations

from tests.helpers import extract, needs_voikko

HEAD = "Kylät kuntoon -hanke\n\nKylät kuntoon -hanke kehittää kylien palveluja Kainuussa.\n\n"


def _funds(text: str) -> set[tuple[str, str]]:
    ex = extract(text, "news")
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object]) for f in ex.facts if f.predicate == "funds"}


@needs_voikko
def test_a_proposed_positive_decision_funds_the_project() -> None:
    found = _funds(HEAD + "Sosiaali- ja terveysjärjestöjen avustuskeskus (STEA) esittää Kylät kuntoon -hankkeelle "
                          "myönteistä rahoituspäätöstä.\n")
    assert ("Sosiaali- ja terveysjärjestöjen avustuskeskus", "Kylät kuntoon") in found


@needs_voikko
def test_a_decision_of_unknown_outcome_funds_nothing() -> None:
    # "rahoituspäätös" alone may refuse: the agency only decides
    found = _funds(HEAD + "Sosiaali- ja terveysjärjestöjen avustuskeskus (STEA) tekee Kylät kuntoon -hankkeen "
                          "rahoituspäätöksen keväällä.\n")
    assert not any(g == "Sosiaali- ja terveysjärjestöjen avustuskeskus" for g, _ in found)
