"""A grant list whose bullets the web page lost: funds:grant-list (relations.py) reads on through rows whose opener
recognition did not read, once the list has given rows (a perturbed copy of a regional council's grant news)."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import extract, needs_voikko

ROWS = ["Paraisten kaupungille myönnetään hankkeeseen ”Saariston syksy” 21 812 euroa.",
        "Naantalin kaupungille myönnetään hankkeeseen ”Ruokaisa Naantali” 13 650 euroa.",
        "Läntiselle tanssin aluekeskukselle myönnetään hankkeeseen ”TaiteD - taide loikkaa verkkoon” 42 298 euroa.",
        "Raision kaupungille myönnetään hankkeeseen ”Etäkuntouttava työtoiminta” 35 000 euroa."]
TEXT = ("HANKERAHOITUSTA NELJÄLLE HANKKEELLE\n\n"
        "Maakuntahallitus myönsi Alueiden kestävän kasvun ja elinvoiman tukeminen -rahoitusta seuraaville "
        "hankkeille:\n\n{rows}\n\nLisätietoja antaa elinkeinopäällikkö.\n")


def _grants(text: str) -> set[tuple[str, Decimal | None]]:
    ex = extract(text, "news")
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.object], f.amount) for f in ex.facts if f.predicate == "funds"}


@needs_voikko
def test_rows_without_bullets_go_on_past_an_unread_opener() -> None:
    for bullet in (" • ", ""):
        found = _grants(TEXT.format(rows="\n".join(bullet + r for r in ROWS)))
        assert any(a == Decimal("42298") for _, a in found), bullet
        assert ("Etäkuntouttava työtoiminta", Decimal("35000")) in found, bullet


@needs_voikko
def test_a_closing_paragraph_with_a_total_is_no_row() -> None:
    rows = "\n".join(ROWS) + "\nHankkeiden rahoitus on yhteensä 112 760 euroa."
    found = _grants(TEXT.format(rows=rows))
    assert not any(a == Decimal("112760") for _, a in found)


STEA_NEWS = ("STEA jakoi alueellemme avustuksia\n\n"
             "STEA on myöntänyt avustuksia alueen järjestöille vuodelle 2024.\n\n{rows}\n")
STEA_ROWS = [("Alajärven Palvelukeskus Yhdistys ry", "61 080 €"), ("Ystäväntupa ry (Ähtäri)", "50 000 €"),
             ("Ähtärin Toimela ry", "66 170 €")]


@needs_voikko
def test_a_bracketed_town_after_a_receiver_leaves_its_row_one_name() -> None:
    layouts = {"lines": "\n".join(f"{n} {s}" for n, s in STEA_ROWS),
               "cells": "\n".join(f"{n}\n{s}" for n, s in STEA_ROWS),
               "run": " ".join(f"{n} {s}" for n, s in STEA_ROWS),
               "table": "\n".join(f"| {n} | {s} |" for n, s in STEA_ROWS)}
    for layout, rows in layouts.items():
        found = _grants(STEA_NEWS.format(rows=rows))
        assert ("Ystäväntupa ry", Decimal("50000")) in found, layout
        assert ("Ähtärin Toimela ry", Decimal("66170")) in found, layout
        assert not any(r == "Ähtäri" for r, _ in found), layout


BOARD = ("Kaupunginhallitus päätti myöntää asukasosallisuuden avustuksia vuodelle 2025 seuraavasti:\n\n{rows}\n")
BOARD_ROWS = ["Arabian Asukastalot ry 14 750 euroa (palkkakustannuksiin)",
              "Herttoniemenrannan asukastaloyhdistys Ankkuri ry 29 500 euroa (vuokrakustannuksiin 9 200 euroa ja "
              "palkkakustannuksiin 20 300 euroa sekä tapahtumien järjestämiseen)",
              "Lauttasaari-Seura ry 20 000 euroa (asukastilan vuokra- ja ylläpitokustannuksiin 5 250 euroa ja "
              "palkkakustannuksiin 14 750 euroa)",
              "Maunula-Seura ry 9 500 euroa (asukastilan vuokra- ja ylläpitokustannuksiin)"]


@needs_voikko
def test_long_rows_whose_total_follows_the_name_survive_lost_bullets() -> None:
    for bullet in ("- ", ""):
        found = _grants(BOARD.format(rows="\n\n".join(bullet + r for r in BOARD_ROWS)))
        assert ("Lauttasaari-Seura", Decimal("20000")) in found or ("Lauttasaari-Seura ry", Decimal("20000")) \
            in found, bullet
        assert any(a == Decimal("9500") for _, a in found), bullet


@needs_voikko
def test_a_verb_between_name_and_sum_ends_the_list() -> None:
    rows = "\n\n".join(BOARD_ROWS[:2]) + ("\n\nKalliolan Kannatusyhdistys ry hakee ensi vuodelle 70 000 euroa "
                                          "(asukastilan vuokrakustannuksiin ja palkkakustannuksiin sekä muihin "
                                          "kuluihin, joita ei ole vielä eritelty).")
    found = _grants(BOARD.format(rows=rows))
    assert not any(a == Decimal("70000") for _, a in found)
