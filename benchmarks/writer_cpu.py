"""The ingest writer's CPU per document, apart from extraction: built documents replayed into a fresh store.

    python benchmarks/writer_cpu.py --docs 2000 [--copies 5] [--pause 0.008] [--jobs 1] [--workdir DIR]

Why a replay: with `--jobs 2` the workers and the writer share two cores, and on a shared machine
neither the wall time nor a speed-up says what the writer costs. Here the corpus (`welfare-kg
generate`) is built once into `Built` results as the workers make them (cached, pickled, in
`--workdir`), and then only the writer runs: each document is unpickled and handed to `Writer`,
as the ingest's parent does. CPU is `getrusage` of this process, so it counts RocksDB's own
threads (flushes and compactions), and the main thread's apart (`thread_time`). `--pause` sleeps
between documents as if workers delivered them at that pace (RocksDB merges its files while the
writer waits, which changes its work); `--copies` writes the corpus again under other checksums
and file names, for a larger store without building more documents. `--jobs` writes as an ingest with that many
jobs does (with more than one, every second commit is flushed: `ingest.flush_every`).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import os
import pickle
import resource
import shutil
import tempfile
import time
from pathlib import Path

from welfare_kg.graph import entities
from welfare_kg.graph.store import KGStore
from welfare_kg.ingest import Built, Writer, build_file, ensure_reference, flush_every
from welfare_kg.synthetic.generate import write_corpus

# a copy of this script also measures a checkout from before the workers summarised each graph (`summary`), or
# from before they grouped the layer's statements (`layer`)
_FIELDS = {f.name for f in dataclasses.fields(Built)}


def worked(b: Built) -> Built:
    """What a worker adds once the document is built, beside the writer (as the checkout's `_build_file` does)."""
    if "summary" in _FIELDS:
        return dataclasses.replace(b, summary=entities.summary_text(b.graph, b.ntriples))
    if "layer" in _FIELDS:
        return dataclasses.replace(b, layer=entities.group_text(b.ntriples))
    return b


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def built_corpus(n_docs: int, seed: int, workdir: Path) -> list[Built]:
    """The corpus's documents as workers return them; built once per (size, seed) and kept in `workdir`."""
    cache = workdir / f"built-{n_docs}-{seed}.pickle"
    if cache.exists():
        with cache.open("rb") as fh:
            return pickle.load(fh)
    corpus = workdir / f"corpus-{n_docs}-{seed}"
    write_corpus(corpus, n_docs, seed)
    built = [build_file(str(p)) for p in sorted((corpus / "docs").iterdir())]
    with cache.open("wb") as fh:
        pickle.dump(built, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return built


def copied(built: list[Built], copies: int) -> list[Built]:
    """The documents, then `copies - 1` more times under other checksums, sources and file names."""
    out = list(built)
    for k in range(1, copies):
        for b in built:
            new = hashlib.sha256(f"{k} {b.checksum}".encode()).hexdigest()
            name = os.path.basename(b.path)

            def swap(text: str, b: Built = b, new: str = new, name: str = name, k: int = k) -> str:
                return (text.replace(b.checksum, new).replace(b.checksum[:16], new[:16])
                        .replace(f'{name}"', f'{name}.{k}"'))

            out.append(dataclasses.replace(b, checksum=new, graph=swap(b.graph), contact_graph=swap(b.contact_graph),
                                           ntriples=swap(b.ntriples), contacts=swap(b.contacts),
                                           source=f"{b.source}.{k}", path=f"{b.path}.{k}"))
    return out


def prepare(built: list[Built]) -> tuple[list[bytes], float]:
    """The documents as a worker sends them (pickled), and the workers' share in ms a document (summary, pickling)."""
    c0 = _cpu()
    blobs = [pickle.dumps(worked(b), protocol=pickle.HIGHEST_PROTOCOL) for b in built]
    return blobs, 1000 * (_cpu() - c0) / len(blobs)


def replay(blobs: list[bytes], store_dir: Path, pause: float, jobs: int = 1) -> dict[str, float]:
    """Milliseconds per document of the writer's process and main thread, each document unpickled and written.

    Only the pickled documents are alive here, as in the ingest's parent: the built corpus, held during the
    replay, made each of the writer's full garbage collections walk every term of it (an earlier form did so).
    """
    shutil.rmtree(store_dir, ignore_errors=True)
    store = KGStore(store_dir)
    ensure_reference(store)
    store.flush()
    c1, main0, wall0 = _cpu(), time.thread_time(), time.perf_counter()
    writer = Writer(store, flush_every=flush_every(jobs))
    for blob in blobs:
        if pause:
            time.sleep(pause)
        writer.write(pickle.loads(blob))
    writer.close()
    store.flush()
    n = len(blobs)
    c2, main = _cpu(), time.thread_time() - main0
    return {"writer": 1000 * (c2 - c1) / n, "main": 1000 * main / n,
            "other": 1000 * (c2 - c1 - main) / n, "wall": time.perf_counter() - wall0, "quads": len(store)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--pause", type=float, default=0.008, help="seconds between documents (default 0.008)")
    ap.add_argument("--jobs", type=int, default=1, help="write as an ingest with this many jobs (default 1)")
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "welfare-kg-writer-cpu")
    args = ap.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    blobs, workers = prepare(copied(built_corpus(args.docs, args.seed, args.workdir), args.copies))
    r = replay(blobs, args.workdir / "store", args.pause, args.jobs)
    print("| documents | writer CPU ms/doc | main thread | other threads (RocksDB) | workers' share ms/doc | quads |")
    print("|---|---:|---:|---:|---:|---:|")
    print(f"| {len(blobs):,} | {r['writer']:.2f} | {r['main']:.2f} | {r['other']:.2f} | {workers:.2f} | "
          f"{r['quads']:,.0f} |")


if __name__ == "__main__":
    main()
