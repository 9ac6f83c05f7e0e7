"""Member lists in the layouts unseen pages use: tables (one row a line, one cell a line, rows run together, columns
in any order), headings with a tail, lists of members before a bare kind word; and town lists that are no membership.

Each layout is built from the same members in two shuffled orders, so a rule must read the layout, not one text.
"""

from __future__ import annotations

import random

import pytest
from helpers import ID, extract

KALLIO, POSA, KARKULLA = ID + "joint-authority/kallio", ID + "joint-authority/posa", ID + "joint-authority/karkulla"
TOWNS = {KALLIO: [("Alavieska", "Alavieskan", "009"), ("Nivala", "Nivalan", "535"), ("Sievi", "Sievin", "746"),
                  ("Ylivieska", "Ylivieskan", "977")],
         POSA: [("Kankaanpää", "Kankaanpään", "214"), ("Jämijärvi", "Jämijärven", "181"), ("Karvia", "Karvian", "230"),
                ("Pomarkku", "Pomarkun", "608"), ("Siikainen", "Siikaisen", "747")]}
NAMES = {KALLIO: "Peruspalvelukuntayhtymä Kallio", POSA: "Pohjois-Satakunnan peruspalvelukuntayhtymä"}


def _doc(whole: str, body: str) -> str:
    return (f"{NAMES[whole]}\n\n{NAMES[whole]} järjestää sosiaali- ja terveyspalvelut alueensa asukkaille.\n\n"
            f"{body}\n\nKuntayhtymän toimitusjohtaja vastaa toiminnasta.\n")


def _part_of(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extract(text).facts
            if f.predicate == "partOf" and "/municipality/" in f.subject}


def _tables(whole: str, seed: int) -> dict[str, str]:
    r = random.Random(seed)
    towns = TOWNS[whole][:]
    r.shuffle(towns)
    nom = [t[0] for t in towns]
    pops = [r.randint(1000, 40000) for _ in towns]
    share = [f"{p / sum(pops) * 100:.1f}" for p in pops]
    rows = list(zip(nom, pops, share, strict=True))
    return {
        "tab": "Jäsenkunta\tAsukasluku\tOsuus %\n" + "\n".join(f"{n}\t{p}\t{s}" for n, p, s in rows),
        "pipe": "Kunta | Äänimäärä\n" + "\n".join(f"{n} | {r.randint(1, 30)}" for n in nom),
        "reversed": "Osuus % | Jäsenkunta | Asukasluku\n" + "\n".join(f"{s} | {n} | {p}" for n, p, s in rows),
        "one line": "Jäsenkunta Asukasluku Osuus " + " ".join(f"{n} {p} {s} %" for n, p, s in rows),
        "cells": "Jäsenkunta\nAsukasluku\nOsuus\n" + "\n".join(f"{n}\n{p}\n{s} %" for n, p, s in rows),
        "seats": "Jäsenkunta Edustajia yhtymävaltuustossa\n" + "\n".join(f"{n} {r.randint(1, 9)}" for n in nom),
    }


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("whole", [KALLIO, POSA])
@pytest.mark.parametrize("layout", ["tab", "pipe", "reversed", "one line", "cells", "seats"])
def test_member_table_in_any_layout(whole: str, seed: int, layout: str) -> None:
    expected = {(ID + "municipality/" + t[2], whole) for t in TOWNS[whole]}
    assert expected <= _part_of(_doc(whole, _tables(whole, seed)[layout]))


def test_swedish_member_table() -> None:
    text = ("Kårkulla samkommun\n\nKårkulla samkommun producerar tjänster.\n\nMedlemskommun\tInvånare\tAndel %\n"
            "Pargas\t15000\t30\nKimitoön\t7000\t14\nRaseborg\t27000\t56\n")
    assert {(ID + "municipality/445", KARKULLA), (ID + "municipality/322", KARKULLA),
            (ID + "municipality/710", KARKULLA)} <= _part_of(text)


