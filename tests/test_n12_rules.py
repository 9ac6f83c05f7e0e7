"""Rules for facts missed on development documents although both entities were found, on short
sentences of our own (Finnish and Swedish): a competence centre named after its region covers it,
organisations each followed by a place in an enumeration cover those places, money handed out
("jaetaan", "delar ut") goes with the undertaking named before each amount, and on a centre's own
page the ministry funding "the competence centres" funds that centre."""

from __future__ import annotations

from tests.helpers import fact_rows as run
from tests.helpers import has_fact as has
from welfare_kg.extract import area_phrases  # noqa: F401  registers the coversArea rules
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.relations import RULES


def _by(rows: list, rule: str) -> list:
    return [r for r in rows if r[4] == rule]


def test_rules_registered_once() -> None:
    names = [r.name for r in RULES]
    for name in ("coversArea:region-in-name", "coversArea:actor-place-list", "funds:distribute-verb",
                 "funds:centre-class-noun"):
        assert names.count(name) == 1, name


def test_centre_named_after_its_region_covers_it(gaz: Gazetteer) -> None:
    rows = run(gaz, "Keski-Suomen sosiaalialan osaamiskeskus Koske järjesti seminaarin. "
                    "Sosiaalihuollon kehittäminen jatkuu Keski-Suomen maakunnassa.")
    assert has(rows, "competence-centre/koske", "coversArea", "region/13"), rows
    sv = run(gaz, "Mellersta Finlands kompetenscenter inom det sociala området (Koske) är ett nätverk. "
                  "Vi arbetar för välfärden i Mellersta Finland.")
    assert has(sv, "competence-centre/koske", "coversArea", "region/13"), sv


def test_region_only_inside_the_name_is_not_stated(gaz: Gazetteer) -> None:
    # the region never named on its own: the name alone adds no area to the text
    rows = run(gaz, "Keski-Suomen sosiaalialan osaamiskeskus Koske järjesti seminaarin Jyväskylässä.")
    assert not _by(rows, "coversArea:region-in-name"), rows


def test_regional_council_named_after_region_is_not_read(gaz: Gazetteer) -> None:
    rows = run(gaz, "Mellersta Österbottens förbund höll möte. Projektet gäller Mellersta Österbotten.")
    assert not _by(rows, "coversArea:region-in-name"), rows


def test_enumeration_of_centres_and_places(gaz: Gazetteer) -> None:
    rows = run(gaz, "Alueella toimii kolme osaamiskeskusta, Socca pääkaupunkiseudulla, Sosiaalitaito Keski- ja "
                    "Länsi-Uudellamaalla ja osa Versosta Itä-Uudellamaalla.")
    assert has(rows, "competence-centre/socca", "coversArea", "region/paakaupunkiseutu"), rows
    assert has(rows, "competence-centre/sosiaalitaito", "coversArea", "region/keski-uusimaa"), rows
    assert has(rows, "competence-centre/sosiaalitaito", "coversArea", "region/lansi-uusimaa"), rows
    assert has(rows, "competence-centre/verso", "coversArea", "region/ita-uusimaa"), rows
    assert not has(rows, "competence-centre/socca", "coversArea", "region/ita-uusimaa"), rows


def test_single_organisation_before_a_place_is_no_enumeration(gaz: Gazetteer) -> None:
    # one pair is as often where a meeting was held: "Socca järjesti seminaarin Itä-Uudellamaalla"
    rows = run(gaz, "Seminaarin järjesti Socca Itä-Uudellamaalla syksyllä.")
    assert not _by(rows, "coversArea:actor-place-list"), rows


def test_distributed_grants_each_with_its_amount(gaz: Gazetteer) -> None:
    rows = run(gaz, "Sosiaali- ja terveysministeriön myöntämiä valtionavustuksia jaetaan Kotona-hankkeelle "
                    "yhteensä 6 miljoonaa euroa ja Arki-hankkeelle yhteensä 20 miljoonaa euroa.")
    assert has(rows, "ministry/stm", "funds", "project/kotona", 6_000_000), rows
    assert has(rows, "ministry/stm", "funds", "project/arki", 20_000_000), rows
    assert not has(rows, "ministry/stm", "funds", "project/kotona", 20_000_000), rows


def test_swedish_deal_out_for_the_programmes(gaz: Gazetteer) -> None:
    rows = run(gaz, "Framtidens social- och hälsocentral -programmet startar. "
                    "I år delar social- och hälsovårdsministeriet ut 5,1 miljoner euro för programmet.")
    assert has(rows, "ministry/stm", "funds", "programme/tulevaisuuden-sote-keskus", 5_100_000), rows
    # "dela" without "ut" is sharing, not handing out money
    shared = run(gaz, "Framtidens social- och hälsocentral -programmet startar. "
                      "Social- och hälsovårdsministeriet delar 5,1 miljoner euro mellan regionerna för programmet.")
    assert not _by(shared, "funds:distribute-verb"), shared


def test_distribute_without_recipient_amount_says_nothing(gaz: Gazetteer) -> None:
    # "jakaa" of knowledge, no money after the recipient
    rows = run(gaz, "Sosiaali- ja terveysministeriö jakaa tietoa Kotona-hankkeelle ja kunnille.")
    assert not _by(rows, "funds:distribute-verb"), rows


def test_class_noun_funding_on_centres_own_page(gaz: Gazetteer) -> None:
    rows = run(gaz, "Koske på svenska\n\nKoske är ett av de elva kompetenscentrumen i Finland. "
                    "Kompetenscentrumens grundverksamhet finansieras av social- och hälsovårdsministeriet.")
    assert has(rows, "ministry/stm", "funds", "competence-centre/koske"), rows
    fi = run(gaz, "Koske siirtyy hyvinvointialueelle\n\nKoske on tehnyt työtä vuosikymmenet. Sosiaali- ja "
                  "terveysministeriön sosiaalialan osaamiskeskuksille myöntämä perusrahoitus pieneni.")
    assert has(fi, "ministry/stm", "funds", "competence-centre/koske"), fi


def test_class_noun_funding_on_someone_elses_page(gaz: Gazetteer) -> None:
    # a ministry's page on the centres in general: no centre is the page's own
    filler = "Sosiaalialan kehittäminen on tärkeää koko maassa ja sitä tehdään monella tavalla. " * 5
    rows = run(gaz, "Osaamiskeskukset\n\n" + filler + "Sosiaali- ja terveysministeriö rahoittaa sosiaalialan "
                    "osaamiskeskuksia. Koske on yksi niistä.")
    assert not _by(rows, "funds:centre-class-noun"), rows
