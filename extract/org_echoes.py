"""An organisation's name written again as the document first read it.

A name is often read once by a rule that needs its context ("Anna Esimerkki (Kylien Voima)" in brackets
after a person, a registered form with "ry") and later written bare in running text, where the recogniser
has no cue ("Turun seudulla toimiva Kylien Voima, ..."). That later occurrence is the same organisation:
the relation rules of its sentence should see it. name_echoes.py does this for projects.

Only names of two or more words echo, written as first read (the nominative, capitals and all), where nothing
else was read: a one-word name is too often a place or a common word elsewhere. The last word may stand in
another case when it is a noun of the same base and number ("Hämeen Setlementti koordinoi" ... "kommentoi Hämeen
Setlementin toiminnanjohtaja X", "Kylien Voimalle"): a news page names its organisation once in the nominative and
then in whatever case the sentence needs, most often the genitive before a title or a project. An adjective last
("Varsin Hyvän kumppanit") is no noun head and does not echo: its genitive is as often the adjective's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace

from welfare_kg.extract.layout import insert_mentions, insert_untouched
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.recognition_words import is_post
from welfare_kg.extract.resolve import REFERENCE_RULES
from welfare_kg.extract.spans import SpanIndex

_ORGS = {"Association", "Company", "Foundation", "CompetenceCentre"}
# a place read inside an inflected echo is the name's own first word ("Kainuun" in "Kainuun Setlementin")
_PLACES = {"Region", "Municipality", "CooperationArea"}
# a legal form after the name ("Hämeen Setlementti ry"): the name's inflected echo is written without it
_LEGAL_FORM = re.compile(r"\s+(?:ry|r\.y\.?|rf|r\.f\.?|sr|oy|oyj|ab|abp)\.?$", re.IGNORECASE)
# a legal form with a case ending of its own: "ry:n", "Oy:lle", "r.y:n"
_INFLECTED_FORM = re.compile(r"\s+(?:ry|r\.y\.?|rf|r\.f\.?|sr|oy|oyj|ab|abp):[a-zåäö]{1,4}$", re.IGNORECASE)


def _inflected(word: str, last: str, morph: Morphology) -> str | None:
    """The case of `word` when it is the noun `last` (a name's nominative last word) in another case, same number."""
    heads = {(a.base.lower(), a.number) for a in morph.analyse(last) if a.cls == "nimisana" and a.case == "nimento"}
    for a in morph.analyse(word):
        if a.cls == "nimisana" and a.case not in {None, "nimento"} and (a.base.lower(), a.number) in heads:
            return a.case
    return None


def org_echo_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                      morph: Morphology | None = None) -> list[list[Mention]]:
    """per_sentence with the later bare occurrences of multi-word organisation names read once (with `morph`, also
    those whose last word is inflected)."""
    first: dict[str, Mention] = {}
    named: dict[str, Mention] = {}  # the names without a legal form, for the inflected echoes
    for ms in per_sentence:
        for m in ms:
            if m.type not in _ORGS:
                continue
            if m.case not in {"nimento", None}:
                # "Laitilan Nuorisoverstas ry:n puolesta": the legal form carries the case, the name before it is
                # written in the nominative and echoes as one read so ("Laitilan Nuorisoverstaalle")
                form = _INFLECTED_FORM.search(m.surface)
                bare = m.surface[:form.start()].split() if form else []
                if len(bare) >= 2 and bare[0][:1].isupper() and bare[-1][:1].isupper():
                    named.setdefault(" ".join(bare), m)
                continue
            words = m.surface.split()
            if len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper():
                first.setdefault(m.surface, m)
            bare = _LEGAL_FORM.sub("", m.surface).split()
            if len(bare) >= 2 and bare[0][:1].isupper() and bare[-1][:1].isupper():
                named.setdefault(" ".join(bare), m)
    found: list[Mention] = []
    for surface, m in first.items():
        for hit in re.finditer(r"(?<![\w-])" + re.escape(surface) + r"(?![\w:-])", text):
            if hit.start() != m.start:
                found.append(replace(m, start=hit.start(), end=hit.end(), case="nimento", rule="org-echo"))
    inflected: list[Mention] = []
    for name, m in named.items():
        if morph is None:
            break
        *lead, last = name.split()
        if not last.isalpha() or len(last) < 4:
            continue
        # the leading words as written, the last one from its first three letters on (consonant gradation changes
        # the letters after them: "Setlementti" -> "Setlementin"); "Hämeen Setlementti ry" echoes so too
        pattern = r"(?<![\w-])" + r"\s+".join(map(re.escape, lead)) + r"\s+(" + re.escape(last[:3]) + r"\w+)(?![\w:-])"
        for hit in re.finditer(pattern, text):
            if hit.group(1) != last and (case := _inflected(hit.group(1), last, morph)):
                inflected.append(replace(m, start=hit.start(), end=hit.end(), surface=hit.group(0), case=case,
                                         rule="org-echo"))
    if morph is not None:
        found += _one_word_echoes(text, per_sentence, morph)
    per_sentence = insert_untouched(per_sentence, starts, found) if found else per_sentence
    return _over_places(per_sentence, starts, inflected) if inflected else per_sentence


