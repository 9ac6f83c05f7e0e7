"""Negatives of the thirteenth session's layout and construction rules (board_runs, colon_place_lists,
congratulated_receivers, bracketed_funders and the others probed with them): the rule's trigger shape stands in the
text but the relation does not hold. Texts written for these tests; each asserts that the rule states no wrong fact,
and a positive beside it that the guard leaves the rule's own case alone."""

from __future__ import annotations

import pytest

from tests.helpers import needs_voikko, record
from welfare_kg.extract.document import extract_document


def _facts(text: str, kind: str = "news") -> set[tuple[str, str, str, str]]:
    ex = extract_document(record(text, kind=kind))
    return {(f.rule, ex.entities[f.subject].label, f.predicate, ex.entities[f.object].label) for f in ex.facts
            if f.subject in ex.entities and f.object in ex.entities}


def _by(rule: str, text: str, kind: str = "news") -> set[tuple[str, str, str, str]]:
    return {f for f in _facts(text, kind) if f[0] == rule}


@needs_voikko
@pytest.mark.parametrize("text", [
    # a town's board constituting, on an association's page: not the association's board
    "Kuopion Muistiyhdistys ry\n\nYhdistyksen toimintaa tukee moni. Kuopion kaupungin hallitus järjestäytyi "
    "seuraavasti: Anna Kivi, puheenjohtaja Matti Laine, varapuheenjohtaja Pekka Virtanen, Liisa Mäkinen.",
    # thanks to people, no constituting
    "Kuopion Muistiyhdistys ry\n\nYhdistyksen hallitus kiittää seuraavia: Anna Kivi, Matti Laine, Pekka Virtanen "
    "ja Liisa Mäkinen lahjoituksista.",
])
def test_board_run_of_another_body_or_no_board_list(text: str) -> None:
    assert not _by("holdsPost:board-run", text)


@needs_voikko
def test_board_run_of_the_pages_association_stays() -> None:
    text = ("Kuopion Muistiyhdistys ry\n\nYhdistyksen hallitus järjestäytyi seuraavasti: Anna Kivi, puheenjohtaja "
            "Matti Laine, varapuheenjohtaja Pekka Virtanen, Liisa Mäkinen.")
    assert ("holdsPost:board-run", "Liisa Mäkinen", "holdsPost", "Kuopion Muistiyhdistys ry") in _facts(text)


@needs_voikko
@pytest.mark.parametrize("text", [
    "Seniorit-hanke\n\nHankkeesta kiinnostuneita oli myös muiden kuntien alueella, joissa hanke ei toimi:\n"
    "Iisalmi\nVarkaus\n",
    "Seniorit-hanke\n\nHanke ei toimi seuraavien kuntien alueella:\n• Iisalmi\n• Varkaus\n",
    "Projektet Seniorer\n\nProjektet verkar inte i följande kommuner:\n- Närpes\n- Kaskö\n",
])
def test_colon_place_list_under_a_negated_lead(text: str) -> None:
    assert not _by("coversArea:colon-place-list", text)


@needs_voikko
def test_colon_place_list_stays() -> None:
    text = "Seniorit-hanke\n\nHanke toteutetaan seuraavien kuntien alueella:\n• Kuopio\n• Siilinjärvi\n"
    assert ("coversArea:colon-place-list", "Seniorit", "coversArea", "Kuopio") in _facts(text)


@needs_voikko
@pytest.mark.parametrize("text", [
    # the grant's own giver is named in the congratulation: not the page's agency
    "Järjestöuutiset\n\nSTEA myönsi avustuksia. Onnittelemme myös Mielenterveysseura ry:tä saamastaan "
    "avustuksesta, jonka myönsi Kuopion kaupunki.",
    "Nyheter\n\nSvenska kulturfonden delade ut priser. Vi vill gratulera Folkhälsan och Marthaförbundet till det "
    "nya stödet från kommunen.",
    # a prize, not a grant
    "Järjestöuutiset\n\nOnnittelemme Kuopion Setlementtiä saamastaan tunnustuspalkinnosta. Sosiaali- ja "
    "terveysministeriö kiitti järjestöjä.",
])
def test_congratulation_on_another_givers_grant_or_a_prize(text: str) -> None:
    assert not _by("funds:congratulated-receivers", text)


