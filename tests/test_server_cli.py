"""The read-only side of the command line: `query` refuses what cannot work, names resolve, a held lock is named."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from welfare_kg.cli import main
from welfare_kg.graph.store import KGStore, StoreError


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_turtle_on_select_says_what_turtle_is_for(query_store_dir: Path) -> None:
    code, out = run("query", "-e", "SELECT ?d WHERE { ?d a wkg:Document }", "--format", "turtle",
                    "--store", str(query_store_dir))
    assert code != 0
    assert "turtle is for CONSTRUCT/DESCRIBE results; use csv, tsv, json, table for SELECT" in out
    code, out = run("query", "--help")
    assert "CONSTRUCT/DESCRIBE: turtle" in " ".join(out.split())


def test_construct_in_turtle_still_works(query_store_dir: Path) -> None:
    code, out = run("query", "-e", "CONSTRUCT { ?d a wkg:Document } WHERE { ?d a wkg:Document }",
                    "--format", "turtle", "--store", str(query_store_dir))
    assert code == 0 and "ontology#Document>" in out


def test_update_through_query_is_read_only(query_store_dir: Path) -> None:
    code, out = run("query", "-e", "DROP ALL", "--store", str(query_store_dir))
    assert code != 0
    assert "`welfare-kg query` is read-only: SPARQL Update is not accepted" in out
    assert "expected" not in out  # not the parser's "expected CONSTRUCT"
    code, out = run("query", "-e", "ASK { ?d a wkg:Document }", "--store", str(query_store_dir))
    assert out.strip() == "true"


def test_entity_query_accepts_a_name(query_store_dir: Path) -> None:
    code, by_name = run("query", "entity", "--param", "entity=Ranua", "--format", "turtle",
                        "--store", str(query_store_dir))
    assert code == 0, by_name
    assert "municipality/683" in by_name and "Ranua" in by_name
    iri = "https://w3id.org/welfare-kg/id/municipality/683"
    code, by_iri = run("query", "entity", "--param", f"entity=<{iri}>", "--format", "turtle",
                       "--store", str(query_store_dir))
    assert code == 0 and by_iri == by_name
    code, bare = run("query", "entity", "--param", f"entity={iri}", "--format", "turtle",
                     "--store", str(query_store_dir))
    assert code == 0 and bare == by_name


def test_entity_query_with_an_unknown_name_fails(query_store_dir: Path) -> None:
    code, out = run("query", "entity", "--param", "entity=Ei-ole-olemassa", "--store", str(query_store_dir))
    assert code != 0
    assert "needs an entity IRI or a known name" in out


def test_a_second_writer_is_told_which_process_writes(tmp_path: Path) -> None:
    store = tmp_path / "kg"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from welfare_kg.graph.store import KGStore; "
         "s = KGStore(sys.argv[1]); print('open', flush=True); time.sleep(60)", str(store)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        t0 = time.monotonic()
        with pytest.raises(StoreError) as exc:
            KGStore(store)
        message = str(exc.value)
        assert time.monotonic() - t0 < 5
        assert "another process is writing this store" in message
        assert f"pid {holder.pid}" in message
        assert "Resource temporarily unavailable" not in message
        # readers are not refused
        assert len(KGStore(store, read_only=True)) == 0
        code, out = run("stats", "--store", str(store))
        assert code == 0 and "documents: 0" in out
    finally:
        holder.kill()
        holder.wait()
    # the writer is gone: its stale note does not stop the next one
    assert len(KGStore(store)) == 0


def test_reader_on_a_missing_store_creates_nothing(tmp_path: Path) -> None:
    code, out = run("stats", "--store", str(tmp_path / "nothing"))
    assert code != 0 and "no store here" in out
    assert not (tmp_path / "nothing").exists()
