"""A programme as the agent of 'rahoittama' funds the project the participle heads (issue 12, round 3)."""

from __future__ import annotations

import pytest
from helpers import fact_rows, has_fact


@pytest.mark.parametrize("text", [
    "Selvitys tehtiin osana Interreg Central Baltic 2014-2020 -ohjelman rahoittamaa Rantapolku-hanketta.",
    "Interreg Central Baltic 2014-2020 -ohjelman rahoittamassa Rantapolku-hankkeessa kartoitettiin reittejä.",
])
def test_programme_in_the_genitive_funds_the_named_project(gaz, text: str) -> None:
    rows = fact_rows(gaz, text)
    assert any(p == "funds" and "programme/" in s and "rantapolku" in o for s, p, o, _a, _r in rows)


def test_projects_in_general_are_not_funded_by_name(gaz) -> None:
    rows = fact_rows(gaz, "Interreg Central Baltic 2014-2020 -ohjelman rahoittamat hankkeet kokoontuivat Turussa.")
    assert not any(p == "funds" for _s, p, _o, _a, _r in rows)


def test_fund_agent_still_read_by_the_fund_rule(gaz) -> None:
    rows = fact_rows(gaz, "Työ on osa Euroopan sosiaalirahaston rahoittamaa Rantapolku-hanketta.")
    assert has_fact(rows, "programme/esr", "funds", "rantapolku")
    assert not any(r == "funds:programme-agent" for *_x, r in rows)
