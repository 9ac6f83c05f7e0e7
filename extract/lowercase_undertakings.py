"""Programmes and projects read only from common words in lower case: "laadittiin kansainvälisen toiminnan
ohjelma", "talouden tasapainotusohjelmaa", "osapuolten keskinäisen sopimuksen Hankkeen".

The recogniser of extract/entities.py reads a programme from a head and its genitives even with no capital
("compound-head"), so that lower-case names of national programmes are not lost. Where the document never writes
the name with a capital, the words describe a plan or a part of the text and name nothing: in the development
corpus and the writing half every such programme or project was spurious (6 of 6). A name written capitalised
anywhere in the document keeps its lower-case mentions, and so does one the Government or a ministry owns
("hallituksen lapsi- ja perhepolitiikan kehittämisohjelma") or calls national ("Kansallista omaishoidon
kehittämisohjelmaa"): national programmes are written in lower case.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Mention

_TYPES = {"Programme", "Project"}
# a national owner's genitive, or a word calling the programme national, right before the name
_NATIONAL_OWNER = re.compile(
    r"(?i)(?:hallituksen|valtioneuvoston|\w*ministeriön|EU:n|Euroopan unionin|kansalli\w*|valtakunnalli\w*)\s+$")
_NATIONAL_OPENS = re.compile(r"(?i)(?:hallituksen|valtioneuvoston|\w*ministeriön)\s")


def _lower_only(m: Mention) -> bool:
    return m.type in _TYPES and m.rule == "compound-head" and m.surface[:1].islower()


def _national(m: Mention, text: str) -> bool:
    """The Government's or a ministry's programme: its genitive opens the name or stands right before it."""
    return bool(_NATIONAL_OWNER.search(text, max(0, m.start - 40), m.start) or _NATIONAL_OPENS.match(m.surface))


def _words(m: Mention) -> frozenset[str]:
    return frozenset((m.key or m.label.lower()).split("-"))


def drop_lowercase_undertakings(per_sentence: list[list[Mention]], text: str) -> list[list[Mention]]:
    """per_sentence without the lower-case programme and project readings that share no name with a capitalised
    or a national one (the same name, or one whose words are all in it: "lapsi- ja perhepolitiikan
    kehittämisohjelma" beside "hallituksen lapsi- ja perhepolitiikan kehittämisohjelma")."""
    lower = [m for ms in per_sentence for m in ms if _lower_only(m)]
    if not lower:
        return per_sentence
    kept = [_words(m) for ms in per_sentence for m in ms
            if m.type in _TYPES and (not _lower_only(m) or _national(m, text))]
    drop = {id(m) for m in lower if not any(_words(m) <= k for k in kept)}
    return [[m for m in ms if id(m) not in drop] for ms in per_sentence] if drop else per_sentence
