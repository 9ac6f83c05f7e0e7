"""graph/store.py `_split_document_node` cuts the document node's lines out with str.find instead of splitting
every line of the text: it gives what the split gave, on generated N-Triples-like texts (the node's lines
first, last, together, alone, the text with and without its last line end, the IRI inside other lines)."""

from __future__ import annotations

import random

from welfare_kg.graph import store


def _by_split(nt: str) -> tuple[str, str]:
    at = nt.find(store._DOCUMENT_NODE)
    if at < 0:
        return nt, ""
    prefix = nt[nt.rfind("\n", 0, at) + 1:at] + " "
    lines = nt.split("\n")
    record = "".join(f"{line}\n" for line in lines if line.startswith(prefix))
    return "\n".join(line for line in lines if not line.startswith(prefix)), record


def _texts(n: int = 2000) -> list[str]:
    doc = "<https://w3id.org/welfare-kg/id/document/d1>"
    node = doc + store._DOCUMENT_NODE.rstrip("\n")
    pieces = [node, f"{doc} <http://purl.org/dc/terms/title> \"T\" .", f"{doc}x <p> <o> .",
              f"<s> <p> {doc} .", "<s> <p> \"a b\" .", f" {doc} <p> <o> .", "", "<s2> <p> <o> ."]
    rng = random.Random(5)
    out = []
    for _ in range(n):
        lines = [rng.choice(pieces) for _ in range(rng.randint(0, 8))]
        if rng.random() < 0.7:
            lines.insert(rng.randint(0, len(lines)), node)
        out.append("\n".join(lines) + ("\n" if rng.random() < 0.7 else ""))
    return out


def test_split_document_node_gives_what_the_split_gave() -> None:
    for nt in _texts():
        assert store._split_document_node(nt) == _by_split(nt), repr(nt)
