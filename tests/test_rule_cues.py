"""The cue index in front of the sentence rules (extract/rule_cues.py): a rule registered with a cue is skipped on a
sentence holding none of its cue strings.

The skip is exact only if the rule, called there, would return no fact and leave the context as it was: the corpus
test calls every skipped rule all the same on every such sentence of the development corpus and the examples and
checks both; the invented sentences check that the plan leaves the rule out and that the facts are those of calling
every rule.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from welfare_kg.extract import relations, sentence_pool
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.relations import NEEDS, RULES, Clause, Fact
from welfare_kg.extract.rule_cues import CueIndex, text_needs
from welfare_kg.loaders import load_document

ROOT = Path(__file__).resolve().parent.parent


def test_a_group_is_present_when_a_lemma_or_the_text_holds_one_of_its_strings() -> None:
    index = CueIndex()
    joining = (("osallistu", "mukana"), ())
    swedish = ((), ("med",))
    both = (("sitoutu",), ("är med",))
    for g in (joining, swedish, both):
        index.register(*g)
    assert index.present(["kunta", "osallistua", "hanke"], "Kunta osallistuu hankkeeseen.") == {joining}
    # a substring of a lemma, as Clause.has reads it: "kuntasitoutuminen" holds "sitoutu"
    assert index.present(["kuntasitoutuminen"], "Kuntasitoutuminen.") == {both}
    assert index.present(["kommun", "vara"], "Kommunen ÄR MED i projektet.") == {swedish, both}
    assert index.present(["kunta", "päättää"], "Kunta päättää asiasta.") == frozenset()
    # a character whose lower case a case-insensitive pattern would not follow: every text group is present
    assert index.present(["ılçe"], "Ilçe ıd") == {swedish, both}


def test_the_text_cues_of_rules_whose_need_is_unmet_are_not_tested() -> None:
    index = CueIndex()
    index.needs = ("named",)
    naming, bare = ((), ("kattaa",)), ((), ("inom",))
    index.register(*naming, "named")
    index.register(*bare)
    text = "Hanke kattaa kunnat inom regionen."
    assert index.present([], text, (True,)) == {naming, bare}
    assert index.present([], text, (False,)) == {bare}  # the rule needing names is not called anyway


def test_cues_must_be_lower_case_and_a_pattern_needs_a_string_to_be_a_text_cue() -> None:
    import re

    with pytest.raises(ValueError):
        CueIndex().register(("Osallistu",), ())
    assert text_needs(re.compile(r"\bosallistu\w*", re.IGNORECASE)) == ("osalli",)  # its first six letters
    with pytest.raises(ValueError):
        text_needs(re.compile(r"\w+"))


def test_cued_rules_are_registered_and_the_plan_keeps_registration_order() -> None:
    cued = [r for r in relations.registered() if r.cues or r.text_cues]
    assert len(cued) >= 10
    assert all((r.cues, r.text_cues) in relations.CUES.groups for r in cued)

    class Fake:
        def __init__(self, lemmas: list[str], text: str) -> None:
            self.named = self.free_orgs = self.und = self.euros = [1]
            self.lemmas = lemmas
            self.ctx = relations.Context()  # no focus held

            class S:
                pass
            self.sent = S()
            self.sent.text = text

    assert relations._applying(Fake(["kissa"], "Kissa.")) == [  # type: ignore[arg-type]
        r.apply for r in RULES if not (r.cues or r.text_cues)]
    plan = relations._applying(Fake(["osallistua"], "Kunta osallistuu."))  # type: ignore[arg-type]
    commit = next(r for r in RULES if r.name == "participatesIn:commit-verb")
    assert commit.apply in plan
    assert plan == [r.apply for r in RULES if r.apply in plan]


def test_a_sentence_without_a_cue_skips_its_rules_and_the_facts_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    """Invented sentences: a town joining a project and approving an agreement, and sentences with no cue of either
    rule. The rules are not called on those, and the facts are those of calling every rule on every sentence."""
    from tests.helpers import extract

    text = ("Ranuan kunta osallistuu Kylätalkoot-hankkeeseen.\n\n"
            "Hankkeen tavoitteena on vahvistaa kylien yhteisöllisyyttä.\n\n"
            "Ranuan kunnanhallitus hyväksyy Kylätalkoot-hankkeen.")
    watched_rules = {r.apply: r.name for r in RULES if r.name in {"participatesIn:commit-verb", "decides:approve-verb"}}
    assert len(watched_rules) == 2
    planned = relations._applying
    seen: list[tuple[str, frozenset[str]]] = []

    def watched(c: Clause) -> list[Callable[[Clause], list[Fact]]]:
        plan = planned(c)
        seen.append((c.sent.text, frozenset(watched_rules[f] for f in plan if f in watched_rules)))
        return plan

    monkeypatch.setattr(relations, "_applying", watched)
    skipping = sorted((f.subject, f.predicate, f.object) for f in extract(text).facts)
    plans = dict(seen)
    assert plans["Hankkeen tavoitteena on vahvistaa kylien yhteisöllisyyttä."] == frozenset()
    assert plans["Ranuan kunta osallistuu Kylätalkoot-hankkeeseen."] == {"participatesIn:commit-verb"}
    assert plans["Ranuan kunnanhallitus hyväksyy Kylätalkoot-hankkeen."] == {"decides:approve-verb"}
    assert {"participatesIn", "decides"} <= {p for _s, p, _o in skipping}
    monkeypatch.setattr(relations, "_applying", lambda c: [r.apply for r in RULES])
    assert sorted((f.subject, f.predicate, f.object) for f in extract(text).facts) == skipping


# the development corpus takes ~80-180 s quiet and passed pytest-timeout's 300 s only alone under load 10-17
@pytest.mark.timeout(1200)
@pytest.mark.parametrize("where", ["eval/corpus", "examples/documents"])
def test_a_rule_skipped_for_its_cue_or_its_need_would_say_nothing_and_change_no_context(
        where: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """One pass over the corpus checks both skips (the declared needs of tests/test_rule_needs.py and the cues):
    the development corpus is the suite's longest single run, so it is read once."""
    skipped: Counter[str] = Counter()
    unmet: Counter[str] = Counter()
    called: Counter[str] = Counter()

    def silent(r: relations.Rule, tally: Counter[str]) -> Callable[[Clause], list[Fact]]:
        def apply(c: Clause) -> list[Fact]:
            snap = sentence_pool._snapshot(c.ctx)
            found = r.apply(c)
            assert found == [], (r.name, c.sent.text)
            assert sentence_pool._same(c.ctx, snap), (r.name, c.sent.text)
            tally[r.name] += 1
            return found
        return apply

    def counted(r: relations.Rule) -> Callable[[Clause], list[Fact]]:
        def apply(c: Clause) -> list[Fact]:
            called[r.name] += 1
            return r.apply(c)
        return apply

    def every_rule(c: Clause) -> list[Callable[[Clause], list[Fact]]]:
        have = {n: bool(getattr(c, n)) for n in NEEDS}
        present = relations.CUES.present(c.lemmas, c.sent.text)
        out = []
        for r in RULES:
            if r.needs is not None and not have[r.needs]:
                out.append(silent(r, unmet))
                continue
            if not (r.cues or r.text_cues):
                out.append(r.apply)
            elif (r.cues, r.text_cues) in present or (r.held is not None and getattr(c.ctx, r.held, None) is not None):
                out.append(counted(r))
            else:
                out.append(silent(r, skipped))
        return out

    monkeypatch.setattr(relations, "_applying", every_rule)
    paths = sorted((ROOT / where).glob("*.txt"))
    assert paths
    for path in paths:
        extract_document(load_document(path))
    assert {r.name for r in RULES if r.needs} <= set(unmet)  # each declared need was unmet somewhere
    cued = {r.name for r in RULES if r.cues or r.text_cues}
    assert cued <= set(skipped)  # each cue was lacking somewhere
    if where == "eval/corpus":
        assert cued <= set(called)  # and held somewhere


