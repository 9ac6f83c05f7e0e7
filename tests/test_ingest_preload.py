"""The fork server preloads what every ingest worker imports, and nothing that must not cross a fork.

Workers are forked from the fork server, so a module it imported is imported once for all of them
(~1 CPU-s a worker). Safe only while importing those modules starts no thread and opens no
library handle (a fork copies one thread only, and Voikko opens in each worker after its fork).
"""

from __future__ import annotations

import subprocess
import sys

from welfare_kg.ingest import FORKSERVER_PRELOAD

PROBE = """
import importlib, sys, threading
names = sys.argv[1:]
for n in names:
    importlib.import_module(n)
print(threading.active_count())
print(int(any("libvoikko" in line for line in open("/proc/self/maps"))))
print(int("welfare_kg.extract.relations" in sys.modules))
"""


def test_the_preloaded_modules_start_no_thread_and_open_no_voikko() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE, *FORKSERVER_PRELOAD], capture_output=True, text=True,
                         timeout=300, check=True).stdout.split()
    threads, voikko, rules = (int(x) for x in out)
    assert threads == 1
    assert voikko == 0
    assert rules == 1  # the extraction rules, the bulk of a worker's imports, are among them
