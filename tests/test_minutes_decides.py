"""Which body decides what in minutes and their copies (issue 12): structure, not wording.

All texts here are invented; they imitate layouts, not particular documents.
"""

from __future__ import annotations

from pathlib import Path

from welfare_kg.extract.document import extract_document
from welfare_kg.loaders import load_document

_PREAMBLE = "Koko: px\nAloita esitys sivulta:\n\nDownload \"{title}\"\n\nTranskriptio\n\n"


def _extract(tmp_path: Path, title: str, transcript: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "copy.txt"
    path.write_text(f"{title}\n\n" + _PREAMBLE.format(title=title) + transcript, encoding="utf-8")
    return extract_document(load_document(path))


def test_capitals_give_no_name_to_a_common_genitive_or_to_a_genitive_heads_noun(tmp_path: Path) -> None:
    """"UUDEN KOULUN HANKKEEN TOTEUTTAMISTAPA" in a list of items in capitals: "koulun hanke" and the project's
    "toteuttamistapa" name no project, so the council decides none."""
    ex = _extract(tmp_path, "MALLILAN KUNTA PÖYTÄKIRJA 5/",
                  "1 MALLILAN KUNTA PÖYTÄKIRJA 5/ Kunnanvaltuusto AIKA :00-20:50 PAIKKA Valtuustosali KÄSITELLYT ASIAT "
                  "Otsikko Sivu 39 KOKOUKSEN LAILLISUUS JA PÄÄTÖSVALTAISUUS PÖYTÄKIRJANTARKASTAJAT 41 TYÖJÄRJESTYKSEN "
                  "HYVÄKSYMINEN 46 KIRKONKYLÄN UUDEN KOULUN HANKKEEN TOTEUTTAMISTAPA 47 ILMOITUSASIAT\n\n"
                  "2 MALLILAN KUNTA PÖYTÄKIRJA 5/ Kunnanvaltuusto OSALLISTUJAT Nimi Tehtävä\n")
    assert not [e.label for e in ex.entities.values() if e.type == "Project"]
    assert not [f for f in ex.facts if f.predicate == "decides"]


def test_a_named_project_in_capitals_is_still_decided(tmp_path: Path) -> None:
    """"RAHOITUKSEN MYÖNTÄMINEN HANKKEELLE KOTONA KOKO ELÄMÄ": the allative head names the project after it."""
    ex = _extract(tmp_path, "MALLILAN LIITTO PÖYTÄKIRJA 5/2014 1",
                  "1 MALLILAN LIITTO PÖYTÄKIRJA 5/ Maakuntahallitus KOKOUSTIEDOT AIKA klo 08:30-09:15 KÄSITELLYT "
                  "ASIAT Otsikko Sivu 79 KOKOUKSEN LAILLISUUS JA PÄÄTÖSVALTAISUUS 4 80 PÖYTÄKIRJAN TARKASTAJIEN "
                  "VALITSEMINEN 5 81 RAHOITUKSEN MYÖNTÄMINEN HANKKEELLE KOTONA KOKO ELÄMÄ 6 82 ILMOITUSASIAT 7\n")
    projects = {e.iri: e.label for e in ex.entities.values() if e.type == "Project"}
    assert "Kotona koko elämä" in projects.values()
    assert any(f.predicate == "decides" and f.object in projects for f in ex.facts)


def test_an_earlier_handling_line_is_not_the_items_meeting(tmp_path: Path) -> None:
    """A meeting system's item page headed by the council and its date, whose processing trail opens with the
    board's earlier handling ("Khall 12.06.2023 § 127"): the council's meeting is the item's, so the council
    decides it."""
    from welfare_kg.loaders.minutes import parse_items

    text = ("Kunnanvaltuusto\nPöytäkirja 26.06.2023/Pykälä 8\nMallilan yhteistoimintasopimus\n"
            "Khall 12.06.2023 § 127\nValmistelija: kunnanjohtaja Maija Mallikas\n"
            "Kunnanhallitus esittää valtuustolle, että se hyväksyy Mallilan yhteistoimintasopimuksen.\n")
    items = parse_items(text)
    assert items and items[0].body == "Kunnanvaltuusto" and items[0].date == "2023-06-26"


def test_a_list_title_does_not_end_with_a_conjunction() -> None:
    """"... Forssan ja Riihimäen pk-yrityksissä (MAIOR) projektille": a capital after "ja" goes on with the name,
    it opens no new title in a list of items run into one line."""
    from welfare_kg.loaders.layouts import toc_items

    text = ("KÄSITELLYT ASIAT Otsikko Sivu 83 Kokouksen laillisuus ja päätösvaltaisuus Pöytäkirjan tarkastajien "
            "valinta Rahoituksen myöntäminen Mallilan ja Testilän yrityksissä (MALTE) projektille Ilmoitusasiat\n")
    titles = [i.title for i in toc_items(text)]
    assert any("Mallilan ja Testilän yrityksissä" in t for t in titles), titles
    assert not any(t.endswith(" ja") for t in titles), titles


def test_an_item_titles_project_keeps_its_acronym_as_a_name() -> None:
    """"X (MAIOR) projektille": the project is named X and MAIOR, not "X (MAIOR)"."""
    from welfare_kg.extract.item_titles import _acronym_apart

    assert _acronym_apart("Mallilan pk-yritysten innovaatiot (MALTE)") == ("Mallilan pk-yritysten innovaatiot",
                                                                             ("MALTE",))
    assert _acronym_apart("Mallilan pk-yritysten innovaatiot") == ("Mallilan pk-yritysten innovaatiot", ())


def test_a_courts_seat_is_no_town_of_the_minutes(tmp_path: Path) -> None:
    """"Oulun hallinto-oikeus" is a court (reference data), so its seat's genitive does not outvote the town whose
    board the minutes name: the bare "Kunnanhallitus" is Sotkamo's."""
    path = tmp_path / "extract.txt"
    path.write_text("Kunnanhallitus 137 01.06.2010\n"
                    "Lausunto Oulun hallinto-oikeudelle kunnallisvalituksesta KHALL 137\n"
                    "Oulun hallinto-oikeus pyytää lausuntoa valituksesta, joka koskee Sotkamon kunnanhallituksen "
                    "päätöstä 49/2010. Oulun hallinto-oikeus on asettanut toimeenpanokiellon.\n"
                    "Ehdotus Kunnanhallitus päättää antaa lausunnon.\n", encoding="utf-8")
    ex = extract_document(load_document(path))
    types = {e.label: e.type for e in ex.entities.values()}
    assert types.get("Oulun hallinto-oikeus") == "Agency"
    assert "Oulu" not in types


def test_a_part_heading_before_the_body_is_no_person(tmp_path: Path) -> None:
    """"Kunnanjohtaja Ehdotus Kunnanhallitus päättää": the proposal's heading and the board, not a person."""
    path = tmp_path / "extract.txt"
    path.write_text("Kunnanhallitus 137 01.06.2010\nLausunto valituksesta KHALL 137\nHallintojohtaja\n"
                    "Kunnanjohtaja Ehdotus Kunnanhallitus päättää antaa lausunnon.\n", encoding="utf-8")
    ex = extract_document(load_document(path))
    assert not [e.label for e in ex.entities.values() if e.type == "Person"]


def test_a_board_headed_memo_item_with_its_part_headings(tmp_path: Path) -> None:
    """"Hallitus 3 / 2017 20.03.2017" over an item whose parts are headed "Esitys Hallitus" and "Päätös Hallitus":
    minutes of the board, which is a body; the projects the item's officials decided are not the board's decisions."""
    path = tmp_path / "item.txt"
    path.write_text("Hallitus 3 / 2017 20.03.2017\nMAAKUNTAJOHTAJAN PÄÄTÖKSET 13 - 15\n"
                    "  • Päätös nro 13 / Mallilan kylätalo -hankkeelle myönnetään 5 000 €.\n"
                    "Esitys Hallitus\n\nMerkitään tiedoksi.\n\nPäätös Hallitus\n\nMerkittiin tiedoksi.\n",
                    encoding="utf-8")
    record = load_document(path)
    assert record.kind == "minutes"
    assert record.items[0].body == "Hallitus" and {"proposal", "decision"} <= set(record.items[0].parts)
    ex = extract_document(record)
    assert any(e.type == "Body" for e in ex.entities.values())
    assert not [f for f in ex.facts if f.predicate == "decides"]


def test_a_body_only_named_in_an_item_does_not_decide_it() -> None:
    """No heading body, no decision verb, no letterhead: "Kunnanhallituksen lausunto" names a body, which is not
    thereby the one deciding the item."""
    from types import SimpleNamespace

    from welfare_kg.extract.posts import item_body

    text = "Otsikko\n\n" + "x" * 500 + "\n12 Kunnanhallituksen lausunto Mallilan hankkeesta\n"
    at = text.index("Kunnanhallituksen")
    board = SimpleNamespace(label="Kunnanhallitus", labels={"Kunnanhallitus"}, iri="b",
                            mentions=[SimpleNamespace(start=at, end=at + 17)])
    item = SimpleNamespace(body=None, start=at - 3, end=len(text), parts={})
    assert item_body(item, [board], text) is None