def test_a_held_focus_admits_a_sentence_without_the_cue(monkeypatch: pytest.MonkeyPatch) -> None:
    """Invented sentences: a ministry named granting, a sentence about something else, then the receivers with no
    grant verb of their own. The receivers' sentence lacks funds:fronted-receivers' cue and is admitted because the
    granter is held; after the focus runs out, a sentence without the cue is skipped again."""
    from tests.helpers import extract

    filler = "Avustukset on tarkoitettu järjestöjen toimintaan."
    text = (f"Ympäristöministeriö myöntää avustuksia ympäristöjärjestöille.\n\n{filler}\n\n"
            "Eniten avustuksia saavat Esimerkkilän Luontoyhdistys ry ja Esimerkkilän Kyläyhdistys ry.\n\n"
            + "\n\n".join(f"Kokous {k} pidettiin keväällä." for k in range(1, 10)))
    fronted = next(r for r in RULES if r.name == "funds:fronted-receivers")
    assert fronted.held is not None
    planned = relations._applying
    seen: list[tuple[str, bool]] = []

    def watched(c: Clause) -> list[Callable[[Clause], list[Fact]]]:
        plan = planned(c)
        seen.append((c.sent.text, fronted.apply in plan))
        return plan

    monkeypatch.setattr(relations, "_applying", watched)
    skipping = sorted((f.subject, f.predicate, f.object) for f in extract(text).facts)
    plans = dict(seen)
    assert plans[filler] and plans["Kokous 1 pidettiin keväällä."]  # the granter held: every sentence
    assert not plans["Kokous 9 pidettiin keväällä."]  # its span over: the cue alone admits
    assert len([f for f in skipping if f[1] == "funds"]) == 2
    monkeypatch.setattr(relations, "_applying", lambda c: [r.apply for r in RULES])
    assert sorted((f.subject, f.predicate, f.object) for f in extract(text).facts) == skipping
