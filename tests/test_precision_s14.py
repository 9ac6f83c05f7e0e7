"""Wrong facts of the fourteenth session's precision pass, each reproduced from a text written for the test: the
layout (a minutes item's repeated § line, an item title that is a clause, an item only noted or tabled, a partner in
a funder's bracket) led a rule to a fact the text does not state. Each negative has a positive beside it that the
guard leaves alone."""

from __future__ import annotations

import pytest

from tests.helpers import needs_voikko, record
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.minutes import parse_items


def _facts(text: str, kind: str = "news") -> set[tuple[str, str, str, str]]:
    ex = extract_document(record(text, kind=kind))
    return {(f.rule, ex.entities[f.subject].label, f.predicate, ex.entities[f.object].label) for f in ex.facts
            if f.subject in ex.entities and f.object in ex.entities}


def _projects(text: str, kind: str = "minutes") -> set[str]:
    ex = extract_document(record(text, kind=kind))
    return {e.label for e in ex.entities.values() if e.type == "Project"}


_HEAD = "Kuopion kaupunki\nKaupunginhallitus\nPöytäkirja 12.3.2024\n\n"


def test_meeting_line_repeating_the_number_stays_in_its_item() -> None:
    text = (_HEAD + "§ 47 Seniorit-hanke\n\nKaupunginhallitus 12.3.2024 § 47\nEhdotus\n"
            "Kaupunginhallitus hyväksyy hankkeen.\nPäätös\nHyväksyttiin.\n\n§ 48 Muut asiat\n\nPäätös\nHyväksyttiin.\n")
    items = parse_items(text)
    assert [(it.section, it.title) for it in items] == [("47", "Seniorit-hanke"), ("48", "Muut asiat")]
    assert items[0].outcome == "approved" and "proposal" in items[0].parts


@needs_voikko
def test_proposal_under_a_repeated_number_names_no_project() -> None:
    text = (_HEAD + "§ 47 Seniorit-hanke\n\nKaupunginhallitus 12.3.2024 § 47\n"
            "Kaupunginhallitus hyväksyy hankkeen.\nPäätös\nHyväksyttiin.\n")
    assert _projects(text) == {"Seniorit"}


@needs_voikko
def test_item_title_that_is_a_clause_names_no_project() -> None:
    text = _HEAD + "§ 47 Kaupunginhallitus hyväksyy hankkeen\n\nEhdotus\nHyväksytään.\nPäätös\nHyväksyttiin.\n"
    assert _projects(text) == set()


@needs_voikko
def test_item_title_project_with_a_verb_written_with_its_dash_stays() -> None:
    text = (_HEAD + "§ 47 Avustus Tehdään yhdessä -hankkeelle\n\nEhdotus\nKaupunginhallitus myöntää avustuksen.\n"
            "Päätös\nHyväksyttiin.\n\n§ 48 Avustus Kotona Kuopiossa hankkeelle\n\nEhdotus\n"
            "Kaupunginhallitus myöntää avustuksen.\nPäätös\nHyväksyttiin.\n")
    assert _projects(text) == {"Tehdään yhdessä", "Kotona Kuopiossa"}


@needs_voikko
@pytest.mark.parametrize("text", [
    "Uutiset\n\nIkäpolku-hanke (kumppanina Keski-Suomen liitto, EAKR) sai rahoitusta.\n",
    "Uutiset\n\nPohjois-Savon liitto myönsi rahoitusta Ikäpolku-hankkeelle (kumppanina Keski-Suomen liitto).\n",
    "Uutiset\n\nIkäpolku-hankkeen rahoitus (toteuttajana Keski-Suomen liitto) on 200 000 euroa.\n",
    "Uutiset\n\nHankkeen rahoittaja on Euroopan sosiaalirahasto (hallinnoija Keski-Suomen liitto). Ikäpolku-hanke "
    "alkaa.\n",
])
def test_funder_kind_in_a_role_bracket_funds_nothing(text: str) -> None:
    assert not {f for f in _facts(text) if f[1] == "Keski-Suomen liitto" and f[2] == "funds"}


