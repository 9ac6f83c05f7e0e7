"""Shared fixtures. Other test modules add their own fixtures below."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from welfare_kg.extract.entities import Recogniser
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.graph.store import KGStore
from welfare_kg.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "documents"
REQUIRE_ALL = os.environ.get("WELFARE_KG_REQUIRE_ALL") == "1"


def _children_import_this_package() -> None:
    """Every Python the tests start (`python -c`, `python -m welfare_kg.cli`) imports the welfare_kg this run imports.

    Such a child puts its working directory (`-c`, `-m`) first on its path. Started in a
    checkout run through an import tree (`python3 -P`, PYTHONPATH=CHECKOUT/_pkg), it would
    find the checkout's bare `welfare_kg/` there, whose subpackages (graph, data, extract) are
    not beside it: the editable install's finder then supplies them from the checkout it was
    installed from. A child then mixed two versions, e.g. another checkout's data/reference.ttl,
    whose different version made it rewrite the reference graph (a committed update) before
    the write the test meant to kill. So children get no such path entry (PYTHONSAFEPATH,
    Python 3.11+, as `-P`), and this run's package root (and the checkout, for `tests.*`) on
    PYTHONPATH.
    """
    import welfare_kg

    package_root = os.path.dirname(os.path.dirname(os.path.abspath(welfare_kg.__file__)))  # symlinks kept: _pkg
    inherited = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    os.environ["PYTHONPATH"] = os.pathsep.join(dict.fromkeys([package_root, *inherited, str(ROOT)]))
    os.environ["PYTHONSAFEPATH"] = "1"


_children_import_this_package()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    """Where everything is installed (CI sets WELFARE_KG_REQUIRE_ALL=1), a skipped test is a failure.

    On a developer's machine without Chromium or the oxigraph server the browser and
    server tests skip with the reason; in CI such a skip would hide a broken setup.
    """
    outcome = yield
    report = outcome.get_result()
    if REQUIRE_ALL and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped where every test must run (WELFARE_KG_REQUIRE_ALL=1): {reason}"


@pytest.fixture(scope="session")
def seed_store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store on disk built once from the example documents (read it, don't write it)."""
    path = tmp_path_factory.mktemp("seed") / "kg"
    store = KGStore(path)
    report = ingest([EXAMPLES], store)
    assert report.ok, report.failed
    del store
    return path


@pytest.fixture(scope="module")
def store(seed_store_dir: Path) -> KGStore:
    """The example documents' store opened read-only, one per module that reads it (others define their own)."""
    return KGStore(seed_store_dir, read_only=True)


# -- a real SPARQL server: `oxigraph serve` (PyPI package `oxigraph`) -----------------------------------------



def free_port() -> int:
    """A TCP port that nothing listens on right now (the OS picks it)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OxigraphServer:
    """`oxigraph serve` on a free port with its data in a temp dir; can be stopped and restarted on the same port."""

    def __init__(self, location: Path) -> None:
        self.location = location
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def query_url(self) -> str:
        return self.base + "/query"

    @property
    def store_url(self) -> str:
        return self.base + "/store"

    def start(self, timeout: float = 30.0) -> None:
        exe = shutil.which("oxigraph")
        if exe is None:
            pytest.skip("the `oxigraph` server binary is not installed (pip install oxigraph)")
        self.proc = subprocess.Popen([exe, "serve", "--location", str(self.location),
                                      "--bind", f"127.0.0.1:{self.port}"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode() if self.proc.stderr else ""
                raise RuntimeError(f"oxigraph serve exited with {self.proc.returncode}: {err}")
            try:
                with urllib.request.urlopen(self.query_url + "?query=ASK%7B%7D", timeout=1) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"oxigraph serve did not answer on {self.base} within {timeout} s")

    def stop(self) -> None:
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        if self.proc.stderr:
            self.proc.stderr.close()
        self.proc = None


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[OxigraphServer]:
    """A running, empty `oxigraph serve` (read-write) for one test; stopped afterwards."""
    server = OxigraphServer(tmp_path / "oxigraph-data")
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def query_store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the example documents for query/server/push tests (separate from seed_store_dir so that
    a server can hold it open read-only while other tests open theirs read-write)."""
    path = tmp_path_factory.mktemp("query-seed") / "kg"
    store = KGStore(path)
    report = ingest([EXAMPLES], store)
    assert report.ok, report.failed
    store.flush()
    del store
    return path


@pytest.fixture(scope="session")
def gaz():  # type: ignore[no-untyped-def]
    """The bundled reference gazetteer, built once for the tests that run whole extractions on short texts."""
    from welfare_kg.extract.gazetteer import reference_gazetteer

    return reference_gazetteer()


@pytest.fixture(scope="module")
def recogniser(gaz: Gazetteer) -> Recogniser:
    """A recogniser over the reference gazetteer for the tests that read mentions sentence by sentence; one per
    module, as each module built its own before."""
    return Recogniser(gaz, get_morphology())
