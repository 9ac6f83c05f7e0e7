"""Lists of items run into one line (PDF transcripts): tables of contents, prefixed numbers, § runs.

All minutes here are invented; they imitate layouts, not particular documents.
"""

from __future__ import annotations

from pathlib import Path

from welfare_kg.loaders import load_document
from welfare_kg.loaders.layouts import letterhead_body, toc_items
from welfare_kg.loaders.minutes import BODY_WORDS, parse_items


def _titles(items: list) -> list[tuple[str | None, str]]:
    return [(i.section, i.title) for i in items]


def test_items_numbered_with_the_bodys_letter() -> None:
    """"K 31 Otsikko K 32 Otsikko": the letter belongs to the number, not to the title before it."""
    text = ("1 ESITYSLISTA KUNNANHALLITUKSEN KOKOUS 4/2019 Kokousaika , klo Paikka Virastotalo Asiat Asialista "
            "K 31 Kiinteistön myynti K 32 ABC-yhteistyösopimus K 33 Lausunto Metsäpolku-hankkeesta "
            "K 34 Talousarvion muutos Ilmoitukset... 40\n\n2 KOKOUSPÖYTÄKIRJA Kunnanhallitus 4/2019")
    assert _titles(toc_items(text)) == [
        ("31", "Kiinteistön myynti"), ("32", "ABC-yhteistyösopimus"),
        ("33", "Lausunto Metsäpolku-hankkeesta"), ("34", "Talousarvion muutos"), (None, "Ilmoitukset")]
    items = parse_items(text)
    assert [i.section for i in items][:4] == ["31", "32", "33", "34"]


def test_a_capitalised_word_before_one_number_is_text() -> None:
    """A prefix opens an item only when it numbers three increasing items; pages and attachments never do."""
    pages = ("Käsitellyt asiat 12 Kokouksen laillisuus Sivu 3 Kokoushuone Sivu 4 Kirjasto Sivu 5 Muut asiat")
    listed = _titles(toc_items(pages))
    assert listed[0] == ("12", "Kokouksen laillisuus")
    assert "Sivu" in " ".join(t for _s, t in listed)  # a page label stays text, it numbers no item
    falling = "Asialista 5 Hankinnat L 9 Tiet L 8 Sillat L 7 Muut asiat"
    assert _titles(toc_items(falling))[0] == ("5", "Hankinnat L")  # falling numbers: "L" opens no item


def test_table_of_contents_with_page_numbers_and_a_banner() -> None:
    """"Sisällysluettelo Sivu 54 Otsikko 3 55 Otsikko 7": the longest list is the meeting's, not the banner's."""
    text = ("Sisällysluettelo. 54 Uimahallin peruskorjauksen hankesuunnitelma 3\n\nKoko: px\n\n"
            "1 Lahdenperän kaupunki Pöytäkirja 6/ Sosiaali- ja terveyslautakunta Sisällysluettelo Sivu "
            "54 Uimahallin peruskorjauksen hankesuunnitelma 3 55 Valtuustoaloite liikuntapaikkojen esteettömyydestä 8 "
            "56 Vauvaperhe-projekti Kotiseudun ystävät ry:n anomus tukemiseksi Kokouspäivät keväällä Ilmoitusasiat 22"
            "\n\n2 Lahdenperän kaupunki Pöytäkirja 6/ Sosiaali- ja terveyslautakunta Aika kello 17:00 Osallistujat")
    items = toc_items(text)
    assert _titles(items)[:2] == [
        ("54", "Uimahallin peruskorjauksen hankesuunnitelma"),
        ("55", "Valtuustoaloite liikuntapaikkojen esteettömyydestä")]
    assert items[2].section == "56" and items[2].title.startswith("Vauvaperhe-projekti")
    assert text[items[2].start:items[2].end].startswith("Vauvaperhe-projekti")
    assert letterhead_body(text, BODY_WORDS) == "Sosiaali- ja terveyslautakunta"
    assert {i.body for i in parse_items(text)} == {"Sosiaali- ja terveyslautakunta"}


def test_section_signs_run_into_one_line() -> None:
    """"§ 7 Otsikko § 8 Otsikko § 9 Otsikko" on one line is a list of items, not one heading."""
    text = ("Tekninen lautakunta 12.3.2020 Käsitellyt asiat § 7 Kokouksen avaus § 8 Sopimus katujen "
            "talvikunnossapidosta § 9 Kevyen liikenteen väylä -hanke § 10 Muut asiat\nLäsnä Maija Malli")
    items = parse_items(text)
    assert _titles(items) == [("7", "Kokouksen avaus"), ("8", "Sopimus katujen talvikunnossapidosta"),
                              ("9", "Kevyen liikenteen väylä -hanke"), ("10", "Muut asiat")]
    bare = "Pöytäkirja § 21 Laskujen hyväksyminen § 22 Hankinnat § 23 Ilmoitusasiat"
    assert [i.section for i in toc_items(bare)] == ["21", "22", "23"]


