#!/usr/bin/env bash
# Build the wheel, install it into a fresh virtual environment and run the product from it,
# far from the source tree: what a user who runs `pip install welfare-kg` gets.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m pip wheel -q --no-deps -w "$work/dist" . >/dev/null
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q "$work"/dist/welfare_kg-*.whl
cd "$work"  # nothing of the checkout is importable from here
kg="$work/venv/bin/welfare-kg"
"$kg" demo --out "$work/demo" | tail -n 3
test -s "$work/demo/graph.ttl" && test -s "$work/demo/map.html"
"$kg" ingest "$root/tests/documents" --store "$work/kg" --quiet
"$kg" query funding --store "$work/kg" --format csv > "$work/funding.csv"
test "$(wc -l < "$work/funding.csv")" -gt 1
"$kg" map --store "$work/kg" -o "$work/map.html" >/dev/null
grep -q "vis-network\|vis.Network\|new vis" "$work/map.html"
echo "wheel smoke test passed: demo, ingest, query and map from an installed wheel"
