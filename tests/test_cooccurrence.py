"""The co-occurrence fallback (extract/cooccurrence.py): a funder or coordinator and a project in one sentence with a
trigger word, marked by its own rule name and a lower confidence, and the guards that keep it from guessing.

The sentences are invented for these tests; the unit tests hand the layer its mentions, so they hold whatever the
recognisers make of the names.
"""

from __future__ import annotations

from tests.helpers import ID, MORPH, fact_rows, make_gazetteer
from welfare_kg.extract.cooccurrence import CONFIDENCE, RULE_NAMES, cooccurrence_facts, sentence_facts
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.text import Sentence, sentences

GAZ = make_gazetteer()
STM = ("Sosiaali- ja terveysministeriö", "Ministry", "ministry/stm")
ESR = ("Euroopan sosiaalirahasto", "Programme", "programme/esr")
THL = ("Terveyden ja hyvinvoinnin laitos", "Agency", "agency/thl")
TAMPERE = ("Tampereen kaupunki", "Municipality", "municipality/837")
TURKU = ("Turun kaupunki", "Municipality", "municipality/853")
ALFA = ("Alfa", "Project", "project/alfa")
BEETA = ("Beeta", "Project", "project/beeta")
GAMMA = ("Gamma", "Project", "project/gamma")
DELTA = ("Delta", "Project", "project/delta")


def _sentence(text: str, *names: tuple[str, str, str], cases: dict[str, str] | None = None,
              ) -> tuple[Sentence, list[Mention]]:
    """The one sentence of `text` and a mention of each thing whose surface (its label's first word) it holds."""
    (sent,) = sentences(text)
    mentions = []
    for label, typ, iri in names:
        surface = label.split()[0]
        at = text.index(surface)
        mentions.append(Mention(at, at + len(surface), surface, label, typ, ID + iri,
                                case=(cases or {}).get(label, "nimento")))
    return sent, mentions


def _triples(facts: list[Fact]) -> set[tuple[str, str, str]]:
    return {(f.subject.removeprefix(ID), f.predicate, f.object.removeprefix(ID)) for f in facts}


def test_a_funder_and_a_project_with_a_funding_word_give_a_marked_funds_fact() -> None:
    sent, ms = _sentence("Sosiaali- ja terveysministeriön rahoituksella käynnistyy Alfa-hanke.", STM, ALFA,
                         cases={STM[0]: "omanto"})
    (fact,) = sentence_facts(sent, ms, MORPH)
    assert (fact.subject, fact.predicate, fact.object) == (ID + "ministry/stm", "funds", ID + "project/alfa")
    assert fact.rule == RULE_NAMES["funds"] == "funds:co-occurrence"
    assert fact.confidence == CONFIDENCE["funds"] < 0.5  # below every specific rule


def test_an_eu_fund_is_a_funder_and_no_sum_is_guessed() -> None:
    sent, ms = _sentence("Euroopan sosiaalirahaston tuella Alfa-hanke sai 40 000 euroa.", ESR, ALFA,
                         cases={ESR[0]: "omanto"})
    facts = sentence_facts(sent, ms, MORPH)
    assert _triples(facts) == {("programme/esr", "funds", "project/alfa")}
    assert facts[0].amount is None


def test_swedish_funding_words_trigger_too() -> None:
    sent, ms = _sentence("Alfa beviljades statsunderstöd av Sosiaali- ja terveysministeriö.", ALFA, STM)
    assert _triples(sentence_facts(sent, ms, MORPH)) == {("ministry/stm", "funds", "project/alfa")}


def test_no_funder_is_invented_for_money_given_by_no_one_named() -> None:
    sent, ms = _sentence("Alfa-hankkeelle myönnettiin 40 000 euroa avustusta.", ALFA, cases={ALFA[0]: "ulkotulento"})
    assert sentence_facts(sent, ms, MORPH) == []
    # a municipality named beside the grant is no funder kind either
    sent, ms = _sentence("Tampereen kaupunki sai Alfa-hankkeelle avustusta.", TAMPERE, ALFA)
    assert sentence_facts(sent, ms, MORPH) == []


def test_money_applied_for_is_no_one_s_grant_yet() -> None:
    sent, ms = _sentence("Alfa-hankkeelle haetaan rahoitusta Sosiaali- ja terveysministeriöltä.", ALFA, STM,
                         cases={STM[0]: "ulkoeronto"})
    assert sentence_facts(sent, ms, MORPH) == []


def test_the_one_given_to_is_not_the_funder() -> None:
    sent, ms = _sentence("Terveyden ja hyvinvoinnin laitokselle raportoidaan Alfa-hankkeen rahoituksesta.", THL, ALFA,
                         cases={THL[0]: "ulkotulento"})
    assert sentence_facts(sent, ms, MORPH) == []


def test_a_list_of_projects_pairs_with_none_of_them() -> None:
    sent, ms = _sentence("Sosiaali- ja terveysministeriö rahoittaa muun muassa Alfa-, Beeta-, Gamma- ja "
                         "Delta-hankkeita.", STM, ALFA, BEETA, GAMMA, DELTA)
    assert sentence_facts(sent, ms, MORPH) == []
    # two projects in the clause of the funding word: which one is funded is not said
    sent, ms = _sentence("Sosiaali- ja terveysministeriö rahoittaa Alfa-hanketta ja Beeta-hanketta.", STM, ALFA, BEETA)
    assert sentence_facts(sent, ms, MORPH) == []


