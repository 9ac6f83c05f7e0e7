"""CPU of a whole `ingest --jobs N` process tree, for each N, on one corpus: what `--jobs 2` costs beyond `--jobs 1`.

    python benchmarks/ingest_cpu.py DOCS [--jobs 1,2] [--workdir DIR]     # DOCS: e.g. a `welfare-kg generate` folder

Why: on a machine shared with other work a wall-clock speed-up says little, but the CPU the ingest itself
spends is nearly the same however busy the machine is. Two cores give `--jobs 2` a speed-up of at most
2 / (CPU with 2 jobs / CPU with 1 job) (perfectly shared cores): the extra CPU of the parallel run (pickling
results, the fork server, each worker's imports and caches) caps it. Each run is a fresh `welfare-kg ingest`
into a fresh store; its tree (the ingest, the fork server, the workers) is sampled from /proc every 0.05 s
(bench_ingest.TreeMemory), so processes that end are counted up to their last sample. The CPU the machine's
other processes used meanwhile is printed in cores: CPU per unit of work still grows a little with it (shared
caches), so the runs compared should see about the same load, and one should repeat them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ingest import TreeMemory  # a sibling script, not a package

CLI = "import sys; sys.argv[0] = 'welfare-kg'; from welfare_kg.cli import main; main()"


def run(docs: Path, store: Path, jobs: int) -> dict[str, object]:
    """One ingest of `docs` into a fresh `store` with `jobs` workers: wall, CPU of the tree and of its parent."""
    shutil.rmtree(store, ignore_errors=True)
    cmd = [sys.executable, "-P", "-c", CLI, "ingest", str(docs), "--store", str(store), "--jobs", str(jobs), "--quiet"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=tempfile.gettempdir())  # -P and a neutral directory: the package of PYTHONPATH
    tree = TreeMemory(proc.pid, 0.05)
    tree.start()
    _out, err = proc.communicate()
    wall = time.perf_counter() - t0
    tree.stop()
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed ({proc.returncode}): {err[-2000:]}")
    ours, others = tree.cpu_seconds()
    parent = tree.ticks.get(proc.pid, 0) / os.sysconf("SC_CLK_TCK")
    return {"jobs": jobs, "wall_s": round(wall, 1), "tree_cpu_s": round(ours, 2), "parent_cpu_s": round(parent, 2),
            "children_cpu_s": round(ours - parent, 2), "other_processes_cores": round(others / wall, 2),
            "summary": err.strip().splitlines()[-1] if err.strip() else ""}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("docs", type=Path)
    ap.add_argument("--jobs", default="1,2")
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "welfare-kg-ingest-cpu")
    args = ap.parse_args()
    results = []
    for jobs in (int(j) for j in args.jobs.split(",")):
        results.append(run(args.docs, args.workdir / f"store-{jobs}", jobs))
        print(json.dumps(results[-1]), flush=True)
    one = next((r for r in results if r["jobs"] == 1), None)
    for r in results:
        if one is not None and r is not one:
            ratio = float(r["tree_cpu_s"]) / float(one["tree_cpu_s"])  # type: ignore[arg-type]
            cap = int(r["jobs"]) / ratio  # type: ignore[call-overload]
            print(f"--jobs {r['jobs']}: CPU {ratio:.3f}x that of --jobs 1; speed-up at most {cap:.2f}x "
                  f"on {r['jobs']} perfectly shared cores")


if __name__ == "__main__":
    main()
