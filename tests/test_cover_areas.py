"""Where a project or a wellbeing county works, said by how a text lays its places out (invented sentences)."""

from __future__ import annotations

from helpers import ID, fact_pairs, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer

NOKIA, KEMI, KAJAANI = ID + "municipality/536", ID + "municipality/240", ID + "municipality/205"
PIRKANMAA, LAPPI = ID + "region/06", ID + "region/19"


def _covers(text: str, kind: str = "news") -> set[tuple[str, str]]:
    return fact_pairs(text, "coversArea", kind)


def test_table_of_contents_of_subprojects_by_region_and_town() -> None:
    covers = _covers("SISÄLLYSLUETTELO Johdanto Ilopiiri-hanke Menetelmät toimineet osahankkeet Pirkanmaa, Nokia "
                     "Lappi, Kemi Kainuu, Kajaani Tulokset ja johtopäätökset")
    towns = {obj for subj, obj in covers if "ilopiiri" in subj}
    assert towns >= {NOKIA, KEMI, KAJAANI}
    # the regions only label the towns
    assert PIRKANMAA not in towns and LAPPI not in towns


def test_one_region_town_pair_is_no_list() -> None:
    covers = _covers("Ilopiiri-hanke esitteli seminaarissa osahankkeet Pirkanmaa, Nokia.")
    assert not any(obj == NOKIA for _s, obj in covers)


def test_subproject_word_with_other_words_before_the_places_gives_nothing() -> None:
    covers = _covers("Ilopiiri-hankkeen osahankkeet kokoontuivat, ja puhujina olivat Pirkanmaa, Nokia Lappi, Kemi.")
    assert not any(obj in {NOKIA, KEMI} for _s, obj in covers)


PIRKANMAA_COUNTY, POHJANMAA_COUNTY = ID + "wellbeing-county/08", ID + "wellbeing-county/17"
KANGASALA, YLOJARVI = ID + "municipality/211", ID + "municipality/980"
VAASA, MUSTASAARI, NARPIO = ID + "municipality/905", ID + "municipality/499", ID + "municipality/545"


def test_council_candidates_come_from_the_county_towns_finnish() -> None:
    covers = _covers("Pirkanmaan hyvinvointialueen aluevaltuustoon valitaan 79 valtuutettua. "
                     "Ehdokkaat tulevat alueen kunnista Nokia, Kangasala ja Ylöjärvi.")
    assert {(PIRKANMAA_COUNTY, NOKIA), (PIRKANMAA_COUNTY, KANGASALA), (PIRKANMAA_COUNTY, YLOJARVI)} <= covers


def test_council_candidates_come_from_the_county_towns_swedish() -> None:
    covers = _covers("Det finns 69 platser i Österbottens välfärdsområdes fullmäktige. "
                     "Kandidaterna kommer från de så kallade kommunerna Vasa, Korsholm och Närpes.")
    assert {(POHJANMAA_COUNTY, VAASA), (POHJANMAA_COUNTY, MUSTASAARI), (POHJANMAA_COUNTY, NARPIO)} <= covers


def test_candidates_without_a_county_cover_nothing() -> None:
    covers = _covers("Kommunalvalet hålls i april. Kandidaterna kommer från kommunerna Vasa, Korsholm och Närpes.")
    assert not any(obj in {VAASA, MUSTASAARI, NARPIO} for _s, obj in covers)


def test_one_town_after_the_cue_is_no_list() -> None:
    covers = _covers("Pirkanmaan hyvinvointialueen aluevaltuustoon valitaan 79 valtuutettua. "
                     "Ehdokkaat tulevat enimmäkseen Nokialta.")
    assert (PIRKANMAA_COUNTY, NOKIA) not in covers


KAINUU, POHJANMAA = ID + "region/18", ID + "region/15"


def _ilopiiri_areas(text: str) -> set[str]:
    return {obj for subj, obj in _covers(text) if "ilopiiri" in subj}


def test_joint_undertaking_of_an_area_towns() -> None:
    assert KAINUU in _ilopiiri_areas("Ilopiiri-hanke on Kainuun kuntien yhteinen vanhustyön kehittämishanke.")
    assert KAINUU in _ilopiiri_areas("Kainuun kunnat perustivat Ilopiiri-hankkeen vuonna 2015.")
    assert POHJANMAA in _ilopiiri_areas(
        "Utgående från lagen beslöt Österbottens alla kommuner att bilda Ilopiiri-projektet.")


def test_area_towns_shared_thing_away_from_the_undertaking_gives_nothing() -> None:
    assert KAINUU not in _ilopiiri_areas(
        "Ilopiiri-hanke on käynnissä, ja Kainuun kuntien yhteinen strategia hyväksyttiin.")


def _rules(text: str) -> set[tuple[str, str, str]]:
    out = extract_document(record(text, "news"), gazetteer=reference_gazetteer())
    return {(f.subject, f.object, f.rule) for f in out.facts if f.predicate == "coversArea"}


def test_project_name_then_its_area_inside_an_agreement_title() -> None:
    facts = _rules("KUNTIEN VÄLINEN SOPIMUS NUORTEN OSALLISUUDEN KUNTAKOKEILUSTA KAINUUN ALUEELLA")
    assert any("/project/" in subj and obj == KAINUU for subj, obj, _r in facts)


def test_words_between_project_and_area_give_no_project_then_area_fact() -> None:
    facts = _rules("KUNTIEN VÄLINEN SOPIMUS NUORTEN OSALLISUUDEN KUNTAKOKEILUSTA JA SEN RAHOITUKSESTA KAINUUN ALUEELLA")
    assert not any(rule == "coversArea:project-then-area" for _s, _o, rule in facts)


def test_project_name_then_a_town_in_a_locative_case() -> None:
    # "X-hanke Kemissä ...": the town right after a name written with its project word is where the project works
    facts = _rules("Kuvassa Tukipolku-hanke Kemissä oli yksi avustuksen saajista.")
    assert any("/project/" in subj and obj == KEMI and rule == "coversArea:project-then-area"
               for subj, obj, rule in facts)


def test_a_place_running_on_into_a_phrase_is_no_area_of_the_project_before_it() -> None:
    # "Kemissä pidetyssä seminaarissa": the place says where the seminar was, not where the project works
    facts = _rules("Tutkija esitteli Tukipolku-hanketta Kemissä pidetyssä seminaarissa.")
    assert not any(rule == "coversArea:project-then-area" for _s, _o, rule in facts)


def test_an_area_right_after_the_second_project_is_that_ones() -> None:
    # "... ovat A-hanke ja B hanke Loimaan seutukunnassa": the sub-region after B's name is where B works, not A
    facts = _rules("Lapissa yhteistyökumppaneina ovat Tervolan kyläsuunnitteluhanke ja ARKI hanke Kemin seutukunnassa.")
    seutu = {(subj, rule) for subj, obj, rule in facts if obj.endswith("/kemin-seutukunta")}
    assert any("arki" in subj and rule == "coversArea:project-then-area" for subj, rule in seutu), facts
    assert not any("tervola" in subj for subj, _rule in seutu), facts
