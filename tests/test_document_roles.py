"""The document-level fallback (extract/document_roles.py): in a text about one project, a funder, a participant or
an area named with a cue word in a sentence that names no project is paired with that project, under its own rule
name and a confidence below the sentence fallback's; and the guards that keep it from guessing.

The texts are invented for these tests; the unit tests hand the layer its mentions (at every place a thing's surface
occurs), so they hold whatever the recognisers make of the names.
"""

from __future__ import annotations

from tests.helpers import ID, MORPH, fact_rows, make_gazetteer
from welfare_kg.extract.cooccurrence import CONFIDENCE as SENTENCE_CONFIDENCE
from welfare_kg.extract.document_roles import CONFIDENCE, RULE_NAMES, document_role_facts, main_project
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.text import Sentence, sentences

STM = ("Sosiaali- ja terveysministeriö", "Ministry", "ministry/stm", "STM")
OKM = ("Opetus- ja kulttuuriministeriö", "Ministry", "ministry/okm", "OKM")
STEA = ("Sosiaali- ja terveysjärjestöjen avustuskeskus", "Agency", "agency/stea", "STEA")
FOUNDATION = ("Stiftelsen Lärkan", "Association", "association/stiftelsen-larkan", "Stiftelsen Lärkan")
KOTI = ("Kotipesä ry", "Association", "association/kotipesa", "Kotipesä ry")
TUKI = ("Tukiverkko ry", "Association", "association/tukiverkko", "Tukiverkko ry")
TAMPERE = ("Tampere", "Municipality", "municipality/837", "Tampere")
ROVANIEMI = ("Rovaniemi", "Municipality", "municipality/698", "Rovaniemellä")
PERSON = ("Maija Mallikas", "Person", "person/maija-mallikas", "Maija Mallikas")
BOARD = ("Tampereen kaupunginhallitus", "Body", "body/tampere-kaupunginhallitus", "Kaupunginhallitus")
DEAL = ("Yhteistyösopimus", "Agreement", "agreement/yhteistyosopimus", "yhteistyösopimuksen")
KESKI_SUOMI = ("Keski-Suomi", "Region", "region/13", "Keski-Suomessa")
PIRKANMAA = ("Pirkanmaa", "Region", "region/06", "Pirkanmaalla")
ALFA = ("Alfa", "Project", "project/alfa", "Alfa")
BEETA = ("Beeta", "Project", "project/beeta", "Beeta")

AREA_CASES = {"Keski-Suomessa": "sisaolento", "Pirkanmaalla": "ulkoolento", "Rovaniemellä": "ulkoolento"}


def _document(text: str, *things: tuple[str, str, str, str], cases: dict[str, str] | None = None,
              ) -> tuple[list[Sentence], list[list[Mention]]]:
    """The sentences of `text`, and in each a mention of every thing at every place its surface stands."""
    cases = {**AREA_CASES, **(cases or {})}
    sents = sentences(text)
    per_sentence: list[list[Mention]] = [[] for _ in sents]
    for label, typ, iri, surface in things:
        at = text.find(surface)
        while at >= 0:
            i = next(k for k, s in enumerate(sents) if s.start <= at < s.end)
            per_sentence[i].append(Mention(at, at + len(surface), surface, label, typ, ID + iri,
                                           case=cases.get(surface, "nimento")))
            at = text.find(surface, at + len(surface))
    for ms in per_sentence:
        ms.sort(key=lambda m: m.start)
    return sents, per_sentence


def _triples(facts: list[Fact]) -> set[tuple[str, str, str]]:
    return {(f.subject.removeprefix(ID), f.predicate, f.object.removeprefix(ID)) for f in facts}


def test_a_funder_in_a_sentence_without_the_project_funds_the_document_s_project() -> None:
    sents, per = _document("Alfa vahvistaa perheiden arkea. Alfa aloitti keväällä. "
                           "Rahoittaja: STEA.", ALFA, STEA)
    (fact,) = document_role_facts(sents, per, [], MORPH)
    assert (fact.subject, fact.predicate, fact.object) == (ID + "agency/stea", "funds", ID + "project/alfa")
    assert fact.rule == RULE_NAMES["funds"] == "funds:document"
    assert fact.confidence == CONFIDENCE["funds"] < min(SENTENCE_CONFIDENCE.values())
    assert fact.evidence.text == "Rahoittaja: STEA."