def _over_places(per_sentence: list[list[Mention]], starts: list[int], found: list[Mention]) -> list[list[Mention]]:
    """per_sentence with each inflected echo in one sentence that overlaps nothing but places read inside it, those
    places left out: "Kainuun" was read as the region because nothing yet knew the organisation's name."""
    have = SpanIndex([x for ms in per_sentence for x in ms])
    added: list[Mention] = []
    drop: set[int] = set()
    for p in found:
        if bisect_right(starts, p.start) != bisect_right(starts, p.end - 1):
            continue
        over = have.overlapping(p.start, p.end)
        if all(x.type in _PLACES and p.start <= x.start and x.end < p.end for x in over) \
                and not any(x.start < p.end and p.start < x.end for x in added):
            added.append(p)
            drop.update(id(x) for x in over)
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence


# a one-word name first read with its legal form: "Linnaseutu ry", "Kuntotuki Oy"
_ONE_WORD_FORM = re.compile(r"([A-ZÅÄÖ][a-zåäö]{3,}(?:-[A-ZÅÄÖ]?[a-zåäö]+)?)" + _LEGAL_FORM.pattern)
# where a sentence opens: a capital there says nothing of a name
_OPENING = re.compile(r"(?:^|[.!?:•\n])[ \t\-–]*$")


def _one_word_echoes(text: str, per_sentence: list[list[Mention]], morph: Morphology) -> list[Mention]:
    """"Linnaseutu ry ... Vuonna 2013 Linnaseudun hallitus käsitteli": a one-word name that the document first wrote
    with its legal form, written again without it inside a sentence, as written or with a case ending (a noun's).

    A one-word name alone is too often a place or a common word to echo (see the module docstring); with its legal
    form read once, a capitalised word of the same base inside a sentence is the organisation, as Finnish writes
    common nouns in lower case there. A place or another name read at the word wins (insert_untouched)."""
    names: dict[str, Mention] = {}
    for ms in per_sentence:
        for m in ms:
            if m.type in _ORGS and m.case in {"nimento", None} and (hit := _ONE_WORD_FORM.fullmatch(m.surface)):
                names.setdefault(hit.group(1), m)
            elif m.type in _ORGS and m.case in {"nimento", None} and m.rule == "gazetteer" \
                    and _ONE_WORD.fullmatch(m.surface):
                names.setdefault(m.surface, m)  # "Diakoniapalvelut": a name the reference data holds, read so
    leads = _last_words(per_sentence, names)
    names.update({w: m for w, (m, _) in leads.items()})
    out: list[Mention] = []
    runs = _runs_opening(text, {word[:3] for word in names})
    for word, m in names.items():
        cased = {a.case for a in morph.analyse(word)}
        for hit in _echoes(word, runs, text):
            if hit.start() == m.start:
                continue
            if word in leads and re.search(r"(?<![\w-])" + r"\s+".join(map(re.escape, leads[word][1])) + r"\s+$",
                                           text[max(0, hit.start() - 80):hit.start()]):
                continue  # "Lahden Yliopistokampuksen": the whole name written again, left to the inflected echoes
            if _OPENING.search(text, max(0, hit.start() - 3), hit.start()) and not _title_after(text, hit.end(), morph):
                continue  # a capital opening a sentence says nothing of a name, save before a title ("Xn johtaja")
            case = "nimento" if hit.group() == word else _inflected(hit.group(), word, morph)
            if case is None or (case == "nimento" and "nimento" not in cased and cased):
                continue
            # a name of the reference data keeps its rule, and with it its IRI when the resolver merges (as
            # kind_anaphors.py does)
            rule = m.rule if m.rule in REFERENCE_RULES else "org-echo"
            out.append(replace(m, start=hit.start(), end=hit.end(), surface=hit.group(), case=case, rule=rule))
    return out



