"""`welfare-kg analyse` before and after, in one run: CPU seconds per phase and whether the answers agree.

Run:  python benchmarks/bench_analyse.py --store /tmp/an/kg            # a store you have (read-only)
      python benchmarks/bench_analyse.py --docs 1500                    # generate and ingest one first

The "before" code is not kept in the repository: it is read from git (`--old`, by default
the last commit before the faster analysis) with `git archive` into a temporary folder,
laid out as the installed package would be (top-level folders as `welfare_kg.*`), and
imported from there in a child process. The "after" code is the working tree. Each side
runs in its own fresh process, alternately, `--repeat` times; the table shows the
smallest CPU time (time.process_time, which the other tenants of a shared machine
disturb far less than wall time) of each phase. Both sides must give the same graph,
the same communities, the same bridges and municipalities, and betweenness equal to
rounding; the benchmark exits 1 when they do not.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OLD = "e5c182913be2"  # the last commit before the faster analysis (numpy betweenness, lean loader)

# Runs in the child process, against whichever welfare_kg the child imports.
HARNESS = r"""
import json, sys, time
expected_root = sys.argv[2]
import welfare_kg.viz.analyse as A
from welfare_kg.graph.store import KGStore
from welfare_kg.viz.network import load_network
assert A.__file__.startswith(expected_root), (A.__file__, expected_root)
store = KGStore(sys.argv[1], read_only=True)
store.query("ASK {}")  # opening work (entity-layer check) is not analysis
t0 = time.process_time()
g = load_network(store)
t1 = time.process_time()
areas = A.cooperation_areas(store)
a = A.analyse_graph(g, areas)
t2 = time.process_time()
A.format_report(a)
t3 = time.process_time()
import hashlib
edges = sorted(json.dumps([s, k, o, sorted(d["documents"]), d["sentences"], d["amount"],
                           sorted(map(str, d["periods"]))]) for s, o, k, d in g.edges(keys=True, data=True))
nodes = [json.dumps([n, d["type"], d["label"], sorted(d["documents"])]) for n, d in g.nodes(data=True)]
print(json.dumps({
    "graph": hashlib.sha256("\n".join(nodes + edges).encode()).hexdigest(),
    "load": t1 - t0, "measures": t2 - t1, "report": t3 - t2, "total": t3 - t0,
    "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
    "node_order": list(g), "communities": a.communities, "betweenness": a.betweenness, "degree": a.degree,
    "bridges": [[b.org, b.areas, b.projects] for b in a.bridges], "municipalities": a.municipalities,
}))
"""


def old_tree(rev: str, into: Path) -> Path:
    """The package as of `rev`, importable from the returned folder (which goes on PYTHONPATH)."""
    src = into / "src"
    src.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(src)], input=archive, check=True)
    section = (src / "pyproject.toml").read_text().split("[tool.setuptools.package-dir]", 1)[1].split("\n[", 1)[0]
    mapping = dict(re.findall(r'^"([\w.]+)"\s*=\s*"([^"]+)"', section, re.MULTILINE))
    pkg = into / "path" / "welfare_kg"
    pkg.mkdir(parents=True)
    for item in (src / mapping["welfare_kg"]).iterdir():
        (pkg / item.name).symlink_to(item)
    for name, folder in mapping.items():
        if name != "welfare_kg":
            (pkg / name.split(".", 1)[1]).symlink_to(src / folder)
    return into / "path"


def run_side(store: Path, path: Path | None, root: Path) -> dict:
    env = dict(os.environ)
    if path is not None:
        env["PYTHONPATH"] = str(path)
    out = subprocess.run([sys.executable, "-c", HARNESS, str(store), str(root)], env=env, cwd=tempfile.gettempdir(),
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def make_store(docs: int, work: Path) -> Path:
    corpus, store = work / "corpus", work / "kg"
    subprocess.run(["welfare-kg", "generate", "--docs", str(docs), "--out", str(corpus)], check=True)
    subprocess.run(["welfare-kg", "ingest", str(corpus / "docs"), "--store", str(store), "-j", "2", "-q"], check=True)
    return store


def compare(old: dict, new: dict) -> list[str]:
    """What differs between the two sides' answers (empty when they agree)."""
    problems = []
    for key in ("nodes", "edges", "graph", "node_order", "communities", "bridges", "municipalities"):
        if old[key] != new[key]:
            problems.append(f"{key} differ")
    if old["degree"].keys() != new["degree"].keys() or any(
            abs(old["degree"][n] - new["degree"][n]) > 1e-12 for n in old["degree"]):
        problems.append("degree centrality differs")
    worst = max((abs(old["betweenness"][n] - new["betweenness"].get(n, float("inf"))) for n in old["betweenness"]),
                default=0.0)
    if worst > 1e-9:
        problems.append(f"betweenness differs by up to {worst:.3g}")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--store", type=Path, help="an existing store (opened read-only)")
    ap.add_argument("--docs", type=int, default=1500, help="without --store: generate and ingest this many")
    ap.add_argument("--old", default=OLD, help="git revision of the 'before' code (default %(default)s)")
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-analyse-") as tmp:
        work = Path(tmp)
        store = args.store or make_store(args.docs, work)
        old_path = old_tree(args.old, work / "old")
        runs: dict[str, list[dict]] = {"before": [], "after": []}
        for _ in range(args.repeat):
            runs["before"].append(run_side(store, old_path, str(old_path)))
            runs["after"].append(run_side(store, None, str(ROOT)))
    best = {side: {ph: min(r[ph] for r in rs) for ph in ("load", "measures", "report", "total")}
            for side, rs in runs.items()}
    old, new = runs["before"][0], runs["after"][0]
    print(f"store: {store}; {new['nodes']:,} nodes, {new['edges']:,} edges, {len(new['communities']):,} communities; "
          f"before = {args.old}, after = working tree; best of {args.repeat} fresh processes each, CPU seconds\n")
    print("| phase | before CPU s | after CPU s | speed-up |")
    print("|---|---|---|---|")
    for ph, title in (("load", "load network (SPARQL -> networkx)"), ("measures", "centralities, communities, bridges"),
                      ("report", "console report"), ("total", "**total**")):
        b, a = best["before"][ph], best["after"][ph]
        print(f"| {title} | {b:.2f} | {a:.2f} | {b / a if a else float('inf'):.1f}x |")
    problems = compare(old, new) + [f"after, run {i + 1}: not deterministic" for i, r in enumerate(runs["after"][1:])
                                    if compare(new, r)]
    same = ("identical (every node and edge with its attributes, node order, communities, bridges, "
            "municipalities; betweenness to 1e-9)")
    print("\nanswers: " + (same if not problems else "; ".join(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