@needs_voikko
@pytest.mark.parametrize("text", [
    "Järjestöuutiset\n\nSTEA myönsi avustuksia. Onnittelemme Mielenterveysseura ry:tä saamastaan avustuksesta.",
    "Järjestöuutiset\n\nSTEA myönsi avustuksia. Onnittelemme Mielenterveysseura ry:tä saamastaan avustuksesta, "
    "jonka myönsi STEA.",
])
def test_congratulation_on_the_pages_grant_stays(text: str) -> None:
    assert {f[1] for f in _by("funds:congratulated-receivers", text)} == {
        "Sosiaali- ja terveysjärjestöjen avustuskeskus"}


@needs_voikko
@pytest.mark.parametrize("text", [
    "Uutiset\n\nArjen tuki -hanke (kumppanina Etelä-Savon ELY-keskus, ESR) jatkuu vuoteen 2025.",
    "Uutiset\n\nIkäpolku-hanke (toteuttaja Keski-Suomen liitto, EAKR) jatkuu vuoteen 2025.",
])
def test_bracket_naming_a_partner_is_no_funder(text: str) -> None:
    assert not _by("funds:bracketed-funder", text)


@needs_voikko
@pytest.mark.parametrize("text", [
    # a receiving participle of a prize, a negated receiving clause
    "Tiedote\n\nOpetus- ja kulttuuriministeriö myönsi avustuksia. Kuopion Setlementti ry:n saama palkinto ja "
    "Mielenterveysseura ry:n saama tunnustus julkistettiin.",
    "Tiedote\n\nSosiaali- ja terveysministeriö kertoo. Avustuksia eivät saaneet Kuopion Setlementti ry ja "
    "Mielenterveysseura ry.",
    "Tiedote\n\nOpetus- ja kulttuuriministeriö myönsi avustuksia. Palkinnon saivat Kuopion Setlementti ry ja "
    "Mielenterveysseura ry.",
])
def test_received_grant_shapes_without_a_grant(text: str) -> None:
    assert not {f for f in _facts(text) if f[0].startswith("funds:received")}


@needs_voikko
@pytest.mark.parametrize("text", [
    # rows of a whole then towns that list visits and courses, not members
    "Kainuun sote\n\nVierailut 2023: Kajaani, Kuhmo ja Sotkamo\nKoulutukset: Kuopio, Iisalmi ja Varkaus\n",
    # a table under a member column whose other columns are events
    "Kuntayhtymä\n\nJäsenkunta | Tapahtuma | Päivä\nKuopio | Messut | 12.5.\nSiilinjärvi | Seminaari | 13.5.\n",
    # parties that form a working group, not an area
    "Sopimus\n\nSopijakunnat: Kuopio, Siilinjärvi ja Tuusniemi.\nKunnat muodostavat yhdessä Pohjois-Savon "
    "hyvinvointialueen kanssa työryhmän. Kuopion seudun työllisyysalue on naapurialue.",
])
def test_member_shapes_of_other_lists_give_no_membership(text: str) -> None:
    assert not {f for f in _facts(text) if f[2] == "partOf" and f[1] in {"Kuopio", "Siilinjärvi", "Tuusniemi",
                                                                        "Kajaani", "Kuhmo", "Sotkamo"}}


@needs_voikko
@pytest.mark.parametrize("text", [
    # the sum comes from another giver, named in the ablative: neither it nor its receiver is the opening's
    "Opetus- ja kulttuuriministeriö myönsi avustuksia järjestöille\n\nKuopion Setlementti ry:n Kuopion "
    "kaupungilta saama 150 000 euron avustus käytetään nuorisotyöhön.",
    "Opetus- ja kulttuuriministeriö myönsi avustuksia järjestöille\n\nMielenterveysseura ry sai 20 000 euroa "
    "Kuopion kaupungilta.",
])
def test_opening_granter_not_for_a_sum_from_another_giver(text: str) -> None:
    assert not {f for f in _facts(text) if f[2] == "funds" and f[1] == "opetus- ja kulttuuriministeriö"}


