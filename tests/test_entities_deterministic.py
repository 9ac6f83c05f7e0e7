"""Extraction names things the same way in every run, whatever Python's hash seed.

A set's iteration order changes with PYTHONHASHSEED; when two readings of a word tie, the one taken
first must not depend on it. The sentence is written for this test: "LAPE-muutosohjelman" reads as the
programme's acronym and as its full compound name, two equally long matches of one known programme.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from tests.helpers import record
from welfare_kg.extract.document import extract_document
text = "Hanke kohdistuu LAPE-muutosohjelman kehittämiskokonaisuuksiin ja Ilomants kunta osallistuu."
ex = extract_document(record(text))
for e in sorted(ex.entities.values(), key=lambda e: e.iri):
    print(e.iri, e.type, e.label, sorted(e.labels), sorted(e.surfaces))
"""


def _run(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return subprocess.run([sys.executable, "-c", SCRIPT], env=env, cwd=root, capture_output=True, text=True,
                          check=True).stdout


def test_same_labels_whatever_the_hash_seed() -> None:
    outputs = {_run(seed) for seed in ("1", "2", "3", "4", "5", "6")}
    assert len(outputs) == 1, outputs