def test_the_project_in_the_clause_of_the_trigger_word_is_the_one() -> None:
    sent, ms = _sentence("Sosiaali- ja terveysministeriö rahoittaa Alfa-hanketta, jonka tuloksia Beeta levittää.",
                         STM, ALFA, BEETA)
    assert _triples(sentence_facts(sent, ms, MORPH)) == {("ministry/stm", "funds", "project/alfa")}


def test_a_denied_trigger_states_nothing() -> None:
    sent, ms = _sentence("Sosiaali- ja terveysministeriö ei rahoita Alfa-hanketta.", STM, ALFA)
    assert sentence_facts(sent, ms, MORPH) == []


def test_one_organisation_with_an_administering_word_coordinates_the_project() -> None:
    sent, ms = _sentence("Alfa-hankkeen hallinnoijana toimii Tampereen kaupunki.", ALFA, TAMPERE)
    (fact,) = sentence_facts(sent, ms, MORPH)
    assert (fact.subject.removeprefix(ID), fact.predicate, fact.rule, fact.confidence) == (
        "municipality/837", "coordinates", "coordinates:co-occurrence", CONFIDENCE["coordinates"])
    # two organisations: which one administers is not said
    sent, ms = _sentence("Alfa-hanketta hallinnoivat Tampereen kaupunki ja Turun kaupunki.", ALFA, TAMPERE, TURKU)
    assert sentence_facts(sent, ms, MORPH) == []


def test_a_bare_project_word_is_the_project_the_text_names_most() -> None:
    sent, ms = _sentence("Hanketta hallinnoi Tampereen kaupunki.", TAMPERE)
    assert _triples(sentence_facts(sent, ms, MORPH, main=ID + "project/alfa")) == {
        ("municipality/837", "coordinates", "project/alfa")}
    assert sentence_facts(sent, ms, MORPH, main=None) == []
    # a plural speaks of projects at large: "muita hankkeita" are not the one the text is about
    sent, ms = _sentence("Tampereen kaupunki hallinnoi myös muita hankkeita.", TAMPERE)
    assert sentence_facts(sent, ms, MORPH, main=ID + "project/alfa") == []


def test_a_project_said_to_be_part_of_a_whole_gets_neither_runner_nor_funder() -> None:
    sent, ms = _sentence("Alfa on osa Terveyden ja hyvinvoinnin laitoksen koordinoimaa kokonaisuutta.", ALFA, THL,
                         cases={THL[0]: "omanto"})
    assert sentence_facts(sent, ms, MORPH) == []


def test_no_fact_between_things_a_specific_rule_already_relates() -> None:
    sent, ms = _sentence("Alfa-hankkeen hallinnoijana toimii Tampereen kaupunki.", ALFA, TAMPERE)
    ev = Evidence(sent.text, sent.start, sent.end)
    for stated in (Fact(ID + "municipality/837", "coordinates", ID + "project/alfa", ev, "coordinates:x"),
                   Fact(ID + "municipality/837", "participatesIn", ID + "project/alfa", ev, "participatesIn:x"),
                   Fact(ID + "project/alfa", "partOf", ID + "municipality/837", ev, "partOf:x"),  # the reverse way
                   Fact(ID + "municipality/853", "coordinates", ID + "project/alfa", ev, "coordinates:x")):
        assert cooccurrence_facts([sent], [ms], [stated], MORPH) == [], stated
    assert _triples(cooccurrence_facts([sent], [ms], [], MORPH)) == {
        ("municipality/837", "coordinates", "project/alfa")}


def test_the_pipeline_adds_a_fallback_fact_only_where_no_rule_spoke() -> None:
    rows = fact_rows(GAZ, "Perhetalo Plus -hanke on käynnistynyt. "
                          "Kiitos Tampereen kaupungille hankkeen koordinoinnista.")
    assert [(s, p, o, r) for s, p, o, _a, r in rows] == [
        ("municipality/837", "coordinates", "project/perhetalo-plus", "coordinates:co-occurrence")]
    # a grant a specific rule reads stays that rule's, with no co-occurrence copy beside it
    rows = fact_rows(GAZ, "Sosiaali- ja terveysministeriö on myöntänyt Perhetuki arjessa -hankkeelle "
                          "valtionavustusta 50 000 euroa.")
    assert [r for *_x, r in rows] == ["funds:grant-verb"]


def test_an_associations_genitive_right_before_a_project_is_its_owner_not_its_funder() -> None:
    fund = ("Tukisäätiö", "Association", "association/tukisaatio")
    sent, ms = _sentence("Avustukset: Tukisäätiön Alfa-hankkeen 150 000 euron avustus.", fund, ALFA,
                         cases={fund[0]: "omanto"})
    ms[0] = Mention(ms[0].start, ms[0].start + len("Tukisäätiön"), "Tukisäätiön", fund[0], fund[1], ID + fund[2],
                    case="omanto")
    assert ("association/tukisaatio", "funds", "project/alfa") not in _triples(sentence_facts(sent, ms, MORPH))
    sent, ms = _sentence("Tukisäätiö rahoittaa Alfa-hanketta 150 000 eurolla.", fund, ALFA)
    assert ("association/tukisaatio", "funds", "project/alfa") in _triples(sentence_facts(sent, ms, MORPH))
