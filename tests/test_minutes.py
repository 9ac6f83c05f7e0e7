"""Minutes layouts (Finnish pöytäkirja, Swedish protokoll) into items, and decisions queryable by SPARQL."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from welfare_kg.cli import main
from welfare_kg.loaders import MinutesItem, load_document
from welfare_kg.loaders.minutes import decision_outcome, looks_like_minutes, municipality_hint, parse_items

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
EXAMPLES = ROOT / "examples" / "documents"


def _fields(item: MinutesItem) -> tuple:
    return (item.section, item.title, item.record_number, item.body, item.date, item.preparer, item.presenter,
            item.outcome)


def test_finnish_minutes_with_three_sections() -> None:
    rec = load_document(FIXTURES / "poytakirja_perusturvalautakunta_3_pykalaa.txt")
    assert (rec.kind, rec.language, rec.municipality_hint) == ("minutes", "fi", "Pud")
    assert rec.title == "Sosiaali- ja terveyslautakunta, pöytäkirja 16.3.2021"
    assert rec.published == "2021-03-16"
    body, day = "Sosiaali- ja terveyslautakunta", "2021-03-16"
    assert [_fields(i) for i in rec.items] == [
        ("23", "Lapsi- ja perhepalveluiden muutosohjelman jatkohankkeeseen osallistuminen", "PudDno-2021-118",
         body, day, "perusturvajohtaja Anneli Kärkkäinen, puh. 040 123 4567, anneli.karkkainen@pudasjarvi.fi",
         "perusturvajohtaja Anneli Kärkkäinen", "approved-unanimously"),
        ("24", "Ikäihmisten palveluasumisen kilpailutus", "245/02.08.00/2021", body, day,
         "vanhuspalvelujohtaja Marjut Huttunen", "perusturvajohtaja Anneli Kärkkäinen", "approved-amended"),
        ("25", "Sosiaalipäivystyksen yhteistoimintasopimus", "301/00.04.01/2021", body, day,
         "sosiaalityön johtaja Tiina Pesonen", "perusturvajohtaja Anneli Kärkkäinen", "tabled"),
    ]
    first, second, third = rec.items
    assert set(first.parts) == {"reasoning", "proposal", "decision", "appeal"}
    assert set(second.parts) == {"reasoning", "proposal", "handling", "decision"}
    assert set(third.parts) == {"reasoning", "proposal", "decision", "contact"}
    s, e = first.parts["reasoning"]
    assert rec.text[s:e].strip().startswith("Pohjois-Pohjanmaan hyvinvointikuntayhtymä hallinnoi")
    s, e = second.parts["decision"]
    assert rec.text[s:e].strip().startswith("Päätösehdotus hyväksyttiin muutettuna")
    # items tile the text in order, each starting at its § heading
    assert [i.start for i in rec.items][1:] == [i.end for i in rec.items][:-1]
    assert rec.text[second.start:].startswith("§ 24")


def test_swedish_protocol_with_three_paragraphs() -> None:
    rec = load_document(FIXTURES / "protokoll_socialnamnden_3_paragrafer.txt")
    assert (rec.kind, rec.language, rec.municipality_hint) == ("minutes", "sv", "Parga")
    assert rec.title == "Social- och hälsovårdsnämnden, protokoll 14.4.2021"
    body, day = "Social- och hälsovårdsnämnden", "2021-04-14"
    assert [_fields(i) for i in rec.items] == [
        ("41", "Deltagande i projektet Barnskyddets mångprofessionella utveckling i Västra Finland",
         "SOC/123/2021", body, day, "socialdirektör Eva Lindqvist, tfn 040 555 1234, eva.lindqvist@pargas.fi",
         "socialdirektör Eva Lindqvist", "approved"),
        ("42", "Avgifter inom hemvården 2021", "SOC/131/2021", body, day, "äldreomsorgschef Kim Sjöblom",
         "socialdirektör Eva Lindqvist", "tabled"),
        ("43", "Samarbete kring socialjouren", "SOC/140/2021", body, day, "ledande socialarbetare Maria Grönqvist",
         "socialdirektör Eva Lindqvist", "returned"),
    ]
    assert set(rec.items[0].parts) == {"reasoning", "proposal", "decision", "appeal"}
    assert "contact" in rec.items[2].parts


@pytest.mark.parametrize(("name", "expected"), [
    ("000_64301359fe3ae2a6.txt", ("101", "AurDno-2020-513", "Perusturvalautakunta", "2020-12-09",
                                  "Sirpa Kunnas, Sosiaalijohtaja, sirpa.kunnas@aura.fi", "approved", "Aur")),
    ("001_d75b322a21f9d1b5.txt", ("92", "2376/15.151/2020", "Hyvinvointilautakunta", "2020-08-13", None,
                                  "approved-unanimously", "Ranua")),
    ("003_9302b48d34f19752.txt", ("46", "45/12.05.00/2022", "KH", "2022-02-22", "Kunnanjohtaja Minna Laurio",
                                  "approved", "Enonkosk")),
])
def test_seed_minutes(name: str, expected: tuple) -> None:
    rec = load_document(EXAMPLES / name)
    [item] = rec.items
    assert (item.section, item.record_number, item.body, item.date, item.preparer, item.outcome,
            rec.municipality_hint) == expected
    assert rec.title == item.title


def test_seed_presenter_from_proposal_heading() -> None:
    [item] = load_document(EXAMPLES / "001_d75b322a21f9d1b5.txt").items
    assert item.presenter == "perusturvajohtaja"  # "Päätösehdotus: (perusturvajohtaja) ..."


def test_news_is_not_minutes() -> None:
    for name in ("002_5123e63b2872c759.txt", "004_d2683d611ea72deb.txt"):
        assert load_document(EXAMPLES / name).kind == "news"


@pytest.mark.parametrize(("decision", "outcome"), [
    ("Hyväksyttiin.", "approved"),
    ("Päätösehdotus hyväksyttiin.", "approved"),
    ("Hyväksyttiin yksimielisesti.", "approved-unanimously"),
    ("Lautakunta hyväksyi päätösehdotuksen yksimielisesti.", "approved-unanimously"),
    ("Päätösehdotus hyväksyttiin muutettuna.", "approved-amended"),
    ("Hyväksyttiin seuraavin muutoksin: ...", "approved-amended"),
    ("Asia palautettiin yksimielisesti uudelleen valmisteltavaksi.", "returned"),
    ("Asia jätettiin pöydälle.", "tabled"),
    ("Ehdotus hylättiin äänin 6–3.", "rejected"),
    ("Merkittiin tiedoksi.", "noted"),
    ("Förslaget godkändes.", "approved"),
    ("Förslaget godkändes enhälligt.", "approved-unanimously"),
    ("Förslaget godkändes i ändrad form.", "approved-amended"),
    ("Ärendet bordlades.", "tabled"),
    ("Ärendet återremitterades för ny beredning.", "returned"),
    ("Förslaget förkastades.", "rejected"),
    ("Antecknades för kännedom.", "noted"),
    ("Keskustelun jälkeen asiasta ei tehty päätöstä.", None),
])
def test_outcomes(decision: str, outcome: str | None) -> None:
    assert decision_outcome(decision) == outcome


def test_alternative_layouts() -> None:
    """Body, § and date on one tabbed line; "45 §" numbering; a table of contents listing the same §."""
    text = ("Kaupunginhallitus\t§ 45\t15.03.2021\n\nHyvinvointialueen valmisteluun osallistuminen\n\n"
            "Dnro KH/123/00.01.02/2021\n\nEsittelijä: kaupunginjohtaja Jari Leinonen\n\n"
            "Päätös: Hyväksyttiin.\n")
    [item] = parse_items(text)
    assert (item.section, item.body, item.date, item.record_number, item.presenter, item.outcome) == (
        "45", "Kaupunginhallitus", "2021-03-15", "KH/123/00.01.02/2021", "kaupunginjohtaja Jari Leinonen",
        "approved")
    assert item.title == "Hyvinvointialueen valmisteluun osallistuminen"

    toc = ("PÖYTÄKIRJA\nYhtymähallitus\nKokousaika 2.6.2022 klo 14\n\nKäsitellyt asiat\n12 § Talousarvio\n"
           "13 § Hankinnat\n\n12 § Talousarvio\nPäätös: Hyväksyttiin.\n\n13 § Hankinnat\n"
           "Kuntalain 92 § mukaan asia kuuluu hallitukselle.\nPäätös: Asia jätettiin pöydälle.\n")
    items = parse_items(toc)
    assert [(i.section, i.title, i.body, i.date, i.outcome) for i in items] == [
        ("12", "Talousarvio", "Yhtymähallitus", "2022-06-02", "approved"),
        ("13", "Hankinnat", "Yhtymähallitus", "2022-06-02", "tabled"),
    ]


def test_municipality_hint_and_minutes_detection() -> None:
    assert municipality_hint("Tampereen kaupunginhallitus päätti asiasta.") == "Tampere"
    assert municipality_hint("Närpes stad deltar i projektet.") == "Närpe"
    assert municipality_hint("Ei kunnan nimeä tässä tekstissä.") is None
    assert looks_like_minutes("PROTOKOLL\n§ 5 Val\nBeslut: Förslaget godkändes.")
    assert not looks_like_minutes("Hanke alkaa syksyllä. Lisätietoja saa hankkeen sivuilta.")


def test_minutes_detection_of_pdf_transcripts() -> None:
    """Transcripts lose § signs and part headings; the front-page words and extract headings remain."""
    front = ("1 LAHDENPERÄN KUNTA Pöytäkirja 7/ Sivistyslautakunta Aika klo 17:00-18:30 Paikka Kunnantalo "
             "Osallistujat Nimi Tehtävä Läsnä Virtanen Olli puheenjohtaja Käsitellyt asiat 41 Kokouksen "
             "laillisuus 3 42 Koulukuljetusten hankinta")
    assert looks_like_minutes(front)
    swedish = "SAMMANTRÄDESPROTOKOLL Sammanträdestid kl. 9.00 Närvarande Ek Anna, ordf. Frånvarande Berg Ola"
    assert looks_like_minutes(swedish)
    extract = "KOULUKULJETUKSET / ALOITE 88/12.01.00/2019 Sivltk 14 Liitteet 1-2. Aloitteessa esitetään"
    assert looks_like_minutes(extract)
    news = ("Läsnä oli runsaasti yleisöä, kun uusi koulu avattiin. Poissa oli vain kaupunginjohtaja, "
            "joka oli matkoilla. Koulun hankinnasta päätettiin 2019.")
    assert not looks_like_minutes(news)


def test_decisions_query_on_seed_minutes(seed_store_dir: Path) -> None:
    """The saved `decisions` query makes the metadata of the seed minutes queryable."""
    res = CliRunner().invoke(main, ["query", "decisions", "--store", str(seed_store_dir), "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = {r["document"]: r for r in csv.DictReader(io.StringIO(res.output))}
    assert set(rows) >= {"000_64301359fe3ae2a6.txt", "001_d75b322a21f9d1b5.txt", "003_9302b48d34f19752.txt"}
    got = {d: (r["date"], r["section"], r["recordNumber"], r["preparer"], r["outcome"]) for d, r in rows.items()}
    assert got["000_64301359fe3ae2a6.txt"] == ("2020-12-09", "101", "AurDno-2020-513", "Sirpa Kunnas, Sosiaalijohtaja",
                                               "approved")
    assert got["001_d75b322a21f9d1b5.txt"] == ("2020-08-13", "92", "2376/15.151/2020", "", "approved-unanimously")
    assert got["003_9302b48d34f19752.txt"] == ("2022-02-22", "46", "45/12.05.00/2022", "Kunnanjohtaja Minna Laurio",
                                               "approved")
    # the body's label may carry its municipality ("Enonkosken kunnanhallitus"), depending on the gazetteer
    for doc, body in (("000_64301359fe3ae2a6.txt", "perusturvalautakunta"),
                      ("001_d75b322a21f9d1b5.txt", "hyvinvointilautakunta"),
                      ("003_9302b48d34f19752.txt", "kunnanhallitus")):
        assert rows[doc]["bodyLabel"].lower().endswith(body), rows[doc]
    dates = [r["date"] for r in rows.values()]
    assert dates == sorted(dates)
    only_2020 = CliRunner().invoke(main, ["query", "decisions", "--store", str(seed_store_dir), "--format", "csv",
                                          "-p", "from=2020-01-01", "-p", "to=2020-12-31"])
    assert only_2020.exit_code == 0, only_2020.output
    docs = {r["document"] for r in csv.DictReader(io.StringIO(only_2020.output))}
    assert docs == {"000_64301359fe3ae2a6.txt", "001_d75b322a21f9d1b5.txt"}


def test_items_of_a_one_line_transcript() -> None:
    """No § signs, no line breaks: the numbered list of items with page numbers between the titles."""
    from welfare_kg.loaders.layouts import letterhead_body, toc_items
    from welfare_kg.loaders.minutes import BODY_WORDS

    text = ("1 LAHDENPERÄN KUNTA Pöytäkirja 7/ Sivistyslautakunta Aika klo 17:00-18:30 Paikka Kunnantalo "
            "Käsitellyt asiat Pöytäkirjan tarkastus Pöytäkirja on tarkastettu.\n\n2 LAHDENPERÄN KUNTA "
            "Pöytäkirja 7/ Sivistyslautakunta Käsitellyt asiat Otsikko Sivu 41 Kokouksen laillisuus 3 "
            "42 Koulukuljetusten hankinta 4 43 Yhteistyösopimus Kaukolan kunnan kanssa Talousarvion "
            "toteutuminen 1-6/2020 Muut asiat 9\n\n3 LAHDENPERÄN KUNTA")
    items = toc_items(text)
    assert [(i.section, i.title) for i in items] == [
        ("41", "Kokouksen laillisuus"), ("42", "Koulukuljetusten hankinta"),
        ("43", "Yhteistyösopimus Kaukolan kunnan kanssa"), (None, "Talousarvion toteutuminen 1-6/2020 Muut asiat")]
    assert text[items[2].start:items[2].end].startswith("Yhteistyösopimus Kaukolan")
    assert letterhead_body(text, BODY_WORDS) == "Sivistyslautakunta"
    [first, *_] = parse_items(text)
    assert (first.body, first.title) == ("Sivistyslautakunta", "Kokouksen laillisuus")
    # a list that opens with its conventional first item, without a heading
    bare = "Paikka: Kokoushuone 12 Kokouksen laillisuus ja päätösvaltaisuus 13 Hankinnat 14 Muut asiat"
    assert [i.section for i in toc_items(bare)] == ["12", "13", "14"]


def test_an_item_titled_by_its_agreement_is_about_it(tmp_path: Path) -> None:
    """"Sopimus X:n järjestämisestä" in a transcript's list of items: the agreement, decided by the body."""
    from welfare_kg.extract.document import extract_document

    doc = tmp_path / "lahdenpera.txt"
    doc.write_text(
        "1 TAIVALKOSKEN KUNTA Pöytäkirja 7/ Sivistyslautakunta Aika klo 17:00-18:30 Kokouspaikka Kunnantalo "
        "Käsitellyt asiat Otsikko Sivu "
        "41 Kokouksen laillisuus 3 42 Sopimus koulukuljetusten järjestämisestä 4 43 Muut asiat 9\n",
        encoding="utf-8")
    ex = extract_document(load_document(doc))
    agreement = next(e for e in ex.entities.values() if e.type == "Agreement")
    assert agreement.label == "Sopimus koulukuljetusten järjestämisestä"
    body = next(e for e in ex.entities.values() if e.type == "Body")
    assert any(f.predicate == "decides" and (f.subject, f.object) == (body.iri, agreement.iri) for f in ex.facts)


