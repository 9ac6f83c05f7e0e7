"""Whole-text pattern scans of the steps after recognition, run ahead while a forked process recognises sentences.

A large document's steps between recognition and the sentence rules (names in lists, people, organisations),
after the rules (composition rows) and beside them (the document-level facts: posts, member lists) each scan the
whole text with a pattern of their own: on the 2 MB page about 1.3 CPU-s of scans in the stretches where one
core works and the other waits (issue 13: a 20 MB page on two cores). Scanning needs the text alone, so with
several processes `scan_ahead` runs these patterns in `extract_document`'s steps from the text alone, which one
process does while a forked one recognises sentences (extract/sentence_pool.map_sentences meets the two halfway,
so the scans cost that stretch half their time). The patterns first scanned late in the mention steps or after
them (`LATER`) and the results of text-only functions (`CALLS`) are worked out instead in a forked process beside the
mention steps, where the second core would wait (`later`, run by sentence_pool.Later; `keep_later` keeps them).

A step scans through `matches(pattern, text)`: the very Match objects `pattern.finditer(text)` would give, kept
for that text object (identity, not equality: a sentence's text, another document, or a document extracted in
one process is scanned as before). `AHEAD` names the patterns; tests/test_text_scans.py checks that each names a
compiled pattern its module scans through `matches`. Patterns with a match per word are left out: their matches
would take more memory than the scan takes time.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from welfare_kg.extract.prefilter import cannot_match, forget_text

T = TypeVar("T")

AHEAD = (  # module.PATTERN, scanned over the whole text by a document-level step
    # between recognition and the rules
    "programme_compounds._GLUED", "foreign_municipalities._NAMED", "caps_titles._COMPOUND_HEAD",
    "caps_titles._PLAN_HEAD", "item_titles._PURPOSE_AGREEMENT", "titled_rows._ROW",
    "surname_first_items._ITEM_PAIR", "titled_people._TITLED", "titled_surnames._TITLED",
    "person_extents._UNKNOWN_PAIR", "person_extents._BROKEN_PAIR", "person_extents._SPLIT_ROW",
    "genitive_names._PAIR", "acronym_titles._SHAPE", "caps_titles._AFTER_HEAD", "caps_titles._BEFORE_DASH_HEAD",
    "caps_titles._TITLE_SPACED_DASH", "caps_titles._AFTER_SEPARATOR", "caps_titles._AFTER_APPLICATION",
    "grant_rows._ROW", "grant_rows._BARE_ROW", "part_lists._PART_THEN_LIST", "grant_act_names._SHAPE",
    # scanned in the one-core mention steps after the first Later's result (2026-12-06: 0.13 CPU-s of the 2 MB page),
    # where the worker, not the second Later, sets the pace. Not the scans of the steps before that result
    # (surname_first_items, person_extents): there the first Later's own scans already take as long as the worker's
    # steps, so a scan moved from those steps only shortens a wait and costs half its time beside recognition
    "phase_names._NUMERAL", "role_slot_organisations._TOGETHER", "role_slot_organisations._JOINT_WORK",
    "role_slot_organisations._AGENT_PARTICIPLE", "shared_kind_names._PAIR",
)

# module.PATTERN first scanned late in the mention steps or after them: scanned in a forked process beside the
# mention steps (`later`), in two parts, each taken back before the step that first scans one of its patterns
LATER_MENTIONS = (
    # the mention steps from kind_anaphor_mentions on
    "kind_anaphors._TO_IT", "kind_anaphors._MINISTRY", "kind_anaphors._FOUNDATION", "kind_anaphors._ELY",
    "bare_agencies._ELY_WORD", "bare_agencies._AVI_WORD", "bare_agencies._TE_WORD", "bare_agencies._NTM_WORD",
    "bare_agencies._RFV_WORD", "bare_agencies._AVI_ACRONYM", "bare_agencies._TE_OFFICE", "bare_agencies._VITALITY",
    "kind_lists._LIST", "role_slot_organisations._SLOT", "kind_anaphors._ASSOCIATION", "kind_anaphors._CLUB",
    "kind_anaphors._BANK", "kind_anaphors._MUNICIPALITY", "titled_kind_names._NAME", "listed_receivers._LEAD",
    "inline_grants._VERB_LEAD", "caption_receivers._TAKE", "place_kind_organisations._CAPS",
    "foreign_place_names._SV_WORDS", "foreign_place_names._FI_WORDS",
    # the entities step
    "header_bodies._LINE", "assembly_bodies._HOLDERS", "row_departments._ROW", "regional_groups._GROUP",
    "branch_associations._BRANCH", "acronym_organisations._NAME_KIND_ACRONYM", "church_names._FINNISH",
    "church_names._SWEDISH", "swedish_joint_authorities._ORGAN_OF_ACRONYM",
    "local_associations._GENITIVE_BEFORE_PLURAL",
)
LATER_RULES = (
    # after the rules
    "composition_rows._CUE", "board_runs._BOARD_WORD", "coordinated_funders._FUNDERS_HEADING",
    "contact_roles._ANAPHOR_TITLE",
    # the document-level facts, beside the rules
    "posts._APPOINTED", "membership._ASSOCIATION_AREA", "membership._SERVES", "membership._BARE_ASSOCIATION",
    "membership._BARE_AREA_TOWNS", "membership._WHOSE_MEMBERS", "member_leads._BEFORE_KIND", "member_leads._KIND_THEN",
    "member_leads._KIND_LEAD", "member_leads._MADE_OF_COLON", "member_leads._NOUN_PARENS", "member_leads._NOUN_FIGURES",
    "member_leads._OPENING_NOUN", "member_leads._OWN_MEMBERS", "posts._TITLE_SURNAME", "member_tables._HEADER",
    "seat_prose._BARE_BOARD",
)
LATER = LATER_MENTIONS + LATER_RULES

# module.function of the text alone, called by a document pass: its result is kept as the matches are
CALLS = ("header_granter.applied_regions",)

_kept: tuple[str, dict[re.Pattern[str], list[re.Match[str]]]] | None = None
_results: tuple[str, dict[str, Any]] | None = None


def named_patterns(names: Sequence[str]) -> list[re.Pattern[str]]:
    """The compiled patterns named "module.ATTR" (their modules are imported by extract/document.py anyway): the
    lists of scans run ahead name their patterns, so the modules that own them need not import this one."""
    out = []
    for name in names:
        module, attr = name.rsplit(".", 1)
        out.append(getattr(importlib.import_module(f"welfare_kg.extract.{module}"), attr))
    return out


def patterns() -> list[re.Pattern[str]]:
    """The compiled patterns AHEAD names."""
    return named_patterns(AHEAD)


def _function(name: str) -> Callable[[str], Any]:
    module, attr = name.rsplit(".", 1)
    return getattr(importlib.import_module(f"welfare_kg.extract.{module}"), attr)  # type: ignore[no-any-return]


def scan_ahead(text: str) -> None:
    """Every AHEAD pattern's matches over `text`, kept for `matches` (the last text scanned only)."""
    global _kept, _results
    _kept = _results = None  # the previous document's matches go before this one's are made
    _kept = (text, {p: [] if cannot_match(p, text) else list(p.finditer(text)) for p in patterns()})