def test_ordinary_headings_and_prose_are_unchanged() -> None:
    """One § per heading line stays the ordinary layout; prose with numbers gives no list."""
    text = ("Perusturvalautakunta 3.5.2021\n\n§ 5 Talousarvio\n\nPäätös\n\nHyväksyttiin.\n\n"
            "§ 6 Kotihoidon hankinta\n\nPäätös\n\nHyväksyttiin.\n")
    assert [(i.section, i.title) for i in parse_items(text)] == [("5", "Talousarvio"), ("6", "Kotihoidon hankinta")]
    prose = ("Kaupunki tiedottaa. Uimahalli on suljettu 3 viikkoa, ja Sisällysluettelo uudistuu. "
             "Kirjasto avataan 12 päivän kuluttua. Kunnanhallitus käsittelee asiaa 2 kertaa.")
    assert toc_items(prose) == []


def test_decides_from_a_prefixed_list(tmp_path: Path) -> None:
    """An agreement titled in a prefixed list is decided by the body of the letterhead."""
    from welfare_kg.extract.document import extract_document

    doc = tmp_path / "kh.txt"
    doc.write_text(
        "1 TAIVALKOSKEN KUNTA Pöytäkirja 4/ Kunnanhallitus Kokousaika klo 17:00 Paikka Kunnantalo Asialista "
        "K 31 Kokouksen laillisuus K 32 Sopimus koulukuljetusten järjestämisestä K 33 Talousarvion muutos "
        "Ilmoitukset 12\n", encoding="utf-8")
    ex = extract_document(load_document(doc))
    agreement = next(e for e in ex.entities.values() if e.type == "Agreement")
    assert agreement.label == "Sopimus koulukuljetusten järjestämisestä"
    body = next(e for e in ex.entities.values() if e.type == "Body")
    assert any(f.predicate == "decides" and (f.subject, f.object) == (body.iri, agreement.iri) for f in ex.facts)


def test_an_action_nouns_goal_stays_in_its_title() -> None:
    """"Rahan myöntäminen Kylän kehittämisprojektille": the capitalised genitive continues the title,
    while a new title that is itself an action noun ("Jäsenen nimeäminen ...") still starts an item."""
    text = ("Käsitellyt asiat 14 Kokouksen laillisuus Avustuksen myöntäminen Kotikylän nuorten kehittämisprojektille "
            "Esityslistan hyväksyminen Jäsenen nimeäminen Seudun yhteistyöryhmään Muut asiat 9")
    assert [t for _s, t in _titles(toc_items(text))] == [
        "Kokouksen laillisuus", "Avustuksen myöntäminen Kotikylän nuorten kehittämisprojektille",
        "Esityslistan hyväksyminen", "Jäsenen nimeäminen Seudun yhteistyöryhmään", "Muut asiat"]


def test_list_numbers_rise() -> None:
    """A number lower than those before numbers a page; a number listed again ends the list (the items follow)."""
    text = ("Föredragningslista Ärendet 51 LAGLIGHET OCH BESLUTFÖRHET 52 VAL AV PROTOKOLLJUSTERARE "
            "53 BUDGETÄNDRING 7 Upphandling av skolskjutsar 54 ÖVRIGA ÄRENDEN "
            "51 LAGLIGHET OCH BESLUTFÖRHET Sammanträdet konstateras lagenligt")
    assert _titles(toc_items(text)) == [
        ("51", "LAGLIGHET OCH BESLUTFÖRHET"), ("52", "VAL AV PROTOKOLLJUSTERARE"), ("53", "BUDGETÄNDRING"),
        (None, "Upphandling av skolskjutsar"), ("54", "ÖVRIGA ÄRENDEN")]


def test_column_headings_of_the_list_are_not_items() -> None:
    """"Käsitellyt asiat § Otsikko Sivu 12 ...": the column headings, the § sign among them, open the list."""
    text = ("Käsitellyt asiat § Otsikko Sivu 12 Talousarvion seuranta 3 13 Yhteistyösopimus Ahoniemen kunnan kanssa 4 "
            "14 Muut asiat 6\n\nLäsnä")
    assert _titles(toc_items(text)) == [("12", "Talousarvion seuranta"),
                                        ("13", "Yhteistyösopimus Ahoniemen kunnan kanssa"), ("14", "Muut asiat")]
    swedish = "Behandlade ärenden Paragraf Rubrik Sida 40 Budgetuppföljning 2 41 Val av protokolljusterare 3"
    assert [s for s, _t in _titles(toc_items(swedish))] == ["40", "41"]
