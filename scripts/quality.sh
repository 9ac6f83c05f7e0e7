#!/usr/bin/env bash
# Regenerate docs/quality.md and docs/quality.png: the pipeline scored on the seed documents
# (examples/documents with eval/gold/seeds.jsonl) and the development corpus (eval/corpus with
# eval/gold/dev-*.jsonl and any other annotation there), in one store, with TOTAL lines per
# annotation file, and the held-out set (eval/holdout) on a line of its own. Extra arguments go to `welfare-kg evaluate` (e.g. --details, -j 2).
set -euo pipefail
cd "$(dirname "$0")/.."
docs=(examples/documents)
[ -d eval/corpus ] && docs+=(eval/corpus)
[ -d eval/holdout/corpus ] && docs+=(eval/holdout/corpus)  # scored on its own line, never tuned on
gold=()
for f in eval/gold/*.jsonl; do [ -f "$f" ] && gold+=(--gold "$f"); done  # one --gold per file
for f in eval/holdout/*.jsonl; do [ -f "$f" ] && gold+=(--held-out "$f"); done  # scored, mistakes never listed
exec welfare-kg evaluate "${docs[@]}" "${gold[@]}" \
  --by-rule --report docs/quality.md --report-command "bash scripts/quality.sh" "$@"
