"""Programmes and projects read only from common words in lower case: "laadittiin kansainvälisen toiminnan
ohjelma", "talouden tasapainotusohjelmaa", "osapuolten keskinäisen sopimuksen Hankkeen".

The recogniser of extract/entities.py reads a programme from a head and its genitives even with no capital
("compound-head"), so that lower-case names of national programmes are not lost. Where the document never writes
the name with a capital, the words describe a plan or a part of the text and name nothing: in the development
corpus and the writing half every such programme or project was spurious (6 of 6). A name written capitalised
anywhere in the document keeps its lower-case mentions.
"""

from __future__ import annotations

from welfare_kg.extract.model import Mention

_TYPES = {"Programme", "Project"}


def _lower_only(m: Mention) -> bool:
    return m.type in _TYPES and m.rule == "compound-head" and m.surface[:1].islower()


def drop_lowercase_undertakings(per_sentence: list[list[Mention]]) -> list[list[Mention]]:
    """per_sentence without the lower-case programme and project readings no capitalised mention shares a name
    with."""
    lower = [m for ms in per_sentence for m in ms if _lower_only(m)]
    if not lower:
        return per_sentence
    written = {(m.key or m.label.lower()) for ms in per_sentence for m in ms
               if m.type in _TYPES and not _lower_only(m)}
    drop = {id(m) for m in lower if (m.key or m.label.lower()) not in written}
    return [[m for m in ms if id(m) not in drop] for ms in per_sentence] if drop else per_sentence
