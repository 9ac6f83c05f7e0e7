#!/usr/bin/env bash
# Set up a fresh machine and run the demo on the bundled example documents.
set -euo pipefail
cd "$(dirname "$0")/.."
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && ! dpkg -s voikko-fi libvoikko1 >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq voikko-fi libvoikko1 >/dev/null
fi
python3 -m pip install -q -e .
welfare-kg demo "$@"
