"""Parameters as users give them: NAME=VALUE strings, checked against what a saved query takes."""

from __future__ import annotations

import pytest

from welfare_kg.queries import load_query
from welfare_kg.queries.params import ParamError, check_params, parse_params, resolve_iri_params


def test_parse_pairs() -> None:
    assert parse_params(["municipality=Ranua", "?year=2021", "$x=a=b"]) == {
        "municipality": "Ranua", "year": "2021", "x": "a=b"}
    for bad in ("municipality", "=Ranua", "?=x"):
        with pytest.raises(ParamError, match="not NAME=VALUE"):
            parse_params([bad])


def test_unknown_parameter_of_a_saved_query_is_refused() -> None:
    saved = load_query("municipality_projects")
    check_params(saved, {"municipality": "Ranua"})
    with pytest.raises(ParamError, match="not a parameter of municipality_projects"):
        check_params(saved, {"municipalty": "Ranua"})
    check_params(None, {"anything": "goes"})  # text queries declare nothing


def test_a_required_parameter_left_out_is_named() -> None:
    """`query entity` without --param ran with ?entity unbound and printed the whole graph (41,000 lines)."""
    with pytest.raises(ParamError, match=r"entity needs --param entity=.*<IRI>"):
        check_params(load_query("entity"), {})
    check_params(load_query("entity"), {"entity": "Ranua"})
    check_params(load_query("project_network"), {})  # "without it, all projects"
    check_params(load_query("evidence"), {})  # optional


def test_iri_parameter_without_a_store_needs_an_iri() -> None:
    saved = load_query("entity")
    assert resolve_iri_params(saved, {"entity": "https://w3id.org/welfare-kg/id/municipality/683"}, None) == {
        "entity": "<https://w3id.org/welfare-kg/id/municipality/683>"}
    with pytest.raises(ParamError, match="needs an entity IRI"):
        resolve_iri_params(saved, {"entity": "Ranua"}, None)