Found = tuple[dict[str, list[tuple[tuple[int, int], ...]]], dict[str, Any]]


def later(text: str, names: Sequence[str], calls: bool = False) -> Found:
    """What a forked process works out beside the mention steps (sentence_pool.Later), picklable: the group spans
    (`Match.regs`) of the matches over `text` of the patterns `names` names (a part of LATER), and with `calls`
    every CALLS function's result."""
    spans = {name: [] if cannot_match(p, text) else [m.regs for m in p.finditer(text)]
             for name, p in zip(names, named_patterns(names), strict=True)}
    return spans, {name: _function(name)(text) for name in CALLS} if calls else {}


def keep_later(text: str, names: Sequence[str], found: Found) -> None:
    """What `later(text, names)` gave, kept for `matches` and `result` beside what was kept for `text` before.

    A Match cannot be pickled, so each is made again here by matching its pattern where the match started (a
    search tries the same match at every position, so it is the same match); if its group spans were not the
    ones found, the pattern is scanned again here (never a different answer)."""
    global _kept, _results
    spans, results = found
    kept = _kept[1] if _kept is not None and _kept[0] is text else {}
    for name, pattern in zip(names, named_patterns(names), strict=True):
        kept[pattern] = _rematched(pattern, text, spans[name])
    before = _results[1] if _results is not None and _results[0] is text else {}
    _kept, _results = (text, kept), (text, before | results)


def _rematched(pattern: re.Pattern[str], text: str, spans: list[tuple[tuple[int, int], ...]]) -> list[re.Match[str]]:
    out = []
    for regs in spans:
        m = pattern.match(text, regs[0][0])
        if m is None or m.regs != regs:
            return list(pattern.finditer(text))
        out.append(m)
    return out


def result(name: str, fn: Callable[[str], T], text: str) -> T:
    """`fn(text)` (`fn` is the function CALLS names `name`), from the call ahead when it was of this very text.
    The caller must not change what it gets: a kept result is handed out as it is."""
    kept = _results
    if kept is not None and kept[0] is text and name in kept[1]:
        return kept[1][name]  # type: ignore[no-any-return]
    return fn(text)


def matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, from the scan ahead when it was of this very text; no scan where the text holds
    none of the strings a match needs (prefilter.cannot_match)."""
    kept = _kept
    if kept is not None and kept[0] is text:
        found = kept[1].get(pattern)
        if found is not None:
            return iter(found)
    return iter(()) if cannot_match(pattern, text) else pattern.finditer(text)


def forget() -> None:
    """Drop the kept matches (and the text they hold) once the document is extracted."""
    global _kept, _results
    _kept = _results = None
    forget_text()