@pytest.mark.parametrize("body", [
    "Kunta | Kuntaosuus €\nAlavieska | 12 000\nNivala | 30 000\nSievi | 15 000",  # payments: contributes
    "Asukasluku kunnittain:\nKunta\tAsukasluku\nAlavieska\t2600\nNivala\t10900\nSievi\t5100",  # population alone
    "Kuntien edustajat:\nAlavieska: Matti Virtanen\nNivala: Liisa Korhonen\nSievi: Pekka Nieminen",
    "Kokouksessa olivat läsnä Alavieskan, Nivalan ja Sievin kuntien edustajat.",
    "Kuntayhtymä järjestää kevään aikana tapahtumia Alavieskassa, Nivalassa, Sievissä ja Ylivieskassa.",
    "Hankkeen toiminta-alueena ovat Alavieska, Nivala, Sievi ja Ylivieska.",
    "Kuntayhtymän johtaja vieraili keväällä seuraavissa kunnissa:\n- Alavieska\n- Nivala\n- Sievi",
])
def test_town_lists_that_are_no_membership(body: str) -> None:
    assert not _part_of(_doc(KALLIO, body))


def test_a_figure_ending_the_line_above_is_no_postal_code() -> None:
    """"Ylivieska 17716" / "Alavieska 8727": a table's figure, not the postal code of an address before Alavieska."""
    labels = {e.label for e in extract("Jäsenkunnat\nYlivieska 17716\nAlavieska 8727\nSievi 5100\n").entities.values()}
    assert {"Ylivieska", "Alavieska", "Sievi"} <= labels
    assert "Helsinki" not in {e.label for e in extract("Kauppakatu 1\n00100 Helsinki\n").entities.values()}


def _lists(whole: str, seed: int) -> dict[str, str]:
    r = random.Random(seed)
    towns = TOWNS[whole][:]
    r.shuffle(towns)
    nom = [t[0] for t in towns]
    full = [t[1] + (" kunta" if i % 2 else " kaupunki") for i, t in enumerate(towns)]
    pops = [r.randint(10000, 40000) for _ in towns]
    return {
        "heading with a tail": "Jäsenkunnat ja asukasluvut 31.12.2021\n\n" + "\n".join(f"• {n} ({p} as.)"
                                                                                   for n, p in zip(nom, pops,
                                                                                                   strict=True)),
        "heading with a year": "Jäsenkunnat 2022\n" + "\n".join(f"{n} {p}" for n, p in zip(nom, pops, strict=True)),
        "numbered after a colon": "Kuntayhtymän jäsenkunnat:\n" + "\n".join(f"{i + 1}) {n} {p}" for i, (n, p)
                                                                            in enumerate(zip(full, pops, strict=True))),
        "figures in parentheses": "Kuntayhtymän jäsenkunnat ovat " + ", ".join(
            f"{n} ({p} as.)" for n, p in zip(nom, pops, strict=True)) + ".",
        "field with figures": "Jäsenkunnat: " + ", ".join(f"{n} ({p})" for n, p in zip(nom, pops, strict=True)) + ".",
    }


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("whole", [KALLIO, POSA])
@pytest.mark.parametrize("layout", ["heading with a tail", "heading with a year", "numbered after a colon",
                                    "figures in parentheses", "field with figures"])
def test_member_list_with_figures(whole: str, seed: int, layout: str) -> None:
    expected = {(ID + "municipality/" + t[2], whole) for t in TOWNS[whole]}
    assert expected <= _part_of(_doc(whole, _lists(whole, seed)[layout]))


def _leads(whole: str, seed: int) -> dict[str, str]:
    r = random.Random(seed)
    towns = TOWNS[whole][:]
    r.shuffle(towns)
    nom, gen = [t[0] for t in towns], [t[1] for t in towns]

    def run(xs: list[str]) -> str:
        return ", ".join(xs[:-1]) + " ja " + xs[-1]
    return {
        "members are the kind's members": f"{run(nom)} ovat kuntayhtymän jäsenkuntia.",
        "members belong to the kind": f"{run(nom)} kuuluvat kuntayhtymään.",
        "towns own the kind": f"{run(gen)} kunnat omistavat kuntayhtymän.",
        "towns make up the kind": f"{run(gen)} kunnat muodostavat kuntayhtymän.",
        "member noun opening": f"Jäsenkuntina ovat {run(nom)}.",
        "taking part in the kind": f"Kuntayhtymässä ovat mukana {run(nom)}.",
        "own members, genitive": f"Kuntayhtymä tuottaa palvelut jäsenkuntiensa {run(gen)} asukkaille.",
    }


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("whole", [KALLIO, POSA])
@pytest.mark.parametrize("layout", ["members are the kind's members", "members belong to the kind",
                                    "towns own the kind", "towns make up the kind", "member noun opening",
                                    "taking part in the kind", "own members, genitive"])
