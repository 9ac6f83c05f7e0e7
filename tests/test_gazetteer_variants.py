"""Spelling variants of known names that must still meet the one reference IRI."""

from __future__ import annotations

import pytest
from helpers import gazetteer_iris as _iris

from welfare_kg.extract.gazetteer import reference_gazetteer


@pytest.mark.parametrize(("text", "iri"), [
    # an association named with and without its legal form, in any case, broken by a layout hyphen
    ("Keski-Suomen sosiaalialan osaamiskeskuksen kannatusyhdistys ry", "association/koske-kannatusyhdistys"),
    ("Keski-Suomen sosiaalialan osaamiskeskuksen kannatusyhdistyksen hallitus", "association/koske-kannatusyhdistys"),
    ("KESKI-SUOMEN SOSIAALIALAN OSAAMISKESKUKSEN KANNATUS- YHDISTYS RY:N VUOSIKOKOUKSIIN",
     "association/koske-kannatusyhdistys"),
    ("SOSTE Suomen sosiaali ja terveys ry:n erityisasiantuntija", "association/soste"),
    # a layout hyphen left inside a word
    ("Lapin yli-opisto, Liisa Virtanen", "agency/lapin-yliopisto"),
    # a coordinated first part that lost its hyphen
    ("finansierade av Social och Hälsovårdsministeriet", "ministry/stm"),
    # Swedish abbreviations and an earlier name of ministries
    ("Understödet från SHM", "ministry/stm"),
    ("Undervisnings- och kulturministeriet (UKM) stöder", "ministry/okm"),
    ("sisäasiainministeriön lausunto", "ministry/sm"),
    ("järjestöt, Kela, saamelaiskäräjät", "agency/saamelaiskarajat"),
    # funds' acronyms before the elided head of coordinated compounds
    ("Hanke saa ESR-, EAKR- tai muuta rahoitusta.", "programme/esr"),
    ("Hanke saa ESR-, EAKR- tai muuta rahoitusta.", "programme/eakr"),
    # a region's genitive written once before a list of heads names each known one
    ("sopimus Pohjois-Pohjanmaan kuntien, hyvinvointialueen ja maakuntaliiton kesken", "wellbeing-county/19"),
    ("sopimus Pohjois-Pohjanmaan kuntien, hyvinvointialueen ja maakuntaliiton kesken",
     "joint-authority/pohjois-pohjanmaan-liitto"),
    # a wellbeing services county's brand name (its web address)
    ("Hanke toteutetaan yhdessä Laphan kanssa.", "wellbeing-county/21"),
    # a state agency's one-word name made on an institution's head word, in lower case in running text
    ("hakemus lähetetään valtiokonttorille", "agency/valtiokonttori"),
    ("mukana ovat yliopisto, verohallinto ja kunnat", "agency/verohallinto"),
    ("aineisto saatiin maanmittauslaitokselta", "agency/maanmittauslaitos"),
])
def test_variant_meets_reference_iri(text: str, iri: str) -> None:
    assert iri in _iris(text)


@pytest.mark.parametrize("text", [
    "sosiaali-ja terveyspalvelut",  # a hyphen inside a word that joins to no known name
    "Social och hälsa",  # a coordinated word without hyphen that continues no known name
    "kaupungin keskus ja sen hallinto",  # the head words alone are no agency
    "salon kaupunki",  # a place keeps its capital
])
def test_variant_rules_add_nothing_unknown(text: str) -> None:
    assert _iris(text) == []


def test_association_without_legal_form_needs_more_than_one_word() -> None:
    """"SOSTE ry" without "ry" is the acronym, matched as such; a one-word remainder is not added twice."""
    assert _iris("SOSTE ry") == ["association/soste"]


def test_registered_name_inflects_on_its_legal_form_only() -> None:
    """"MIELI ry:lle" is the known association inflected; "Mielen ry" is another one's own name, whose genitive
    before "ry" no inflection of "MIELI ry" writes."""
    assert "association/mieli" in _iris("Avustus myönnettiin MIELI ry:lle keväällä.")
    assert "association/mieli" not in _iris("Avustus myönnettiin Mielen ry:lle keväällä.")


def test_a_towns_name_split_by_pdf_spacing_in_a_list_joins() -> None:
    """"Outokum pu, Parikkala": a one-word town split in two by a PDF's spacing, in a list of towns."""
    assert "municipality/309" in _iris("Jäsenkunnat ovat: Joensuu, Outokum pu, Parikkala.")
    assert "municipality/740" in _iris("Jäsenkuntia ovat Mikkeli ja Savon linna.")


def test_a_split_word_outside_a_list_or_a_capitalised_second_part_joins_nothing() -> None:
    assert "municipality/740" not in _iris("Kävimme Savon linna -alueella eilen")
    assert "municipality/740" not in _iris("Jäsenet: Savon Linna, Mikkeli.")


def test_an_e_mail_domain_is_no_longer_word_that_a_short_label_begins() -> None:
    gaz = reference_gazetteer()
    # "diakon.fi" (a deaconess institute) begins with "diak" (Diak) and goes on with two letters: another word
    assert gaz.by_domain("diakon.fi") is None
    assert (gaz.by_domain("diak.fi") or "").endswith("company/diak")
    assert gaz.by_domain("poskelappi.fi") is not None  # a label, then a word of its own: that organisation still


def test_a_regions_genitive_before_heads_that_make_no_known_name_stays_the_region() -> None:
    assert _iris("Pohjois-Pohjanmaan kunnat ja järjestöt kokoontuivat.") == ["region/17"]
    assert _iris("Pohjois-Pohjanmaan hyvinvointialue kokoontui.") == ["wellbeing-county/19"]


def test_an_associations_one_word_name_after_a_towns_genitive_is_the_towns_own() -> None:
    # "Diakonissalaitos" alone is the Helsinki institute; "Oulun Diakonissalaitos" is Oulu's own
    assert _iris("Avustus myönnetään Diakonissalaitokselle.") == ["association/helsingin-diakonissalaitos"]
    assert "association/helsingin-diakonissalaitos" not in _iris("Avustus myönnetään Oulun Diakonissalaitokselle.")
    assert "association/helsingin-diakonissalaitos" in _iris("Avustus Helsingin Diakonissalaitokselle.")
