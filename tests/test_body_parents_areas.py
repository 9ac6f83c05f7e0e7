"""Bodies named through their parent, areas given by enumerations, funding words that fund nothing, and which
municipality a minutes' bodies belong to: short Finnish and Swedish sentences of our own, each rule once where
it must fire and once where a look-alike must not."""

from __future__ import annotations

from tests.helpers import ID, record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.model import Extraction
from welfare_kg.extract.relations import RULES

SOCCA, POSKE = "competence-centre/socca", "competence-centre/poske"


def run(gaz: Gazetteer, text: str, kind: str = "news") -> Extraction:
    return extract_document(record(text, kind), gazetteer=gaz)


def triples(ex: Extraction, predicate: str) -> set[tuple[str, str]]:
    return {(f.subject.removeprefix(ID), f.object.removeprefix(ID)) for f in ex.facts if f.predicate == predicate}


def test_rules_are_registered_once() -> None:
    names = [r.name for r in RULES]
    for name in ("partOf:parent-genitive-body", "partOf:kind-prefixed-body", "coversArea:place-then-actors"):
        assert names.count(name) == 1, name


# --- partOf: a body named with its parent -------------------------------------------------------------------

def test_body_with_its_parent_in_the_genitive(gaz: Gazetteer) -> None:
    ex = run(gaz, "Lapin liiton hallitus kokoontui tiistaina.")
    assert ("joint-authority/lapin-liitto" in {o for _s, o in triples(ex, "partOf")})
    ex = run(gaz, "SOCCAn johtoryhmän jäsenet nimettiin.")
    assert any(o == SOCCA and "johtoryhma" in s for s, o in triples(ex, "partOf"))


def test_swedish_body_before_its_parent(gaz: Gazetteer) -> None:
    ex = run(gaz, "Styrelsen för Österbottens välfärdsområde sammanträdde i går.")
    assert any(o.startswith("wellbeing-county/") and s.startswith("body/") for s, o in triples(ex, "partOf"))


def test_parent_in_another_case_is_no_owner(gaz: Gazetteer) -> None:
    ex = run(gaz, "Hallitus antoi lausunnon Lapin liitolle.")
    assert not any(o == "joint-authority/lapin-liitto" for _s, o in triples(ex, "partOf"))


def test_kind_prefixed_body_belongs_to_the_county_just_named(gaz: Gazetteer) -> None:
    ex = run(gaz, "Keski-Suomen hyvinvointialue aloitti toimintansa. Aluevaltuusto kokoontui ensimmäisen kerran.")
    assert any(s.endswith("aluevaltuusto") and o.startswith("wellbeing-county/") for s, o in triples(ex, "partOf"))
    ex = run(gaz, "Östra Nylands välfärdsområde inleder sin verksamhet. Välfärdsområdesfullmäktige väljs i januari.")
    # the Swedish council meets the Finnish one under its Finnish key (extract/resolve.body_key)
    assert any(s.endswith("aluevaltuusto") and o.startswith("wellbeing-county/") for s, o in triples(ex, "partOf"))


def test_kind_prefixed_body_takes_the_county_of_its_own_sentence(gaz: Gazetteer) -> None:
    ex = run(gaz, "Satakunnan hyvinvointialue on mukana.\n\n"
                  "Juhani Rinne, aluehallituksen jäsen, Kanta-Hämeen hyvinvointialue.")
    owners = {o for s, o in triples(ex, "partOf") if s.endswith("aluehallitus")}
    assert owners == {"wellbeing-county/07"}  # Kanta-Häme, not the Satakunta named before


def test_kind_prefixed_body_without_any_county_is_left_alone(gaz: Gazetteer) -> None:
    ex = run(gaz, "Aluevaltuusto kokoontui ensimmäisen kerran maanantaina.")
    assert not triples(ex, "partOf")


# --- coversArea: enumerations --------------------------------------------------------------------------------

def test_ownerless_operating_area_is_the_organisation_just_named(gaz: Gazetteer) -> None:
    ex = run(gaz, "Pääkaupunkiseudun sosiaalialan osaamiskeskus SOCCA on osa verkostoa. "
                  "Toiminta-alue on pääkaupunkiseutu eli Espoo, Helsinki, Kauniainen ja Vantaa.")
    areas = {o for s, o in triples(ex, "coversArea") if s == SOCCA}
    assert {"municipality/049", "municipality/091", "municipality/235", "municipality/092"} <= areas


