"""Attendance flattened to one line as "A, <title> B, <title>" (extract/comma_title_runs.py).

The minutes here are invented for these tests (no real document's people): a joint board's attendance whose rows
"Name, role" a transcript ran into one line, the same with other names and other bodies, and a prose list with
the titles before the names that must stay as it is.
"""

from __future__ import annotations

import time

from tests.helpers import posts, record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Extraction


def _run(a: str, b: str, c: str, d: str) -> str:
    return ("PÖYTÄKIRJA 3/2011 SEUTUKUNTAHALLITUKSEN KOKOUS Aika: Tiistaina kello 13 Paikka: kunnantalo "
            f"Jäsenet Liisa Mäkelä, Reisjärveltä {a}, seutukuntavaltuuston puheenjohtaja {b}, seutukuntavaltuuston "
            f"1. varapuheenjohtaja {c}, Keski-Pohjanmaan liiton hallituksen jäsen {d}, valokuvaaja (Kuva Oy) "
            "Allekirjoitukset: Liisa Mäkelä puheenjohtaja\n\n2. Kokouksen avaus Puheenjohtaja avasi kokouksen.\n")


def _holders(ex: Extraction, body_word: str) -> set[str]:
    return {p for p, o in posts(ex) if body_word in o.lower()}


def test_each_title_is_the_name_before_it() -> None:
    ex = extract_document(record(_run("Aatu Kettunen", "Berit Luoma", "Cecilia Hautala", "Dan Forsell"),
                                 kind="minutes"))
    assert {"Aatu Kettunen", "Berit Luoma"} <= _holders(ex, "seutukuntavaltuusto")
    assert "Cecilia Hautala" not in _holders(ex, "seutukuntavaltuusto")
    assert "Cecilia Hautala" in _holders(ex, "liit")


def test_names_swapped() -> None:
    ex = extract_document(record(_run("Veikko Ranta", "Outi Salo", "Pentti Lahti", "Jaana Koski"), kind="minutes"))
    assert {"Veikko Ranta", "Outi Salo"} <= _holders(ex, "seutukuntavaltuusto")
    assert "Pentti Lahti" not in _holders(ex, "seutukuntavaltuusto")


def test_titles_before_names_stay() -> None:
    text = ("PÖYTÄKIRJA 2/2012 Kunnanhallitus\n\n1. Valtuuston edustajat Kokouksessa olivat läsnä "
            "kunnanvaltuuston puheenjohtaja Aatu Kettunen, kunnanvaltuuston varapuheenjohtaja Berit Luoma ja "
            "kunnanjohtaja Cecilia Hautala.\n")
    ex = extract_document(record(text, kind="minutes"))
    assert not any(f.rule == "holdsPost:run-title" for f in ex.facts)


def test_a_long_run_is_linear() -> None:
    rows = " ".join(f"Etu{chr(97 + i % 26)} Suku{chr(97 + i // 26 % 26)}{chr(97 + i % 26)}, jäsen"
                    for i in range(400))
    start = time.process_time()
    extract_document(record(f"PÖYTÄKIRJA 1/2010 Hallitus\n\nJäsenet Matti Aho, Kurusta {rows}\n", kind="minutes"))
    assert time.process_time() - start < 60


def test_an_organisation_thanked_employs_nobody() -> None:
    """extract/document.py: an organisation in the allative ("kiitokset X:lle") is no employer of the speaker."""
    text = ("Lahjoitus opiskelijoille\n\nKiitokset Etelä-Karjalan kauppakamarille heidän osoittamastaan tuesta, "
            "iloitsee rehtori Aatu Kettunen.\n")
    ex = extract_document(record(text))
    assert not any(p == "Aatu Kettunen" and "kauppakamari" in o.lower() for p, o in posts(ex))


def test_a_column_of_roles_after_the_last_name_is_nobody_s_seat() -> None:
    """extract/posts.py: names in one column, their roles in the next, run into one line: the roles after the
    last name ("yhtymävaltuuston 1. vpj yhtymävaltuuston 2. vpj ...") are the column's, not that name's."""
    text = ("Pöytäkirja 4/2020 Yhtymähallitus Aika kello 10:00-11:00 Paikka kokoushuone Saapuvilla olleet jäsenet "
            "Salo Outi Lahti Pentti Koski Jaana puheenjohtaja varapuheenjohtaja jäsen Muut saapuvilla olleet "
            "Ranta Veikko Kettunen Aatu Luoma Berit yhtymävaltuuston 1. vpj yhtymävaltuuston 2. vpj "
            "sosiaalijohtaja sihteeri\n\n2 Kokouksen laillisuus ja päätösvaltaisuus\n")
    ex = extract_document(record(text, kind="minutes"))
    assert not any(p == "Berit Luoma" and "valtuusto" in o.lower() for p, o in posts(ex))


def test_the_same_rows_one_a_line() -> None:
    """The run re-laid out one row a line: each row's title and the organisation written inside it."""
    text = _run("Aatu Kettunen", "Berit Luoma", "Cecilia Hautala", "Dan Forsell")
    for name in ("Berit Luoma", "Cecilia Hautala", "Dan Forsell"):
        text = text.replace(" " + name, "\n" + name)
    text = text.replace(" Aatu Kettunen", "\nAatu Kettunen").replace(" Allekirjoitukset:", "\nAllekirjoitukset:")
    ex = extract_document(record(text, kind="minutes"))
    assert {"Aatu Kettunen", "Berit Luoma"} <= _holders(ex, "seutukuntavaltuusto")
    assert "Cecilia Hautala" not in _holders(ex, "seutukuntavaltuusto")
    assert "Cecilia Hautala" in _holders(ex, "liit")


def test_a_title_among_several_organisations_is_nobody_s() -> None:
    """extract/document.py: a bare title in a sentence naming two organisations and nothing tying it to either."""
    text = ("Seminaari\n\nSeminaarissa puhuivat Kansaneläkelaitoksen ja Sitran edustajat sekä "
            "kehittämisjohtaja Aatu Kettunen.\n")
    ex = extract_document(record(text))
    assert not any(p == "Aatu Kettunen" for p, _ in posts(ex))


def test_a_chair_among_several_organisations_and_no_board_is_nobody_s() -> None:
    """extract/document.py: a meeting role in a sentence naming two organisations and no board of either."""
    text = ("Seminaari\n\nTilaisuudessa olivat mukana Kansaneläkelaitos ja Sitra, ja sen avasi "
            "puheenjohtaja Aatu Kettunen.\n")
    ex = extract_document(record(text))
    assert not any(p == "Aatu Kettunen" for p, _ in posts(ex))
