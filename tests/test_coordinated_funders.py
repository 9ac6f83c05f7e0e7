"""Every funder of a list, once a rule read one of them: extract/coordinated_funders.py (issue 12)."""

from __future__ import annotations

from tests.helpers import extract, needs_voikko

RULE = "funds:coordinated-funders"
PAGE = ("Kotona kylässä -hanke\n\nKotona kylässä -hanke kehittää ikäihmisten kotona asumista Pohjois-Savossa "
        "vuosina 2023–2025. Hanketta hallinnoi Pohjois-Savon Kylät ry.\n\n{funding}\n")


def _funders(text: str) -> dict[str, str]:
    """Funder label -> the rule that states its funds fact to the page's project."""
    ex = extract(text, "news")
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {label[f.subject]: f.rule for f in ex.facts if f.predicate == "funds"
            and label.get(f.object) == "Kotona kylässä"}


@needs_voikko
def test_the_other_members_of_a_list_of_funders_fund_too() -> None:
    found = _funders(PAGE.format(funding="Hanke on saanut rahoitusta seuraavilta tahoilta: sosiaali- ja "
                                         "terveysministeriö, Kuopion kaupunki ja Pohjois-Savon Osuuspankki."))
    assert found.get("Kuopio") == RULE
    assert found.get("Pohjois-Savon Osuuspankki") == RULE
    assert "sosiaali- ja terveysministeriö" in {k.lower() for k in found}  # the one the sentence rules read


@needs_voikko
def test_a_name_past_a_verb_is_no_member_of_the_list() -> None:
    # the town runs the project: it stands after another verb, not in the list of funders
    found = _funders(PAGE.format(funding="Hanketta rahoittaa sosiaali- ja terveysministeriö ja sitä toteuttaa "
                                         "Kuopion kaupunki."))
    assert found.get("Kuopio") != RULE  # (another rule may read it; this one adds nothing)


@needs_voikko
def test_lines_under_a_funders_heading_fund_the_page_s_project() -> None:
    found = _funders(PAGE.format(funding="Hankkeen rahoittajat\n\nSosiaali- ja terveysministeriö\n\n"
                                         "Kuopion kaupunki\n\nSiilinjärven kunta"))
    assert found.get("Kuopio") == RULE
    assert found.get("Siilinjärvi") == RULE


@needs_voikko
def test_a_list_no_rule_read_as_funding_gives_nothing() -> None:
    found = _funders(PAGE.format(funding="Yhteistyössä ovat mukana Kuopion kaupunki, Siilinjärven kunta ja "
                                         "Pohjois-Savon Osuuspankki."))
    assert not any(rule == RULE for rule in found.values())


SV_PAGE = ("Kulturella mötesplatser\n\nProjektet Kulturella mötesplatser kartlägger kulturlivet på landsbygden "
           "under åren 2023–2025.\n\n{funding}\n")


def _sv_funders(text: str) -> dict[str, str]:
    ex = extract(text, "news")
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {label[f.subject]: f.rule for f in ex.facts if f.predicate == "funds"
            and label.get(f.object) == "Kulturella mötesplatser"}


@needs_voikko
def test_swedish_regional_councils_in_a_list_of_funders_fund_too() -> None:
    found = _sv_funders(SV_PAGE.format(funding="Projektet finansieras med stöd från Kulturrådet, Region Uppsala "
                                               "samt Region Gävleborg."))
    assert found.get("Region Uppsala") == RULE
    assert found.get("Region Gävleborg") == RULE


@needs_voikko
def test_areas_beside_a_funder_are_no_funders() -> None:
    found = _funders(PAGE.format(funding="Hanketta rahoittaa sosiaali- ja terveysministeriö, Pohjois-Savo ja "
                                         "Kainuu."))
    assert found.get("Pohjois-Savo") != RULE and found.get("Kainuu") != RULE


@needs_voikko
def test_the_runner_named_in_the_list_of_funders_funds_too() -> None:
    # the association runs the project (coordinates, from the page) and is listed among its funders
    found = _funders(PAGE.format(funding="Hanke on saanut rahoitusta seuraavilta tahoilta: sosiaali- ja "
                                         "terveysministeriö, Pohjois-Savon Kylät ry ja Kuopion kaupunki."))
    assert found.get("Pohjois-Savon Kylät ry") == RULE