# a run of word characters and hyphens opening with a capital, the whole run (no word character or hyphen before it)
_CAPITALISED_RUN = re.compile(r"(?<![\w-])[A-ZÅÄÖ][\w-]*")


def _runs_opening(text: str, prefixes: set[str]) -> dict[str, list[re.Match[str]]]:
    r"""Prefix -> the matches of `(?<![\w-])<prefix>[\w-]*(?![\w:-])` in `text`, for prefixes of three letters
    opening with a capital (as every name word here does), found in one scan of the text: a scan of the whole text
    for each name's prefix grew with the names times the text (a large page names thousands). The pattern's match is
    the whole run of word characters and hyphens from a position with none before it, unless a colon follows the run
    (then no shorter run can end before a character that is no word character or hyphen): so the runs that open
    with the prefix and have no colon after them."""
    out: dict[str, list[re.Match[str]]] = {}
    if not prefixes:
        return out
    for run in _CAPITALISED_RUN.finditer(text):
        key = run.group()[:3]
        if key in prefixes and not text.startswith(":", run.end()):
            out.setdefault(key, []).append(run)
    return out


def _echoes(word: str, runs: dict[str, list[re.Match[str]]], text: str) -> Iterable[re.Match[str]]:
    """The runs of the text that may write `word` again: those opening with its first three letters."""
    key = word[:3]
    if len(key) == 3 and key[0] in _CAPITALS and _RUN_CHARS.fullmatch(key):
        return runs.get(key, [])
    return re.finditer(r"(?<![\w-])" + re.escape(key) + r"[\w-]*(?![\w:-])", text)  # no name word here is so


_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ")
_RUN_CHARS = re.compile(r"[\w-]+")


# a one-word name as written: a capital, then lower-case letters (a hyphenated second part may have its own capital)
_ONE_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]{3,}(?:-[A-ZÅÄÖ]?[a-zåäö]+)?")
_COLON_ENDING = re.compile(r":[a-zåäö]{1,4}$")  # a case ending after a legal form or acronym ("Oy:n", "ry:lle")
_WORD_AFTER = re.compile(r"[ \t]+([a-zåäö][\w-]*)")


def _title_after(text: str, end: int, morph: Morphology) -> bool:
    """A post title right after the word: "Kotikummun toimitusjohtaja X" opens its sentence with the owner."""
    hit = _WORD_AFTER.match(text, end)
    return hit is not None and is_post(hit.group(1), morph) is not None


def _last_words(per_sentence: list[list[Mention]], taken: dict[str, Mention]) -> dict[str, tuple[Mention, list[str]]]:
    """The last word of an organisation's name of two words or more, its legal form aside, and the words before it
    ("Hoitokoti Kotikumpu Oy" -> "Kotikumpu", ["Hoitokoti"]): a news page names a company or an association once
    in full and then by that word ("Kotikummun toimitusjohtaja"). A word that ends two organisations' names, or
    names one by itself, says which of them no more."""
    owners: dict[str, set[str]] = {}
    first: dict[str, tuple[Mention, list[str]]] = {}
    for ms in per_sentence:
        for m in ms:
            if m.type not in _ORGS:
                continue
            words = _LEGAL_FORM.sub("", _COLON_ENDING.sub("", m.surface)).split()  # "Hoitokoti Kotikumpu Oy:n"
            if len(words) < 2 or not _ONE_WORD.fullmatch(words[-1]) or len(words[-1]) < 5:
                continue
            owners.setdefault(words[-1], set()).add(" ".join(words).lower())  # IRIs come later: the name says who
            first.setdefault(words[-1], (m, words[:-1]))
    return {w: x for w, x in first.items() if len(owners[w]) == 1 and w not in taken}
