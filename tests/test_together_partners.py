"""Organisations listed after "tillsammans med" or between "yhdessä" and "kanssa" join the document's project."""

from __future__ import annotations

from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.together_partners import RULE


def _joiners(text: str) -> set[str]:
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    return {f.subject.removeprefix(ID) for f in out.facts if f.rule == RULE}


def test_listed_after_tillsammans_med() -> None:
    text = ("Barn i fokus\n\nProjektet Barn i fokus stärker samverkan kring barn och unga i regionen.\n\n"
            "Socialstyrelsen är projektägare och arbetar tillsammans med Skolverket och Folkhälsomyndigheten.\n\n"
            "Projektet Barn i fokus pågår under 2025 och 2026.\n")
    got = _joiners(text)
    assert "agency/skolverket" in got
    assert "agency/socialstyrelsen" not in got  # the owner, before the cue


def test_no_project_spoken_of() -> None:
    text = ("Barn i fokus\n\nProjektet Barn i fokus stärker samverkan kring barn och unga i regionen.\n\n"
            "Socialstyrelsen arbetar alltid tillsammans med Skolverket i sådana frågor.\n\n"
            "Projektet Barn i fokus pågår under 2025 och 2026.\n")
    assert "agency/skolverket" not in _joiners(text)


def test_listed_after_projekt_mellan() -> None:
    text = ("Hemmaplan\n\nStrukturfondspartnerskapet gav stöd till ett samverkansprojekt mellan Hylte kommun, "
            "Falkenbergs kommun och Laholms kommun.\n\nProjektet Hemmaplan ska utveckla samverkan kring "
            "arbetssökande.\n\nSamverkan pågår i tre år med stöd av Europeiska socialfonden.\n")
    got = _joiners(text)
    assert {"municipality/falkenbergs-kommun", "municipality/laholms-kommun"} <= got


def test_genitives_before_a_word_of_joint_work() -> None:
    text = ("Nuorten Polku -hanke\n\nNuorten Polku -hanke tukee nuoria ja heidän perheitään koko alueella.\n\n"
            "Tampereen yliopiston ja Pelastakaa Lapset ry:n yhteinen tutkimushanke Nuorten Polku alkoi "
            "syksyllä.\n\nNuorten Polku -hanke päättyi keväällä.\n")
    assert {"agency/tampereen-yliopisto", "association/pelastakaa-lapset"} <= _joiners(text)


def test_a_town_whose_name_ends_in_a_town_word_is_a_place() -> None:
    """"..., Kristinestad och ...": a bare town name in the list is where a partner sits, though its own name ends
    in "stad"; "Laholms kommun", with the word on its own, is a party."""
    text = ("Hemmaplan\n\nStrukturfondspartnerskapet gav stöd till ett samverkansprojekt mellan Hylte kommun, "
            "Falkenbergs kommun, Kristinestad och Laholms kommun.\n\nProjektet Hemmaplan ska utveckla samverkan "
            "kring arbetssökande.\n\nSamverkan pågår i tre år med stöd av Europeiska socialfonden.\n")
    got = _joiners(text)
    assert "municipality/laholms-kommun" in got
    assert "municipality/287" not in got  # Kristinestad / Kristiinankaupunki


def test_projects_at_large_done_together_join_no_project() -> None:
    # a plural partitive "projekteja" among other things done together names no project: the page's own project
    # is not what the partner joined
    text = ("Kylien aika\n\nKainuun ammattikorkeakoulu vetää Kylien aika -hanketta.\n\n"
            "Kainuun ammattikorkeakoulu on toteuttanut yhteistyössä Oulun yliopiston kanssa erilaisia kokeiluja, "
            "projekteja ja näyttelyitä.\n")
    assert not any("oulun-yliopisto" in j for j in _joiners(text))
    text = ("Kylien aika\n\nKainuun ammattikorkeakoulu vetää Kylien aika -hanketta.\n\n"
            "Hanketta toteutetaan yhteistyössä Oulun yliopiston kanssa.\n")
    assert any("oulun-yliopisto" in j for j in _joiners(text))
