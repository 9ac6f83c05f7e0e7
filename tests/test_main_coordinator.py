"""The one runner of a document's one project (extract/main_coordinator.py), on invented sentences: a sentence that
speaks of the project by a bare "hanke"/"projektet" and says who runs it gives that organisation as coordinator;
two runners, a partner's part, a town's deciding organ, a denied or unrelated sentence, another project in the
sentence or a coordinator some rule named already give nothing."""

from __future__ import annotations

from welfare_kg.extract.main_coordinator import CONFIDENCE, RULE, main_coordinator_facts
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.text import sentences

PROJECT = "project/paiva-metsassa"
RUNNER = "association/apila"
OTHER = "association/kataja"
MORPH = get_morphology()
Named = tuple[str, str, str, str | None, int]  # surface, type, IRI, case, which occurrence


def _mention(text: str, named: Named) -> Mention:
    surface, typ, iri, case, nth = named
    at = -1
    for _ in range(nth + 1):
        at = text.index(surface, at + 1)
    return Mention(start=at, end=at + len(surface), surface=surface, label=surface, type=typ, iri=iri, case=case,
                   rule="test")


def _facts(text: str, named: list[Named], facts: list[Fact] | None = None) -> list[Fact]:
    sents = sentences(text)
    mentions = [_mention(text, n) for n in named]
    per_sentence = [[m for m in mentions if s.start <= m.start < s.end] for s in sents]
    return main_coordinator_facts(sents, per_sentence, facts or [], MORPH)


HEAD = "Päivä Metsässä -hanke alkoi syksyllä. Päivä Metsässä -hanke päättyy 2025. "
PROJECTS: list[Named] = [("Päivä Metsässä -hanke", "Project", PROJECT, "nimento", 0),
                         ("Päivä Metsässä -hanke", "Project", PROJECT, "nimento", 1)]
APILA: Named = ("Yhdistys Apila", "Association", RUNNER, "nimento", 0)


def test_the_one_runner_of_the_bare_project_coordinates_it() -> None:
    for sentence in ("Yhdistys Apila toteuttaa hankkeen yhdessä kuntien kanssa.",
                     "Hanketta hallinnoi Yhdistys Apila.",
                     "Yhdistys Apila genomför projektet i Åboland."):
        out = _facts(HEAD + sentence, [*PROJECTS, APILA])
        assert [(f.subject, f.predicate, f.object, f.rule) for f in out] == [(RUNNER, "coordinates", PROJECT, RULE)]
        assert out[0].confidence == CONFIDENCE < 0.5


def test_a_genitive_agent_before_the_participle_runs_it() -> None:
    text = HEAD + "Kyseessä on Yhdistys Apilan hallinnoima hanke, joka kehittää palveluja."
    out = _facts(text, [*PROJECTS, ("Yhdistys Apilan", "Association", RUNNER, "omanto", 0)])
    assert [(f.subject, f.object) for f in out] == [(RUNNER, PROJECT)]


def test_two_runners_or_a_partners_part_give_nothing() -> None:
    text = HEAD + "Yhdistys Apila toteuttaa hanketta. Hanketta hallinnoi Yhdistys Kataja."
    assert not _facts(text, [*PROJECTS, APILA, ("Yhdistys Kataja", "Association", OTHER, "nimento", 0)])
    text = HEAD + "Yhdistys Apila toimii hankkeen osatoteuttajana ja toteuttaa osan hankkeesta."
    assert not _facts(text, [*PROJECTS, APILA])


def test_the_runner_of_a_part_is_not_the_wholes() -> None:
    for sentence in ("Hankkeen Kainuun osahanketta toteuttaa Yhdistys Apila.",
                     "Hankkeen toista työpakettia koordinoi Yhdistys Apila."):
        assert not _facts(HEAD + sentence, [*PROJECTS, APILA]), sentence


def test_a_towns_deciding_organ_runs_nothing_but_a_unit_does() -> None:
    text = HEAD + "Kaupunginhallitus toteuttaa hankkeen omalla rahoituksella."
    assert not _facts(text, [*PROJECTS, ("Kaupunginhallitus", "Body", "body/x-kaupunginhallitus", "nimento", 0)])
    text = HEAD + "Tutkimusyksikkö Verso toteuttaa hankkeen."
    out = _facts(text, [*PROJECTS, ("Tutkimusyksikkö Verso", "Body", "body/verso", "nimento", 0)])
    assert [(f.subject, f.object) for f in out] == [("body/verso", PROJECT)]


def test_denied_unrelated_or_other_project_sentences_give_nothing() -> None:
    other: Named = ("Kataja-hankkeen", "Project", "project/kataja", "omanto", 0)
    for sentence, extra in (("Yhdistys Apila ei toteuta hanketta.", []),
                            ("Yhdistys Apila toteuttaa kesäleirin nuorille.", []),  # no word for the project
                            ("Yhdistys Apila toteuttaa Kataja-hankkeen.", [other])):
        assert not _facts(HEAD + sentence, [*PROJECTS, APILA, *extra]), sentence


def test_a_coordinator_named_by_a_rule_stays_the_only_one() -> None:
    named = Fact(OTHER, "coordinates", PROJECT, Evidence("", 0, 0), "coordinates:administer-verb", 0.75)
    assert not _facts(HEAD + "Yhdistys Apila toteuttaa hankkeen.", [*PROJECTS, APILA], [named])


def test_no_main_project_no_runner() -> None:
    text = "Alfa-hanke ja Beeta-hanke alkoivat. Yhdistys Apila toteuttaa hankkeen."
    named: list[Named] = [("Alfa-hanke", "Project", "project/alfa", "nimento", 0),
                          ("Beeta-hanke", "Project", "project/beeta", "nimento", 0), APILA]
    assert not _facts(text, named)


def test_other_projects_a_whole_or_a_partner_worked_with_run_nothing() -> None:
    for sentence in ("Yhdistys Apila hallinnoi myös muita hankkeita.",
                     "Yhdistys Apila on hallinnoinut useita projekteja.",
                     "Hanke on osa Yhdistys Apilan koordinoimaa laajempaa kokonaisuutta.",
                     "Hanketta valmisteltiin yhteistyössä aluekoordinaattorin kanssa (Yhdistys Apila)."):
        apila: Named = ("Yhdistys Apila", "Association", RUNNER, "nimento", 0)
        assert not _facts(HEAD + sentence, [*PROJECTS, apila]), sentence


def test_a_project_qualifying_the_object_is_not_run() -> None:
    text = HEAD + "Yhdistys Apila toteutti kyselyn Päivä Metsässä -hankkeen asiakkaille."
    named = [*PROJECTS, ("Päivä Metsässä -hankkeen", "Project", PROJECT, "omanto", 0), APILA]
    assert not _facts(text, named)
    text = HEAD + "Yhdistys Apila toteuttaa Päivä Metsässä -hankkeen vuosina 2024-2025."
    named = [*PROJECTS, ("Päivä Metsässä -hankkeen", "Project", PROJECT, "omanto", 0), APILA]
    assert [f.subject for f in _facts(text, named)] == [RUNNER]
