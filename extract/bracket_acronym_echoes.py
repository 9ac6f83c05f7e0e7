"""An organisation's abbreviation given in brackets after its name, written again later: "Strategisen tutkimuksen
neuvosto (STN) ... STN:n rahoittama X-hanke", "Pohjolan Kylät ry (PKY) ... PKY:n hallitus".

Press releases spell a name out once with its abbreviation in brackets and then use the abbreviation alone. The
recogniser knows the reference data's abbreviations (THL, STM) but not one a page defines for itself, so the later
"STN:n" is no mention: the funder's participle after it finds no funder in its own phrase and a document-level
reading names another organisation of the page (the academy the council belongs to). Here each later occurrence of
the bracketed capitals (bare, with a colon ending "STN:n", "PKY:lle", or a glued genitive "STNn") that nothing read
becomes a mention of the organisation the brackets followed: its label, type and key, so it resolves to the same
entity. Only capitals of two to eight letters, right after an organisation's name in brackets of their own.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.posts import ORG_TYPES
from welfare_kg.extract.spans import SpanIndex

_BRACKET = re.compile(r"[ \t]*\([ \t]*(?P<acr>[A-ZÅÄÖ]{2,8}|[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,6}[A-ZÅÄÖ])[ \t]*\)")
# a sports club's mixed-case abbreviation ("Nummelan Palloseura (NuPS)", "Kuopion Palloseura (KuPS)"): its capitals
# are the initials of the name's words, its small letters follow them in the name
_CAPITALS = re.compile(r"[A-ZÅÄÖ]")
_TYPES = ORG_TYPES | {"Body"}


def _occurrences(acr: str) -> re.Pattern[str]:
    # a mixed-case one takes its endings glued as a word does ("NuPSin", "KuPSille"), the capitals' with a colon
    glued = r"|in|ille|ista|issa|iin|ia" if not acr.isupper() else ""
    return re.compile(r"(?<![\w:-])" + acr + r"(?P<end>:[a-zåäö]{1,6}|n" + glued + r")?(?![\w-])")


def bracket_acronym_echo_mentions(text: str, per_sentence: list[list[Mention]],
                                  starts: list[int]) -> list[list[Mention]]:
    """per_sentence with the later bare uses of the abbreviations the text defined in brackets."""
    if "(" not in text:
        return per_sentence
    flat = [m for ms in per_sentence for m in ms]
    defined: dict[str, tuple[Mention, int]] = {}
    for m in flat:
        if m.type not in _TYPES:
            continue
        hit = _BRACKET.match(text, m.end)
        if hit is not None and not hit.group("acr").isupper() and not _spells(hit.group("acr"), m.label):
            continue
        if hit is not None and hit.group("acr") not in defined:
            defined[hit.group("acr")] = (m, hit.end())
    if not defined:
        return per_sentence
    index = SpanIndex(flat)
    added: list[Mention] = []
    for acr, (m, after) in defined.items():
        for hit in _occurrences(acr).finditer(text, after):
            a, b = hit.start(), hit.end()
            if index.overlapping(a, b):
                continue
            end = hit.group("end")
            case = "omanto" if end in {":n", "n", "in"} else "nimento" if end is None else None
            added.append(Mention(start=a, end=b, surface=text[a:b], label=m.label, type=m.type, iri=m.iri,
                                 case=case, rule="bracket-acronym-echo", acronym=acr, key=m.key))
    return insert_mentions(per_sentence, starts, added) if added else per_sentence


def _spells(acr: str, label: str) -> bool:
    """Whether a mixed-case abbreviation spells the name: one capital for each word's initial, in order, each word's
    small letters after its capital from that word's own start ("NuPS": Nu-mmelan P-allo-S-eura, a compound's parts
    count as words)."""
    words = [w for w in re.split(r"[\s-]+", label) if w]
    if len(_CAPITALS.findall(acr)) < 2 or not words:
        return False
    parts = re.findall(r"[A-ZÅÄÖ][a-zåäö]*", acr)
    if "".join(parts) != acr:
        return False
    rest = " ".join(words).lower()
    pos = 0
    for part in parts:
        low = part.lower()
        k = rest.find(low, pos)
        if k < 0:
            return False
        pos = k + len(low)
    return rest.startswith(parts[0].lower())