@needs_voikko
def test_previous_sentences_organisation_written_with_another_person() -> None:
    text = ("Pohjois-Savon hyvinvointialue\nAluehallitus\nPöytäkirja 12.3.2024\n\n§ 45 Selvitys\n\n"
            "Selvityksen teki konsultti Matti Laine (Sitowise Oy). Asiaa esitteli hallintojohtaja Pekka Virtanen.\n\n"
            "Päätös\nMerkittiin tiedoksi.\n")
    facts = _facts(text, kind="minutes")
    assert not {f for f in facts if f[1] == "Pekka Virtanen" and f[3] == "Sitowise Oy"}
    assert ("holdsPost:post-title", "Matti Laine", "holdsPost", "Sitowise Oy") in facts


@needs_voikko
@pytest.mark.parametrize("text", [
    "Uutiset\n\nKuopion seutu -lehti kertoi hankkeesta. Seniorit-hanke toimii Kuopiossa.",
    "Uutiset\n\nArtikkeli julkaistiin Turun seutu -lehdessä. Seniorit-hanke toimii Turussa.",
    "Uutiset\n\nLähde: Salon seutu-lehti 12.3.2024",
])
def test_seutu_before_a_hyphened_head_is_a_newspaper(text: str) -> None:
    ex = extract_document(record(text))
    assert not [e for e in ex.entities.values() for m in e.mentions if m.rule == "cooperationarea-seutu"]


@needs_voikko
@pytest.mark.parametrize("text", [
    "Uutiset\n\nSuomen Kulttuurirahaston Seniorit-hanke jatkuu vuoteen 2025. Hanke toimii Kuopiossa.",
])
def test_a_grant_funds_genitive_is_no_owner(text: str) -> None:
    assert not _by("coordinates:org-owner-genitive", text)


@needs_voikko
def test_an_associations_genitive_owner_stays() -> None:
    text = "Uutiset\n\nKuopion Setlementti ry:n Seniorit-hanke jatkuu vuoteen 2025."
    assert ("coordinates:org-owner-genitive", "Kuopion Setlementti ry", "coordinates", "Seniorit") in _facts(text)


@needs_voikko
@pytest.mark.parametrize("text", [
    "Esityslista\n\n1. Kuntayhtymä Ehdotus\n2. Kuntayhtymä Talousarvio\n",
    "Samkommunen Beslut\n",
    "• Kuntayhtymä Yhtymähallitus\n",
])
def test_head_first_line_of_a_records_word_is_no_authority(text: str) -> None:
    ex = extract_document(record(text))
    assert not [e for e in ex.entities.values() for m in e.mentions if m.rule == "jointauthority-head-first"]


_MINUTES = ("Kuopion kaupunki\nKaupunginhallitus\nPöytäkirja 12.3.2024\n\n§ 47 {title}\n\n"
            "Kaupunginhallitus 12.3.2024 § 47\nEhdotus\n{proposal}\nPäätös\nHyväksyttiin.\n")


@needs_voikko
@pytest.mark.parametrize(("title", "proposal"), [
    ("Lausunto Seniorit-hankkeesta", "Kaupunginhallitus antaa lausunnon."),
    ("Seniorit-hankkeen rahoitushakemus", "Kaupunginhallitus hylkää hakemuksen."),
])
def test_approved_statement_or_rejection_is_no_joining(title: str, proposal: str) -> None:
    facts = _facts(_MINUTES.format(title=title, proposal=proposal), kind="minutes")
    assert not _by("participatesIn:approved-item", _MINUTES.format(title=title, proposal=proposal), "minutes")
    assert ("decides:minutes-item", "Kuopion kaupunginhallitus", "decides", "Seniorit") in facts


@needs_voikko
def test_approved_joining_stays() -> None:
    text = _MINUTES.format(title="Seniorit-hankkeeseen osallistuminen",
                           proposal="Kaupunginhallitus päättää osallistua hankkeeseen.")
    assert ("Kuopio", "participatesIn", "Seniorit") in {f[1:] for f in _facts(text, "minutes")}
