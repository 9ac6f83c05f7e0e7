"""Short names and quoted names of projects beside their head. A bracketed short name right after a dash-headed
project name ("X -hankkeessa (InnoGIS-hanke)") is the same project: the two mentions resolve to one entity, so that
document-level rules find one main project; one before the dash ("X (ACR) -hanke") is too, and a name in brackets or
quotes keeps its head's case."""

from __future__ import annotations

from tests.helpers import make_gazetteer, record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer

GAZ = make_gazetteer()


def _projects(text: str) -> list[set[str]]:
    ex = extract_document(record(text), gazetteer=GAZ)
    return [e.labels for e in ex.entities.values() if e.type == "Project"]


def test_bracketed_short_name_with_head_is_the_same_project() -> None:
    text = ("Paikkatiedon verkoston kehittäminen Kainuussa -hankkeessa (VerGIS-hanke) kehitettiin palveluja. "
            "VerGIS-hanke päättyi vuonna 2014.")
    projects = _projects(text)
    assert len(projects) == 1, projects
    assert any("VerGIS" in label for label in projects[0])


def test_bracketed_word_that_is_no_short_name_stays_apart() -> None:
    text = "Paikkatiedon verkoston kehittäminen Kainuussa -hankkeessa (katso liite) kehitettiin palveluja."
    projects = _projects(text)
    assert all(not any("katso" in label for label in labels) for labels in projects)


def _facts(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(record(text), gazetteer=reference_gazetteer())
    labels = {iri: e.label for iri, e in ex.entities.items()}
    return {(labels.get(f.subject, f.subject), f.predicate, labels.get(f.object, f.object)) for f in ex.facts}


def test_short_name_in_brackets_before_the_dash_head() -> None:
    """"Perhetuki (PETU) -hanke": the name before the brackets, its short name inside, then the head; a one-word
    name too, and those who join "the project" in the next sentence join it."""
    text = ("Perhetuki (PETU) -hanke jatkuu vuoteen 2031. Hankkeessa ovat mukana Kuopion kaupunki ja "
            "Siilinjärven kunta.")
    facts = _facts(text)
    assert ("Kuopio", "participatesIn", "Perhetuki") in facts
    ex = extract_document(record(text), gazetteer=reference_gazetteer())
    assert any({"Perhetuki", "PETU"} <= e.labels for e in ex.entities.values() if e.type == "Project")


def test_bracketed_short_name_keeps_the_heads_case() -> None:
    """"osallistuu Arjen Apu Kotiin (AAK) -hankkeeseen": the illative after the brackets says what is joined."""
    text = ("Vanha Koti -hanke päättyi. Joensuun kaupunki osallistuu Arjen Apu Kotiin (AAK) -hankkeeseen.")
    assert ("Joensuu", "participatesIn", "Arjen Apu Kotiin") in _facts(text)


def test_a_funds_acronym_in_brackets_is_no_short_name() -> None:
    """"Arktinen työ (ESR) -hankkeelle": the fund stays its own entity, the project is named without it."""
    facts = _facts("Lapin liitto myönsi rahoitusta Arktinen työ (ESR) -hankkeelle.")
    assert ("Lapin liitto", "funds", "Arktinen työ") in facts


def test_quoted_name_after_the_head_takes_the_heads_case() -> None:
    """'osallistuu projektiin "Nuoret töihin"': the quoted name is what is joined (the head's illative), not one
    more subject of "osallistuu" beside the town."""
    text = 'Hanke "Arjen tuki" alkoi. Kuopion kaupunki osallistuu projektiin "Nuoret töihin".'
    facts = _facts(text)
    assert ("Kuopio", "participatesIn", "Nuoret töihin") in facts
    assert ("Kuopio", "participatesIn", "Arjen tuki") not in facts


def test_long_form_in_brackets_after_the_short_name() -> None:
    """"VOKA (Voimaa kotiin) -hanke": the mirror of "Name (ACR) -hanke"; the bracket spells out the short name
    before it, and the short name alone later is the same project."""
    text = ("VOKA (Voimaa kotiin) -hanketta hallinnoi Kuopion kaupunki. Siilinjärven kunta on mukana "
            "VOKA-hankkeessa.")
    facts = _facts(text)
    assert ("Kuopio", "coordinates", "Voimaa kotiin") in facts
    assert ("Siilinjärvi", "participatesIn", "Voimaa kotiin") in facts
    ex = extract_document(record(text), gazetteer=reference_gazetteer())
    assert any({"Voimaa kotiin", "VOKA"} <= e.labels for e in ex.entities.values() if e.type == "Project")


def test_a_funds_acronym_before_its_long_form_is_no_project() -> None:
    """"ESR (Euroopan sosiaalirahasto) -hanke" says which fund pays a project; it names no project."""
    ex = extract_document(record("Kuopion kaupunki hallinnoi ESR (Euroopan sosiaalirahasto) -hanketta."),
                          gazetteer=reference_gazetteer())
    assert not any(e.type == "Project" for e in ex.entities.values())


def test_short_name_in_brackets_after_a_copular_subject() -> None:
    """"Kylät kuntoon (KYKU) on ... hanke": the sentence defines the project; the bracket is its short name, which
    a later mention uses alone."""
    text = ("Kylät kuntoon (KYKU) on Kuopion kaupungin hallinnoima hanke. Siilinjärven kunta on mukana "
            "KYKU-hankkeessa.")
    ex = extract_document(record(text), gazetteer=reference_gazetteer())
    assert any({"Kylät kuntoon", "KYKU"} <= e.labels for e in ex.entities.values() if e.type == "Project")
    assert ("Siilinjärvi", "participatesIn", "Kylät kuntoon") in _facts(text)


def test_single_quotes_around_a_dash_headed_name_are_no_part_of_it() -> None:
    """"'Kylät kuntoon' -hankkeessa": the closing single quote stays on the word before the dash in the tokens,
    and is dropped from the name."""
    projects = _projects("Kuopion kaupunki on mukana 'Kylät kuntoon' -hankkeessa.")
    assert any("Kylät kuntoon" in labels for labels in projects), projects
    assert not any(any(label.endswith(("'", "’")) or "' " in label for label in labels) for labels in projects)


def test_long_form_in_brackets_after_an_acronyms_head() -> None:
    """"VOKA-hanketta (Voimaa kotiin)": the bracket spells out the acronym's project, one more name of it; a town
    or a legal form in the bracket says who runs it and names nothing."""
    ex = extract_document(record("Kuopion kaupunki hallinnoi VOKA-hanketta (Voimaa kotiin). Siilinjärven kunta on "
                                 "mukana TUKA-hankkeessa (Siilinjärven kunta)."), gazetteer=reference_gazetteer())
    labels = [e.labels for e in ex.entities.values() if e.type == "Project"]
    assert any({"VOKA", "Voimaa kotiin"} <= x for x in labels), labels
    assert not any("Siilinjärven kunta" in x for x in labels), labels