def test_operating_area_of_a_project_stays_with_the_project(gaz: Gazetteer) -> None:
    ex = run(gaz, "Pääkaupunkiseudun sosiaalialan osaamiskeskus SOCCA hallinnoi hankkeita. "
                  "Hyvä Arki -hankkeen toiminta-alue on Espoo.")
    assert (SOCCA, "municipality/049") not in triples(ex, "coversArea")


def test_swedish_responsibility_for_services_in_listed_towns(gaz: Gazetteer) -> None:
    ex = run(gaz, "Östra Nylands välfärdsområde tar ansvaret för social- och hälsotjänster i Askola, Borgå "
                  "och Sibbo den 1 januari 2023.")
    areas = {o for s, o in triples(ex, "coversArea") if s.startswith("wellbeing-county/")}
    assert {"municipality/018", "municipality/638", "municipality/753"} <= areas


def test_swedish_place_after_i_without_a_serving_verb_is_no_area(gaz: Gazetteer) -> None:
    ex = run(gaz, "Östra Nylands välfärdsområde höll ett möte i Borgå.")
    assert not triples(ex, "coversArea")


def test_swedish_whole_of_a_place(gaz: Gazetteer) -> None:
    ex = run(gaz, "Socca utgör ett gemensamt område för hela Nyland.")
    assert (SOCCA, "region/01") in triples(ex, "coversArea")


def test_place_first_then_the_organisations_working_there(gaz: Gazetteer) -> None:
    ex = run(gaz, "Uudellamaalla toimivat Länsi- ja Keski-Uudenmaan sosiaalialan osaamiskeskus Sosiaalitaito Oy "
                  "sekä Pääkaupunkiseudun sosiaalialan osaamiskeskus Socca.")
    covers = triples(ex, "coversArea")
    assert {("competence-centre/sosiaalitaito", "region/01"), (SOCCA, "region/01")} <= covers
    ex = run(gaz, "Lapissa toimii Poske.")
    assert (POSKE, "region/19") in triples(ex, "coversArea")


def test_place_in_another_case_before_the_verb_is_not_where_they_work(gaz: Gazetteer) -> None:
    ex = run(gaz, "Lapin toimijoiden kanssa toimii Poske.")
    assert (POSKE, "region/19") not in triples(ex, "coversArea")


# --- funds: funding words that fund nothing ------------------------------------------------------------------

def test_funding_decisions_named_as_an_agenda_item_fund_nothing(gaz: Gazetteer) -> None:
    ex = run(gaz, "107 Kestävää kasvua ja työtä -ohjelman rahoituspäätösten delegointi Lapin liitossa "
                  "108 Rahoitusperiaatteet Lapin liiton rahoittamille hankkeille", "minutes")
    assert not triples(ex, "funds")


def test_funders_participle_before_a_plural_anaphor_still_funds(gaz: Gazetteer) -> None:
    ex = run(gaz, "Hallituksen kärkihanke LAPE on rantautunut Pohjanmaalle. "
                  "Sosiaali- ja terveysministeriön rahoittamat hankkeet jatkuvat vuoden 2018 loppuun.")
    assert any(s == "ministry/stm" for s, _o in triples(ex, "funds"))


# --- decides: a body's decision named as a thing -------------------------------------------------------------

def test_swedish_genitive_body_with_a_decision_noun_decides_nothing(gaz: Gazetteer) -> None:
    ex = run(gaz, "KOMMUNSTYRELSEN PROTOKOLL\n\n110 Uppskjutande av fullmäktiges beslut 111 Deltagande i projektet "
                  "Remontti inom programmet Kaste\n\nKommunstyrelsen godkänner deltagandet.", "minutes")
    assert not any("fullmaktige" in s for s, _o in triples(ex, "decides"))


# --- partOf:body-of and the minutes' municipality ------------------------------------------------------------

def test_letterhead_names_the_publishing_municipality(gaz: Gazetteer) -> None:
    ex = run(gaz, "KIVIJÄRVEN KUNTA. Pöytäkirja. Kunnanhallitus.\n\n"
                  "12 VIITASAAREN YMPÄRISTÖLAUTAKUNNAN VARAJÄSENEN VALINTA\n\nKunnanhallitus valitsee varajäsenen.",
             "minutes")
    assert ex.municipality == ID + "municipality/265"
    assert ("body/265-kunnanhallitus", "municipality/265") in triples(ex, "partOf")


