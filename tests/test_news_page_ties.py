"""How news and project pages state who runs, funds, joins and covers (issue 12, session 39): a branch named after its
association, partner nouns as a list's subject, the insurance group's compass-named companies, an actor's own
operating area, a participle's kind noun opening a colon list, a person before a registered name, an inhabitant's
adjective before a name, a club's mixed-case abbreviation, the share of a grant, the agent of a funded activity and a
report's publisher. Every sentence is invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _extract(text: str, kind: str = "news"):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind=kind))


def _facts(text: str, kind: str = "news") -> set[tuple[str, str, str, str]]:
    ex = _extract(text, kind)
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label.get(f.subject, f.subject), f.predicate, label.get(f.object, f.object), f.rule) for f in ex.facts}


def _pairs(text: str, predicate: str, kind: str = "news") -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _r in _facts(text, kind) if p == predicate}


def test_a_branch_named_after_its_association_is_part_of_it() -> None:
    text = ("Mannerheimin Lastensuojeluliitto ja Suomen Punainen Risti kouluttavat vapaaehtoisia. Lahjoituksen "
            "saivat MLL:n Kouvolan osasto ja Suomen Punaisen Ristin Haminan osasto.")
    found = _pairs(text, "partOf")
    assert ("MLL:n Kouvolan osasto", "Mannerheimin Lastensuojeluliitto ry") in found
    assert any(s == "Suomen Punaisen Ristin Haminan osasto" and o == "Suomen Punainen Risti" for s, o in found)


def test_a_branch_of_an_association_the_text_never_names_gets_no_parent() -> None:
    found = _pairs("Lahjoituksen sai Kuvitteellisen Liiton Kouvolan osasto.", "partOf")
    assert not found


def test_partners_as_the_subject_of_a_list() -> None:
    text = ("Kylät kuntoon -hanke toimii Kouvolassa. Kylät kuntoon -hankkeen yhteistyötahot ovat Kouvolan Martat ry, "
            "Haminan Jyske ry ja Kotkan Nuorisoverstas ry.")
    found = _pairs(text, "participatesIn")
    for partner in ("Kouvolan Martat ry", "Haminan Jyske ry", "Kotkan Nuorisoverstas ry"):
        assert (partner, "Kylät kuntoon") in found


def test_the_insurers_company_named_by_a_point_of_the_compass() -> None:
    ex = _extract("LähiTapiola Idältä 5 000 euroa Kouvolan Martat ry:lle\n\nLähiTapiola Itä lahjoitti rahat.")
    labels = {e.label for e in ex.entities.values()}
    assert "LähiTapiola Itä" in labels and "LähiTapiola" not in labels
    label = {iri: e.label for iri, e in ex.entities.items()}
    assert any(f.predicate == "funds" and label[f.subject] == "LähiTapiola Itä" and f.amount == 5000
               for f in ex.facts)


def test_a_place_after_the_insurers_name_is_no_compass_word() -> None:
    labels = {e.label for e in _extract("LähiTapiola Keski-Suomi lahjoitti rahat.").entities.values()}
    assert "LähiTapiola Keskinen" not in labels


def test_the_places_of_an_actors_own_operating_area() -> None:
    found = _pairs("Kouvolan Kylät ry on tukenut toiminta-alueellaan Kouvolassa ja Haminassa monia hankkeita.",
                   "coversArea")
    assert ("Kouvolan Kylät ry", "Kouvola") in found and ("Kouvolan Kylät ry", "Hamina") in found


def test_a_participles_kind_noun_then_a_colon_list() -> None:
    text = ("Rahasto jakoi avustuksia.\n\nHuomionosoitukset osoitettiin kolmelle Kouvolassa toimivalle "
            "yhdistykselle: Kouvolan Jyske ry:lle, Kouvolan Martat ry:lle sekä Kouvolan Nuorisoverstas ry:lle.")
    found = _pairs(text, "coversArea")
    for club in ("Kouvolan Jyske ry", "Kouvolan Martat ry", "Kouvolan Nuorisoverstas ry"):
        assert (club, "Kouvola") in found


def test_a_kind_noun_that_names_no_actor_opens_no_list() -> None:
    text = "Rahasto jakoi kolmelle Kouvolassa toimivalle vuodelle: 2020, 2021 ja 2022."
    assert not _pairs(text, "coversArea")


def test_a_person_before_a_registered_name_that_opens_with_a_place() -> None:
    ex = _extract("Palkinnot ottivat vastaan (Maija Mehiläinen Kouvolan Jyske ry:n ja Pekka Puupää Kouvolan Martat "
                  "ry:n puolesta).")
    found = {(e.type, e.label) for e in ex.entities.values()}
    assert ("Association", "Kouvolan Martat ry") in found and ("Person", "Pekka Puupää") in found


def test_an_inhabitants_adjective_is_no_word_of_the_name() -> None:
    ex = _extract("päiväys 2021-02 Kouvolalaisen Kouvolan Palloseuran toteuttama vanhustyö jatkuu.")
    labels = {e.label for e in ex.entities.values() if e.type == "Association"}
    assert "Kouvolan Palloseura" in labels


def test_a_clubs_mixed_case_abbreviation_in_brackets() -> None:
    text = ("Kouvolan Palloseuran (KoPS) toteuttama hanke sai tukea.\n\n- Rahoitus on tärkeä, iloitsee KoPS:n "
            "kehityspäällikkö Timo Tuomi.")
    assert ("Timo Tuomi", "Kouvolan Palloseura") in _pairs(text, "holdsPost")


def test_a_mixed_case_word_that_does_not_spell_the_name_is_no_abbreviation() -> None:
    ex = _extract("Kouvolan Palloseuran (NoPe) toteuttama hanke sai tukea.\n\n- Rahoitus on tärkeä, iloitsee NoPe:n "
                  "kehityspäällikkö Timo Tuomi.")
    assert not any(m.surface.startswith("NoPe") and m.rule == "bracket-acronym-echo"
                   for e in ex.entities.values() for m in e.mentions)


def test_the_share_of_a_grant_is_its_givers_funding() -> None:
    text = ("Liikettä vanhuksille -hanke vie liikunnan kotiin.\n\nHankkeen vuosikustannukset ovat noin 100 000 "
            "euroa, josta Kymenlaakson liiton hankerahoituksen osuus on noin 55 000 euroa ja Tuovi Siiri Hännisen "
            "säätiön osuus noin 45 000 euroa vuodessa.")
    facts = _facts(text)
    assert ("Kymenlaakson liitto", "funds", "Liikettä vanhuksille", "funds:funder-share") in facts
    assert not any(p == "contributes" for _s, p, _o, _r in facts)


def test_a_towns_own_share_is_still_its_contribution() -> None:
    text = "Liikettä vanhuksille -hanke alkaa.\n\nHankkeen kustannuksista Kouvolan kaupungin osuus on 8 000 euroa."
    assert any(p == "contributes" and s == "Kouvola" for s, p, _o, _r in _facts(text))


def test_money_received_by_the_work_an_agent_does() -> None:
    text = ("Kouvolan Palloseuran vuodesta 2014 asti toteuttama vanhustyö on saanut rahoituksen Kymenlaakson liitolta "
            "ja Tuovi Siiri Hännisen säätiöltä.")
    found = _pairs(text, "funds")
    assert ("Kymenlaakson liitto", "Kouvolan Palloseura") in found
    assert ("Tuovi Siiri Hännisen säätiö", "Kouvolan Palloseura") in found


def test_a_reports_publisher_runs_its_project() -> None:
    text = ("KYLÄT KUNTOON\n\nKouvolan Kylät ry:n julkaisuja 3/2020\n\nKylät kuntoon -hankkeen loppuraportti\n\n"
            "Kylät kuntoon -hanke kehitti kylien palveluja vuosina 2018-2020. Kylät kuntoon -hankkeessa "
            "järjestettiin kyläiltoja.")
    assert ("Kouvolan Kylät ry", "Kylät kuntoon") in _pairs(text, "coordinates")


def test_two_publishers_give_no_runner() -> None:
    text = ("KYLÄT KUNTOON\n\nKouvolan Kylät ry:n julkaisuja 3/2020. Haminan Martat ry:n julkaisuja 4/2020\n\n"
            "Kylät kuntoon -hanke kehitti kylien palveluja. Kylät kuntoon -hankkeessa järjestettiin kyläiltoja.")
    assert not _pairs(text, "coordinates")


def test_a_registered_name_read_in_the_genitive_echoes_inflected() -> None:
    ex = _extract("Palkinnon otti vastaan Pertti Pokki Kouvolan Nuorisoverstas ry:n puolesta.\n\nKouvolan "
                  "Nuorisoverstaalle osoitettiin 300 euron huomionosoitus.")
    surfaces = {m.surface for e in ex.entities.values() if e.label == "Kouvolan Nuorisoverstas ry" for m in e.mentions}
    assert "Kouvolan Nuorisoverstaalle" in surfaces


def test_a_manner_adverb_and_an_instructive_open_a_projects_name() -> None:
    labels = {e.label for e in _extract("Julkaisu syntyi Turvallisesti liikkuen Kouvolassa -hankkeessa.")
              .entities.values() if e.type == "Project"}
    assert "Turvallisesti liikkuen Kouvolassa" in labels


def test_a_clauses_adverb_opens_no_name() -> None:
    labels = {e.label for e in _extract("Kunta osallistuu aktiivisesti liikkuen Hyvä Arki -hankkeeseen.")
              .entities.values() if e.type == "Project"}
    assert labels == {"Hyvä Arki"}


def test_a_coined_own_name_in_the_genitive_after_its_kind() -> None:
    facts = _facts("Viisi vuotta kestänyt Palveluyhdistys Kotivan hallinnoima Hyvä Arki -projekti päättyi.")
    assert any(s == "Palveluyhdistys Kotiva" and p == "coordinates" for s, p, _o, _r in facts)


def test_a_known_proper_name_after_a_kind_is_left_alone() -> None:
    labels = {e.label for e in _extract("Kunta ja Nuorisoseura Kalevan jäsenet kokoontuivat.").entities.values()}
    assert "Nuorisoseura Kaleva" not in labels


def test_a_villages_genitive_before_the_next_associations_kind_stays_its_own() -> None:
    labels = {e.label for e in _extract("KIITOKSET Hattula-Seura Kalvola-Seura Kiipun kyläyhdistys Kojon "
                                        "Nuorisoseura").entities.values()}
    assert "Kiipun kyläyhdistys" in labels and "Kalvola-Seura Kiipu" not in labels


def test_a_mixed_case_abbreviation_with_a_glued_ending_echoes() -> None:
    ex = _extract("Kouvolan Palloseuran (KoPS) toteuttama hanke sai tukea.\n\nToteutuksesta vastaavat KoPSin "
                  "liikunnanohjaajat.")
    surfaces = {m.surface for e in ex.entities.values() if e.label == "Kouvolan Palloseura" for m in e.mentions}
    assert "KoPSin" in surfaces


def test_compass_company_genitive_is_no_illative() -> None:
    # "Idän" (the genitive) and "Itään" (the illative) both end in "än": only the illative's "ään" is the illative
    from welfare_kg.extract.local_associations import _compass_insurers

    assert [m.case for m in _compass_insurers("LähiTapiola Idän hallitus päätti asiasta.")] == ["omanto"]
    assert [m.case for m in _compass_insurers("Kylä liittyi LähiTapiola Itään.")] == ["sisatulento"]
