"""What a sentence rule knows of the sentences before it, read from an index built before the sentence loop.

A rule that pairs names from anywhere in the document ("a project whose name opens with an area the
text reads elsewhere") needs "named so far" and "already stated". Collected in the rules' context as
the sentences go by, those grow all the document long, and then a context guessed for a range of
sentences in a forked process never equals the true one (extract/sentence_pool.py): the range is
computed twice and the rules run in effect in one process. Here such a rule instead registers an
index: a function that walks every piece of text the loop will hand the rules (sentence, mentions),
in the loop's order, with the same state the rule used to keep, and returns what the rule says at
each piece. The index is set on the context as a read-only mapping before the loop (the same object
in every forked process, compared by identity), and the rule only reads its piece's entry. The rule
keeps its old state as the fallback for a caller that runs `sentence_facts` without an index.

The walk sees each piece's mentions as the rules do (`relations.sentence_roles`): named, inside an
undertaking's name or not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.relations import sentence_roles
from welfare_kg.extract.text import Sentence


@dataclass(frozen=True)
class Piece:
    """One piece of text the sentence loop hands the rules, as they see its mentions."""

    sent: Sentence
    named: list[Mention]
    inside: set[int]  # id() of the named mentions inside an undertaking's name


Builder = Callable[[list[Piece], Morphology], Mapping[tuple[int, int], Any]]
INDEXES: dict[str, Builder] = {}  # context attribute -> builder, in registration order


def document_index(attr: str) -> Callable[[Builder], Builder]:
    """Register a builder of the index a rule reads from the context attribute `attr`, keyed by `key(sent)`."""
    def register(fn: Builder) -> Builder:
        if attr in INDEXES:
            raise ValueError(f"document index {attr!r} registered twice")
        INDEXES[attr] = fn
        return fn
    return register


def key(sent: Sentence) -> tuple[int, int]:
    """A piece's key in an index: its span (pieces of the loop never share one)."""
    return sent.start, sent.end


def pieces(parts: list[tuple[Sentence, list[Mention]]]) -> Iterator[Piece]:
    for sent, mentions in parts:
        named, _modifiers, _und, inside = sentence_roles(sent, mentions)
        yield Piece(sent, named, inside)


def build_indexes(ctx: object, parts: list[tuple[Sentence, list[Mention]]], morph: Morphology) -> None:
    """Every registered index over the loop's pieces (in its order), set on `ctx` read-only."""
    if not INDEXES:
        return
    walked = list(pieces(parts))
    for attr, fn in INDEXES.items():
        setattr(ctx, attr, MappingProxyType(dict(fn(walked, morph))))
