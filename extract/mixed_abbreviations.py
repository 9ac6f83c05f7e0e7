"""An organisation's mixed-case abbreviation and the long name it is made of: "PPsotu" and "Pohjois-Pohjanmaan
sosiaali- ja terveysturvayhdistys".

Regional associations often go by a short name built from their long one: the initials of its place names in
capitals, then the first letters of its lower-case words ("PPsotu", "KSsotu"). The recogniser reads the short name as
an organisation of its own (inflected "PPsotun", "PPsotulla"), and what the page says of it (a post, a project it
runs) is lost to the organisation whose long name the page gives once. The two are one organisation when the short
name's capitals are the initials of the long name's first capitalised parts, and its lower-case letters, in order,
begin the long name's next word and run through its remaining words. Only one long name may fit; a short name in
capitals alone ("SOSTE") is left to the other rules, which read bracketed and echoed abbreviations.

`mixed_abbreviation_mentions` marks the short name wherever the text writes it and no rule read it ("PPsotulla"),
as the long name's mention (the bracket echoes of extract/bracket_acronym_echoes.py likewise);
`mixed_case_abbreviations` merges a short name the recogniser did read as an organisation of its own.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.spans import SpanIndex

_ORGS = {"Association", "Company", "Foundation"}
_SHORT = re.compile(r"([A-ZÅÄÖ]{2,5})([a-zåäö]{2,6})")
_FORM = re.compile(r"\s+(?:ry|r\.y\.|rf|r\.f\.|sr|oy|oyj|ab)\.?$", re.IGNORECASE)
_LINKS = {"ja", "och", "sekä"}
# a mixed-case word and the case ending a short name takes as written ("PPsotun", "PPsotulla"); the ending is cut
# only where the word whole is built from no long name
_TOKEN = re.compile(r"(?<![\w-])[A-ZÅÄÖ]{2,5}[a-zåäö]{2,10}(?![\w-])")
_ENDINGS = {"": "nimento", "n": "omanto", "lla": "ulkoolento", "llä": "ulkoolento", "lle": "ulkotulento",
            "lta": "ulkoeronto", "ltä": "ulkoeronto", "ssa": "sisaolento", "ssä": "sisaolento",
            "sta": "sisaeronto", "stä": "sisaeronto", "a": "osanto", "ä": "osanto", "ksi": "tulento", "na": "olento",
            "nä": "olento", "un": "sisatulento", "on": "sisatulento", "an": "sisatulento", "in": "sisatulento"}


def _made_of(short: str, long_label: str) -> bool:
    """Whether `short` ("PPsotu") is built from `long_label` ("Pohjois-Pohjanmaan sosiaali- ja terveysturva...")."""
    m = _SHORT.fullmatch(short)
    if m is None:
        return False
    caps, rest = m.group(1), m.group(2)
    parts = [p for p in re.split(r"[\s-]+", _FORM.sub("", long_label.strip())) if p and p.lower() not in _LINKS]
    if len(parts) <= len(caps):
        return False
    head, tail = parts[: len(caps)], parts[len(caps):]
    if any(not p[0].isupper() or p[0] != c for p, c in zip(head, caps, strict=True)):
        return False
    letters = "".join(tail).lower()
    if not letters.startswith(rest[0]):
        return False
    it = iter(letters)
    return all(c in it for c in rest)  # the lower-case letters in order, a subsequence of the remaining words


def mixed_case_abbreviations(mentions: list[Mention]) -> list[tuple[str, tuple[Mention, ...]]]:
    """Give each mixed-case short name the IRI and type of the one long organisation name it is made of; returns why,
    one line per merge."""
    shorts: dict[str, list[Mention]] = {}
    longs: dict[str, Mention] = {}
    for m in mentions:
        if m.type not in _ORGS or not m.iri or m.generic:
            continue
        label = _FORM.sub("", m.label.strip())
        if _SHORT.fullmatch(label):
            shorts.setdefault(label, []).append(m)
        elif len(label.split()) >= 2:
            longs.setdefault(label, m)
    why: list[tuple[str, tuple[Mention, ...]]] = []
    for short, short_ms in shorts.items():
        fits = [x for x in longs.values() if _made_of(short, x.label)]
        if len(fits) != 1:
            continue
        long_m = fits[0]
        for m in short_ms:
            m.iri, m.type = long_m.iri, long_m.type
        why.append((f"{long_m.label!r} = {short!r}: the short name built from the long one", (long_m, short_ms[0])))
    return why


def mixed_abbreviation_mentions(text: str, per_sentence: list[list[Mention]],
                                starts: list[int]) -> list[list[Mention]]:
    """per_sentence with each unread mixed-case short name marked as the one long organisation name it is built
    from."""
    flat = [m for ms in per_sentence for m in ms]
    longs: dict[str, Mention] = {}
    for m in flat:
        if m.type in _ORGS and not m.generic and len(m.label.split()) >= 2:
            longs.setdefault(_FORM.sub("", m.label.strip()), m)  # "X ry" and "X": one organisation
    if not longs:
        return per_sentence
    index = SpanIndex(flat)
    added: list[Mention] = []
    for hit in _TOKEN.finditer(text):
        a, b = hit.span()
        if index.overlapping(a, b):
            continue
        word = hit.group(0)
        for ending in sorted(_ENDINGS, key=len):
            stem = word[: len(word) - len(ending)] if ending else word
            if ending and not word.endswith(ending):
                continue
            fits = [m for m in longs.values() if _made_of(stem, m.label)]
            if len(fits) == 1:
                m = fits[0]
                added.append(Mention(start=a, end=b, surface=word, label=m.label, type=m.type, iri=m.iri,
                                     case=_ENDINGS[ending], rule="mixed-abbreviation", acronym=stem, key=m.key))
                break
    return insert_mentions(per_sentence, starts, added) if added else per_sentence
