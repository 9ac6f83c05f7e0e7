"""A state agency named only by its kind: "Aluehallintovirasto on päättänyt antaa ... valtionavustuksen",
"ELY-keskus myönsi hankkeelle ...", "NTM-centralen beviljade ...", "Finansiär: Regionförvaltningsverket", "haki
AVI:lta avustusta", "TE-toimisto myönsi palkkatukea", "Elinvoimakeskus myönsi ...".

Grant news often name the granting agency by its kind word alone, with no region (the publisher's region is the
reader's). extract/kind_anaphors.py points such a word at the one agency of the kind the text named before it; this
module reads the rest, in sentences about money only (elsewhere "ELY-keskuksen mukaan" may be any of them):

- the text names exactly one agency of the kind anywhere else ("ELY-keskus vauhditti ... Kainuun ELY-keskus
  kertoo"): the word is a mention of it;
- the text names none, and one region (maakunta) only, which one agency of the kind serves in the reference data
  ("ELY-keskus vauhditti Kainuun kehitystä myöntämällä ..." with Kainuu the only region named): the word is that
  agency, as the annotation reads it (the region's ELY centre);
- the text names none: the word is an Agency of its own, labelled with the kind in its base form, with an IRI of
  the document (never merged across documents: every region has one), except the regional state administrative
  agency (AVI, Regionförvaltningsverket): the six were one authority in their grants (the same state aid decided
  by one procedure) and are one national agency since 1 January 2026 (Lupa- ja valvontavirasto, laki 1200/2024),
  so its bare word is one Agency in every document;
- two or more named: no mention (which one is not said).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.kind_anaphors import MONEY_WORDS
from welfare_kg.extract.layout import insert_mentions, sentence_bounds
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import Cover
from welfare_kg.extract.text_scans import matches
from welfare_kg.ontology.namespace import ID


def _label_has(*words: str) -> Callable[[Mention], bool]:
    def test(m: Mention) -> bool:
        low = m.label.lower()
        return m.type == "Agency" and not m.generic and any(w in low for w in words)
    return test


# the kind word in the singular, standing alone (no name glued to it by a hyphen or written before it in the
# genitive is checked against the recognised names), its base-form label, and which named agencies are of its kind
_ELY_WORD = re.compile(r"(?<![\w-])(?:ELY|Ely|ely)-kesku(?:s|ksen|ksessa|ksesta|kselle|kselta|ksella|kset|sten|"
                       r"ksissa|ksista|ksille|ksilta)(?![\w-])")
# and the plural, the agencies together as one granter ("Aluehallintovirastot ovat myöntäneet ... avustusta")
_AVI_WORD = re.compile(r"(?<![\w-])[Aa]luehallintoviras(?:ton?(?:ssa|sta|lle|lta|lla)?|tot|tojen|toissa|toista|toille|"
                       r"toilta)(?![\w-])")
_TE_WORD = re.compile(r"(?<![\w-])(?:TE|Te)-kesku(?:s|ksen|ksessa|ksesta|kselle|kselta|ksella)(?![\w-])")
# the AVI by its acronym alone ("Yhdistys haki AVI:lta erityisavustusta"): the same kind as "Aluehallintovirasto"
_AVI_ACRONYM = re.compile(r"(?<![\w-])AVI(?::(?:n|lle|lta|lla|ssa|sta|in)|n)?(?![\w:-])")
# the local employment office ("TE-toimisto myönsi palkkatukea"), 2013-2024
_TE_OFFICE = re.compile(r"(?<![\w-])(?:TE|Te)-toimisto(?:n|ssa|sta|lle|lta|lla)?(?![\w-])")
# the ELY centres' successor from 2026 ("Elinvoimakeskus myönsi hankkeelle ..."); a region's genitive before it names
# one of the ten (the reference data's)
_VITALITY = re.compile(r"(?<![\w-])[Ee]linvoimakesku(?:s|ksen|ksessa|ksesta|kselle|kselta|ksella)(?![\w-])")
# the Swedish kind in its short or its long form; "... miljöcentralen i Nyland" names its region (the gazetteer's)
_NTM_WORD = re.compile(r"(?<![\w-])(?:NTM-c|Närings-, trafik- och miljöc)entral(?:en|ens)(?![\w-])(?! i [A-ZÅÄÖ])")
# the Swedish name of the regional state administrative agency (AVI), bare: "Finansiär: Regionförvaltningsverket";
# "... verket i Södra Finland" names its area (the reference data's)
_RFV_WORD = re.compile(r"(?<![\w-])[Rr]egionförvaltningsverket(?:s)?(?![\w-])(?! i [A-ZÅÄÖ])")
_KINDS: tuple[tuple[re.Pattern[str], str, Callable[[Mention], bool]], ...] = (
    (_ELY_WORD, "ELY-keskus", _label_has("elinkeino-, liikenne- ja ympäristökeskus", "ely-keskus")),
    (_AVI_WORD, "Aluehallintovirasto", _label_has("aluehallintovirasto")),
    (_RFV_WORD, "Regionförvaltningsverket", _label_has("aluehallintovirasto", "regionförvaltningsverket")),
    (_TE_WORD, "TE-keskus", _label_has("työvoima- ja elinkeinokeskus", "te-keskus")),
    (_AVI_ACRONYM, "Aluehallintovirasto", _label_has("aluehallintovirasto")),
    (_TE_OFFICE, "TE-toimisto", _label_has("te-toimisto")),
    (_VITALITY, "Elinvoimakeskus", _label_has("elinvoimakeskus")),
    (_NTM_WORD, "NTM-centralen", _label_has("elinkeino-, liikenne- ja ympäristökeskus", "ntm-central")),
)


def bare_agency_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int], morph: Morphology,
                         doc_key: str, gaz: Gazetteer | None = None) -> list[list[Mention]]:
    """per_sentence with a mention for each bare agency kind word of a money sentence that no name covers; an
    agency of its own gets an IRI of the document (`doc_key`), since the same word names another one elsewhere,
    unless the text's only region has one agency of the kind in `gaz` (the reference data)."""
    # each kind word's matches from the scan ahead beside recognition on a large document (text_scans.py)
    found = {_ELY_WORD: matches(_ELY_WORD, text), _AVI_WORD: matches(_AVI_WORD, text),
             _TE_WORD: matches(_TE_WORD, text), _NTM_WORD: matches(_NTM_WORD, text),
             _RFV_WORD: matches(_RFV_WORD, text), _AVI_ACRONYM: matches(_AVI_ACRONYM, text),
             _TE_OFFICE: matches(_TE_OFFICE, text), _VITALITY: matches(_VITALITY, text)}
    hits = [(m.start(), m.end(), label, test) for pattern, label, test in _KINDS for m in found[pattern]]
    if not hits:
        return per_sentence
    named = [m for ms in per_sentence for m in ms]
    inside = Cover((m.start, m.end) for m in named)  # by bisection: a scan of every name per word is quadratic
    kinds: dict[Callable[[Mention], bool], dict[str, Mention]] = {}  # each kind's named agencies, read once
    regional_agencies: dict[str, str | None] = {}  # each regional kind's agency of the one region, found once

    def regional_of(label: str) -> str | None:
        if label not in regional_agencies:
            regional_agencies[label] = _regional_agency(label, named, gaz)
        return regional_agencies[label]

    added: list[Mention] = []
    for start, end, label, test in sorted(hits, key=lambda h: h[0]):
        _at, begin, stop = sentence_bounds(starts, start, len(text))
        if not MONEY_WORDS.search(text, begin, stop) and not _SWEDISH_MONEY.search(text, begin, stop):
            continue
        if inside.meets(start, end):
            continue  # a word of a recognised name, or read by kind_anaphors already
        if start > 0 and text[start - 1] == " " and _genitive_before(text, start):
            continue  # "Lapin ELY-keskus" no list holds: the region's genitive names another one
        if test not in kinds:
            kinds[test] = {m.iri or m.key or m.label: m for m in named if test(m)}
        of_kind = kinds[test]
        surface = text[start:end]
        readings = morph.analyse(surface)
        case = readings[0].case if readings else None
        if len(of_kind) == 1:
            one = next(iter(of_kind.values()))
            added.append(replace(one, start=start, end=end, surface=surface, rule="kind-anaphor", case=case,
                                 parts=()))
        elif not of_kind and (serving := regional_of(label)) is not None:
            added.append(Mention(start=start, end=end, surface=surface, label=label, type="Agency", case=case,
                                 rule="kind-anaphor", iri=serving))
        elif not of_kind:
            own = label not in _NATIONAL_KINDS
            added.append(Mention(start=start, end=end, surface=surface, label=label, type="Agency", case=case,
                                 rule="bare-agency", key=fold(label) or None,
                                 iri=mint("Agency", f"{doc_key}-{fold(label)}" if own else _NATIONAL_KINDS[label])))
    return insert_mentions(per_sentence, starts, added) if added else per_sentence