@needs_voikko
@pytest.mark.parametrize("text", [
    "Uutiset\n\nIkäpolku-hanke (Keski-Suomen liitto, EAKR) alkaa syksyllä.\n",
    "Uutiset\n\nIkäpolku-hanketta rahoittaa Keski-Suomen liitto.\n",
])
def test_funder_in_a_bracket_without_a_role_still_funds(text: str) -> None:
    assert {f for f in _facts(text) if f[1] == "Keski-Suomen liitto" and f[2] == "funds"}


_ITEM = _HEAD + "§ 47 {title}\n\nEhdotus\n{proposal}\nPäätös\n{decision}\n"


@needs_voikko
@pytest.mark.parametrize(("title", "proposal", "decision"), [
    ("Seniorit-hankkeen tilannekatsaus", "Kaupunginhallitus merkitsee tiedoksi katsauksen.", "Merkittiin tiedoksi."),
    ("Seniorit-hanke", "Kaupunginhallitus hyväksyy hankkeen.", "Asia jätettiin pöydälle."),
    ("Seniorit-hanke", "Kaupunginhallitus hyväksyy hankkeen.", "Asia palautettiin valmisteluun."),
    ("Tilannekatsaus", "Kaupunginhallitus merkitsee tiedoksi Seniorit-hankkeen katsauksen.", "Merkittiin tiedoksi."),
])
def test_item_only_noted_tabled_or_returned_decides_nothing(title: str, proposal: str, decision: str) -> None:
    facts = _facts(_ITEM.format(title=title, proposal=proposal, decision=decision), kind="minutes")
    assert not {f for f in facts if f[2] == "decides"}


@needs_voikko
def test_approved_item_decides_its_project() -> None:
    text = _ITEM.format(title="Seniorit-hanke", proposal="Kaupunginhallitus hyväksyy hankkeen.",
                        decision="Hyväksyttiin.")
    assert ("decides:minutes-item", "Kuopion kaupunginhallitus", "decides", "Seniorit") in _facts(text, "minutes")


_ATTENDANCE = ("Kuhmon kaupunki\nKaupunginhallitus\nPöytäkirja 4/2011\n\nAika 12.3.2011 klo 16.00\n"
               "Läsnä Kinnunen Anneli puheenjohtaja Nikulainen Kari jäsen Valtanen Eila kaupunginjohtaja "
               "Juntunen Juhana hallintojohtaja Härkönen Kerttu Luontopalvelut, puistonjohtaja klo :n 61 aikana "
               "Haiko Markku konsultti asia 4 "
               "Iivanainen Antti kehitysjohtaja, läsnä 89 Virtanen Pekka talousjohtaja läsnä 18:00-19:30 "
               "Laine Liisa controller, §§ 61-65 POISSA Rauhala Maarit jäsen\n\n§ 61 Kokouksen laillisuus\n")


@needs_voikko
def test_guest_heard_on_one_item_holds_no_post_in_the_meeting() -> None:
    posted = {f[1] for f in _facts(_ATTENDANCE, kind="minutes") if f[2] == "holdsPost"}
    assert not posted & {"Kerttu Härkönen", "Markku Haiko", "Antti Iivanainen"}
    # present by the clock or for a run of items: the town's own officials
    assert {"Eila Valtanen", "Pekka Virtanen", "Liisa Laine"} <= posted


@needs_voikko
def test_title_between_two_listed_names_is_the_previous_persons() -> None:
    text = _ATTENDANCE.replace("Juntunen Juhana hallintojohtaja ", "")
    assert "Kerttu Härkönen" not in {f[1] for f in _facts(text, kind="minutes") if f[2] == "holdsPost"}


@needs_voikko
def test_town_someone_comes_from_is_no_area_of_the_leader_group() -> None:
    text = ("Uutiset\n\nJatkorahan sai Viljami Laitilan 4H-yritys Reisjärveltä Keskipiste-Leader ry:ltä.\n\n"
            "Keskipiste-Leader ry jakaa tukea Pyhännän hankkeille.\n")
    areas = {f[3] for f in _facts(text) if f[2] == "coversArea"}
    assert "Reisjärvi" not in areas and "Pyhäntä" in areas


