"""Grant lists of receiver, title and sum lines (extract/owner_title_blocks.py); invented lists."""

from __future__ import annotations

from helpers import extract

LIST = ("Kulturnämnden fördelade årets projektbidrag till följande föreningar:\n\n"
        "Testby musikförening r.f.:\n"
        "Sommarljud 2031\n"
        "1500 euro\n\n"
        "Exempelstrands dansklubb r.f.:\n"
        "Dansa tillsammans\n"
        "500 euro\n\n"
        "Provträsk hembygdsförening r.f.:\n"
        "\"Gamla vägar\", en vandring genom byn\n"
        "2 000 euro\n")


def _projects(text: str) -> set[str]:
    ex = extract(text)
    return {e.label for e in ex.entities.values() if e.type == "Project"}


def test_the_middle_line_of_each_block_is_a_project() -> None:
    found = _projects(LIST)
    assert {"Sommarljud 2031", "Dansa tillsammans"} <= found


def test_a_quoted_title_ends_at_its_closing_quote() -> None:
    found = _projects(LIST)
    assert "Gamla vägar" in found
    assert not any("vandring" in p for p in found)


def test_a_title_line_running_into_a_sentence_ends_at_its_full_stop() -> None:
    text = ("Avustukset:\n\nKylän kuoro ry:\nKevätkonsertti 12.5.2031. Teema: laulut ja runot\n1 000 euroa\n\n"
            "Kylän teatteri ry:\nKesäteatteri kallioilla\n800 euroa\n")
    found = _projects(text)
    assert "Kevätkonsertti 12.5.2031" in found
    assert "Kesäteatteri kallioilla" in found


def test_a_single_block_is_no_list() -> None:
    one = "Päätös:\n\nKylän kuoro ry:\nKevätkonsertti kylätalolla\n1 000 euroa\n"
    assert "Kevätkonsertti kylätalolla" not in _projects(one)


def test_a_line_of_sums_is_no_title() -> None:
    text = ("Avustukset:\n\nKylän kuoro ry:\nhaettu 2 000 euroa\n1 000 euroa\n\n"
            "Kylän teatteri ry:\nhaettu 900 euroa\n800 euroa\n")
    assert not any("haettu" in p for p in _projects(text))


def test_the_receiver_runs_the_project_of_its_block() -> None:
    from helpers import labelled_facts

    facts = labelled_facts(LIST)
    assert any(p == "coordinates" and o == "Sommarljud 2031" and s.startswith("Testby musikförening")
               for s, p, o in facts)
