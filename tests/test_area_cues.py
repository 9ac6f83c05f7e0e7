"""A project's area named by a word for its target places: target towns, Swedish project area, reach, target group."""

from __future__ import annotations

from helpers import ID, extract, fact_pairs

KUOPIO, SIILINJARVI, IISALMI = ID + "municipality/297", ID + "municipality/749", ID + "municipality/140"
PARAINEN, KEMIONSAARI = ID + "municipality/445", ID + "municipality/322"
KESKI_SUOMI = ID + "region/13"


def _covers(text: str) -> set[tuple[str, str]]:
    return fact_pairs(text, "coversArea")


def _project(text: str) -> str:
    return next(iri for iri, e in extract(text).entities.items() if e.type == "Project")


def test_target_towns_of_the_project() -> None:
    text = "Hyvä Arki -hanke alkoi keväällä. Hankkeen kohdekunnat ovat Kuopio, Siilinjärvi ja Iisalmi."
    project = _project(text)
    assert {(project, KUOPIO), (project, SIILINJARVI), (project, IISALMI)} <= _covers(text)


def test_target_towns_end_with_their_clause() -> None:
    text = "Hyvä Arki -hanke alkoi. Kohdekuntina ovat Kuopio ja Siilinjärvi, ja seminaari pidettiin Iisalmessa."
    covers = _covers(text)
    project = _project(text)
    assert (project, KUOPIO) in covers and (project, IISALMI) not in covers


def test_swedish_primary_area_of_the_project() -> None:
    text = "Projektet Ung Framtid startade i fjol. Det primära området för projektet är Pargas och Kimitoön."
    project = _project(text)
    assert {(project, PARAINEN), (project, KEMIONSAARI)} <= _covers(text)


def test_reaching_the_towns_named_in_the_genitive() -> None:
    text = "Hyvä Arki -hanke alkoi keväällä. Hanke kohdistuu Kuopion, Siilinjärven ja Iisalmen kuntiin."
    project = _project(text)
    assert {(project, KUOPIO), (project, SIILINJARVI), (project, IISALMI)} <= _covers(text)


def test_genitive_towns_without_a_noun_towards_them_are_no_area() -> None:
    text = "Hyvä Arki -hanke alkoi keväällä. Hanke kohdistuu Kuopion ja Iisalmen yhteiseen kokeiluun."
    assert not any(rule_fact.rule == "coversArea:target-places" for rule_fact in extract(text).facts)


def test_target_group_of_the_towns() -> None:
    text = "Hyvä Arki -hanke alkoi keväällä. Hankkeen kohderyhmänä ovat Kuopion ja Siilinjärven kuntien nuoret."
    project = _project(text)
    assert {(project, KUOPIO), (project, SIILINJARVI)} <= _covers(text)


def test_target_group_with_an_area_noun_after_each_place() -> None:
    text = ("Tulevaisuus -hanke alkoi keväällä. Hankkeen kohderyhmänä ovat Keski-Suomen alueen sekä Kuopion kunnan "
            "nuoret.")
    project = _project(text)
    assert {(project, KESKI_SUOMI), (project, KUOPIO)} <= _covers(text)


def test_a_target_group_of_a_place_word_without_the_place_is_nothing() -> None:
    text = "Hyvä Arki -hanke alkoi keväällä. Kohderyhmänä ovat kuopiolaiset nuoret ja heidän perheensä."
    assert not any(f.rule == "coversArea:target-places" for f in extract(text).facts)


def test_the_people_of_genitive_towns_the_project_aims_at() -> None:
    text = ("Hyvä Arki -hanke alkoi keväällä. Hankkeen avulla on tavoitteena saada Kuopion, Siilinjärven ja Iisalmen "
            "lapset ja nuoret liikkumaan.")
    project = _project(text)
    assert {(project, KUOPIO), (project, SIILINJARVI), (project, IISALMI)} <= _covers(text)
    text = "Hyvä Arki -hanke alkoi keväällä. Hanke tarjosi Kuopion kaupungin ikäihmisille kerhoja."
    assert (_project(text), KUOPIO) in _covers(text)