def test_swedish_support_words_are_funding_words() -> None:
    sents, per = _document("Alfa utvecklar familjestöd. Alfa startade i fjol. "
                           "Arbetet stöds med medel från Stiftelsen Lärkan.", ALFA, FOUNDATION)
    assert _triples(document_role_facts(sents, per, [], MORPH)) == {
        ("association/stiftelsen-larkan", "funds", "project/alfa")}


def test_the_only_funder_of_the_document_funds_its_project_when_funding_is_spoken_of() -> None:
    sents, per = _document("Alfa vahvistaa perheiden arkea. Alfa on STEA:n kohdennettua toimintaa. "
                           "Hankkeen rahoitus jatkuu vuoteen 2030.", ALFA, STEA, cases={"STEA": "omanto"})
    (fact,) = document_role_facts(sents, per, [], MORPH)
    assert (fact.subject, fact.predicate, fact.object) == (ID + "agency/stea", "funds", ID + "project/alfa")
    assert fact.evidence.text.startswith("Alfa on STEA")  # where the funder is named
    # no funding word: the agency named is not said to fund anything
    sents, per = _document("Alfa vahvistaa perheiden arkea. Alfa on STEA:n kohdennettua toimintaa.",
                           ALFA, STEA, cases={"STEA": "omanto"})
    assert document_role_facts(sents, per, [], MORPH) == []
    # two funder kinds and the funding word with neither: which one funds is not said
    sents, per = _document("Alfa on STEA:n kohdennettua toimintaa. Alfa esiteltiin STM:ssä. Hankkeen rahoitus "
                           "jatkuu.", ALFA, STEA, STM, cases={"STEA": "omanto", "STM": "sisaolento"})
    assert document_role_facts(sents, per, [], MORPH) == []
    # ... but one of them given to ("esiteltiin STM:lle") is no funder
    sents, per = _document("Alfa on STEA:n kohdennettua toimintaa. Alfa esiteltiin STM:lle. Hankkeen rahoitus "
                           "jatkuu.", ALFA, STEA, STM, cases={"STEA": "omanto", "STM": "ulkotulento"})
    assert _triples(document_role_facts(sents, per, [], MORPH)) == {("agency/stea", "funds", "project/alfa")}


def test_without_one_topic_project_nothing_is_paired() -> None:
    # two projects named equally often: neither is the document's project
    sents, per = _document("Alfa ja Beeta alkavat. Alfa ja Beeta jatkuvat. Rahoittaja: STEA.", ALFA, BEETA, STEA)
    assert main_project(per) is None
    assert document_role_facts(sents, per, [], MORPH) == []


def test_of_two_projects_named_equally_often_the_one_the_heading_names_is_the_topic() -> None:
    # the heading names Alfa; Beeta, its predecessor, is named as often further on: the document is about Alfa
    filler = "Hankkeen taustaa kuvataan seuraavassa tarkemmin. " * 8
    _sents, per = _document(f"Alfa\n\nHanke alkaa syksyllä. {filler}Alfa jatkaa Beeta-työtä. Beeta päättyi 2020.",
                           ALFA, BEETA)
    assert main_project(per) == ID + "project/alfa"
    # both first named past the opening: no topic
    _sents, per = _document(f"Uutinen\n\n{filler}Alfa jatkaa Beeta-työtä. Alfa ja Beeta ovat hankkeita.", ALFA, BEETA)
    assert main_project(per) is None


def test_a_sentence_naming_another_project_pairs_nothing() -> None:
    sents, per = _document("Alfa alkaa. Alfa jatkuu. Beeta-hanketta rahoittaa STEA.", ALFA, BEETA, STEA)
    assert document_role_facts(sents, per, [], MORPH) == []


def test_money_applied_for_a_denied_grant_and_too_many_funders_give_nothing() -> None:
    sents, per = _document("Alfa alkaa. Alfa jatkuu. Rahoitusta haetaan STEA:lta.", ALFA, STEA)
    assert document_role_facts(sents, per, [], MORPH) == []
    sents, per = _document("Alfa alkaa. Alfa jatkuu. STEA ei rahoita toimintaa.", ALFA, STEA)
    assert document_role_facts(sents, per, [], MORPH) == []
    sents, per = _document("Alfa alkaa. Alfa jatkuu. Rahoittajat: STEA, STM ja OKM.", ALFA, STEA, STM, OKM)
    assert document_role_facts(sents, per, [], MORPH) == []


