"""A new user's usual mistakes get one line naming the thing and the problem, a non-zero exit, no traceback.

Found by walking through the README from an installed wheel: a query file saved as Latin-1,
an output path that cannot be written, `check` pointed at a folder that is not a store.
"""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from welfare_kg.cli import main

DOCS = Path(__file__).resolve().parent.parent / "examples" / "documents"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("mistakes")
    docs = root / "docs"
    docs.mkdir()
    shutil.copy(sorted(DOCS.glob("*.txt"))[0], docs)
    result = CliRunner().invoke(main, ["ingest", str(docs), "--store", str(root / "kg"), "-q"])
    assert result.exit_code == 0, result.output
    return root / "kg"


def _one_error_line(result, *names: str) -> str:  # type: ignore[no-untyped-def]
    lines = [line for line in result.output.splitlines() if line]
    assert result.exit_code not in (0, None), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    for name in names:
        assert name in lines[0], lines[0]
    return lines[0]


def test_a_query_file_not_in_utf8_is_named(tmp_path: Path, store: Path) -> None:
    q = tmp_path / "latin1.rq"
    q.write_bytes('SELECT ?s WHERE { ?s ?p "Hämeenlinna" } LIMIT 1\n'.encode("latin-1"))
    line = _one_error_line(CliRunner().invoke(main, ["query", str(q), "--store", str(store)]), str(q))
    assert "UTF-8" in line


def test_a_map_query_file_not_in_utf8_is_named(tmp_path: Path, store: Path) -> None:
    q = tmp_path / "latin1.rq"
    q.write_bytes('SELECT ?source ?predicate ?target WHERE { ?source ?predicate "ä" }\n'.encode("latin-1"))
    result = CliRunner().invoke(main, ["map", "--store", str(store), "--query", str(q), "-o", str(tmp_path / "m.html")])
    assert "UTF-8" in _one_error_line(result, str(q))


@pytest.mark.parametrize("fmt", ["turtle", "nquads"])
def test_export_to_an_unwritable_path_names_it(tmp_path: Path, store: Path, fmt: str) -> None:
    (tmp_path / "afile").write_text("not a folder", encoding="utf-8")
    out = tmp_path / "afile" / "graph.out"  # a folder that cannot be made: its name is taken by a file
    result = CliRunner().invoke(main, ["export", "--store", str(store), "--format", fmt, "-o", str(out)])
    _one_error_line(result, "afile")


@pytest.mark.parametrize("command", [
    ["map", "-o", "{out}"],
    ["analyse", "--csv", "{out}"],
    ["analyse", "--graphml", "{out}"],
])
def test_other_outputs_to_an_unwritable_path_name_it(tmp_path: Path, store: Path, command: list[str]) -> None:
    (tmp_path / "afile").write_text("not a folder", encoding="utf-8")
    out = str(tmp_path / "afile" / "out")
    args = [out if a == "{out}" else a for a in command] + ["--store", str(store)]
    result = CliRunner().invoke(main, args)
    lines = [line for line in result.output.splitlines() if line.startswith("Error: ")]
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert len(lines) == 1 and "afile" in lines[0], result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)


@pytest.mark.parametrize("command", [["demo", "--out"], ["generate", "--docs", "1", "--out"]])
def test_an_output_folder_that_cannot_be_made_is_named(tmp_path: Path, command: list[str]) -> None:
    (tmp_path / "afile").write_text("not a folder", encoding="utf-8")
    result = CliRunner().invoke(main, [*command, str(tmp_path / "afile" / "sub")])
    _one_error_line(result, "afile")


def test_check_does_not_turn_an_ordinary_folder_into_a_store(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "notes.txt").write_text("x", encoding="utf-8")
    line = _one_error_line(CliRunner().invoke(main, ["check", "--store", str(folder)]), str(folder))
    assert "not a store" in line
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]  # nothing of RocksDB's left behind


def test_read_commands_do_not_promise_to_create_the_store() -> None:
    runner = CliRunner(env={"COLUMNS": "200"})
    for name in ("query", "stats", "export", "map", "check", "explain", "analyse", "validate", "push"):
        text = runner.invoke(main, [name, "--help"]).output
        assert "created if missing" not in text, name
    assert "created if missing" in runner.invoke(main, ["ingest", "--help"]).output


@pytest.mark.parametrize(("command", "option"), [
    ("export", "--format"), ("export", "--output"), ("map", "--output"), ("map", "--title"),
    ("serve", "--port"), ("ingest", "--jobs"), ("map", "--view"),
])
def test_options_say_what_they_do_and_their_default(command: str, option: str) -> None:
    cmd = main.commands[command]
    opt = next(p for p in cmd.params if option in getattr(p, "opts", []))
    assert opt.help, f"{command} {option} has no help text"
    if not opt.required and not opt.is_flag:
        with click.Context(cmd) as ctx:
            record = opt.get_help_record(ctx)
        assert record is not None and "default" in record[1], record