def test_the_people_of_towns_in_the_genitive_are_no_target() -> None:
    text = "Hyvä Arki -hanke alkoi keväällä. Hankkeen aikana Kuopion asukkaiden määrä kasvoi."
    assert not any(f.rule == "coversArea:target-places" for f in extract(text).facts)


def test_the_people_of_towns_in_a_sentence_about_no_undertaking_are_nothing() -> None:
    text = "Hyvä Arki -hanke alkoi keväällä. Kuopion asukkaat äänestivät vaaleissa."
    assert not any(f.rule == "coversArea:target-places" for f in extract(text).facts)


KANGASALA, ORIVESI, POHJOIS_SAVO = ID + "municipality/211", ID + "municipality/562", ID + "region/11"


def _actor(text: str, kind: str) -> str:
    return next(iri for iri, e in extract(text).entities.items() if e.type == kind)


def test_working_there_with_the_kind_word_before_the_name() -> None:
    text = "Kangasalla ja Orivedellä toimiva Kehittämisyhdistys Maaseutuvoima ry on maaseudun kehittäjä."
    actor = _actor(text, "Association")
    assert {(actor, KANGASALA), (actor, ORIVESI)} <= _covers(text)


def test_working_there_as_a_predicate() -> None:
    text = "Maaseutuvoima ry on Pohjois-Savossa toimiva Leader-ryhmä."
    assert (_actor(text, "Association"), POHJOIS_SAVO) in _covers(text)


def test_a_place_without_the_participle_is_only_where_it_met() -> None:
    text = "Maaseutuvoima ry piti kokouksen Kangasalla. Toimiva yhteistyö on tärkeää."
    assert not any(f.rule == "coversArea:working-there-kind" for f in extract(text).facts)


def test_the_projects_activity_at_places() -> None:
    text = "Hyvä Arki -hanke alkoi 2021. Hankkeen toimintaa järjestetään Kuopiossa, Siilinjärvellä ja Iisalmessa."
    project = _project(text)
    assert {(project, KUOPIO), (project, SIILINJARVI), (project, IISALMI)} <= _covers(text)
    text = "Hyvä Arki -hanke alkoi 2021. Hanke on käynnissä Kuopiossa ja Iisalmessa."
    assert {(_project(text), KUOPIO), (_project(text), IISALMI)} <= _covers(text)


def test_swedish_project_aimed_at_people_in_places() -> None:
    text = "Projektet Unga Vuxna riktar sig till unga i Pargas och Kimitoön."
    project = _project(text)
    assert {(project, PARAINEN), (project, KEMIONSAARI)} <= _covers(text)


def test_an_event_at_a_place_is_no_activity_area() -> None:
    text = "Hyvä Arki -hanke alkoi 2021. Hanke on käynnissä, ja seminaari pidetään Kuopiossa."
    assert not any(f.rule == "coversArea:activity-at-places" for f in extract(text).facts)


def test_area_fields_of_a_project_card() -> None:
    text = "Hankkeen nimi: Hyvä Arki\nToteuttamisalue: Kainuu ja Pohjois-Savo\nKesto: 2021-2023"
    assert {(_project(text), ID + "region/18"), (_project(text), POHJOIS_SAVO)} <= _covers(text)
    text = "Projektets namn: Unga Vuxna\nProjektområde: Pargas och Kimitoön\nTid: 2021-2023"
    assert {(_project(text), PARAINEN), (_project(text), KEMIONSAARI)} <= _covers(text)


def test_a_bare_association_after_a_participle_develops_the_towns_countryside() -> None:
    text = ("Maaseutuvoima ry sai uuden johtajan. Kangasalla vanhoissa tiloissa toimiva yhdistys kehittää "
            "Kuopion, Siilinjärven ja Iisalmen maaseutua.")
    actor = _actor(text, "Association")
    assert {(actor, KUOPIO), (actor, SIILINJARVI), (actor, IISALMI)} <= _covers(text)


def test_developing_a_towns_services_is_no_area() -> None:
    text = "Maaseutuvoima ry sai uuden johtajan. Yhdistys kehittää Kuopion palveluja yhdessä muiden kanssa."
    assert (_actor(text, "Association"), KUOPIO) not in _covers(text)


