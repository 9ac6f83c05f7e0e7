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


def test_typed_parameters_are_checked_and_bind_as_their_type() -> None:
    from welfare_kg.queries.binding import XSD, param_term
    from welfare_kg.queries.params import PARAM_TYPES

    assert load_query("funding").types == {"year": "year"}
    assert load_query("decisions").types == {"from": "date", "to": "date"}
    check_params(load_query("funding"), {"year": "2021"})
    check_params(load_query("decisions"), {"from": "2020-02-29", "to": "2020-12-31"})
    for bad in ("abc", "21", "2021.0", " 2021", "<https://example.org/2021>"):
        with pytest.raises(ParamError, match=r"year=.*not a year"):
            check_params(load_query("funding"), {"year": bad})
    with pytest.raises(ParamError, match="from=2021-02-29: not a date"):  # 2021 is no leap year
        check_params(load_query("decisions"), {"from": "2021-02-29"})
    datatype = {"year": "integer", "integer": "integer", "date": "date"}
    for kind, (_pattern, expected) in PARAM_TYPES.items():  # what passes the check binds as a typed literal
        example = expected.rsplit("e.g. ", 1)[1]
        assert param_term(example).datatype.value == XSD + datatype[kind], kind


def test_a_declared_type_the_loader_does_not_know_is_named(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from welfare_kg.queries import QueryError

    q = tmp_path / "q.rq"
    q.write_text("# Q?\n# param: n (number) - a count\nSELECT ?n WHERE { }\n", encoding="utf-8")
    with pytest.raises(QueryError, match=r"n has an unknown type \(number\)"):
        check_params(load_query(str(q)), {"n": "3"})
