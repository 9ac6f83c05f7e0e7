"""The map as a reader sees it, in headless Debian Chromium: drawn, offline, and immune to markup in names.

Without Chromium these tests skip with the install command as the reason; where
WELFARE_KG_REQUIRE_ALL=1 is set (scripts/test.sh, so CI) a skip counts as a failure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser import BrowserMissing, check_installed, headless_chromium, open_map
from welfare_kg.graph.store import KGStore
from welfare_kg.viz.map import render_map
from welfare_kg.viz.network import load_network

pytestmark = pytest.mark.browser
EVIL = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    try:
        check_installed()
    except BrowserMissing as exc:
        pytest.skip(str(exc))
    with headless_chromium() as d:
        yield d


@pytest.fixture(scope="module")
def evil_map(seed_store_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example documents' map, plus a node whose label is a script element."""
    g = load_network(KGStore(seed_store_dir, read_only=True))
    some = next(iter(g))
    g.add_node("https://w3id.org/welfare-kg/id/project/evil", type="Project", label=EVIL, documents={EVIL})
    g.add_edge("https://w3id.org/welfare-kg/id/project/evil", some, key="partOf", predicate="partOf",
               amount=None, documents={EVIL}, sentences=[EVIL])
    out = tmp_path_factory.mktemp("map") / "map.html"
    out.write_text(render_map(g, title=EVIL), encoding="utf-8")
    return out


def test_map_is_drawn_with_nodes(driver: Any, evil_map: Path) -> None:
    open_map(driver, evil_map)
    assert driver.execute_script("return nodes.length") > 40
    assert driver.execute_script("return network.body.data.nodes.length") > 40
    assert driver.execute_script("return edges.length") > 0


def test_no_request_leaves_the_machine(driver: Any, evil_map: Path) -> None:
    open_map(driver, evil_map)
    names = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert all(n.startswith(("file:", "data:")) for n in names), names
    page = evil_map.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page, re.IGNORECASE)


def test_script_in_a_label_stays_text(driver: Any, evil_map: Path) -> None:
    open_map(driver, evil_map)
    driver.execute_script("window.__alerts = 0; window.alert = function () { window.__alerts += 1; };")
    assert driver.execute_script("return document.scripts.length") == 2
    assert driver.execute_script("return document.title") == EVIL
    label = driver.execute_script("return nodes.get('https://w3id.org/welfare-kg/id/project/evil').label")
    assert label == EVIL
    # hover the node so its tooltip is built, then check nothing was parsed as markup
    driver.execute_script("""
        const id = 'https://w3id.org/welfare-kg/id/project/evil';
        network.focus(id, {scale: 1.5});
        const p = network.canvasToDOM(network.getPositions([id])[id]);
        const c = document.querySelector('#net canvas'); const r = c.getBoundingClientRect();
        c.dispatchEvent(new PointerEvent('pointermove', {clientX: r.left + p.x, clientY: r.top + p.y, bubbles: true}));
    """)
    tip = driver.execute_script("const t = document.querySelector('.vis-tooltip'); return t ? t.innerHTML : ''")
    assert "<script" not in tip
    assert driver.execute_script("return document.scripts.length") == 2
    assert driver.execute_script("return window.__alerts") == 0
    assert driver.execute_script("return 1") == 1  # an open alert() dialog would make this call raise


def test_type_checkbox_hides_nodes(driver: Any, evil_map: Path) -> None:
    open_map(driver, evil_map)
    before = driver.execute_script("return nodes.get({filter: n => !n.hidden}).length")
    driver.execute_script("document.querySelector('input.type-filter[value=\"Person\"]').click()")
    after = driver.execute_script("return nodes.get({filter: n => !n.hidden}).length")
    persons = driver.execute_script("return nodes.get({filter: n => n.group === 'Person'}).length")
    assert persons > 0 and after == before - persons
