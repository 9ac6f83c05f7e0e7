"""A genitive agent before an inflected participle of running ("X:n johtaman hankkeen") runs the project, and a
programme or fund named elsewhere in that sentence is not what it runs (extract/relations.py: cue_lemma,
coordinates:administer-verb). The texts are written for these tests."""

from __future__ import annotations

from tests.helpers import fact_triples, needs_voikko_for
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.relations import cue_lemma

voikko = needs_voikko_for("Voikko reads 'johtaman' first as the MA-infinitive's instructive")


@voikko
def test_an_agent_participle_in_the_genitive_keeps_its_participle_lemma() -> None:
    morph = get_morphology()
    assert cue_lemma("johtaman", morph) == "johtama"
    assert cue_lemma("vetämän", morph) == "vetämä"
    # a finite verb and a plain noun keep Voikko's first reading
    assert cue_lemma("johtaa", morph) == "johtaa"
    assert cue_lemma("hankkeen", morph) == "hanke"


@voikko
def test_the_genitive_agent_of_an_inflected_leading_participle_runs_the_pages_project() -> None:
    text = ("Kotona kuntoon -hanke alkoi keväällä. Lapin yliopiston johtaman hankkeen tavoitteena on kehittää "
            "kotihoitoa.")
    assert ("agency/lapin-yliopisto", "coordinates", "project/koto-kunto") in fact_triples(text)


@voikko
def test_a_fund_named_beside_a_bare_project_word_is_not_what_the_agent_runs() -> None:
    text = ("Lapin ELY-keskuksen (ent. Lapin ympäristökeskus) johtaman hankkeen kokonaisbudjetti on 2 miljoonaa "
            "euroa, josta EU:n LIFE Luonto -rahasto rahoittaa puolet.")
    triples = fact_triples(text)
    assert any(o.endswith("life-luonto") for _s, _p, o in triples)  # the programme is read
    assert not [t for t in triples if t[1] == "coordinates"]