def test_member_list_around_a_bare_kind_word(whole: str, seed: int, layout: str) -> None:
    expected = {(ID + "municipality/" + t[2], whole) for t in TOWNS[whole]}
    assert expected <= _part_of(_doc(whole, _leads(whole, seed)[layout]))


@pytest.mark.parametrize("sentence", ["Kommunerna Pargas, Kimitoön och Raseborg är medlemmar i samkommunen.",
                                      "Samkommunen ägs av Pargas, Kimitoön och Raseborg."])
def test_swedish_members_around_a_bare_kind_word(sentence: str) -> None:
    text = f"Kårkulla samkommun\n\nKårkulla samkommun producerar tjänster.\n\n{sentence}\n"
    assert {(ID + "municipality/445", KARKULLA), (ID + "municipality/322", KARKULLA),
            (ID + "municipality/710", KARKULLA)} <= _part_of(text)


@pytest.mark.parametrize("body", [
    "Hankkeessa ovat mukana Alavieska, Nivala ja Sievi.",
    "Alavieskan, Nivalan ja Sievin terveysasemat kuuluvat kuntayhtymään.",
    "Alavieskan, Nivalan ja Sievin kunnat omistavat yhtiön.",
    "Kuntayhtymän kokouksiin osallistuivat Alavieskan, Nivalan ja Sievin kuntien edustajat.",
    "Kuntien maksuosuudet: Alavieska 12 000 euroa, Nivala 30 000 euroa ja Sievi 15 000 euroa.",
])
def test_lists_near_a_kind_word_that_are_no_membership(body: str) -> None:
    assert not _part_of(_doc(KALLIO, body))


def test_member_noun_in_a_page_about_another_organisation() -> None:
    """A Leader group's page naming a joint authority in passing: its members are the group's, not the authority's."""
    text = ("Leader Oulujärvi ry\n\nYhdistys tekee yhteistyötä Kainuun sote -kuntayhtymän kanssa.\n\n"
            "Jäsenkuntina ovat Kajaani, Paltamo ja Vaala.\n")
    assert not {o for _, o in _part_of(text)} & {ID + "joint-authority/kainuun-sote"}


SOITE, LPSHP, KAINUUN_SOTE = (ID + "joint-authority/soite", ID + "joint-authority/lpshp",
                              ID + "joint-authority/kainuun-sote")
ROWS = {SOITE: [("Halsua", "074"), ("Kaustinen", "236"), ("Kokkola", "272"), ("Toholampi", "849")],
        LPSHP: [("Kemi", "240"), ("Keminmaa", "241"), ("Simo", "751"), ("Tornio", "851")],
        KAINUUN_SOTE: [("Kajaani", "205"), ("Kuhmo", "290"), ("Paltamo", "578"), ("Sotkamo", "765")]}
ROW_NAMES = {SOITE: "Keski-Pohjanmaan sairaanhoitopiiri", LPSHP: "Länsi-Pohjan sairaanhoitopiiri",
             KAINUUN_SOTE: "Kainuun sote"}