def test_projects_in_the_plural_or_a_programme_are_another_scope() -> None:
    sents, per = _document("Alfa alkaa. Alfa jatkuu. STM:n rahoittamat hankkeet jatkuvat vuoteen 2030.",
                           ALFA, STM, cases={"STM": "omanto"})
    assert document_role_facts(sents, per, [], MORPH) == []
    sents, per = _document("Alfa alkaa. Alfa jatkuu. Ohjelmaa rahoittaa STM.", ALFA, STM)
    assert document_role_facts(sents, per, [], MORPH) == []


def test_organisations_named_with_a_participation_word_take_part() -> None:
    sents, per = _document("Alfa tukee perheitä. Alfa jatkuu. Mukana ovat Kotipesä ry ja Tukiverkko ry.",
                           ALFA, KOTI, TUKI)
    facts = document_role_facts(sents, per, [], MORPH)
    assert _triples(facts) == {("association/kotipesa", "participatesIn", "project/alfa"),
                               ("association/tukiverkko", "participatesIn", "project/alfa")}
    assert {f.rule for f in facts} == {"participatesIn:document"}


def test_those_carrying_out_or_working_on_the_project_take_part() -> None:
    sents, per = _document("Alfa tukee perheitä. Alfa jatkuu. Toimintaa olivat toteuttamassa Kotipesä ry ja "
                           "Tukiverkko ry.", ALFA, KOTI, TUKI)
    assert _triples(document_role_facts(sents, per, [], MORPH)) == {
        ("association/kotipesa", "participatesIn", "project/alfa"),
        ("association/tukiverkko", "participatesIn", "project/alfa")}
    sents, per = _document("Alfa tukee perheitä. Alfa jatkuu. Työtä tehdään yhteistyössä Tukiverkko ry:n kanssa.",
                           ALFA, TUKI, cases={"Tukiverkko ry": "omanto"})
    assert _triples(document_role_facts(sents, per, [], MORPH)) == {
        ("association/tukiverkko", "participatesIn", "project/alfa")}
    # without a cue word nobody is a party
    sents, per = _document("Alfa tukee perheitä. Alfa jatkuu. Tukiverkko ry järjesti juhlat.", ALFA, TUKI)
    assert document_role_facts(sents, per, [], MORPH) == []


def test_people_present_and_a_place_are_no_parties() -> None:
    # people "mukana" at a meeting, with their organisations, are not the project's parties
    sents, per = _document("Alfa alkaa. Alfa jatkuu. Keskustelussa ovat mukana Maija Mallikas ja Kotipesä ry.",
                           ALFA, PERSON, KOTI)
    assert document_role_facts(sents, per, [], MORPH) == []
    # "Kotipesä ry Rovaniemellä": the town is where the partner is
    sents, per = _document("Alfa alkaa. Alfa jatkuu. Kumppanina on Kotipesä ry Rovaniemellä.", ALFA, KOTI, ROVANIEMI)
    assert _triples(document_role_facts(sents, per, [], MORPH)) == {
        ("association/kotipesa", "participatesIn", "project/alfa")}


def test_the_one_area_named_with_an_area_word_is_the_project_s() -> None:
    sents, per = _document("Alfa alkaa. Alfa jatkuu. Toimintaa kokeillaan usean kunnan alueella Keski-Suomessa.",
                           ALFA, KESKI_SUOMI)
    (fact,) = document_role_facts(sents, per, [], MORPH)
    assert (fact.subject, fact.predicate, fact.object) == (ID + "project/alfa", "coversArea", ID + "region/13")
    assert fact.rule == "coversArea:document"
    # two areas so named: which is the project's is not said
    sents, per = _document("Alfa alkaa. Alfa jatkuu. Toimintaa on Keski-Suomessa. Kokeilu laajenee Pirkanmaalla.",
                           ALFA, KESKI_SUOMI, PIRKANMAA)
    assert document_role_facts(sents, per, [], MORPH) == []


def test_no_fact_between_things_a_rule_already_relates() -> None:
    sents, per = _document("Alfa alkaa. Alfa jatkuu. Rahoittaja: STEA. Mukana on Tampere.", ALFA, STEA, TAMPERE)
    ev = Evidence("", 0, 0)
    known = [Fact(ID + "agency/stea", "funds", ID + "project/alfa", ev, "funds:grant-verb"),
             Fact(ID + "project/alfa", "coversArea", ID + "municipality/837", ev, "coversArea:locative-area")]
    assert document_role_facts(sents, per, known, MORPH) == []


