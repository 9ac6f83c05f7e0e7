"""The development corpus keeps its provenance: every document has a manifest row (source URL, publisher,
retrieval date) and an annotation, and every row and annotation has its document. A file without a source
could not be checked against the reserved pages nor cited, so the corpus must not carry one."""

from __future__ import annotations

import csv
import json
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent / "eval"
COLUMNS = ["file", "url", "publisher", "kind", "language", "retrieved"]


def _manifest() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in sorted((EVAL / "sources").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            assert reader.fieldnames == COLUMNS, f"{path.name}: columns {reader.fieldnames}"
            rows += list(reader)
    return rows


def _gold_documents() -> list[str]:
    return [json.loads(line)["doc"] for path in sorted((EVAL / "gold").glob("dev-*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_corpus_file_has_one_manifest_row_and_one_annotation() -> None:
    files = {p.name for p in (EVAL / "corpus").iterdir() if p.is_file()}
    rows = _manifest()
    listed = [r["file"] for r in rows]
    gold = _gold_documents()
    assert sorted(files - set(listed)) == [], "corpus files without a source row"
    assert sorted(set(listed) - files) == [], "source rows without a corpus file"
    assert len(listed) == len(set(listed)), "a document listed twice"
    assert sorted(files - set(gold)) == [], "corpus files without an annotation"
    assert len(gold) == len(set(gold)), "a document annotated twice"


def test_manifest_rows_name_a_source_and_a_date() -> None:
    for r in _manifest():
        assert r["url"].startswith(("http://", "https://")), r["file"]
        assert r["publisher"].strip(), r["file"]
        assert r["language"] in {"fi", "sv", "en"}, r["file"]
        assert len(r["retrieved"]) == 10 and r["retrieved"][4] == "-", r["file"]


def test_no_page_comes_in_twice() -> None:
    """A page saved again under a new name is one document scored twice; worse, the ingest keeps one file of a
    checksum, so in a whole-corpus run the other scores nothing. Neither the same text nor the same URL twice."""
    import hashlib

    texts: dict[str, str] = {}
    for p in sorted((EVAL / "corpus").iterdir()):
        digest = hashlib.sha1(p.read_bytes()).hexdigest()
        assert digest not in texts, f"{p.name} has the text of {texts.get(digest)}"
        texts[digest] = p.name
    urls: dict[str, str] = {}
    for r in _manifest():
        url = r["url"].rstrip("/")
        assert url not in urls, f"{r['file']} has the URL of {urls.get(url)}"
        urls[url] = r["file"]