def _rows(seed: int, layout: str) -> str:
    r = random.Random(seed)
    wholes = list(ROWS)
    r.shuffle(wholes)
    rows = []
    for w in wholes:
        towns = [t[0] for t in ROWS[w]]
        r.shuffle(towns)
        rows.append((ROW_NAMES[w], towns))
    if layout == "colon":
        return "\n".join(f"{w}: {', '.join(t[:-1])} ja {t[-1]}" for w, t in rows)
    if layout == "table":
        return "Kuntayhtymä\tJäsenkunnat\n" + "\n".join(f"{w}\t{', '.join(t)}" for w, t in rows)
    if layout == "dash":
        return "\n".join(f"• {w} – {', '.join(t)}." for w, t in rows)
    if layout == "one line":
        return "Jäsenkunnat piireittäin: " + " ".join(f"{w} {', '.join(t)}" for w, t in rows)
    return "\n\n".join(f"{w}\n" + "\n".join(t) for w, t in rows)  # headings over town lines


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("layout", ["colon", "table", "dash", "one line", "headings"])
def test_rows_of_wholes_and_their_towns(seed: int, layout: str) -> None:
    text = "Sairaanhoitopiirien jäsenkunnat\n\n" + _rows(seed, layout) + "\n"
    expected = {(ID + "municipality/" + code, w) for w, towns in ROWS.items() for _, code in towns}
    assert expected <= _part_of(text)


@pytest.mark.parametrize("body", [
    "Hanke toimii seuraavilla alueilla:\nKeski-Pohjanmaa: Halsua, Kannus, Kokkola\nLappi: Kemi, Keminmaa, Tornio",
    "Järjestäjät: Kainuun sote, Kajaani ja Kuhmo.",
    "Kainuun sote: toimipisteet Kajaanissa, Kuhmossa ja Sotkamossa.",
])
def test_rows_that_are_no_membership(body: str) -> None:
    assert not _part_of("Tiedote\n\n" + body + "\n")


def test_a_town_alone_on_its_line_that_is_also_a_common_noun() -> None:
    """"Kannus", "Perho", "Veteli" one a line (a table one cell a line): the towns, though Voikko also reads the
    words as common nouns."""
    text = "Keski-Pohjanmaan sairaanhoitopiiri\nKannus\nHalsua\nPerho 2 800\nVeteli\n"
    expected = {(ID + "municipality/" + code, SOITE) for code in ("217", "074", "584", "924")}
    assert expected <= _part_of(text)


@pytest.mark.parametrize("table", [
    "Jäsenkunta\tEdustaja\tÄänimäärä\nAlavieska\tMatti Virtanen\t12\nNivala\tLiisa Korhonen\t30\n"
    "Sievi\tPekka Nieminen\t15",
    "Jäsenkunta Edustaja Varaedustaja Alavieska Matti Virtanen Kalle Ojala Nivala Liisa Korhonen Pirjo Laine "
    "Sievi Pekka Nieminen Olli Aho",
    "Jäsenkunta\nEdustaja\nAlavieska\nVirtanen Matti\nNivala\nKorhonen Liisa (pj)\nSievi\nNieminen Pekka",
])
def test_member_table_with_representatives(table: str) -> None:
    expected = {(ID + "municipality/" + code, KALLIO) for code in ("009", "535", "746")}
    assert expected <= _part_of(_doc(KALLIO, table))


def test_representatives_without_a_member_column_are_no_membership() -> None:
    table = "Kunta\tEdustaja\nAlavieska\tMatti Virtanen\nNivala\tLiisa Korhonen\nSievi\tPekka Nieminen"
    assert not _part_of(_doc(KALLIO, table))


@pytest.mark.parametrize("table", [
    "Kunta  Varsinainen jäsen  Varajäsen\nAlavieska  Matti Virtanen  Kalle Ojala\nNivala  Liisa Korhonen  Pirjo Laine\n"
    "Sievi  Pekka Nieminen  Olli Aho",
    "Kunta\tJäsen\tVarajäsen\nSievi\tPekka Nieminen\tOlli Aho\nAlavieska\tMatti Virtanen\tKalle Ojala\n"
    "Nivala\tLiisa Korhonen\tPirjo Laine",
    # a first row whose town the reference data does not read ("Luoto" is also a common noun) costs that row alone
    "Kunta  Jäsen  Varajäsen\nKarhula Anna Esimerkki  Ville Malli\nAlavieska  Matti Virtanen  Kalle Ojala\n"
    "Nivala  Liisa Korhonen  Pirjo Laine\nSievi  Pekka Nieminen  Olli Aho",
])
def test_towns_naming_a_seat_and_its_deputy_are_members(table: str) -> None:
    expected = {(ID + "municipality/" + code, KALLIO) for code in ("009", "535", "746")}
    assert expected <= _part_of(_doc(KALLIO, "Vanhusneuvoston kokoonpano\n\n" + table))