# the regional kinds by their label -> the reference IRIs' common start (data/state_agencies.csv)
_REGIONAL_KINDS = {"ELY-keskus": "agency/ely-", "NTM-centralen": "agency/ely-", "TE-keskus": "agency/te-keskus-",
                   "Elinvoimakeskus": "agency/elinvoimakeskus-"}


def _regional_agency(label: str, named: list[Mention], gaz: Gazetteer | None) -> str | None:
    """The one agency of a regional kind that serves the one region the text names, or None."""
    prefix = _REGIONAL_KINDS.get(label)
    if prefix is None or gaz is None:
        return None
    regions = {m.iri for m in named if m.type == "Region" and m.iri in gaz.entities}
    if len(regions) != 1:
        return None
    region = next(iter(regions))
    start = str(ID[prefix])
    serving = [e.iri for e in gaz.entities.values() if e.iri.startswith(start) and region in e.areas]
    return serving[0] if len(serving) == 1 else None


# the kinds whose bare word is one agency in every document (the module's docstring), by their label -> its key
_NATIONAL_KINDS = {"Aluehallintovirasto": "aluehallintovirasto", "Regionförvaltningsverket": "aluehallintovirasto"}
# a Swedish sentence about money: "NTM-centralen beviljade stöd", "finansieras av NTM-centralen"
_SWEDISH_MONEY = re.compile(r"(?i)bevilj|\bstöd|understöd|bidrag|finansi")
_GENITIVE_WORD = re.compile(r"([A-ZÅÄÖ][\w-]*n)\s$")


def _genitive_before(text: str, start: int) -> bool:
    """A capitalised word in -n right before the kind word: a place's genitive naming the agency's region."""
    return _GENITIVE_WORD.search(text, max(0, start - 40), start) is not None
