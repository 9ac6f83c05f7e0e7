"""Load on `welfare-kg serve`: many concurrent clients sending simple SELECTs.

    python benchmarks/bench_server.py                     # 200 clients x 5 requests, store of 300 documents
    python benchmarks/bench_server.py --clients 200 --requests 5 --docs 300
    python benchmarks/bench_server.py --slow 600          # the same with 600 slow clients open meanwhile

The server runs in its own process (`python -m welfare_kg.cli serve`) so that the
client threads do not share its interpreter lock. Every client opens its own
connection (a fresh TCP connection per request, as most SPARQL clients do), all
clients start together behind a barrier, and each request's latency is measured
from connect to the last byte of the body. A request counts as an error if it is
refused, times out (--client-timeout) or answers anything but 200 with the
expected row count. Prints one markdown table row.

With --slow N, N slow clients (slowloris) are connected before the load starts and
kept open during it: a third send nothing, a third send a request line and then a
header one byte every half second, a third send headers and then a body one byte
every half second. One that the server closes (a 408) is reopened at once, as an
attacker would, so N stay open all along.
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


SLOW_OPENINGS = (b"",
                 b"GET /query?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\nX-Slow: ",
                 b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                 b"Content-Length: 100000\r\n\r\n")


class SlowClients:
    """N connections that never finish a request, reopened when the server closes them."""

    def __init__(self, port: int, n: int, interval: float = 0.5) -> None:
        self.port = port
        self.n = n
        self.interval = interval
        self.socks: list[socket.socket | None] = [None] * n
        self.reopened = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _open(self, i: int) -> None:
        try:
            s = socket.create_connection(("127.0.0.1", self.port), timeout=2)
            s.sendall(SLOW_OPENINGS[i % 3])
            s.setblocking(False)
            self.socks[i] = s
        except OSError:
            self.socks[i] = None

    def start(self) -> None:
        for i in range(self.n):
            self._open(i)
        self.thread.start()

    def open_count(self) -> int:
        return sum(s is not None for s in self.socks)

    def _run(self) -> None:
        while not self.stop.wait(self.interval):
            for i, s in enumerate(self.socks):
                alive = s is not None
                if s is not None:
                    try:
                        if s.recv(4096) == b"":  # closed (after a 408, say)
                            alive = False
                    except BlockingIOError:
                        pass
                    except OSError:
                        alive = False
                    if alive and i % 3:
                        try:
                            s.send(b"a")
                        except BlockingIOError:
                            pass
                        except OSError:
                            alive = False
                if not alive:
                    if s is not None:
                        s.close()
                        self.reopened += 1
                    self._open(i)

    def close(self) -> None:
        self.stop.set()
        self.thread.join(10)
        for s in self.socks:
            if s is not None:
                s.close()


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
    ap.add_argument("--slow", type=int, default=0, help="slow clients (slowloris) kept open during the load")
    ap.add_argument("--label", default=os.environ.get("BENCH_LABEL", "current"))
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        store = args.store or build_store(Path(tmp), args.docs)
        port = free_port()
        proc = subprocess.Popen([sys.executable, "-m", "welfare_kg.cli", "serve", "--store", str(store),
                                 "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        slow = SlowClients(port, args.slow)
        try:
            wait_up(port, proc)
            run_load(port, 10, 2, args.client_timeout)  # warm-up
            slow.start()
            time.sleep(1.0 if args.slow else 0.0)
            slow_open = slow.open_count()
            t0 = time.perf_counter()
            lat, errors = run_load(port, args.clients, args.requests, args.client_timeout)
            wall = time.perf_counter() - t0
        finally:
            slow.close()
            proc.terminate()
            proc.wait(timeout=30)
    n = args.clients * args.requests
    print("| code | clients x requests | slow clients | errors | p50 s | p90 s | p99 s | max s | mean s | "
          "requests/s |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    print(f"| {args.label} | {args.clients} x {args.requests} | {args.slow} | {len(errors)} | {pct(lat, 50):.3f} | "
          f"{pct(lat, 90):.3f} | {pct(lat, 99):.3f} | {max(lat, default=float('nan')):.3f} | "
          f"{statistics.fmean(lat) if lat else float('nan'):.3f} | {n / wall:.0f} |")
    if args.slow:
        print(f"<!-- slow connections open when the load began: {slow_open}; reopened after the server closed "
              f"them: {slow.reopened} -->")
    if errors:
        kinds: dict[str, int] = {}
        for e in errors:
            kinds[e[:60]] = kinds.get(e[:60], 0) + 1
        for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])[:5]:
            print(f"<!-- {v} x {k} -->")


if __name__ == "__main__":
    main()