def _serve_on_a_taken_port(store: Path) -> str:
    """`serve` on a port another socket listens on: its one error line."""
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--store", str(store), "--port", str(port), "--workers", "1"])
    return _one_error_line(result, f"127.0.0.1:{port}")


def test_serve_on_a_port_already_taken_says_so(store: Path) -> None:
    assert "in use" in _serve_on_a_taken_port(store)


def test_serve_on_a_port_already_taken_starts_no_worker(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The address is bound before the query workers start: a taken port costs no process and no second."""
    import welfare_kg.serve.http as http

    started: list[object] = []

    def recording_pool(*args: object, **kwargs: object) -> object:
        started.append(args)
        raise AssertionError("a worker pool was started for a port that is taken")

    monkeypatch.setattr(http, "WorkerPool", recording_pool)
    assert "in use" in _serve_on_a_taken_port(store) and started == []


def test_explain_takes_an_iri_in_angle_brackets_as_it_prints_it(store: Path) -> None:
    first = CliRunner().invoke(main, ["query", "-e", "SELECT ?e WHERE { ?e a wkg:Municipality ; skos:prefLabel ?l }"
                                      " LIMIT 1", "--store", str(store), "--format", "csv"])
    iri = first.output.splitlines()[1].strip()
    bare = CliRunner().invoke(main, ["explain", iri, "--store", str(store)])
    bracketed = CliRunner().invoke(main, ["explain", f"<{iri}>", "--store", str(store)])
    assert bare.exit_code == 0, bare.output
    assert bracketed.exit_code == 0, bracketed.output
    assert bracketed.output == bare.output and f"<{iri}>" in bare.output.splitlines()[0]


def test_ctrl_c_during_ingest_says_what_is_kept_and_leaves_a_whole_store(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import welfare_kg.ingest as ingest_module

    real = ingest_module.ingest

    def interrupted_after_the_first_group(paths, store, **kwargs):  # type: ignore[no-untyped-def]
        real([sorted(DOCS.glob("*.txt"))[0]], store, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(ingest_module, "ingest", interrupted_after_the_first_group)
    kg = tmp_path / "kg"
    result = CliRunner().invoke(main, ["ingest", str(DOCS), "--store", str(kg), "-q"])
    lines = [line for line in result.output.splitlines() if line]
    assert result.exit_code == 130, result.output
    assert len(lines) == 1 and lines[0].startswith("interrupted: ") and str(kg) in lines[0], result.output
    monkeypatch.undo()
    del result  # its exception's traceback holds the fake's frame, and so the store's write handle
    gc.collect()
    check = CliRunner().invoke(main, ["check", "--store", str(kg)])
    assert check.exit_code == 0 and "1 documents" in check.output, check.output


def test_a_query_file_with_another_suffix_runs(tmp_path: Path, store: Path) -> None:
    q = tmp_path / "count.sparql"
    q.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["query", str(q), "--store", str(store), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "n" and int(result.output.splitlines()[1]) > 0


def test_a_query_name_and_execute_text_together_are_refused(store: Path) -> None:
    result = CliRunner().invoke(main, ["query", "funding", "-e", "SELECT (1 AS ?x) {}", "--store", str(store)])
    assert result.exit_code == 2 and "not both" in result.output, result.output


@pytest.mark.parametrize("args", [
    ["facts", "-p", "year=2021"],  # a saved query that takes no parameters
    ["-e", "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1", "-p", "year=2021"],
])
def test_a_parameter_that_binds_nothing_is_refused(store: Path, args: list[str]) -> None:
    result = CliRunner().invoke(main, ["query", *args, "--store", str(store)])
    assert result.exit_code == 2, result.output
    assert "year: no such variable" in result.output, result.output


def test_a_parameter_of_a_variable_in_the_text_still_binds(store: Path) -> None:
    result = CliRunner().invoke(main, ["query", "-e", "SELECT ?x WHERE { BIND(1 AS ?y) }", "-p", "x=7",
                                       "--store", str(store), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.split() == ["x", "7"]


def test_a_map_period_given_backwards_is_refused(tmp_path: Path, store: Path) -> None:
    out = tmp_path / "m.html"
    result = CliRunner().invoke(main, ["map", "--store", str(store), "-o", str(out),
                                       "--from", "2022-01-01", "--to", "2021-01-01"])
    line = _one_error_line(result, "2022-01-01", "2021-01-01")
    assert "--from" in line and not out.exists()


def test_explain_an_iri_the_store_does_not_have_is_an_error(store: Path) -> None:
    iri = "https://w3id.org/welfare-kg/id/municipality/99999"
    line = _one_error_line(CliRunner().invoke(main, ["explain", iri, "--store", str(store)]), iri)
    assert "no such entity" in line


@pytest.mark.parametrize("fmt", ["turtle", "ntriples"])
def test_export_to_a_pipe_closed_early_ends_quietly(store: Path, fmt: str) -> None:
    import shlex
    import subprocess
    import sys

    cmd = [sys.executable, "-m", "welfare_kg.cli", "export", "--store", str(store), "--format", fmt,
           "-o", "/dev/stdout"]
    proc = subprocess.run(f"{shlex.join(cmd)} | head -c 10 >/dev/null; exit ${{PIPESTATUS[0]}}", shell=True,
                          executable="/bin/bash", capture_output=True, text=True, timeout=120)
    assert proc.stderr == "", proc.stderr  # `head` had what it wanted: no error, no traceback
    assert proc.returncode == 1


@pytest.mark.parametrize("url", ["notaurl", "ftp://example.org/query", "http:///query"])
def test_an_endpoint_that_is_no_url_is_named(url: str) -> None:
    line = _one_error_line(CliRunner().invoke(main, ["query", "funding", "--endpoint", url]), url)
    assert "not an endpoint URL" in line


def test_a_negative_timeout_is_refused() -> None:
    result = CliRunner().invoke(main, ["query", "funding", "--endpoint", "http://127.0.0.1:9/query",
                                       "--timeout", "-1"])
    assert result.exit_code == 2 and "--timeout" in result.output, result.output


def test_serve_on_a_folder_that_is_no_store_says_so(tmp_path: Path) -> None:
    line = _one_error_line(CliRunner().invoke(main, ["serve", "--store", str(tmp_path), "--port", "0"]), str(tmp_path))
    assert "not a store" in line


def test_ingest_of_a_folder_holding_the_store_leaves_the_store_out(tmp_path: Path) -> None:
    shutil.copy(sorted(DOCS.glob("*.txt"))[0], tmp_path)
    kg = tmp_path / "kg-store"
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(tmp_path), "--store", str(kg), "-q"])
    again = runner.invoke(main, ["ingest", str(tmp_path), "--store", str(kg), "-q"])
    assert first.exit_code == 0, first.output
    assert "1 ingested, 0 unchanged, 0 replaced, 0 failed" in first.output, first.output
    assert again.exit_code == 0 and "0 ingested, 1 unchanged, 0 replaced, 0 failed" in again.output, again.output


def test_a_map_written_into_the_folder_being_ingested_is_no_document(tmp_path: Path) -> None:
    shutil.copy(sorted(DOCS.glob("*.txt"))[0], tmp_path)
    kg = tmp_path / "kg-store"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(tmp_path), "--store", str(kg), "-q"]).exit_code == 0
    assert runner.invoke(main, ["map", "--store", str(kg), "-o", str(tmp_path / "map.html")]).exit_code == 0
    again = runner.invoke(main, ["ingest", str(tmp_path), "--store", str(kg), "-q"])
    assert again.exit_code == 0 and "0 ingested, 1 unchanged, 0 replaced, 0 failed" in again.output, again.output


@pytest.mark.parametrize(("query", "name", "value"), [
    ("funding", "year", "abc"),
    ("funding_totals", "year", "20"),
    ("decisions", "from", "2020-13-01"),
    ("decisions", "to", "31.12.2020"),
])
def test_a_typed_parameter_given_a_value_of_another_form_is_refused(store: Path, query: str, name: str,
                                                                      value: str) -> None:
    """`-p year=abc` bound a string that equals no year: 0 rows and exit 0, as if there were no funding."""
    result = CliRunner().invoke(main, ["query", query, "-p", f"{name}={value}", "--store", str(store)])
    line = _one_error_line(result, f"{name}={value}")
    assert result.exit_code == 2
    assert ("year" if name == "year" else "YYYY-MM-DD") in line


def test_a_typed_parameter_given_a_good_value_still_finds_rows(store: Path) -> None:
    every = CliRunner().invoke(main, ["query", "funding", "--store", str(store), "--format", "csv"])
    assert every.exit_code == 0, every.output
    years = sorted({row.split(",")[5] for row in every.output.splitlines()[1:]} - {""})
    assert years, every.output
    result = CliRunner().invoke(main, ["query", "funding", "-p", f"year={years[0]}", "--store", str(store),
                                       "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = result.output.splitlines()[1:]
    assert rows and all(row.split(",")[5] == years[0] for row in rows), result.output
    dated = CliRunner().invoke(main, ["query", "decisions", "-p", "from=1900-01-01", "-p", "to=2999-12-31",
                                      "--store", str(store), "--format", "csv"])
    undated = CliRunner().invoke(main, ["query", "decisions", "--store", str(store), "--format", "csv"])
    assert dated.exit_code == 0, dated.output
    with_date = [row for row in undated.output.splitlines()[1:] if row.split(",")[2]]
    assert len(dated.output.splitlines()) - 1 == len(with_date), dated.output


def test_queries_lists_the_parameter_types() -> None:
    result = CliRunner().invoke(main, ["queries"])
    line = next(x for x in result.output.splitlines() if x.startswith("funding "))
    assert "year (year)" in line