def test_decides_only_projects_and_agreements(tmp_path: Path) -> None:
    """An item about a programme gives no decides fact; an item about a project does (FACTS.md's range)."""
    from welfare_kg.extract.document import extract_document

    doc = tmp_path / "ptltk.txt"
    doc.write_text(
        "Perusturvalautakunta, kokous 3.5.2021\n\n§ 5 Tulevaisuuden sosiaali- ja terveyskeskus -ohjelman esittely\n\n"
        "Päätös\n\nMerkittiin tiedoksi.\n\n§ 6 Osallistuminen Perhekeskus Tähti -hankkeeseen\n\nPäätös\n\n"
        "Hyväksyttiin.\n", encoding="utf-8")
    ex = extract_document(load_document(doc))
    kinds = {ex.entities[f.object].type for f in ex.facts if f.predicate == "decides" and f.object in ex.entities}
    assert kinds == {"Project"}


def test_minutes_detection_of_a_filed_item() -> None:
    """A single item printed from a case system keeps its § line and its record number, nothing else of a front page."""
    item = ("Vanhusneuvosto\nMuistio 14.10.2024/Asianro 12\n\nPalvelutalon ruokailu\n\n"
            "§ 12\n87/12.00.00/2024\n\nValmistelija vanhustyön johtaja\n")
    assert looks_like_minutes(item)
    news = ("Kunta sai avustusta nuorisotyöhön. Päätöksen diaarinumero on 87/12.00.00/2024, ja avustus "
            "maksetaan keväällä. Lisätietoja antaa nuorisosihteeri.")
    assert not looks_like_minutes(news)


