"""Texts that name a funder kind beside a project without anyone funding it: an application (the money only
sought) and an opinion asked of a town about someone's application. No funds fact may be read from them."""

from __future__ import annotations

from tests.helpers import extract, needs_voikko

APPLIES = ("Kotona kylässä -hanke hakee rahoitusta\n\n"
           "Pohjois-Savon Kylät ry on jättänyt hakemuksen Pohjois-Savon ELY-keskukselle. Kotona kylässä -hanke hakee "
           "Euroopan sosiaalirahastosta 250 000 euroa vuosille 2025–2027.\n\n"
           "Hankkeen on tarkoitus parantaa ikäihmisten kotona asumista Kuopion ja Siilinjärven kylissä. Päätös "
           "rahoituksesta odotetaan syksyllä.\n")
OPINION = ("Kaupunginhallitus 12.3.2025 § 45\n\n"
           "Lausunto Pohjois-Savon liitolle Kotona kylässä -hankkeen rahoitushakemuksesta\n\n"
           "Pohjois-Savon liitto on pyytänyt Kuopion kaupungilta lausuntoa Pohjois-Savon Kylät ry:n Kotona kylässä "
           "-hankkeen rahoitushakemuksesta.\n\nPäätös\n\nKaupunginhallitus päätti antaa Pohjois-Savon liitolle "
           "puoltavan lausunnon hankkeesta. Kaupunki ei osallistu hankkeen rahoitukseen.\n")


def _funds(text: str, kind: str = "news") -> set[tuple[str, str]]:
    ex = extract(text, kind)
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label.get(f.subject, f.subject), label.get(f.object, f.object)) for f in ex.facts
            if f.predicate == "funds"}


@needs_voikko
def test_a_fund_only_applied_to_funds_nothing() -> None:
    assert not _funds(APPLIES)


@needs_voikko
def test_a_town_asked_for_its_opinion_funds_nothing() -> None:
    assert not {s for s, _ in _funds(OPINION, "minutes")} & {"Kuopio", "Kuopion kaupunki"}


@needs_voikko
def test_the_same_fund_granting_still_funds() -> None:
    granted = APPLIES.replace("Päätös rahoituksesta odotetaan syksyllä.",
                              "Euroopan sosiaalirahasto myönsi hankkeelle rahoituksen syksyllä.")
    assert any("sosiaalirahasto" in s.lower() or s == "ESR" for s, _ in _funds(granted))


CELLS = ("Kuopion kaupungin avustukset 2025\n\nKuopion kaupunki myönsi avustukset seuraavasti:\n\n"
         "Hakija\nHanke\nMyönnetty\nKuopion Nuorisoseura ry\nNuorten kesä -hanke\n5 000\n"
         "Siilinjärven Kyläyhdistys ry\nKylätalo elää -hanke\n3 000\n\nAvustukset maksetaan toukokuussa.\n")


@needs_voikko
def test_a_table_s_heading_cells_are_no_receivers() -> None:
    receivers = {o.lower() for _, o in _funds(CELLS)}
    assert not receivers & {"hakija", "hanke", "myönnetty"}


@needs_voikko
def test_a_listed_project_s_name_ends_before_its_sum() -> None:
    text = ("Region Västmanland beviljar kulturstöd\n\nRegion Västmanland har beviljat följande projekt:\n\n"
            "Byns röster 40 000 kronor\nKulturbron 25 000 kronor\nBarnens scen 12 000 kronor\n\n"
            "Nästa ansökningsomgång öppnar i mars.\n")
    labels = {e.label for e in extract(text, "news").entities.values() if e.type == "Project"}
    assert {"Byns röster", "Kulturbron"} <= labels, labels
    assert not any("kronor" in label for label in labels), labels


PROJECT_ROWS = ("Kuopion kaupunki myöntää kulttuuriavustuksia\n\n{lead}\n\n{bullet}Kylän äänet 4 000 euroa\n"
                "{bullet}Kulttuurisilta 2 500 euroa\n\nSeuraava haku avautuu maaliskuussa.\n")


@needs_voikko
def test_rows_under_a_lead_naming_projects_are_projects_in_sentence_case() -> None:
    for bullet in ("", "• "):
        text = PROJECT_ROWS.format(lead="Kuopion kaupunki on myöntänyt seuraaville hankkeille avustusta:",
                                   bullet=bullet)
        assert ("Kuopio", "Kylän äänet") in _funds(text), bullet


@needs_voikko
def test_project_rows_under_a_lead_of_applications_are_no_grants() -> None:
    text = PROJECT_ROWS.format(lead="Kuopion kaupungilta ovat hakeneet avustusta seuraavat hankkeet:", bullet="")
    assert not any(o == "Kylän äänet" for _, o in _funds(text))
