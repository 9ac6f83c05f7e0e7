"""Document-level passes over project names (extract/name_echoes.py), on invented sentences: a name read
once with its head is seen again bare and inflected or by its acronym; readings that flattened layout
glued words onto are cut to the tail they share; a reading holding two project heads keeps the name after
the inner one."""

from __future__ import annotations

from tests.helpers import fact_rows as run
from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.name_echoes import name_echoes, one_head, shared_tails


def _projects(gaz: Gazetteer, text: str, kind: str = "news") -> set[str]:
    out = extract_document(record(text, kind=kind), gazetteer=gaz)
    return {e.label for e in out.entities.values() if e.type == "Project"}


def _reading(text: str, written: str, label: str) -> Mention:
    a = text.index(written)
    return Mention(start=a, end=a + len(written), surface=written, label=label, type="Project",
                   rule="dash-head", key=label.lower())


def test_bare_inflected_name_later_carries_the_coordinator(gaz: Gazetteer) -> None:
    text = "Pieni Askel -hanke alkoi keväällä. Pientä Askelta koordinoi Kuopion kaupunki."
    rows = run(gaz, text)
    assert any(p == "coordinates" and "askel" in o for _, p, o, _, _ in rows), rows


def test_acronym_given_in_brackets_echoes(gaz: Gazetteer) -> None:
    text = ("Kunta osallistuu Digitaalinen Hyvinvointi Pohjoisessa (DIHYPO) -hankkeeseen. "
            "DIHYPO:a koordinoi Oulun kaupunki.")
    rows = run(gaz, text)
    assert any(p == "coordinates" and "digitaalinen" in o for _, p, o, _, _ in rows), rows


def test_echo_needs_every_word_to_be_the_same_word() -> None:
    text = "Pieni Askel -hanke alkoi. Pienet Askelmerkit ja Piennar Askel eivät ole hankkeita."
    m = _reading(text, "Pieni Askel -hanke", "Pieni Askel")
    echoes = name_echoes(text, [m], get_morphology())
    assert [x.surface for x in echoes] == [], echoes


def test_one_word_and_kind_word_names_do_not_echo() -> None:
    text = "Hippos-hanke eteni. Hippos on urheilualue. Yhteenveto hankkeesta: Yhteenveto hankkeesta tehtiin."
    ms = [_reading(text, "Hippos-hanke", "Hippos"), _reading(text, "Yhteenveto hankkeesta", "Yhteenveto hanke")]
    assert name_echoes(text, ms, get_morphology()) == []


def test_layout_words_before_a_shared_tail_are_cut() -> None:
    text = ("VUOSIRAPORTTI Vahva Kylä Huomenna -hanke\nTiivistelmä Vahva Kylä Huomenna -hanke alkoi.\n"
            "Liite 3 Tilastointia Vahva Kylä Huomenna -hankkeessa")
    ms = [_reading(text, "VUOSIRAPORTTI Vahva Kylä Huomenna -hanke", "VUOSIRAPORTTI Vahva Kylä Huomenna"),
          _reading(text, "Tiivistelmä Vahva Kylä Huomenna -hanke", "Tiivistelmä Vahva Kylä Huomenna"),
          _reading(text, "Tilastointia Vahva Kylä Huomenna -hankkeessa", "Tilastointia Vahva Kylä Huomenna")]
    cuts = shared_tails(text, ms, get_morphology())
    assert sorted(c.label for _, c in cuts) == ["Vahva Kylä Huomenna"] * 3
    assert all(c.surface.startswith("Vahva Kylä Huomenna") for _, c in cuts)


def test_region_or_owner_genitive_before_a_shared_name_stays() -> None:
    text = "Pohjois-Savon Hyvä Ikä -hanke ja Etelä-Savon Hyvä Ikä -hanke ovat eri hankkeita."
    ms = [_reading(text, "Pohjois-Savon Hyvä Ikä -hanke", "Pohjois-Savon Hyvä Ikä"),
          _reading(text, "Etelä-Savon Hyvä Ikä -hanke", "Etelä-Savon Hyvä Ikä")]
    assert shared_tails(text, ms, get_morphology()) == []


def test_one_reading_of_a_tail_alone_is_not_enough_without_the_bare_tail() -> None:
    text = "Raportti Vahva Kylä Huomenna -hanke. Toinen asia."
    ms = [_reading(text, "Raportti Vahva Kylä Huomenna -hanke", "Raportti Vahva Kylä Huomenna")]
    assert shared_tails(text, ms, get_morphology()) == []