def test_a_county_whose_towns_name_the_seats_covers_them() -> None:
    text = ("Kainuun hyvinvointialueen kunnat ovat nimenneet edustajansa vanhusneuvostoon.\n\nVanhusneuvosto\n\n"
            "Kunta  Varsinainen jäsen  Varajäsen\nKajaani  Matti Virtanen  Kalle Ojala\n"
            "Sotkamo  Liisa Korhonen  Pirjo Laine\nKuhmo  Pekka Nieminen  Olli Aho\n")
    covers = {(f.subject, f.object) for f in extract(text).facts if f.predicate == "coversArea"}
    assert {(ID + "wellbeing-county/20", ID + "municipality/" + c) for c in ("205", "290", "765")} <= covers


def test_seats_without_deputies_or_beside_figures_are_no_membership() -> None:
    no_deputy = "Kunta  Jäsen\nAlavieska  Matti Virtanen\nNivala  Liisa Korhonen\nSievi  Pekka Nieminen"
    assert not _part_of(_doc(KALLIO, no_deputy))


@pytest.mark.parametrize("sentence", [
    "Alavieskan, Nivalan ja Sievin kuntien muodostama kuntayhtymä aloitti vuonna 2009.",
    "Kuntayhtymän alueeseen kuuluvat Alavieska, Nivala ja Sievi.",
    "Palveluja tuottaa kuntayhtymä, johon kuuluvat Alavieska, Nivala ja Sievi.",
    "Kallio on kuntayhtymä, jonka jäseniä ovat Alavieska, Nivala ja Sievi.",
    "Kuntayhtymän omistajia ovat Alavieska, Nivala ja Sievi.",
    "Kuntayhtymässä on mukana kolme kuntaa: Alavieska, Nivala ja Sievi.",
    "Jäsenkuntia on kolme: Alavieska, Nivala ja Sievi.",
])
def test_bare_kind_leads(sentence: str) -> None:
    expected = {(ID + "municipality/" + code, KALLIO) for code in ("009", "535", "746")}
    assert expected <= _part_of(_doc(KALLIO, sentence))


def test_swedish_bare_kind_lead() -> None:
    text = ("Kårkulla samkommun\n\nKårkulla samkommun producerar tjänster.\n\n"
            "I samkommunen ingår Pargas, Kimitoön och Raseborg.\n")
    assert {(ID + "municipality/445", KARKULLA), (ID + "municipality/322", KARKULLA),
            (ID + "municipality/710", KARKULLA)} <= _part_of(text)


@pytest.mark.parametrize("sentence", [
    "Kuntayhtymä tekee yhteistyötä, johon osallistuvat Alavieska, Nivala ja Sievi.",
    "Alavieskan, Nivalan ja Sievin kuntien muodostama työryhmä kokoontui.",
])
def test_bare_kind_leads_that_are_no_membership(sentence: str) -> None:
    assert not _part_of(_doc(KALLIO, sentence))


@pytest.mark.parametrize("body", [
    "Jäsenkunnat – Alavieska, Nivala ja Sievi",
    "Jäsenkunnat: Alavieska; Nivala; Sievi",
    "Jäsenkunnat: Alavieska / Nivala / Sievi",
    "Kuntayhtymän jäsenkunnat (Alavieska, Nivala ja Sievi) päättivät asiasta.",
    "Kuntayhtymän jäsenkuntien asukasluvut: Alavieska 2 600, Nivala 10 900 ja Sievi 5 100.",
    "Alavieska, Nivala ja Sievi ovat mukana kuntayhtymässä.",
    "JÄSENKUNTA ASUKASLUKU OSUUS\nALAVIESKA 2600 11,2\nNIVALA 10900 46,1\nSIEVI 5100 21,7",
])
def test_member_lists_with_other_separators_and_figures(body: str) -> None:
    expected = {(ID + "municipality/" + code, KALLIO) for code in ("009", "535", "746")}
    assert expected <= _part_of(_doc(KALLIO, body))


