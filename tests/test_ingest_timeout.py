"""`--doc-timeout`: one pathological document fails with a clear error and the batch goes on."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import welfare_kg.extract.document as extract_module
from welfare_kg.cli import main
from welfare_kg.graph.store import KGStore
from welfare_kg.ingest import ingest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "documents"


@pytest.fixture
def docs_with_a_slow_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for f in sorted(EXAMPLES.iterdir())[:2]:
        shutil.copy(f, docs / f.name)
    (docs / "slow.txt").write_text("Ranuan kunta osallistuu hankkeeseen.\n", encoding="utf-8")
    real = extract_module.extract_document

    def extract(record, **kw):  # a document whose extraction never ends, as a hostile one could
        if record.source.name == "slow.txt":
            while True:
                pass
        return real(record, **kw)

    monkeypatch.setattr(extract_module, "extract_document", extract)
    return docs


def test_a_document_over_its_budget_fails_and_the_rest_goes_in(docs_with_a_slow_one: Path, tmp_path: Path) -> None:
    store = KGStore(tmp_path / "kg")
    report = ingest([docs_with_a_slow_one], store, doc_timeout=1.0)
    assert len(report.ingested) == 2
    assert len(report.failed) == 1 and "slow.txt: gave up after 1 s" in report.failed[0]
    assert len(list(store.documents())) == 2  # nothing half-written of the slow one


def test_cli_reports_the_timeout_on_one_line(docs_with_a_slow_one: Path, tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["ingest", str(docs_with_a_slow_one), "--store", str(tmp_path / "kg"), "-q",
                                    "--doc-timeout", "1"])
    assert res.exit_code == 1
    errors = [line for line in res.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "slow.txt" in errors[0] and "--doc-timeout" in errors[0]
    assert "2 ingested" in res.output


def test_the_cli_default_budget_is_the_library_default() -> None:
    """The CLI imports ingest lazily, so its default is written twice; a change to one must change the other."""
    from welfare_kg.ingest import DEFAULT_DOC_TIMEOUT

    option = next(p for p in main.commands["ingest"].params if p.name == "doc_timeout")
    assert option.default == DEFAULT_DOC_TIMEOUT
    # a sound document at the 25 MB size limit (linear extraction, ~35,000 characters per CPU-second) fits the budget
    assert DEFAULT_DOC_TIMEOUT * 35_000 >= 25_000_000