def test_a_contents_line_with_two_heads_keeps_the_name_after_the_inner_one() -> None:
    text = "Omat hankkeet Kylätalkoohanke Seudun Yhteinen Ympäristöhanke 12"
    m = _reading(text, "Kylätalkoohanke Seudun Yhteinen Ympäristöhanke",
                 "Kylätalkoohanke Seudun Yhteinen Ympäristöhanke")
    cut = one_head(text, m, get_morphology())
    assert cut is not None and cut.label == "Seudun Yhteinen Ympäristöhanke"
    assert text[cut.start:cut.end] == "Seudun Yhteinen Ympäristöhanke"


def test_a_repeated_kind_word_after_the_head_is_dropped() -> None:
    text = "Seudun yhteinen ympäristöhanke sateenvarjohanke alkoi."
    m = _reading(text, "Seudun yhteinen ympäristöhanke sateenvarjohanke",
                 "Seudun yhteinen ympäristöhanke sateenvarjohanke")
    cut = one_head(text, m, get_morphology())
    assert cut is not None and cut.label == "Seudun yhteinen ympäristöhanke"


def test_a_single_head_name_is_left_alone() -> None:
    text = "Seudun Yhteinen Ympäristöhanke alkoi."
    m = _reading(text, "Seudun Yhteinen Ympäristöhanke", "Seudun Yhteinen Ympäristöhanke")
    assert one_head(text, m, get_morphology()) is None


def test_pipeline_reads_one_project_from_stretched_report_readings(gaz: Gazetteer) -> None:
    text = ("VUOSIRAPORTTI 2015 Vahva Kylä Huomenna -hanke (12345) Hankkeen toteuttaja: Kylätalo ry "
            "Vahva Kylä Huomenna -hanke\n\nTiivistelmä Vahva Kylä Huomenna on kaksivuotinen hanke. "
            "Hankkeen hallinnoijana on Kylätalo ry.")
    found = _projects(gaz, text)
    assert "Vahva Kylä Huomenna" in found, found
    assert not any(x != "Vahva Kylä Huomenna" and x.endswith("Vahva Kylä Huomenna") for x in found), found


def test_a_head_after_a_spaced_dash_belongs_to_the_name(gaz: Gazetteer) -> None:
    rows = run(gaz, "Oulun kaupunki osallistuu Hyvä Elämä Pohjoisessa - hankkeeseen, jota koordinoi Oulun yliopisto.")
    assert {p for _, p, o, _, _ in rows if "hyva" in o or "elama" in o} == {"participatesIn", "coordinates"}, rows


def test_a_spaced_dash_before_other_words_adds_nothing() -> None:
    from welfare_kg.extract.name_echoes import settled_project_names

    text = "Hyvä Elämä Pohjoisessa - tulevaisuus on yhteinen."
    m = _reading(text, "Hyvä Elämä Pohjoisessa", "Hyvä Elämä Pohjoisessa")
    out = settled_project_names(text, [[m]], [0], get_morphology())
    assert [x.end for ms in out for x in ms] == [m.end]


def test_a_numeral_before_a_bare_head_counts_projects() -> None:
    from welfare_kg.extract.name_echoes import settled_project_names

    text = "Liite 4 Kahden hankkeen ulkopuolinen arviointi"
    m = _reading(text, "Kahden hankkeen", "Kahden hanke")
    m.rule = "compound-head"
    assert settled_project_names(text, [[m]], [0], get_morphology()) == [[]]


def test_a_name_word_before_a_bare_head_stays() -> None:
    from welfare_kg.extract.name_echoes import settled_project_names

    text = "Liite 4 TerveysKampus hankkeen arviointi"
    m = _reading(text, "TerveysKampus hankkeen", "TerveysKampus hanke")
    m.rule = "compound-head"
    assert settled_project_names(text, [[m]], [0], get_morphology()) == [[m]]


def test_a_name_written_again_with_its_head_glued_on_is_the_same_name(gaz: Gazetteer) -> None:
    # "Pohjoinen Tuuli -hanke" in the text, "Pohjoinen Tuuli-hankkeen" (the dash's space left out) in the title
    text = ("§ 88 Pohjoinen Tuuli-hankkeen rahoitus\n\n"
            "Kaupunki on mukana Pohjoinen Tuuli -hankkeessa, joka vahvistaa yritysten osaamista.")
    projects = _projects(gaz, text, kind="minutes")
    assert "Pohjoinen Tuuli" in projects
    assert "Tuuli" not in projects
