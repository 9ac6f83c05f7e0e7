"""Copies of minutes (docplayer-style transcripts) read as minutes, their lists of items found (issue 12).

All texts here are invented; they imitate layouts, not particular documents.
"""

from __future__ import annotations

from pathlib import Path

from welfare_kg.extract.document import extract_document
from welfare_kg.loaders import load_document
from welfare_kg.loaders.layouts import toc_items
from welfare_kg.loaders.minutes import copied_extract, looks_like_minutes

_PREAMBLE = ("Koko: px\nAloita esitys sivulta:\n\nDownload \"{title}\"\n\nTranskriptio\n\n")


def _copy(title: str, transcript: str) -> str:
    return f"{title}\n\n" + _PREAMBLE.format(title=title) + transcript


def test_a_copied_item_extract_is_minutes() -> None:
    """The transcript opens with the bodies the item went through and "KH 12": an extract of minutes."""
    text = _copy("Nuorten työpajan hankesuunnitelma",
                 "1 Kaupunginhallitus Kaupunginvaltuusto Nuorten työpajan hankesuunnitelma 112/ /2011 KH 12 "
                 "Kaupunki on valmistellut hanketta. Hankkeen kustannukset ovat 80 000 euroa.\n")
    assert copied_extract(text)
    assert looks_like_minutes(text)


def test_a_copied_news_page_is_not_minutes() -> None:
    """A copied page whose transcript opens with running text is no extract, whatever numbers it carries."""
    text = _copy("Hyvinvointia kaikille",
                 "1 Kaupunki aloittaa uuden hankkeen. EU 2020 -ohjelma rahoittaa sitä vuoteen 2027.\n")
    assert not copied_extract(text)
    bare = "Kaupunginhallitus KH 12 päätti asiasta eilen."  # no transcript marker: not a copy
    assert not copied_extract(bare)


def test_the_list_of_items_after_a_copys_title_line() -> None:
    """A copy's title line quotes the list's start; the transcript's own list is the one read."""
    text = _copy("Seutuvaliokunta, Kokoustila 2. krs. 31 Kokouksen laillisuus ja päätösvaltaisuus...3",
                 "1 Seutuvaliokunta PÖYTÄKIRJA Nro 2/2012 KOKOUSAIKA Keskiviikkona klo KOKOUSPAIKKA Kokoustila "
                 "2. krs. 31 Kokouksen laillisuus ja päätösvaltaisuus Pöytäkirjan tarkastajien valinta "
                 "Seudun talousarvio vuodelle Osallistuminen Kylien voima -hankkeeseen Seuraava kokous...12\n\n"
                 "2 Seutuvaliokunta PÖYTÄKIRJA Nro 2/2012\n")
    titles = [i.title for i in toc_items(text)]
    assert titles[:3] == ["Kokouksen laillisuus ja päätösvaltaisuus", "Pöytäkirjan tarkastajien valinta",
                          "Seudun talousarvio vuodelle"]
    assert any(t.startswith("Osallistuminen Kylien voima -hankkeeseen") for t in titles)


def test_swedish_opening_item_opens_the_list() -> None:
    text = ("1 12/ Stadsstyrelsen TID klo 15:00 PLATS Stadshuset 201 Konstatera sammanträdets laglighet och "
            "beslutförhet Val av protokolljusterare Godkännande av föredragningslistan Trygg vardag - ansökan "
            "om projektfinansiering Aktuella frågor\n")
    titles = [i.title for i in toc_items(text)]
    assert titles[0] == "Konstatera sammanträdets laglighet och beslutförhet"
    assert "Trygg vardag - ansökan om projektfinansiering" in titles


def test_copied_extract_gets_its_minutes_facts(tmp_path: Path) -> None:
    """Read as minutes, a copied extract's heading body decides the project the item approves."""
    text = _copy("Kotona kaikki hyvin -hankkeen hankesuunnitelma",
                 "1 Perusturvalautakunta Kotona kaikki hyvin -hankkeen hankesuunnitelma PELA 34 Kaupunki "
                 "hakee rahoitusta hankkeelle. Perusturvalautakunta päättää hyväksyä Kotona kaikki hyvin "
                 "-hankkeen hankesuunnitelman. Päätös Hyväksyttiin.\n")
    path = tmp_path / "copy.txt"
    path.write_text(text, encoding="utf-8")
    record = load_document(path)
    assert record.kind == "minutes"
    out = extract_document(record)
    decided = {(out.entities[f.subject].label, out.entities[f.object].label) for f in out.facts
               if f.predicate == "decides"}
    assert ("Perusturvalautakunta", "Kotona kaikki hyvin") in decided


def test_a_councils_minutes_headed_by_its_name_and_date() -> None:
    """"Vammaisneuvosto 12.03.2024" heads minutes as "Perusturvalautakunta 12.03.2024" does."""
    text = ("Vammaisneuvosto 12.03.2024\n\nEsteettömyyskartoitus\n\nPäätösehdotus: Merkitään tiedoksi.\n"
            "Päätös: Hyväksyttiin.\n")
    assert looks_like_minutes(text)
    news = "Valtioneuvosto 12.03.2024\n\nHallitus esittää uutta lakia. Päätös tehdään keväällä.\n"
    assert not looks_like_minutes(news)


