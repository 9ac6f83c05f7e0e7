"""The parts of a project and those who run them belong to the project (issue 12).

A document about one project lists its parts and their runners after a word for the parts: "Hankkeella on kaksi
osahanketta: A ja B", "Hankkeen työpaketit ovat A, B ja C", "Javist-päähankkeen toteuttaja on X ja osahankkeiden
toteuttajina Y, Z ja W". The sentence rules read a part named with its whole ("X-hankkeen Kainuun osahanke",
partOf:sub-project); a list after the plural part word names the whole only by "hanke" or not at all.

In a sentence with a word for parts (osahanke, osaprojekti, työpaketti, delprojekt, osakokonaisuus) in the plural or
counted ("kaksi osahanketta"), the whole is the project the sentence names that is no part itself (a name after the
part word is a listed part), else the document's main project (document_roles.main_project):
- each project or work package named after the part word is partOf the whole ("partOf:listed-parts");
- where a word of running follows the part word ("osahankkeiden toteuttajina", "osahankkeita toteuttavat"), each
  organisation named after it takes part in the whole ("participatesIn:part-runners"): running a part is taking
  part in the project, the part itself is often left unnamed.
Nothing is added between things some rule already relates. The facts are read from a list's layout across the
sentence, so they carry their own rule names and a confidence below 0.5.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.document_roles import PARTICIPANTS, main_project
from welfare_kg.extract.model import Evidence, Fact, Mention, related_pairs
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.spans import outermost
from welfare_kg.extract.text import Sentence

CONFIDENCE = 0.4
MAX_CHARS = 600  # a longer "sentence" is a run of list lines or a table of contents
_PART_WORD = re.compile(r"(?i)(?<![\w-])(?:osahank|osaprojekt|työpaket|delprojekt|osakokonaisuu|toimintakokonaisuu)\w*")
# a relative clause in the plural after the part word says there are many: "…kokonaisuudesta, joita ovat A, B ja C"
_PLURAL_RELATIVE = re.compile(r"[ \t]*,[ \t]*(?:joita|jotka)[ \t]+(?:ovat|olivat)\b")
_COUNT_WORDS = {"kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän", "kymmenen",
                "useita", "useampia", "två", "tre", "fyra", "fem", "sex", "flera"}
# a word of running right after the part word: "osahankkeiden toteuttajina", "osahankkeita toteuttavat"
_RUNNING = re.compile(r"(?i)\s+(?:\w+\s+)?(?:toteuttaj\w*|toteuttav\w*|hallinnoij\w*|hallinnoi\w*|vetäj\w*|"
                      r"genomför\w*|driv\w*|ansvar\w*)")
PART_TYPES = {"Project", "WorkPackage"}


def project_part_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]], facts: Sequence[Fact],
                       morph: Morphology) -> list[Fact]:
    """partOf for the listed parts, participatesIn for the listed runners of parts, of the sentence's whole."""
    main = main_project(per_sentence)
    related = related_pairs(facts)
    out: list[Fact] = []
    for s, ms in zip(sents, per_sentence, strict=False):
        if len(s.text) > MAX_CHARS:
            continue
        part = next((p for p in _PART_WORD.finditer(s.text) if _plural_or_counted(s.text, p, morph)), None)
        if part is None:
            continue
        at = s.start + part.end()
        named = outermost([m for m in ms if m.iri and not m.generic])
        wholes = {m.iri for m in named if m.type == "Project" and m.end <= s.start + part.start()
                  and not _PART_WORD.search(m.label)}
        whole = next(iter(wholes)) if len(wholes) == 1 else (main if not wholes else None)
        if whole is None:
            continue
        ev = Evidence(s.text, s.start, s.end)
        running = _RUNNING.match(s.text, part.end())
        for m in named:
            if m.start < at or m.iri == whole or (m.iri, whole) in related:
                continue
            if m.type in PART_TYPES and not running:
                out.append(Fact(m.iri, "partOf", whole, ev, "partOf:listed-parts", CONFIDENCE))
            elif running and m.type in PARTICIPANTS and m.start >= s.start + running.end():
                out.append(Fact(m.iri, "participatesIn", whole, ev, "participatesIn:part-runners", CONFIDENCE))
            else:
                continue
            related.update({(m.iri, whole), (whole, m.iri)})
    return out


def _plural_or_counted(text: str, part: re.Match[str], morph: Morphology) -> bool:
    """"osahankkeet", "osahankkeiden", "työpaketteja", or counted: "kaksi osahanketta"."""
    before = text[:part.start()].split()
    if before and (before[-1].lower() in _COUNT_WORDS or before[-1].isdigit()):
        return True
    # "kolmesta toisiinsa nivoutuvasta toimintakokonaisuudesta": an inflected numeral a few words before
    if any(a.cls == "lukusana" and a.base.lower() not in {"yksi", "ensimmäinen"} for w in before[-3:]
           for a in morph.analyse(w.strip(",.:;"))):
        return True
    if _PLURAL_RELATIVE.match(text, part.end()):
        return True
    readings = morph.analyse(part.group(0))
    return bool(readings) and all(a.number == "plural" for a in readings)
