"""An organisation's short name written after its long one: "Nivala-Haapajärven Seutu Nihak" and "NIHAK".

Regional development companies and associations are often registered under a long name that ends with the
short name they go by; the text then writes the short name alone ("Nihak osallistuu ...", "NIHAKin
toimitusjohtaja"). The recogniser reads the two as two organisations. When a document names an organisation
by one word and another organisation's multi-word name ends with that word (capitalised, as a name), the two
are one organisation. Its IRI is then minted from the short name: that is the key another document writing
only "NIHAK ry" uses, so the organisation meets itself across documents as well.

Only organisations (associations, companies, foundations) take part: a town, a person or a project named like
an organisation's last word never merges, and two long names ending with one word leave both apart (which one
the short name means is unknown).
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Mention
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint

_ORGS = {"Association", "Company", "Foundation"}
# the registered or legal form after a name: no name word
_FORM = re.compile(r"\s+(?:ry|r\.y\.|rf|r\.f\.|sr|oy|oyj|ab|abp|ltd)\.?$", re.IGNORECASE)
_WORD = re.compile(r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{2,}")
# a long name may end with a common noun written small ("Svenska kulturfonden", short "Kulturfonden") where it
# opens with a capital: the short name is still that noun alone, capitalised as a name
_TAIL = re.compile(r"[a-zåäö][A-Za-zÅÄÖåäö]{5,}")


def _bare(label: str) -> str:
    return _FORM.sub("", label.strip())


def short_name_aliases(mentions: list[Mention]) -> list[tuple[str, tuple[Mention, ...]]]:
    """Give a one-word organisation and the one long organisation name ending with that word one IRI; returns
    why, one line per merge. Linear in the mentions: two dictionaries, no pairwise scan."""
    shorts: dict[str, list[Mention]] = {}
    longs: dict[str, dict[str, Mention]] = {}
    small: set[str] = set()  # last words some long name writes small ("Svenska kulturfonden")
    registered: set[str] = set()  # short names written with a legal form ("Eläkeläiset ry"): names of their own
    for m in mentions:
        if m.type not in _ORGS or not m.iri or m.generic:
            continue
        words = _bare(m.label).split()
        if len(words) == 1 and _WORD.fullmatch(words[0]):
            shorts.setdefault(fold(words[0]), []).append(m)
            if _FORM.search(m.label.strip()):
                registered.add(fold(words[0]))
        elif len(words) >= 2 and (_WORD.fullmatch(words[-1]) or (_TAIL.fullmatch(words[-1])
                                                               and _WORD.fullmatch(words[0]))):
            longs.setdefault(fold(words[-1]), {}).setdefault(m.iri, m)
            if not _WORD.fullmatch(words[-1]):
                small.add(fold(words[-1]))
    why: list[tuple[str, tuple[Mention, ...]]] = []
    renamed: dict[str, tuple[str, str]] = {}
    for key, short_ms in shorts.items():
        long_by_iri = longs.get(key)
        if not long_by_iri or len(long_by_iri) != 1:
            continue
        long_iri, long_m = next(iter(long_by_iri.items()))
        typ = long_m.type
        if key in small and key in registered:
            continue  # "Eläkeläiset ry" is a registered name of its own, no common noun closing a longer one
        # a common noun is no key of its own: the long name keeps its IRI, which other documents write in full
        iri = long_iri if key in small else mint(typ, key)
        for old in {long_iri} | {m.iri for m in short_ms if m.iri}:
            renamed[old] = (iri, typ)
        why.append((f"{long_m.label!r} = {short_ms[0].label!r}: the short name that ends the long one",
                    (long_m, short_ms[0])))
    for m in mentions:
        if m.iri in renamed:
            m.iri, m.type = renamed[m.iri]
    return why


# a Finnish and a Swedish registered form: "X ry, Y rf", "X ry – Y rf", "X rf / Y ry"
_FI_FORM = re.compile(r"\s(?:ry|r\.y\.)$", re.IGNORECASE)
_SV_FORM = re.compile(r"\s(?:rf|r\.f\.)$", re.IGNORECASE)
_BETWEEN = re.compile(r"[ \t]*(?:,|/|–|—|-)[ \t]*")
_JOINED = re.compile(r"\s*(?:,|/|–|—|-|\bja\b|\boch\b)\s*")
# organisations that may stand beside the pair in a list; projects and people are other fields of a row
_PARTY_TYPES = {"Association", "Company", "Foundation", "Municipality", "JointAuthority", "Agency",
                "CompetenceCentre", "Ministry", "WellbeingCounty", "Parish", "Body"}


def bilingual_names(mentions: list[Mention], text: str) -> list[tuple[str, tuple[Mention, ...]]]:
    """Give an association's Finnish and Swedish registered names, written side by side, one IRI (the Finnish
    name's); returns why, one line per merge.

    Only two names standing alone together, one ending "ry" and the other "rf", joined by a comma, a slash or a
    dash: two associations in a list ("A ry, B rf ja C ry") or two of one language ("A ry, B ry") stay apart.
    Sorting the mentions once keeps it O(n log n)."""
    named = sorted((m for m in mentions if m.type in _PARTY_TYPES and m.iri and not m.generic),
                   key=lambda m: (m.start, m.end))
    renamed: dict[str, str] = {}
    why: list[tuple[str, tuple[Mention, ...]]] = []
    for i in range(len(named) - 1):
        a, b = named[i], named[i + 1]
        if a.type != "Association" or b.type != "Association" or a.iri == b.iri \
                or not _BETWEEN.fullmatch(text, a.end, b.start):
            continue
        if _FI_FORM.search(a.surface) and _SV_FORM.search(b.surface):
            fi, sv = a, b
        elif _SV_FORM.search(a.surface) and _FI_FORM.search(b.surface):
            fi, sv = b, a
        else:
            continue
        # a third organisation joined to the pair makes it a list of associations, not one name in two languages
        if (i > 0 and _JOINED.fullmatch(text, named[i - 1].end, a.start)) \
                or (i + 2 < len(named) and _JOINED.fullmatch(text, b.end, named[i + 2].start)):
            continue
        renamed[sv.iri or ""] = fi.iri or ""
        why.append((f"{fi.label!r} = {sv.label!r}: one association's Finnish and Swedish names side by side",
                    (fi, sv)))
    for m in mentions:
        if m.iri in renamed:
            m.iri = renamed[m.iri]
    return why
