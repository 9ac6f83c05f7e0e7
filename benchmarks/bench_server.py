"""Load on `welfare-kg serve`: many concurrent clients sending simple SELECTs.

    python benchmarks/bench_server.py                     # 200 clients x 5 requests, store of 300 documents
    python benchmarks/bench_server.py --clients 200 --requests 5 --docs 300

The server runs in its own process (`python -m welfare_kg.cli serve`) so that the
client threads do not share its interpreter lock. Every client opens its own
connection (a fresh TCP connection per request, as most SPARQL clients do), all
clients start together behind a barrier, and each request's latency is measured
from connect to the last byte of the body. A request counts as an error if it is
refused, times out (--client-timeout) or answers anything but 200 with the
expected row count. Prints one markdown table row.
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

QUERY = "SELECT ?d WHERE { GRAPH ?g { ?d a wkg:Document } } LIMIT 10"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_store(root: Path, docs: int) -> Path:
    from welfare_kg.synthetic.generate import write_corpus

    store = root / "kg"
    write_corpus(root / "corpus", docs, seed=7)
    subprocess.run([sys.executable, "-m", "welfare_kg.cli", "ingest", str(root / "corpus" / "docs"),
                    "--store", str(store), "-q"], check=True)
    return store


def wait_up(port: int, proc: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/query?" + urllib.parse.urlencode({"query": "ASK {}"}))
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("server did not come up")


def run_load(port: int, clients: int, requests: int, client_timeout: float) -> tuple[list[float], list[str]]:
    path = "/query?" + urllib.parse.urlencode({"query": QUERY})
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(clients)

    def client() -> None:
        barrier.wait()
        for _ in range(requests):
            t0 = time.perf_counter()
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=client_timeout)
                conn.request("GET", path, headers={"Accept": "text/csv", "Connection": "close"})
                resp = conn.getresponse()
                body = resp.read()
                conn.close()
                ok = resp.status == 200 and body.count(b"\n") == 11
                err = None if ok else f"HTTP {resp.status}: {body[:80]!r}"
            except OSError as exc:
                err = f"{type(exc).__name__}: {exc}"
            dt = time.perf_counter() - t0
            with lock:
                if err:
                    errors.append(err)
                else:
                    latencies.append(dt)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))] if s else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--requests", type=int, default=5, help="requests per client, one after another")
    ap.add_argument("--docs", type=int, default=300, help="documents in the generated store")
    ap.add_argument("--store", type=Path, help="use this store instead of generating one")
    ap.add_argument("--client-timeout", type=float, default=60.0)
    ap.add_argument("--label", default=os.environ.get("BENCH_LABEL", "current"))
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        store = args.store or build_store(Path(tmp), args.docs)
        port = free_port()
        proc = subprocess.Popen([sys.executable, "-m", "welfare_kg.cli", "serve", "--store", str(store),
                                 "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_up(port, proc)
            run_load(port, 10, 2, args.client_timeout)  # warm-up
            t0 = time.perf_counter()
            lat, errors = run_load(port, args.clients, args.requests, args.client_timeout)
            wall = time.perf_counter() - t0
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    n = args.clients * args.requests
    print("| code | clients x requests | errors | p50 s | p90 s | p99 s | max s | mean s | requests/s |")
    print("|---|---|---|---|---|---|---|---|---|")
    print(f"| {args.label} | {args.clients} x {args.requests} | {len(errors)} | {pct(lat, 50):.3f} | "
          f"{pct(lat, 90):.3f} | {pct(lat, 99):.3f} | {max(lat, default=float('nan')):.3f} | "
          f"{statistics.fmean(lat) if lat else float('nan'):.3f} | {n / wall:.0f} |")
    if errors:
        kinds: dict[str, int] = {}
        for e in errors:
            kinds[e[:60]] = kinds.get(e[:60], 0) + 1
        for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])[:5]:
            print(f"<!-- {v} x {k} -->")


if __name__ == "__main__":
    main()
