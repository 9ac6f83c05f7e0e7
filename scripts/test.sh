#!/usr/bin/env bash
# Set up a fresh machine and run the whole test suite (what CI runs).
set -euo pipefail
cd "$(dirname "$0")/.."
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  # Voikko (Finnish morphology) and Chromium (browser tests of the maps)
  if ! dpkg -s voikko-fi libvoikko1 chromium chromium-driver >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq voikko-fi libvoikko1 chromium chromium-driver >/dev/null
  fi
fi
python3 -m pip install -q -e '.[test]'
python3 -m ruff check .
# pytest exits 5 when it collected no test: that is a failure here, not a pass
WELFARE_KG_REQUIRE_ALL=1 python3 -m pytest -q -p no:cacheprovider "$@"
# the product as a user installs it: a wheel in a fresh virtual environment, away from the checkout
bash scripts/smoke_wheel.sh
