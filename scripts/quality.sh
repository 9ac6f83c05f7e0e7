#!/usr/bin/env bash
# Regenerate docs/quality.md and docs/quality.png: the pipeline scored on the development
# corpus (eval/corpus with eval/gold/dev-*.jsonl and any other annotation there) and on the
# seed documents (examples/documents with eval/gold/seeds.jsonl), in one store, with totals
# per annotation file. Extra arguments go to `welfare-kg evaluate` (e.g. --details, -j 2).
set -euo pipefail
cd "$(dirname "$0")/.."
docs=(examples/documents)
[ -d eval/corpus ] && docs+=(eval/corpus)
exec welfare-kg evaluate "${docs[@]}" --gold eval/gold/*.jsonl \
  --report docs/quality.md --report-command "bash scripts/quality.sh" "$@"
