"""Funding and running read from fresh news pages (session 35 output audit a38): a headline total on a page that
lists several projects, a fund's kind word as the agent of a participle of funding, and counted projects.

The sentences are written for these tests; organisations are real ones of the reference data, projects invented.
"""

from __future__ import annotations

from helpers import labelled_facts, labelled_grants, needs_voikko_for

needs_voikko = needs_voikko_for("cases and lemmas come from Voikko")


@needs_voikko
def test_a_headline_total_goes_to_no_project_of_a_page_that_names_several_equally() -> None:
    text = ("Työsuojelurahasto myönsi 5,2 miljoonaa euroa työelämän tutkimiseen vuonna 2021.\n\n"
            "Tampereen yliopiston Vuorotyö ja uni -tutkimushankkeelle myönnettiin 150 000 euroa. "
            "Tampereen yliopiston Etätyön arki -tutkimushankkeelle myönnettiin 120 000 euroa.")
    grants = labelled_grants(text)
    assert not any(amount is not None and amount == 5200000 for _f, _r, amount in grants)


@needs_voikko
def test_a_funds_kind_word_before_the_participle_is_the_funder_not_the_coordinator() -> None:
    text = ("Hämeen ammattikorkeakoulu koordinoi kehitysrahaston rahoittamista hankkeista kahta, jotka ovat "
            "Vesiviisas Häme -hanke sekä Metsäpolku -hanke.")
    facts = labelled_facts(text)
    assert not any(p == "funds" and s == "Hämeen ammattikorkeakoulu" for s, p, _o in facts)


@needs_voikko
def test_counted_projects_are_no_programme_in_focus_for_a_role_or_a_verb_of_running() -> None:
    text = ("Hankkeita rahoitetaan Kestävää kasvua ja työtä 2014–2020 -ohjelmasta. "
            "Maakunnan yhteistyöryhmä hyväksyi 12 hanketta, joista seitsemän päätoteuttaja on Hämeen "
            "ammattikorkeakoulu.")
    facts = labelled_facts(text)
    assert not any(p == "coordinates" and s == "Hämeen ammattikorkeakoulu" for s, p, _o in facts)
