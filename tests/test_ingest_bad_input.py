"""Bad input never stops a batch: one line per bad file, the rest ingested, a non-zero exit, whole documents only."""

from __future__ import annotations

import contextlib
import ctypes
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.test_loaders import MINUTES_LINES, encrypted_pdf, make_pdf
from welfare_kg.cli import main
from welfare_kg.graph.store import KGStore
from welfare_kg.ingest import ingest
from welfare_kg.loaders import LoadError, load_document

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
FI_MINUTES = FIXTURES / "poytakirja_perusturvalautakunta_3_pykalaa.txt"
SV_MINUTES = FIXTURES / "protokoll_socialnamnden_3_paragrafer.txt"
NEWS = FIXTURES / "uutinen_osaamiskeskus_valikot.txt"
SUMMARY = re.compile(r"^(\d+) ingested, (\d+) unchanged, (\d+) replaced, (\d+) failed$", re.MULTILINE)
DOC_GRAPH = "https://w3id.org/welfare-kg/graph/document/"

NO_MAIN_TEXT_HTML = b"""<!DOCTYPE html><html><head><title>Etusivu</title></head><body>
<nav><ul><li><a href="/">Etusivu</a></li><li><a href="/haku">Haku</a></li></ul></nav>
<footer>&copy; 2021 Kunta</footer></body></html>"""