def test_a_project_named_after_an_area_the_text_names() -> None:
    text = ("Projektin nimi: Kuopion seudun hyvinvointipolut\nHankkeen taustalla on tarve. "
            "Kuopion seudun kunnat Kuopio ja Siilinjärvi tekevät yhteistyötä.")
    assert (_project(text), ID + "cooperation-area/kuopion-seutukunta") in _covers(text)


def test_an_area_named_before_the_project_is_its_area_once_from_the_projects_sentence() -> None:
    # the rule pairs only what a sentence adds with what came before: the area first, the project twice after it
    text = ("Kuopion seudun kunnat Kuopio ja Siilinjärvi tekevät yhteistyötä. Kuopion seudun hyvinvointipolut "
            "-hanke alkoi 2021. Kuopion seudun hyvinvointipolut -hanke jatkuu.")
    facts = [f for f in extract(text).facts if f.rule == "coversArea:area-opens-name"]
    assert [(f.object, f.evidence.text) for f in facts] == [
        (ID + "cooperation-area/kuopion-seutukunta", "Kuopion seudun hyvinvointipolut -hanke alkoi 2021.")]


def test_an_area_the_project_name_does_not_open_with_is_not_its_area() -> None:
    text = "Hyvä Arki -hanke alkoi 2021. Kuopion seudun kunnat Kuopio ja Siilinjärvi tekevät yhteistyötä."
    assert not any(f.rule == "coversArea:area-opens-name" for f in extract(text).facts)


def test_towns_listed_after_a_verb_of_carrying_out() -> None:
    text = "Hyvä Arki -hanke alkoi 2021. Hanke toteutetaan seuraavissa kunnissa: Kuopio, Siilinjärvi ja Iisalmi."
    assert {(_project(text), KUOPIO), (_project(text), IISALMI)} <= _covers(text)
    text = "Hyvä Arki -hanke alkoi 2021. Hanketta toteutetaan kolmessa kunnassa (Kuopio, Siilinjärvi ja Iisalmi)."
    assert {(_project(text), KUOPIO), (_project(text), SIILINJARVI)} <= _covers(text)


def test_offices_at_places() -> None:
    text = "Mielen Tuki ry:llä on toimipisteet Kuopiossa, Siilinjärvellä ja Iisalmessa."
    actor = _actor(text, "Association")
    assert {(actor, KUOPIO), (actor, SIILINJARVI), (actor, IISALMI)} <= _covers(text)


def test_aimed_at_the_people_of_places() -> None:
    text = "Hyvä Arki -hanke alkoi 2021. Hanke on suunnattu Kuopion ja Siilinjärven nuorille."
    assert {(_project(text), KUOPIO), (_project(text), SIILINJARVI)} <= _covers(text)
    text = "Hyvä Arki -hanke alkoi 2021. Hanke palvelee koko Pohjois-Savoa."
    assert (_project(text), POHJOIS_SAVO) in _covers(text)


def test_a_place_later_in_the_sentence_is_not_whom_it_is_aimed_at() -> None:
    text = "Hyvä Arki -hanke alkoi 2021. Hanke on suunnattu nuorille, ja se esiteltiin Kuopion tilaisuudessa."
    assert not any(f.rule == "coversArea:listed-towns" for f in extract(text).facts)


def test_covering_the_towns_themselves() -> None:
    covers = _covers("Kainuun hyvinvointialue kattaa Kajaanin, Sotkamon ja Kuhmon.")
    assert {(ID + "wellbeing-county/20", ID + "municipality/205"),
            (ID + "wellbeing-county/20", ID + "municipality/290")} <= covers


def test_swedish_aimed_at_the_whole_region() -> None:
    text = "Projektet Unga Vuxna riktar sig till hela Österbotten."
    assert (_project(text), ID + "region/15") in _covers(text)


def test_an_associations_own_towns() -> None:
    text = "Leader Ylä-Savo ry:n kunnat ovat Iisalmi, Kiuruvesi ja Sonkajärvi."
    actor = _actor(text, "Association")
    assert {(actor, IISALMI), (actor, ID + "municipality/263")} <= _covers(text)
    text = "Leader Ylä-Savo ry:n alueella (Iisalmi, Kiuruvesi ja Sonkajärvi) asuu 40 000 ihmistä."
    assert (_actor(text, "Association"), IISALMI) in _covers(text)


