"""Regenerate docs/map.png: the demo map of the example documents, as headless Chromium draws it.

Run from a source checkout:  python docs/make_screenshot.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from tests.browser import headless_chromium, open_map
from welfare_kg.graph.store import KGStore
from welfare_kg.ingest import ingest
from welfare_kg.viz.map import write_map

ROOT = Path(__file__).resolve().parent.parent


def main(out: Path = ROOT / "docs" / "map.png") -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = KGStore(Path(tmp) / "store")
        ingest([ROOT / "examples" / "documents"], store)
        page = Path(tmp) / "map.html"
        write_map(store, page, "welfare-kg demo: five Finnish welfare documents")
        with headless_chromium(1600, 1000) as driver:
            open_map(driver, page)
            driver.execute_script("network.fit();")
            time.sleep(1.0)  # let the fit settle before the shot
            driver.save_screenshot(str(out))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