def ingest_cli(*args: str) -> tuple[int, list[str], str]:
    """Run `welfare-kg ingest` in-process: (exit code, error lines, summary line)."""
    result = CliRunner().invoke(main, ["ingest", *args, "-q"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    lines = result.output.splitlines()
    summary = [ln for ln in lines if SUMMARY.match(ln)]
    assert len(summary) == 1, result.output
    assert lines[-1] == summary[0]  # quiet, and not a terminal: no progress output, the summary comes last
    assert all(ln.startswith(("error:", "warning:")) for ln in lines[:-1]), result.output
    return result.exit_code, [ln for ln in lines if ln.startswith("error:")], summary[0]


def ingest_warnings(*args: str) -> list[str]:
    result = CliRunner().invoke(main, ["ingest", *args, "-q"])
    return [ln for ln in result.output.splitlines() if ln.startswith("warning:")]


def counts(summary: str) -> tuple[int, int, int, int]:
    m = SUMMARY.match(summary)
    assert m, summary
    return tuple(int(x) for x in m.groups())  # type: ignore[return-value]


def document_graphs(store: KGStore) -> dict[str, int]:
    """Number of wkg:Document nodes in each document graph of the store."""
    q = f"""SELECT ?g (COUNT(DISTINCT ?d) AS ?n) WHERE {{
              GRAPH ?g {{ OPTIONAL {{ ?d a wkg:Document }} ?s ?p ?o }}
              FILTER(STRSTARTS(STR(?g), "{DOC_GRAPH}")) }} GROUP BY ?g"""
    return {r["g"].value: int(r["n"].value) for r in store.query(q)}


@pytest.fixture
def bad_batch(tmp_path: Path) -> Path:
    """A folder of good documents with every kind of bad one mixed in."""
    docs = tmp_path / "docs"
    (docs / "alikansio").mkdir(parents=True)
    shutil.copy(FI_MINUTES, docs / "Pöytäkirja Sosiaali- ja terveyslautakunta 16.3.2021 (ä ö å).txt")
    shutil.copy(SV_MINUTES, docs / "alikansio" / "protokoll.txt")
    shutil.copy(SV_MINUTES, docs / "alikansio" / "samma protokoll, kopia.txt")  # same bytes, another name
    shutil.copy(FIXTURES / "nyhet_kompetenscentret.html", docs / "nyhet.html")
    (docs / "pöytäkirja.pdf").write_bytes(make_pdf(MINUTES_LINES))
    (docs / "empty.txt").write_bytes(b"")
    (docs / "whitespace.md").write_bytes(b"  \n\t\n")
    (docs / "random.txt").write_bytes(os.urandom(4096))
    (docs / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + os.urandom(2000))
    pdf = make_pdf(MINUTES_LINES)
    (docs / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    (docs / "locked.pdf").write_bytes(encrypted_pdf(pdf))
    (docs / "menu-only.html").write_bytes(NO_MAIN_TEXT_HTML)
    (docs / "big.txt").write_text("Hankkeen rahoitus jatkuu vuonna 2022. " * 1000, encoding="utf-8")  # 38 kB
    (docs / "dangling.txt").symlink_to(docs / "does-not-exist.txt")
    os.mkfifo(docs / "pipe.txt")  # reading a FIFO would block the batch forever
    return docs


EXPECTED_ERRORS = {
    "empty.txt": "empty file",
    "whitespace.md": "empty file",
    "random.txt": "binary data",
    "truncated.pdf": "not a readable PDF (truncated or damaged",
    "locked.pdf": "password-protected PDF",
    "menu-only.html": "HTML page has no main text",
    "big.txt": "over the 20.0 kB limit (raise it with --max-size)",
    "dangling.txt": "broken symbolic link",
    "pipe.txt": "not a regular file (FIFO)",
    "missing-folder": "no such file or directory",
}


@pytest.mark.parametrize("jobs", [[], ["--jobs", "2"]], ids=["serial", "parallel"])
def test_bad_files_one_line_each_rest_ingested(bad_batch: Path, tmp_path: Path, jobs: list[str]) -> None:
    store_dir = tmp_path / "kg"
    expected = dict(EXPECTED_ERRORS)
    if jobs:  # the FIFO case of the parallel path is test_parallel_ingest_does_not_block_on_fifo
        (bad_batch / "pipe.txt").unlink()
        del expected["pipe.txt"]
    code, errors, summary = ingest_cli(str(bad_batch), str(tmp_path / "missing-folder"), "--store",
                                       str(store_dir), "--max-size", "0.02", *jobs)
    assert code == 1
    assert len(errors) == len(expected), "\n".join(errors)
    for name, reason in expected.items():
        hits = [e for e in errors if f"{name}: " in e]
        assert len(hits) == 1, (name, errors)
        assert reason in hits[0], (name, hits[0])
    assert counts(summary) == (4, 1, 0, len(expected))
    warnings = ingest_warnings(str(bad_batch), "--store", str(store_dir), "--max-size", "0.02", *jobs)
    assert warnings == [f"warning: {bad_batch}: skipped 1 file of unsupported type (.jpg 1); supported: .txt .text "
                        ".md .markdown .html .htm .xhtml .pdf .docx (--as-text reads any file as plain text)"]
    store = KGStore(store_dir)
    names = {r["n"].value for r in store.query("SELECT ?n WHERE { ?d a wkg:Document ; wkg:fileName ?n }")}
    assert names == {"Pöytäkirja Sosiaali- ja terveyslautakunta 16.3.2021 (ä ö å).txt", "protokoll.txt",
                     "nyhet.html", "pöytäkirja.pdf"}
    sources = {r["s"].value for r in store.query("SELECT ?s WHERE { ?d a wkg:Document ; dcterms:source ?s }")}
    assert str((bad_batch / "Pöytäkirja Sosiaali- ja terveyslautakunta 16.3.2021 (ä ö å).txt").resolve()) in sources
    assert set(document_graphs(store).values()) == {1}


@pytest.mark.timeout(20)
def test_parallel_ingest_does_not_block_on_fifo(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(FI_MINUTES, docs / "a.txt")
    os.mkfifo(docs / "pipe.txt")
    code, errors, summary = ingest_cli(str(docs), "--store", str(tmp_path / "kg"), "--jobs", "2")
    assert code == 1 and counts(summary) == (1, 0, 0, 1)
    assert len(errors) == 1 and "pipe.txt: not a regular file (FIFO)" in errors[0]


def test_strict_stops_at_first_failure(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(FI_MINUTES, docs / "a.txt")
    (docs / "b.txt").write_bytes(b"")
    shutil.copy(SV_MINUTES, docs / "c.txt")
    code, errors, summary = ingest_cli(str(docs), "--store", str(tmp_path / "kg"), "--strict")
    assert code == 1 and len(errors) == 1 and "b.txt: empty file" in errors[0]
    assert counts(summary) == (1, 0, 0, 1)  # c.txt was never reached
    assert [d.source for d in KGStore(tmp_path / "kg").documents()] == [str((docs / "a.txt").resolve())]


def test_summary_line_counts_each_outcome(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(FI_MINUTES, docs / "a.txt")
    shutil.copy(NEWS, docs / "b.txt")
    store = ["--store", str(tmp_path / "kg")]
    assert ingest_cli(str(docs), *store)[::2] == (0, "2 ingested, 0 unchanged, 0 replaced, 0 failed")
    assert ingest_cli(str(docs), *store)[::2] == (0, "0 ingested, 2 unchanged, 0 replaced, 0 failed")
    (docs / "b.txt").write_text(NEWS.read_text(encoding="utf-8") + "\nLisäys.\n", encoding="utf-8")
    shutil.copy(SV_MINUTES, docs / "c.txt")
    (docs / "d.txt").write_bytes(b"")
    code, errors, summary = ingest_cli(str(docs), *store)
    assert (code, summary) == (1, "1 ingested, 1 unchanged, 1 replaced, 1 failed")
    assert errors == [f"error: {docs / 'd.txt'}: empty file"]


def test_same_document_under_two_names_is_one_document(tmp_path: Path) -> None:
    shutil.copy(FI_MINUTES, tmp_path / "pöytäkirja.txt")
    shutil.copy(FI_MINUTES, tmp_path / "kopio pöytäkirjasta.txt")
    store = KGStore(tmp_path / "kg")
    report = ingest([tmp_path / "pöytäkirja.txt", tmp_path / "kopio pöytäkirjasta.txt"], store)
    assert (len(report.ingested), len(report.unchanged)) == (1, 1)
    assert len(list(store.documents())) == 1
    decisions = list(store.query("SELECT ?d WHERE { ?d a wkg:Decision }"))
    assert len(decisions) == 3


def test_changed_version_replaces_old_graph(tmp_path: Path) -> None:
    doc = tmp_path / "pöytäkirja.txt"
    shutil.copy(FI_MINUTES, doc)
    store = KGStore(tmp_path / "kg")
    ingest([doc], store)
    old = [d.graph for d in store.documents()]
    text = FI_MINUTES.read_text(encoding="utf-8")
    doc.write_text(text.replace("PudDno-2021-118", "PudDno-2021-999")
                   .replace("Asia jätettiin pöydälle seuraavaan kokoukseen.", "Hyväksyttiin."), encoding="utf-8")
    report = ingest([doc], store)
    assert report.replaced == [str(doc)] and report.ok
    [new] = store.documents()
    assert new.graph != old[0] and old[0] not in store.named_graphs()
    rns = {r["rn"].value for r in store.query("SELECT ?rn WHERE { ?d wkg:recordNumber ?rn }")}
    assert "PudDno-2021-999" in rns and "PudDno-2021-118" not in rns
    outcomes = {r["s"].value: r["o"].value for r in store.query(
        "SELECT ?s ?o WHERE { ?d wkg:section ?s ; wkg:outcome ?o }")}
    assert outcomes == {"23": "approved-unanimously", "24": "approved-amended", "25": "approved"}
    assert list(document_graphs(store).values()) == [1]


def test_real_50_mb_file_is_refused_without_reading(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:  # sparse: instant, no 50 MB written
        fh.truncate(50 * 1024 * 1024)
    start = time.monotonic()
    with pytest.raises(LoadError, match=r"huge.txt: file is 52.4 MB, over the 25.0 MB limit"):
        load_document(big)
    assert time.monotonic() - start < 1
    code, errors, _ = ingest_cli(str(big), "--store", str(tmp_path / "kg"))
    assert code == 1 and len(errors) == 1 and "over the 25.0 MB limit" in errors[0]
    res = CliRunner().invoke(main, ["ingest", str(big), "--store", str(tmp_path / "kg"), "--max-size", "0"])
    assert res.exit_code == 2 and "--max-size" in res.output


def _drop_file_read_override() -> None:
    """In the child, before exec: drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from the bounding set,
    so that even root gets EACCES on a mode-000 file (root ignores file modes otherwise)."""
    libc = ctypes.CDLL(None, use_errno=True)
    pr_capbset_drop = 24
    for cap in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(pr_capbset_drop, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def _can_drop_capabilities() -> bool:
    probe = subprocess.run([sys.executable, "-c", "pass"], preexec_fn=_drop_file_read_override,
                           capture_output=True, check=False)
    return probe.returncode == 0


def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(FI_MINUTES, docs / "readable.txt")
    secret = docs / "secret.txt"
    shutil.copy(SV_MINUTES, secret)
    secret.chmod(0)
    if os.geteuid() != 0:
        run = dict(preexec_fn=None)
    elif sys.platform.startswith("linux") and _can_drop_capabilities():
        run = dict(preexec_fn=_drop_file_read_override)  # root without the capability to ignore modes
    else:
        pytest.skip("running as root without a way to drop CAP_DAC_OVERRIDE: a mode-000 file stays readable")
    store_dir = tmp_path / "kg"
    proc = subprocess.run([sys.executable, "-m", "welfare_kg.cli", "ingest", str(docs), "--store", str(store_dir),
                           "-q"], capture_output=True, text=True, timeout=120, check=False, **run)
    assert proc.returncode == 1, proc.stderr
    errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("error:")]
    assert errors == [f"error: {secret}: permission denied (cannot read the file)"]
    assert "1 ingested, 0 unchanged, 0 replaced, 1 failed" in proc.stderr


def test_killed_ingest_leaves_only_whole_documents(tmp_path: Path) -> None:
    """kill -9 midway through a batch: the store opens, and every document graph is complete."""
    docs = tmp_path / "docs"
    docs.mkdir()
    text = FI_MINUTES.read_text(encoding="utf-8")
    n = 150
    for i in range(n):
        (docs / f"kopio_{i:04d}.txt").write_text(text + f"\nPöytäkirjan ote nro {i}\n", encoding="utf-8")
    store_dir = tmp_path / "kg"
    proc = subprocess.Popen([sys.executable, "-m", "welfare_kg.cli", "ingest", str(docs), "--store",
                             str(store_dir), "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:  # until a first group of documents is committed
        if (store_dir / "CURRENT").exists():
            with contextlib.suppress(Exception):  # a store being created cannot be opened yet: poll again
                if document_graphs(KGStore(store_dir, read_only=True)):
                    break
        time.sleep(0.2)
    still_running = proc.poll() is None
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert still_running, "the ingest finished before it could be killed: use more copies"

    store = KGStore(store_dir)
    graphs = document_graphs(store)
    assert 0 < len(graphs) < n, len(graphs)
    assert set(graphs.values()) == {1}, "a document graph without exactly one wkg:Document"
    incomplete = list(store.query(f"""SELECT ?g WHERE {{ GRAPH ?g {{ ?d a wkg:Document }}
        FILTER(STRSTARTS(STR(?g), "{DOC_GRAPH}"))
        FILTER NOT EXISTS {{ GRAPH ?g {{ ?d wkg:checksum ?c ; dcterms:source ?s }} }}
        FILTER NOT EXISTS {{ SELECT ?g WHERE {{ GRAPH ?g {{ ?x a wkg:Decision }} }}
                             GROUP BY ?g HAVING (COUNT(?x) = 3) }} }}"""))
    assert not incomplete
    per_graph = {r["g"].value: int(r["n"].value) for r in store.query(f"""
        SELECT ?g (COUNT(?x) AS ?n) WHERE {{ GRAPH ?g {{ ?x a wkg:Decision }}
        FILTER(STRSTARTS(STR(?g), "{DOC_GRAPH}")) }} GROUP BY ?g""")}
    assert per_graph == dict.fromkeys(graphs, 3)  # every stored document has all three of its decisions

    report = ingest([docs], store)  # the batch can simply be run again
    assert report.ok and len(report.unchanged) == len(graphs) and len(report.ingested) == n - len(graphs)
    assert len(document_graphs(store)) == n


# -- types, names, empty and missing paths, worker lifetime (issue 13) ----------------------

def test_missing_path_creates_no_store(tmp_path: Path) -> None:
    store_dir = tmp_path / "kg"
    code, errors, summary = ingest_cli(str(tmp_path / "kirjoitusvirhe"), "--store", str(store_dir))
    assert code == 1 and errors == [f"error: {tmp_path / 'kirjoitusvirhe'}: no such file or directory"]
    assert counts(summary) == (0, 0, 0, 1)
    assert not store_dir.exists()


def test_empty_folder_says_no_documents_found_and_fails(tmp_path: Path) -> None:
    empty, odd = tmp_path / "tyhjä", tmp_path / "outo"
    empty.mkdir()
    odd.mkdir()
    (odd / ".piilo.txt").write_text(FI_MINUTES.read_text(encoding="utf-8"), encoding="utf-8")
    (odd / "taulukko.csv").write_text("kunta;euroa\nRanua;1000\n", encoding="utf-8")
    store_dir = tmp_path / "kg"
    code, errors, summary = ingest_cli(str(empty), "--store", str(store_dir))
    assert (code, errors, counts(summary)) == (1, [f"error: no documents found in {empty}"], (0, 0, 0, 0))
    code, errors, summary = ingest_cli(str(odd), "--store", str(store_dir))
    assert (code, errors) == (1, [f"error: no documents found in {odd}"])
    assert not store_dir.exists()
    shutil.copy(FI_MINUTES, tmp_path / "a.txt")  # one good path among them: ingested, and still exit 1
    code, errors, summary = ingest_cli(str(tmp_path / "a.txt"), str(empty), "--store", str(store_dir))
    assert (code, errors, counts(summary)) == (1, [f"error: no documents found in {empty}"], (1, 0, 0, 0))


def test_named_unsupported_file_is_refused_unless_as_text(tmp_path: Path) -> None:
    data = tmp_path / "rivit.jsonl"
    data.write_text('{"teksti": "Ranuan kunnanhallitus myönsi hankkeelle 5 000 euroa."}\n', encoding="utf-8")
    store_dir = tmp_path / "kg"
    code, errors, summary = ingest_cli(str(data), "--store", str(store_dir))
    assert code == 1 and errors == [f"error: {data}: unsupported type (.jsonl); supported: .txt .text .md "
                                    ".markdown .html .htm .xhtml .pdf .docx (--as-text reads any file as plain text)"]
    assert not store_dir.exists()
    code, errors, summary = ingest_cli(str(data), "--store", str(store_dir), "--as-text")
    assert (code, errors, counts(summary)) == (0, [], (1, 0, 0, 0))


def test_help_lists_supported_types_and_what_extensionless_files_are() -> None:
    from welfare_kg.loaders import SUPPORTED

    out = " ".join(CliRunner().invoke(main, ["ingest", "--help"]).output.split())
    assert f"Supported types: {SUPPORTED}" in out and "--as-text" in out
    assert "without an extension is read by its content" in out


@pytest.mark.parametrize("jobs", [[], ["--jobs", "2"]], ids=["serial", "parallel"])
def test_damaged_utf8_is_read_with_a_warning(tmp_path: Path, jobs: list[str]) -> None:
    text = FI_MINUTES.read_bytes()
    cut = text.index("ä".encode()) + 200
    doc = tmp_path / "pöytäkirja.txt"
    doc.write_bytes(text[:cut] + b"\xe4" + text[cut:])
    result = CliRunner().invoke(main, ["ingest", str(doc), "--store", str(tmp_path / "kg"), "-q", *jobs])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    line_no = text[:cut].count(b"\n") + 1
    assert lines[:-1] == [f"warning: {doc}: invalid UTF-8 at 1 place (first on line {line_no}, byte {cut}) "
                          "replaced with U+FFFD"]
    assert counts(lines[-1]) == (1, 0, 0, 0)
    titles = [r["t"].value for r in KGStore(tmp_path / "kg").query(
        "SELECT ?t WHERE { ?d a wkg:Document ; dcterms:title ?t }")]
    assert titles and all("Ã" not in t for t in titles)


def test_file_names_cannot_forge_output_lines(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    forged = "x.txt\n5 ingested, 0 unchanged, 0 replaced, 0 failed\nerror: \x1b[31mforged"
    (docs / forged).write_bytes(b"")
    (docs / "b\rtaulu.csv").write_text("a;b\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(docs), "--store", str(tmp_path / "kg"), "-q"])
    lines = result.output.splitlines()
    assert len(lines) == 3, result.output  # a warning (the .csv), an error (the empty file), the summary
    assert len([ln for ln in lines if SUMMARY.match(ln)]) == 1 and counts(lines[-1]) == (0, 0, 0, 1)
    escaped = "x.txt\\n5 ingested, 0 unchanged, 0 replaced, 0 failed\\nerror: \\x1b[31mforged"
    assert lines[1] == f"error: {docs}/{escaped}: empty file"
    assert "\x1b" not in result.output and "\r" not in result.output


def test_progress_text_escapes_names() -> None:
    from rich.text import Text

    from welfare_kg.progress import describe

    shown = describe("/docs/a\n[red]b[bold]\x1b[2K.txt", "failed")
    assert Text.from_markup(shown).plain == "failed: a\\n[red]b[bold]\\x1b[2K.txt"


def _descendants(pid: int) -> set[int]:
    """Every process whose chain of parents leads to `pid` (read from /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its reaping is left


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc")
def test_killed_parallel_ingest_leaves_no_orphans(tmp_path: Path) -> None:
    """kill -9 of `ingest --jobs 2`: workers, fork server and resource tracker all exit soon after."""
    docs = tmp_path / "docs"
    docs.mkdir()
    text = FI_MINUTES.read_text(encoding="utf-8")
    for i in range(400):
        (docs / f"kopio_{i:04d}.txt").write_text(text + f"\nPöytäkirjan ote nro {i}\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "welfare_kg.cli", "ingest", str(docs), "--store",
                             str(tmp_path / "kg"), "-q", "--jobs", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    children: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:  # fork server, tracker and two workers
            children = _descendants(proc.pid)
            if len(children) >= 4:
                break
            time.sleep(0.2)
        assert proc.poll() is None and len(children) >= 4, children
        time.sleep(1.0)
        children = _descendants(proc.pid)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(_running(p) for p in children):
            time.sleep(0.2)
        left = sorted(p for p in children if _running(p))
        assert not left, f"orphans still running: {left}"
    finally:
        for p in children:  # clean up after a failure: these are the test's own processes
            if _running(p):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(p, signal.SIGKILL)
