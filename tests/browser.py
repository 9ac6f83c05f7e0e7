"""Headless Debian Chromium for checking maps the way a reader sees them (tests, screenshot, benchmark).

Selenium is a test dependency only, so it is imported lazily. The flags keep Chromium
from contacting Google services, which would both slow the tests down and make
"no request left the machine" impossible to check.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run")


class BrowserMissing(RuntimeError):
    """Chromium or chromedriver is not installed where Debian puts them."""


def check_installed() -> None:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        raise BrowserMissing(f"not installed: {', '.join(missing)} — run `apt-get install chromium chromium-driver` "
                             "(scripts/test.sh does this)")


@contextmanager
def headless_chromium(width: int = 1400, height: int = 900) -> Iterator[Any]:
    """A selenium WebDriver on headless Chromium with a throw-away profile, quit on exit."""
    check_installed()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="wkg-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def open_map(driver: Any, path: Path, timeout: float = 60.0) -> None:
    """Load a map file and wait until vis-network has drawn it (the page sets body[data-drawn])."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(path.resolve().as_uri())
    WebDriverWait(driver, timeout).until(
        lambda d: d.execute_script("return document.body.dataset.drawn === 'true'"))