def test_a_projects_towns_are_not_read_as_its_area_here() -> None:
    text = "Hyvä Arki -hankkeen kunnat ovat Iisalmi ja Kiuruvesi."
    assert not any(f.rule == "coversArea:owner-towns" for f in extract(text).facts)


def _card(area: str) -> str:
    return f"Hankkeen nimi: Hyvä Arki\nHakija: Kuopion kaupunki\nToteuttamisalue: {area}\nKesto: 2021-2023\n"


def test_places_no_list_holds_in_a_cards_area_field() -> None:
    text = _card("Ylä-Savo ja Aunuksen Karjala")
    project = _project(text)
    covers = _covers(text)
    assert (project, ID + "region/aunuksen-karjala") in covers
    assert {iri for _s, iri in covers if "cooperation-area/" in iri}  # "Ylä-Savo" is a sub-region: known or minted


def test_an_area_field_saying_the_whole_country_names_no_place() -> None:
    ents = extract(_card("Suomi")).entities.values()
    assert not any(e.type in {"Region", "CooperationArea"} and e.label == "Suomi" for e in ents)


def test_the_area_named_before_the_kind_of_a_centre() -> None:
    covers = _covers("Itä-Suomen yhteistyöalueen osaamiskeskus Poske järjestää koulutusta.")
    assert (ID + "competence-centre/poske", ID + "cooperation-area/kys") in covers
    covers = _covers("Pikassos Oy on Pirkanmaan, Kanta-Hämeen ja Etelä-Pohjanmaan sosiaalialan osaamiskeskus.")
    assert {(ID + "competence-centre/pikassos", ID + "region/" + r) for r in ("06", "05", "14")} <= covers


def test_the_towns_joint_project_is_not_read_as_their_area() -> None:
    text = "Hyvä Arki on Kuopion ja Siilinjärven yhteinen hanke."
    assert not any(f.rule == "coversArea:kind-of-area" for f in extract(text).facts)
    text = "Hyvä Arki on Pohjois-Savon maakunnallinen hanke."
    assert (_project(text), POHJOIS_SAVO) in _covers(text)


def test_a_project_starting_or_piloting_in_towns() -> None:
    text = "Kuopiossa, Siilinjärvellä ja Iisalmessa käynnistyy Hyvä Arki -hanke."
    assert {(_project(text), KUOPIO), (_project(text), IISALMI)} <= _covers(text)
    text = "Hyvä Arki -hanke pilotoi mallia Kuopiossa ja Iisalmessa."
    assert {(_project(text), KUOPIO), (_project(text), IISALMI)} <= _covers(text)


def test_an_association_serving_clients_in_towns() -> None:
    text = "Mielen Tuki ry palvelee asiakkaita Kuopiossa ja Iisalmessa."
    assert {(_actor(text, "Association"), KUOPIO), (_actor(text, "Association"), IISALMI)} <= _covers(text)


def test_a_starting_seminar_in_a_town_is_no_area() -> None:
    text = "Hyvä Arki -hanke alkoi 2021. Seminaari käynnistyy Kuopiossa aamulla."
    assert not any(f.rule == "coversArea:runs-at-places" for f in extract(text).facts)


def test_an_ely_project_is_one_the_centre_funds_not_one_named_ely() -> None:
    text = ("Satutunti\nVuoden 2024 ELY-hanke\nSatutunti-hanke alkoi keväällä. Hankkeen avulla on tavoitteena saada "
            "Kuopion ja Iisalmen lapset lukemaan.")
    labels = {e.label for e in extract(text).entities.values() if e.type == "Project"}
    assert "ELY" not in labels
    assert (_project(text), IISALMI) in _covers(text)


def test_swedish_plural_area_kind_before_the_places() -> None:
    text = "Projektet Bättre vardag utvecklar nya tjänster inom kommunerna Pargas och Kimitoön."
    project = _project(text)
    assert {(project, PARAINEN), (project, KEMIONSAARI)} <= _covers(text)


def test_swedish_plural_area_kind_without_an_undertaking_says_nothing() -> None:
    text = "Föreningen ordnar kurser i kommunerna Pargas och Kimitoön."
    assert not _covers(text)
