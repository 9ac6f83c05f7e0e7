"""An annual report's owner coordinates the projects it tells of as its own (report_owner_projects.py)."""

from __future__ import annotations

from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.report_owner_projects import PAGE_RULE, RULE

_HEAD = ("TOIMINTAKERTOMUS 2019\n\nKeski-Karjalan Muisti ry\n\nKauppakatu 4\n\n"
         "Keski-Karjalan Muisti ry on vuonna 1990 perustettu muistisairaiden ja heidän läheistensä yhdistys.\n\n")


def _owned(text: str, kind: str = "news", rule: str = RULE) -> set[tuple[str, str]]:
    out = extract_document(record(text, kind=kind), gazetteer=reference_gazetteer())
    return {(f.subject.removeprefix(ID), f.object.removeprefix(ID)) for f in out.facts if f.rule == rule}


def test_contents_list_projects() -> None:
    text = _HEAD + ("SISÄLTÖ: 1. Yleistä 2. Hallinto 3. Toiminta 3.1 Muistiluotsi o Muistipolku-hanke "
                    "o Kotikaveri-hanke 3.2 Vertaistuki 4. Talous\n\n"
                    "Muistipolku-hankkeessa järjestettiin kahdeksan ryhmää. Kotikaveri-hanke jatkui koko vuoden.\n")
    got = {o for _, o in _owned(text)}
    assert len(got) == 2, got


def test_one_cell_a_line_contents() -> None:
    """The same contents flattened one cell a line, bullets lost, order swapped: the layout, not the wording."""
    text = _HEAD + ("SISÄLTÖ\n\n4. Talous\n\n3.1 Kotikaveri-hanke\n\n3.2 Muistipolku-hanke\n\n1. Yleistä\n\n"
                    "Kotikaveri-hanke jatkui koko vuoden. Muistipolku-hankkeessa järjestettiin kahdeksan ryhmää.\n")
    assert len(_owned(text)) == 2


def test_joined_project_is_someone_elses() -> None:
    text = _HEAD + ("Osallistuimme Muistiliiton Muistipolku-hankkeeseen kumppanina. "
                    "Yhdistys oli mukana Kotikaveri-hankkeessa.\n")
    assert not _owned(text)


def test_no_report_title() -> None:
    text = ("Uutiset\n\nKeski-Karjalan Muisti ry\n\n"
            "Keski-Karjalan Muisti ry kertoi Muistipolku-hankkeesta seminaarissa.\n")
    assert not _owned(text)


def test_minutes_quoting_a_report() -> None:
    text = ("Toimintakertomus 2019 hyväksyttiin.\n\nKeski-Karjalan Muisti ry esitteli Muistipolku-hanketta.\n")
    assert not _owned(text, kind="minutes")


def test_funder_named_first_is_no_owner() -> None:
    """A report whose opening names a funding agency first: agencies are no owners, the association is."""
    text = ("Vuosikertomus 2020\n\nSTEA:n tukema Keski-Karjalan Muisti ry\n\n"
            "Muistipolku-hanke jatkui. Muistipolku-hankkeessa järjestettiin ryhmiä.\n")
    got = _owned(text)
    assert all(not s.startswith("agency/") for s, _ in got)


_PAGE = ("Hankkeet\n\nJärvilinnan Vanhustyön säätiö\nKoivukatu 3\n00100 Esimerkkilä\n\n"
         "Kotona kuntoon -hanke\n\nKotona kuntoon -hanke tukee ikäihmisten kotona asumista.\n\n"
         "Lukupiiri-hanke\n\nLukupiiri-hankkeessa kokoonnutaan viikoittain.\n")


def test_projects_page_owner_runs_its_projects() -> None:
    """A page titled "Hankkeet" over the projects' sections: the one organisation it names runs each of them."""
    got = _owned(_PAGE, rule=PAGE_RULE)
    assert len(got) == 2 and len({s for s, _ in got}) == 1, got


def test_a_sentence_ending_in_hankkeet_is_no_projects_page_title() -> None:
    text = _PAGE.replace("Hankkeet\n", "Säätiö esittelee tässä hankkeet\n", 1)
    assert not _owned(text, rule=PAGE_RULE)
    # the owner's genitive or a plural attribute before the word is still the page's title
    assert _owned(_PAGE.replace("Hankkeet\n", "Päättyneet hankkeet\n", 1), rule=PAGE_RULE)


def test_a_projects_page_owner_guessed_a_funder_runs_its_project_instead() -> None:
    """A foundation is a funder kind: the document-wide guess made the page's owner fund its topic project; the
    page's layout says the owner runs it."""
    text = _PAGE.replace("tukee ikäihmisten kotona asumista.", "tukee ikäihmisten kotona asumista. Rahoitus on "
                         "kolmivuotinen.")
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    owner = {f.subject for f in out.facts if f.rule == PAGE_RULE}
    assert len(owner) == 1
    assert not any(f.predicate == "funds" and f.subject in owner for f in out.facts)
    assert len([f for f in out.facts if f.rule == PAGE_RULE]) == 2


def test_partner_worked_with_owns_nothing() -> None:
    """A college named first only as the partner worked with ("X:n kanssa toteutettava") is not the report's owner."""
    text = ("Toimintakertomus 2031\n\n"
            "Laurean ammattikorkeakoulun kanssa toteutettava Lanka-projekti käynnistettiin loppuvuodesta. "
            "Kotikadun Kaiku ry:n hallitus kokoontui kuusi kertaa.\n\n"
            "Kotikadun Kaiku ry järjesti myös Kylätalo-hankkeen kanssa kolme tapahtumaa.\n")
    got = _owned(text)
    assert got and all("kaiku" in owner for owner, _ in got), got