def test_body_met_only_as_a_room_or_on_another_towns_row_is_not_the_minutes_municipalitys(gaz: Gazetteer) -> None:
    text = ("Pöytäkirja 1/2007 Aika Tiistai Paikka Keravan kaupungintalo, kaupunginhallituksen kokoushuone\n\n"
            "OSALLISTUJAT Reino Kaartinen Kh:n puheenjohtaja Järvenpää\nMarkku Hiltunen Kh:n puheenjohtaja "
            "Kerava\n\n1 Järjestäytyminen\n\nTodettiin läsnäolijat.")
    ex = run(gaz, text, "minutes")
    assert not [s for s, o in triples(ex, "partOf") if o == "municipality/245"]


def test_bare_council_is_not_merged_into_the_board(gaz: Gazetteer) -> None:
    ex = run(gaz, "Kaupunginhallitus päätti esittää asian. Valtuuston kokous pidetään maanantaina.")
    bodies = {e.label for e in ex.entities.values() if e.type == "Body"}
    assert {"Kaupunginhallitus", "Valtuusto"} <= bodies


# --- funds: Swedish support phrasings ------------------------------------------------------------------------

def test_swedish_passive_support_by_coordinated_funders(gaz: Gazetteer) -> None:
    ex = run(gaz, "Projektet Trygg vardag startade i fjol. Ytterligare stöds projektet av Svenska Kulturfonden och "
                  "Aktiastiftelsen i Vasa.")
    funders = {s for s, o in triples(ex, "funds") if o.startswith("project/")}
    assert {"association/svenska-kulturfonden", "association/aktiastiftelsen-i-vasa"} <= funders


def test_swedish_support_with_means_from(gaz: Gazetteer) -> None:
    ex = run(gaz, "Projektet Trygg vardag stöds med medel från Social- och hälsovårdsministeriet.")
    assert any(s == "ministry/stm" and o.startswith("project/") for s, o in triples(ex, "funds"))


def test_swedish_active_support_with_a_sum(gaz: Gazetteer) -> None:
    ex = run(gaz, "Social- och hälsovårdsministeriet stöder projektet Trygg vardag med 100 000 euro.")
    amounts = {f.amount for f in ex.facts if f.predicate == "funds" and f.subject.endswith("ministry/stm")}
    assert 100000 in amounts


def test_swedish_support_of_people_is_no_funding(gaz: Gazetteer) -> None:
    ex = run(gaz, "Folkhälsan stöder äldre i Vasa.")
    assert not triples(ex, "funds")


def test_agent_of_a_relative_clause_is_no_funder(gaz: Gazetteer) -> None:
    ex = run(gaz, "Projektet Trygg vardag finansieras med hjälp av stöd från AMIF som förvaltas av "
                  "Inrikesministeriet.")
    assert not any(s == "ministry/sm" for s, _o in triples(ex, "funds"))
    ex = run(gaz, "Projektet Trygg vardag finansieras av Inrikesministeriet.")
    assert any(s == "ministry/sm" for s, _o in triples(ex, "funds"))


def test_kind_prefixed_body_takes_no_county_named_paragraphs_before(gaz: Gazetteer) -> None:
    filler = " ".join(["Kokouksessa käsiteltiin talousarvion toteutumista ja henkilöstön tilannetta."] * 5)
    ex = run(gaz, f"Keski-Suomen hyvinvointialue aloitti toimintansa. {filler} Aluevaltuusto kokoontuu keväällä.")
    assert not any(s.endswith("aluevaltuusto") and o.startswith("wellbeing-county/")
                   for s, o in triples(ex, "partOf"))


def test_swedish_support_over_an_area_funds_no_place_in_it(gaz: Gazetteer) -> None:
    ex = run(gaz, "Kustbygdens förening rf stöder hela Österbotten från Karleby till Kristinestad, "
                  "stadskärnorna i Vasa och Karleby undantagna.")
    assert not any(o.startswith("municipality/") for _s, o in triples(ex, "funds"))
    ex = run(gaz, "Svenska kulturfonden stöder föreningen Kustbygdens förening rf med 5 000 euro.")
    assert ("association/svenska-kulturfonden", "association/kustbygdens-forening") in triples(ex, "funds")
