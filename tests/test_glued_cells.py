"""A flattened table whose cells lost their gaps gets them back; brands and glued field labels stay as written."""

from __future__ import annotations

from pathlib import Path

from welfare_kg.extract.document import extract_document
from welfare_kg.loaders import load_document
from welfare_kg.loaders.glued_cells import unglue_cells

TABLE = ("Neuvoston kokoonpano\n\n"
         "KuntaJäsenVarajäsen\n"
         "HartolaAino KoivistoPertti Lahtinen\n"
         "SysmäOlavi NiemiRiitta Salo\n"
         "PadasjokiKaisa VirtaJaana Hietanen\n"
         "KuhmoinenMarkus Lehto Tiina Aalto\n\n"
         "Sihteeri: Liisa Rantala, palvelupäällikkö\n")


def test_glued_rows_get_their_gaps_back() -> None:
    lines = unglue_cells(TABLE).split("\n")
    assert "Kunta  Jäsen  Varajäsen" in lines
    assert "Hartola  Aino Koivisto  Pertti Lahtinen" in lines
    assert "Padasjoki  Kaisa Virta  Jaana Hietanen" in lines
    # the last row lost only one gap; it is a row of the same table
    assert "Kuhmoinen  Markus Lehto Tiina Aalto" in lines
    assert "Sihteeri: Liisa Rantala, palvelupäällikkö" in lines


def test_a_name_glued_to_a_heading_in_capitals_is_cut_there() -> None:
    text = TABLE + "Läsnä\nMatti Esimerkki puheenjohtajaPOISSA OLLEET\n"
    assert "Matti Esimerkki puheenjohtaja  POISSA OLLEET" in unglue_cells(text).split("\n")


def test_brands_and_glued_labels_alone_are_left_as_written() -> None:
    text = ("Hankkeen tiedot\nNimiHyvä arki 2030\nTilaPäättynyt\nYhteyshenkilöMaija Esimerkki\n"
            "Kumppani: ProAgria Keski-Suomi ja KontuKeskus ry, esitys YouTubessa.\n")
    assert unglue_cells(text) == text


def test_two_glued_rows_are_no_table() -> None:
    text = "HartolaAino KoivistoPertti Lahtinen\nSysmäOlavi NiemiRiitta Salo\nMuuta tekstiä.\n"
    assert unglue_cells(text) == text


def test_prose_lines_are_left_alone() -> None:
    long_line = "Hankkeessa ovat mukana " + "EsimerkkiOy ja MalliAb sekä TestiRy, " * 4 + "ja muut."
    text = TABLE + long_line + "\n"
    assert long_line in unglue_cells(text).split("\n")


def test_loaded_table_names_its_towns_and_people(tmp_path: Path) -> None:
    p = tmp_path / "neuvosto.txt"
    p.write_text(TABLE, encoding="utf-8")
    rec = load_document(p)
    assert "Hartola  Aino Koivisto  Pertti Lahtinen" in rec.text
    labels = {e.label for e in extract_document(rec).entities.values()}
    assert {"Hartola", "Sysmä", "Aino Koivisto", "Pertti Lahtinen", "Jaana Hietanen"} <= labels