def test_a_labelled_meeting_date_or_a_numbered_memo() -> None:
    """A meeting date under its own label or a memo numbered in its series is a second sign of minutes."""
    dated = ("HYVINVOINTILAUTAKUNTA\nKokouspäivämäärä 12.03.2024\n\nLiikuntapaikkojen avustukset\n\n"
             "Päätösehdotus: Avustukset myönnetään liitteen mukaisesti.\n")
    assert looks_like_minutes(dated)
    memo = ("OHJAUSRYHMÄ\nMUISTIO 2/2024\nOsallistujat: Anna Aalto, Pekka Puro\n\nHankkeen tilannekatsaus\n"
            "Päätös: Merkittiin tiedoksi.\n")
    assert looks_like_minutes(memo)
    event = "Kevätseminaari\nAika: 12.03.2024 klo 9\nOhjelmassa puheenvuoroja ja keskustelua.\n"
    assert not looks_like_minutes(event)


def test_letterhead_body_after_a_page_count() -> None:
    """"Pöytäkirja 2/2015 1/40 Valtuusto": the page and the page count stand between the number and the body;
    a copy may lose the slash ("PÖYTÄKIRJA 140 Kunnanhallitus")."""
    from welfare_kg.loaders.layouts import letterhead_body
    from welfare_kg.loaders.minutes import BODY_WORDS

    assert letterhead_body("1 KUNTA Pöytäkirja 2/2015 1/40 Valtuusto Aika klo 18", BODY_WORDS) == "Valtuusto"
    assert letterhead_body("1 PÖYTÄKIRJA 140 Kunnanhallitus Aika klo 18", BODY_WORDS) == "Kunnanhallitus"
    assert letterhead_body("Pöytäkirja 2/2015 1/40 Kokouksen avaus", BODY_WORDS) is None


def test_the_body_heading_a_copys_transcript_meets(tmp_path: Path) -> None:
    """The title and download lines of a copy push the transcript's letterhead past the first 400 characters:
    the body opening the transcript is still the one that meets and decides."""
    title = "Kylätalon peruskorjauksen ja liikuntahallin laajennuksen hankesuunnitelman hyväksyminen " * 2
    text = _copy(title.strip(),
                 "1 PÖYTÄKIRJA 3/2014 1/40 Tekninen lautakunta Aika klo 18 Paikka Kunnantalo KÄSITELLYT ASIAT "
                 "1 Kokouksen laillisuus ja päätösvaltaisuus 3 2 Pöytäkirjantarkastajien valitseminen 4 "
                 "3 Kylätalon vuokrasopimus 5\n\n2 Läsnä Anna Aalto puheenjohtaja\n")
    path = tmp_path / "copy.txt"
    path.write_text(text, encoding="utf-8")
    out = extract_document(load_document(path))
    decided = {(out.entities[f.subject].label, out.entities[f.object].label) for f in out.facts
               if f.predicate == "decides"}
    assert any(body.endswith("ekninen lautakunta") and "vuokrasopimus" in thing.lower() for body, thing in decided)


def test_meeting_body_from_a_copys_transcript() -> None:
    """meeting_body reads a copy's letterhead where its transcript starts, not only in the first 400 characters."""
    from welfare_kg.extract.posts import in_letterhead, meeting_body, transcript_top
    from welfare_kg.records import Mention

    title = "Vuokrasopimus ja muut asiat " * 12
    text = _copy(title.strip(), "1 Tekninen lautakunta PÖYTÄKIRJA 3/2014 Aika klo 18 Läsnä Anna Aalto\n")
    top = transcript_top(text)
    at = text.index("Tekninen lautakunta")
    assert top > 400 and at - top < 5
    assert in_letterhead(at, top) and not in_letterhead(at, 0)
    body = Mention(start=at, end=at + 19, surface="Tekninen lautakunta", label="Tekninen lautakunta", type="Body",
                   iri="body/tekninen-lautakunta")
    assert meeting_body(None, [body], text) == "body/tekninen-lautakunta"
    assert transcript_top("Tekninen lautakunta 12.3.2024 § 4") == 0


def test_a_bare_body_the_header_names_meets() -> None:
    """The items' header names the body bare ("Valtuusto") and no mention gives its owner: the bare body meets."""
    from welfare_kg.extract.posts import meeting_body
    from welfare_kg.records import Mention

    text = "1 KUNTA Pöytäkirja 1/2014 1/73 Valtuusto Aika klo 18 Läsnä Laakso Ville puheenjohtaja"
    at = text.index("Valtuusto")
    bare = Mention(start=at, end=at + 9, surface="Valtuusto", label="Valtuusto", type="Body", iri="body/valtuusto",
                   generic=True)
    assert meeting_body("Valtuusto", [bare], text) == "body/valtuusto"
    assert meeting_body("Kunnanhallitus", [bare], text) is None  # the header names another body


def test_a_transcripts_header_without_its_labels_colons_is_minutes() -> None:
    """"Aika klo Paikka ..." and "Läsnä": the front page of minutes whose transcript lost the labels' colons."""
    text = _copy("Mallilan vanhusneuvosto",
                 "1 1(7) MALLILAN KAUPUNKI Pöytäkirja 6/2021 Vanhusneuvosto Aika klo Paikka Kaupungintalo "
                 "Läsnä Helmi Aaltonen, pj Seppo Kallio Tarja Niemelä sihteeri\n")
    assert looks_like_minutes(text)


def test_a_news_page_naming_a_time_and_a_place_is_not_minutes() -> None:
    text = ("Kesäretki\n\nEläkeläisten kesäretki tehdään kesäkuussa. Aika ja paikka ilmoitetaan myöhemmin. "
            "Läsnä on myös kaupungin edustaja.\n")
    assert not looks_like_minutes(text)