@needs_voikko
def test_thanked_for_cooperation_joins_nothing() -> None:
    text = ("Ikäpolku-hanke\n\nIkäpolku-hanke kiittää Pohjois-Savon liittoa, Kuopion kaupunkia ja Siilinjärven kuntaa "
            "hyvästä yhteistyöstä.\n")
    assert not {f for f in _facts(text) if f[2] == "participatesIn"}


@needs_voikko
def test_named_as_taking_part_on_a_project_page_joins() -> None:
    text = "Ikäpolku-hanke\n\nIkäpolku-hanke alkoi keväällä.\n\nMukana ovat Kuopion kaupunki ja Siilinjärven kunta.\n"
    assert {f[1] for f in _facts(text) if f[2] == "participatesIn"} >= {"Kuopio", "Siilinjärvi"}


@needs_voikko
@pytest.mark.parametrize("text", [
    "Uutiset\n\nHanke toteutti Manner-Suomen maaseudun kehittämisohjelmaa, ja sitä rahoitti Leader-ryhmä Varsin Hyvä "
    "ry.\n",
    "Uutiset\n\nYkkösakseli ry:n hallitus myönsi 100 000 euroa Leader-tukea kylien kehittämiseen.\n",
])
def test_association_funds_no_programme(text: str) -> None:
    ex = extract_document(record(text))
    assert not [f for f in ex.facts if f.predicate == "funds" and ex.entities[f.object].type == "Programme"]


@needs_voikko
def test_ministry_funds_a_programme() -> None:
    text = "Uutiset\n\nSosiaali- ja terveysministeriö rahoittaa Tulevaisuuden sote-keskus -ohjelmaa.\n"
    ex = extract_document(record(text))
    assert [f for f in ex.facts if f.predicate == "funds" and ex.entities[f.object].type == "Programme"]


_SHARE = (_HEAD + "§ 47 Kehittyvät yhdistykset -hanke\n\nEhdotus\nHankkeesta saatava avustus on 90 % kustannusarviosta "
          "(alatoimenpiteen kustannusarvio 5 000 € - 40 000 € eli avustuksen osuus {sums}).\nPäätös\nHyväksyttiin.\n")


@needs_voikko
def test_ends_of_a_range_are_nobodys_share() -> None:
    assert not {f for f in _facts(_SHARE.format(sums="4 500 – 36 000 euroa"), "minutes") if f[2] == "contributes"}
    assert {f for f in _facts(_SHARE.format(sums="36 000 euroa"), "minutes") if f[2] == "contributes"}


@needs_voikko
def test_party_a_project_is_between_is_no_funder() -> None:
    text = ("Nyheter\n\nMålmedvetenhet på hemmaplan\n\nIdag beslutade Strukturfondspartnerskapet att ge stöd från "
            "Europeiska socialfonden (ESF) till ett samverkansprojekt mellan Hylte kommun, Laholms kommun och "
            "Arbetsförmedlingen.\n\nProjektet Målmedvetenhet på hemmaplan ska stödja unga. Målmedvetenhet på hemmaplan "
            "startar i höst.\n")
    facts = _facts(text)
    assert not {f for f in facts if f[1] == "Arbetsförmedlingen" and f[2] == "funds"}
    assert {f for f in facts if f[1] == "Euroopan sosiaalirahasto" and f[2] == "funds"}


@needs_voikko
def test_proposed_that_others_join_states_no_joining() -> None:
    text = ("Uutiset\n\nKuntayhtymän hallitus esittää Savonlinnan kaupungille, että Sulkava ja Rantasalmi osallistuvat "
            "Kotona-hankkeeseen.\n\nKuopio osallistuu Kotona-hankkeeseen.\n")
    assert {f[1] for f in _facts(text) if f[2] == "participatesIn"} == {"Kuopio"}


@needs_voikko
def test_decided_that_the_town_joins_stays() -> None:
    text = "Uutiset\n\nKaupunginhallitus päätti, että Sulkava osallistuu Kotona-hankkeeseen.\n"
    assert "Sulkava" in {f[1] for f in _facts(text) if f[2] == "participatesIn"}