def test_a_town_a_member_comes_from_is_no_owner() -> None:
    # "Lahden kaupungista Anna Laine": the singular elative or ablative names where a representative comes from; the
    # minutes belong to the joint authority above, whose name holds no town
    text = ("Esimerkin vesiensuojelun kuntayhtymä PÖYTÄKIRJA Yhtymäkokous 1/2013 Läsnä: Yhtymäkokousedustajat: "
            "Lahden kaupungista Anna Laine Hollolan kunnasta Pekka Salo Toimitusjohtaja Matti Koski")
    assert municipality_hint(text) is None
    assert municipality_hint("Lahden kaupunginhallitus 12.3.2013 § 40 Lahden kaupungin talousarvio") == "Lahd"


def test_an_item_numbered_in_the_years_series_keeps_its_title_without_the_year() -> None:
    """"§ 41/23 Avtal om ...": Swedish minutes number items in the year's series; the year is no part of the title.
    Written for this test: an invented arbetsutskott's minutes."""
    from welfare_kg.loaders.minutes import parse_items

    text = ("Arbetsutskottet 2023-05-04\n\n§ 41/23 Fastställande av dagordning\n\nDagordningen fastställs.\n\n"
            "§ 42/23 Avtal om gemensam socialjour\n\nArbetsutskottet godkänner avtalet.\n")
    items = parse_items(text)
    assert [(i.section, i.title) for i in items] == [("41", "Fastställande av dagordning"),
                                                    ("42", "Avtal om gemensam socialjour")]


