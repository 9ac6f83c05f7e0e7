"""A funders' section whose list follows a lead paragraph or a line of thanks: extract/funder_sections.py."""

from __future__ import annotations

from tests.helpers import extract, needs_voikko

RULE = "funds:funder-section"
PAGE = ("Kotona kylässä -hanke\n\nKotona kylässä -hanke kehittää ikäihmisten kotona asumista Pohjois-Savossa "
        "vuosina 2023–2025. Hanketta hallinnoi Pohjois-Savon Kylät ry.\n\n{funding}\n")
SV_PAGE = ("Kulturella mötesplatser\n\nProjektet Kulturella mötesplatser kartlägger kulturlivet på landsbygden "
           "under åren 2023–2025.\n\n{funding}\n")


def _funders(text: str, project: str = "Kotona kylässä") -> dict[str, str]:
    """Funder label -> the rule that states its funds fact to the page's project."""
    ex = extract(text, "news")
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {label[f.subject]: f.rule for f in ex.facts if f.predicate == "funds"
            and label.get(f.object) == project}


def _by_rule(found: dict[str, str]) -> set[str]:
    return {k for k, rule in found.items() if rule == RULE}


@needs_voikko
def test_a_list_after_the_section_s_lead_paragraph_funds_the_project() -> None:
    found = _funders(PAGE.format(funding="Rahoittajat\n\nHanketta tukevat useat paikalliset tahot, joita "
                                         "kiitämme lämpimästi kuluneesta vuodesta.\n\nKuopion kaupunki\n\n"
                                         "Siilinjärven kunta\n\nPohjois-Savon Osuuspankki"))
    assert {"Kuopio", "Siilinjärvi", "Pohjois-Savon Osuuspankki"} <= _by_rule(found)


@needs_voikko
def test_bullets_and_a_colon_lead_read_the_same() -> None:
    found = _funders(PAGE.format(funding="Rahoitus\n\nHankkeen kokonaisbudjetti on kolme vuotta varten laadittu "
                                         "ja hyväksytty.\nHanketta ovat rahoittaneet:\n  • Kuopion kaupunki\n"
                                         "  • Siilinjärven kunta\n  • Pohjois-Savon Osuuspankki"))
    assert {"Kuopio", "Siilinjärvi", "Pohjois-Savon Osuuspankki"} <= set(found)


@needs_voikko
def test_a_swedish_thanks_list_with_regional_councils() -> None:
    found = _funders(SV_PAGE.format(funding="Bidragsgivare\n\nProjektet har fått stöd av flera aktörer under "
                                            "åren. Nedan listas alla som har stöttat arbetet.\n\nTack till\n\n"
                                            "Region Västmanland\n\nRegion Uppsala\n\nTierps kommun"),
                     "Kulturella mötesplatser")
    assert {"Region Västmanland", "Region Uppsala", "Tierps kommun"} <= _by_rule(found)


@needs_voikko
def test_money_only_sought_gives_nothing() -> None:
    found = _funders(PAGE.format(funding="Rahoitus\n\nHanke hakee jatkorahoitusta seuraavilta tahoilta:\n\n"
                                         "Kuopion kaupunki\n\nSiilinjärven kunta\n\nPohjois-Savon Osuuspankki"))
    assert not _by_rule(found)


@needs_voikko
def test_a_new_heading_ends_the_section() -> None:
    # the implementers' list under its own heading is not the funders' list
    found = _funders(PAGE.format(funding="Rahoittajat\n\nHanketta rahoittaa sosiaali- ja terveysministeriö "
                                         "vuosina 2023–2025 kokonaan.\n\nToteuttajat\n\nKuopion kaupunki\n\n"
                                         "Siilinjärven kunta"))
    assert not _by_rule(found)


@needs_voikko
def test_contacts_after_the_list_are_not_funders() -> None:
    found = _funders(PAGE.format(funding="Rahoittajat\n\nKiitos tukijoillemme!\n\nKuopion kaupunki\n\n"
                                         "Siilinjärven kunta\n\nYhteystiedot\n\nProjektipäällikkö Maija Mäkinen\n\n"
                                         "Pohjois-Savon Osuuspankki, Kuopion konttori"))
    assert {"Kuopio", "Siilinjärvi"} <= _by_rule(found)
    assert "Pohjois-Savon Osuuspankki" not in _by_rule(found)


@needs_voikko
def test_a_bare_region_line_is_an_area_not_a_giver() -> None:
    found = _funders(PAGE.format(funding="Rahoittajat\n\nHanketta tukevat useat paikalliset tahot, joita "
                                         "kiitämme lämpimästi.\n\nKuopion kaupunki\n\nPohjois-Savo\n\n"
                                         "Siilinjärven kunta"))
    assert "Pohjois-Savo" not in found


@needs_voikko
def test_two_rows_of_unknown_givers_do_not_end_the_list() -> None:
    # the recogniser knows neither "Bralunda Kiviset" nor "Hepokorp"; the known rows after them are still funders
    found = _funders(SV_PAGE.format(funding="Bidragsgivare\n\nProjektet har fått stöd av flera aktörer under "
                                            "åren. Nedan listas alla som har stöttat arbetet.\n\nTack till\n\n"
                                            "Tierps kommun\n\nBralunda Kiviset, riksorganisationen\n\n"
                                            "Hepokorp för stöd till distrikten\n\nRegion Uppsala\n\n"
                                            "Östhammars kommun"),
                     "Kulturella mötesplatser")
    assert {"Tierps kommun", "Region Uppsala", "Östhammars kommun"} <= _by_rule(found)


@needs_voikko
def test_another_section_s_heading_still_ends_the_list() -> None:
    found = _funders(PAGE.format(funding="Rahoittajat\n\nKiitos tukijoillemme!\n\nKuopion kaupunki\n\n"
                                         "Siilinjärven kunta\n\nHankkeen toteuttajat\n\nHepokorp Oy\n\n"
                                         "Pohjois-Savon Osuuspankki"))
    assert {"Kuopio", "Siilinjärvi"} <= _by_rule(found)
    assert "Pohjois-Savon Osuuspankki" not in _by_rule(found)
