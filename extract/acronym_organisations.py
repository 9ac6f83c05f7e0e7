"""Organisations written as a kind word and their abbreviation: "Helsingin yliopiston ylioppilaskunta HYY",
"Metropolia Ammattikorkeakoulun opiskelijakunta METKA", "Alueen opiskelija-asuntosäätiö PSOAS",
"Svenska handelshögskolans Studentkår SHS".

Students' unions, foundations and federations are commonly named by the genitives of what they belong to, a
lower-case kind and then their abbreviation. No legal form follows, so the recogniser of extract/entities.py reads
only the known names inside ("Helsingin yliopisto", a town) and credits those with what the organisation does. The
abbreviation in capitals right after the kind word is what marks the whole as one name; the known names inside
leave the mention lists (as in extract/branch_associations.py). A lower-case kind with no name before it, after a
comma or a conjunction, stands in apposition to the abbreviation, which alone is the name ("opiskelijakunta X:n").
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import replace_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.recognition_words import FUNDING_ACRONYMS
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.text_scans import matches

# kinds of membership organisation and foundation, nominative singular (the abbreviation carries any case ending)
_KIND = (r"(?:ylioppilaskunta|opiskelijakunta|[a-zåäö-]*(?:säätiö|yhdistys|liitto|järjestö|seura)|"
         r"[Ss]tudentkår|[a-zåäö]*(?:förening|förbund|stiftelse)|[A-ZÅÄÖ][a-zåäö]*(?:säätiö|liitto|järjestö))")
_NAME_KIND_ACRONYM = re.compile(
    r"(?<![\w-])(?P<kind>" + _KIND + r")[ \t]+(?P<open>\(\s*)?(?P<acr>[A-ZÅÄÖ]{2,10})(?(open)\s*\))"
    r"(?::[a-zåäö]{1,5})?(?![\w-])")
# the words before the kind, within one clause
_WORD = re.compile(r"[A-Za-zÅÄÖåäöÉéü][\w-]*$")
_CLAUSE_END = re.compile(r"[.,;:()\[\]•–\n]")
# acronyms that say what, not who ("ESR", "EU") or are a document's or a meeting's words
_NOT_NAMES = FUNDING_ACRONYMS | {"PDF", "KH", "KV", "TAI", "JA", "SOTE", "TKI"}
# words of the clause a kind in apposition may follow ("yhteistyötä opiskelijakunta X:n kanssa", "ja yhdistys X")
_CLAUSE_WORDS = {"ja", "sekä", "tai", "kuten", "myös", "och", "samt", "eller"}
_TAKES_PLACE = {"Agency", "Company", "Municipality", "Region", "Association", "CompetenceCentre", "JointAuthority"}


def _is_genitive(word: str) -> bool:
    """A word that can modify the next one as its owner: Finnish "-n", Swedish "-s" ("handelshögskolans")."""
    return word.endswith(("n", "s")) and len(word) > 2


def _name_start(before: str, kind_capital: bool, morph: Morphology, opens_sentence: bool) -> int | None:
    """Where in `before` (the clause's text up to the kind word) the name begins, or None when no capital opens it.

    Back from the kind: genitives ("Helsingin yliopiston"), up to one capitalised word that is no genitive
    ("Haaga-Helia ammattikorkeakoulun"), which then opens the name. Lower-case words that begin the run are the
    clause's, not the name's ("hankkeen Turun yliopiston ...")."""
    words: list[tuple[int, str]] = []
    pos = len(before)
    for m in reversed(list(re.finditer(r"\S+", before))):
        w = m.group()
        if not _WORD.match(w) or len(words) >= 5:
            break
        if _is_genitive(w):
            words.append((m.start(), w))
            continue
        if w[:1].isupper() and not w.isupper():
            words.append((m.start(), w))  # "Haaga-Helia", "Metropolia": a brand opens the name
        break
    while words and not words[-1][1][:1].isupper():
        words.pop()  # lower-case words on the left belong to the clause
    if not words:
        return pos if kind_capital else None
    start, first = words[-1]
    if opens_sentence and not before[:start].strip() and len(words) > 1 and all(
            a.cls == "nimisana" for a in morph.analyse(first)) and morph.analyse(first):
        # a sentence's capitalised first word that is a common noun ("Hankkeen Turun yliopiston ..."): not the name's
        words.pop()
        start = words[-1][0]
        if not words[-1][1][:1].isupper():
            return None
    return start


def acronym_organisation_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                                  text: str, morph: Morphology) -> None:
    """Add an Association mention for each "<genitives> <kind> <ABBR>" no other name covers (in place); known names
    read inside it go (the sentence lists and the flat list)."""
    for m in matches(_NAME_KIND_ACRONYM, text):
        acr = m.group("acr")
        if acr in _NOT_NAMES:
            continue
        k = m.start("kind")
        window = text[max(0, k - 160):k]
        ends = list(_CLAUSE_END.finditer(window))
        cut = ends[-1].end() if ends else 0
        opens_sentence = not ends or ends[-1].group() in ".\n•–:"
        before = window[cut:]
        rel = _name_start(before, m.group("kind")[:1].isupper(), morph, opens_sentence)
        alone = rel is None and m.group("kind")[:1].islower() and not m.group("open") \
            and (not before.strip() or before.split()[-1] in _CLAUSE_WORDS)
        if rel is None and not alone:
            continue
        # "..., opiskelijakunta POKA:n ja ...": a lower-case kind with no name before it says what the abbreviation
        # names, which is the name alone
        a = m.start("acr") if alone else k - len(before) + rel
        b = m.end("acr") if not m.group("open") else m.end("acr") + text[m.end("acr"):m.end()].find(")") + 1
        inside = [x for x in mentions if x.start < b and a < x.end]
        if any(x.start < a or x.end > b or x.type not in _TAKES_PLACE for x in inside):
            continue  # a longer name, or a person's or a body's name across it
        if any(x.start == a and x.end >= m.end("kind") and x.type in {"Association", "Company", "JointAuthority"}
               for x in inside):
            continue  # the recogniser read the name already
        name = " ".join(text[a:m.end("kind")].split())
        label = acr if alone else name if m.group("open") else f"{name} {acr}"
        found = Mention(start=a, end=b, surface=text[a:b], label=label, type="Association",
                        rule="association-acronym", acronym=acr, iri=mint("Association", fold(label)),
                        key=fold(label) or None)
        replace_mentions(per_sentence, starts, mentions, inside, found)