def test_a_funder_a_rule_reads_funding_another_project_funds_no_document_project() -> None:
    # Alfa is the topic; a field already gives STEA's grant to Beeta: the funding word is about that grant
    sents, per = _document("Alfa alkaa. Alfa jatkuu. Alfa kasvaa. Beeta on mukana. Rahoittaja: STEA.",
                           ALFA, BEETA, STEA)
    assert main_project(per) == ID + "project/alfa"
    assert _triples(document_role_facts(sents, per, [], MORPH)) == {("agency/stea", "funds", "project/alfa")}
    known = [Fact(ID + "agency/stea", "funds", ID + "project/beeta", Evidence("", 0, 0), "funds:field")]
    assert document_role_facts(sents, per, known, MORPH) == []
    # the one funder named, funding spoken of elsewhere: the same
    sents, per = _document("Alfa alkaa. Alfa jatkuu. Alfa on STEA:n toimintaa. Hankkeen rahoitus jatkuu.",
                           ALFA, STEA, cases={"STEA": "omanto"})
    assert _triples(document_role_facts(sents, per, [], MORPH)) == {("agency/stea", "funds", "project/alfa")}
    assert document_role_facts(sents, per, known, MORPH) == []


def test_a_party_a_rule_reads_joining_another_project_joins_no_document_project() -> None:
    sents, per = _document("Alfa tukee perheitä. Alfa jatkuu. Beeta alkoi. Mukana ovat Kotipesä ry ja Tukiverkko ry.",
                           ALFA, BEETA, KOTI, TUKI)
    assert _triples(document_role_facts(sents, per, [], MORPH)) == {
        ("association/kotipesa", "participatesIn", "project/alfa"),
        ("association/tukiverkko", "participatesIn", "project/alfa")}
    # a field reads Kotipesä ry taking part in Beeta: the document's word for joining is about that
    known = [Fact(ID + "association/kotipesa", "participatesIn", ID + "project/beeta", Evidence("", 0, 0),
                  "participatesIn:field")]
    assert _triples(document_role_facts(sents, per, known, MORPH)) == {
        ("association/tukiverkko", "participatesIn", "project/alfa")}


def test_the_pipeline_adds_a_document_fact_beside_the_sentence_rules() -> None:
    rows = fact_rows(make_gazetteer(), "Perhetalo Plus\n\nPerhetalo Plus -hanke tukee perheitä Tampereella. "
                                       "Perhetalo Plus -hanke alkoi keväällä.\n\n"
                                       "Toimintaa kokeillaan usean kunnan alueella Keski-Suomessa.")
    assert ("project/perhetalo-plus", "coversArea", "region/13", None, "coversArea:document") in rows


def test_the_owner_of_a_body_deciding_an_agreement_is_a_party_to_it() -> None:
    sents, per = _document("Tampere. Kaupunginhallitus hyväksyy yhteistyösopimuksen.", TAMPERE, BOARD, DEAL)
    ev = Evidence("Kaupunginhallitus hyväksyy yhteistyösopimuksen.", 9, 56)
    decided = [Fact(ID + "body/tampere-kaupunginhallitus", "decides", ID + "agreement/yhteistyosopimus", ev,
                    "decides:approve-verb"),
               Fact(ID + "body/tampere-kaupunginhallitus", "partOf", ID + "municipality/837", ev, "partOf:owner")]
    (fact,) = document_role_facts(sents, per, decided, MORPH)
    assert _triples([fact]) == {("municipality/837", "participatesIn", "agreement/yhteistyosopimus")}
    assert (fact.rule, fact.evidence) == ("participatesIn:decider-owner", ev)
    # without the decision, or without the body's owner, there is no party
    assert document_role_facts(sents, per, decided[1:], MORPH) == []
    assert document_role_facts(sents, per, decided[:1], MORPH) == []


def test_money_shared_out_to_a_count_of_projects_is_not_the_document_s() -> None:
    # the ministry funded eight projects: the page's own project may be one of them or not, the sentence does not say
    sents, per = _document("Alfa vahvistaa perheiden arkea. Alfa aloitti keväällä. STM on myöntänyt rahoituksen "
                           "kahdeksalle hankkeelle.", ALFA, STM)
    assert document_role_facts(sents, per, [], MORPH) == []
    # the same grant with no count funds the document's project
    sents, per = _document("Alfa vahvistaa perheiden arkea. Alfa aloitti keväällä. STM on myöntänyt rahoituksen "
                           "kehittämistyöhön.", ALFA, STM)
    assert _triples(document_role_facts(sents, per, [], MORPH)) == {("ministry/stm", "funds", "project/alfa")}