@pytest.mark.parametrize("body", [
    "Kuntayhtymän hankkeiden kustannukset: Alavieska 2 600 euroa, Nivala 10 900 euroa ja Sievi 5 100 euroa.",
    "Alavieska, Nivala ja Sievi ovat mukana hankkeessa.",
    "Tapahtumat (Alavieska, Nivala ja Sievi) järjestetään keväällä.",
])
def test_lists_with_figures_that_are_no_membership(body: str) -> None:
    assert not _part_of(_doc(KALLIO, body))



@pytest.mark.parametrize("listing", [
    "Forssa; Hattula; Loppi; Tammela",
    "\nForssa\nHattula\nLoppi\nTammela",
    "\nJäsenkunta\tAsukasluku\nForssa\t17000\nHattula\t9500\nLoppi\t8000\nTammela\t6000",
    "Forssa (17 000 as.), Hattula (9 500 as.), Loppi (8 000 as.) ja Tammela (6 000 as.)",
])
def test_made_of_towns_listed_after_a_colon_in_any_layout(listing: str) -> None:
    text = ("Kanta-Hämeen hyvinvointialue\n\nHyvinvointialue järjestää palvelut. Hyvinvointialue muodostuu 11 "
            f"Kanta-Hämeen kunnasta: {listing}\n\nLisätietoja antaa viestintä.\n")
    ex = extract(text)
    county = next((e.iri for e in ex.entities.values() if e.type == "WellbeingCounty"), None)
    assert county is not None
    pairs = {(f.subject, f.object) for f in ex.facts if f.predicate in {"partOf", "coversArea"}}
    for code in ("061", "082", "433", "834"):
        town = ID + "municipality/" + code
        assert (town, county) in pairs or (county, town) in pairs


def test_five_digit_figures_of_rows_run_together_are_no_postal_codes() -> None:
    labels = {e.label for e in extract("Jäsenkunnat: Forssa 17716 Hattula 23456 Loppi 12345\n").entities.values()}
    assert {"Forssa", "Hattula", "Loppi"} <= labels
    for address in ("Kauppakatu 1, 00100 Helsinki", "PL 10 00100 Helsinki", "Kauppakatu 1 00100 Helsinki"):
        assert "Helsinki" not in {e.label for e in extract(address + "\n").entities.values()}


@pytest.mark.parametrize("body", [
    "2 § Jäsenkunnat\n\nKuntayhtymän jäseniä ovat: 1) Alavieskan kunta, 2) Nivalan kaupunki ja 3) Sievin kunta.",
    "Kuntayhtymän jäsenkunnat ovat a) Alavieska b) Nivala c) Sievi.",
])
def test_inline_numbered_member_lists(body: str) -> None:
    expected = {(ID + "municipality/" + code, KALLIO) for code in ("009", "535", "746")}
    assert expected <= _part_of(_doc(KALLIO, body))


def test_numbered_agenda_items_are_no_membership() -> None:
    assert not _part_of(_doc(KALLIO, "Kokouksessa käsiteltiin 1) talousarvio 2) Nivala ja 3) Sievi."))


def test_swedish_owners_named_as_kommunerna() -> None:
    text = ("Kårkulla samkommun\n\nKårkulla samkommun producerar tjänster.\n\n"
            "Samkommunen ägs av kommunerna Pargas, Kimitoön och Raseborg.\n")
    assert {(ID + "municipality/445", KARKULLA), (ID + "municipality/322", KARKULLA),
            (ID + "municipality/710", KARKULLA)} <= _part_of(text)


def test_a_list_of_parties_opening_with_a_council_is_no_member_heading() -> None:
    text = ("Osarahoittajat\n\nSatakuntaliitto\nKokemäen kaupunki\nHuittisten kaupunki\nNakkilan kunta\n"
            "Harjavallan kaupunki\n\nJulkaistu 19.6.2014\n")
    assert not {o for _, o in _part_of(text) if "satakuntaliitto" in o}
