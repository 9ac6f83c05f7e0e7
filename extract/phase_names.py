"""A project's numbered phases: "Kylille I", "Kylille II", and the ordinal that points to one ("Toista X-hanketta").

A project run in phases is named by its name and the phase's Roman number ("X I", "X II"), a heading each, while the
text about a phase calls it by the project's name with an ordinal: "Ensimmäistä X-hanketta hallinnoi A", "Toista
X-hanketta hallinnoi B". The recogniser reads "X-hanketta" as the project X and nothing in the heading, so each
phase's runner lands on the one project X, whose phases the annotation keeps apart (each a project of its own).

Here, once a project name the document reads (X, read with its kind word) stands somewhere with a Roman numeral right
after it ("X II synnytti ..."), that stretch is the phase's name; and a mention of X right after an
ordinal ("ensimmäinen", "toinen", "kolmas" in any case) is that phase, when the document names the phase of that
number. A bare X with no ordinal stays the project as a whole.
"""

from __future__ import annotations

import re
from dataclasses import replace

from welfare_kg.extract.layout import insert_untouched
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold, identity_key
from welfare_kg.extract.text_scans import matches

RULE = "phase-name"
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
# the phase's number after the name: a Roman numeral, a word of its own (not "X II-vaihe"); a digit is as often a
# sum's or a count's ("X 3 000 euroa")
_NUMERAL = re.compile(r"(?<=[\w)]) (?P<n>III|II|IV|V|I)(?![\w-])")
MAX_WORDS = 6  # words of a project's name looked up before a numeral
WINDOW = 120  # characters before a numeral its name is looked for in
# an ordinal right before the name, any case: "ensimmäinen", "ensimmäistä", "toisen", "toista", "kolmannessa"
_ORDINAL = re.compile(r"(?i)(?<![\w-])(?P<o>ensimmäi|toi|kolma|neljä)[a-zåäö]*[ \t]+$")
_ORDINALS = {"ensimmäi": 1, "toi": 2, "kolma": 3, "neljä": 4}
_ORDINAL_FORMS = re.compile(r"(?i)ensimmäi(?:nen|sen|stä|seen|sessä|sestä|selle|sellä)|"
                            r"toi(?:nen|sen|sta|seen|sessa|sesta|selle|sella)|"
                            r"kolma(?:s|nnen|tta|nteen|nnessa|nnesta|nnelle)|neljä(?:s|nnen|ttä|nteen|nnessä|nnelle)")
REACH = 40  # characters before a mention an ordinal is looked for in


def phase_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                   morph: Morphology) -> list[list[Mention]]:
    """per_sentence with each numbered phase of a project the document names, and the ordinal mentions of the
    project turned into mentions of the phase named (module docstring)."""
    projects = {m.label: m for ms in per_sentence for m in ms
                if m.type == "Project" and not m.generic and m.label and not m.label[-1:].isdigit()}
    if not projects:
        return per_sentence
    phases: dict[tuple[str, int], str] = {}  # (project label, number) -> the phase's label
    found: list[Mention] = []
    most = min(max(len(label.split()) for label in projects), MAX_WORDS)
    # one scan for the numerals, then the words before each looked up: no scan of the text per project
    for m in matches(_NUMERAL, text):
        line = text.rfind("\n", max(0, m.start() - WINDOW), m.start()) + 1 or max(0, m.start() - WINDOW)
        words = text[line:m.start()].split(" ")
        for w in range(1, min(most, len(words)) + 1):
            label = " ".join(words[-w:])
            if label in projects:
                a = m.start() - len(label)
                if a > 0 and (text[a - 1].isalnum() or text[a - 1] == "-"):
                    break
                n = m.group("n")
                name = f"{label} {n}"
                phases[(label, _ROMAN[n])] = name
                found.append(Mention(start=a, end=m.end(), surface=text[a:m.end()], label=name, type="Project",
                                     rule=RULE, case="nimento", key=_phase_key(label, _ROMAN[n], morph)))
                break
    if not phases:
        return per_sentence
    phased = {label for label, _ in phases}
    out = insert_untouched(per_sentence, starts, found)
    changed = False
    for k, ms in enumerate(out):
        for j, m in enumerate(ms):
            if m.type != "Project" or m.label not in phased or m.rule == RULE:
                continue
            before = _ORDINAL.search(text, max(0, m.start - REACH), m.start)
            if before is None or not _ORDINAL_FORMS.fullmatch(text, before.start(),
                                                               before.start() + len(before.group().rstrip())):
                continue
            number = _ORDINALS[before.group("o").lower()]
            name = phases.get((m.label, number))
            if name is None:
                continue
            if not changed:
                out = [list(x) for x in out]
                changed = True
            out[k][j] = replace(m, label=name, key=_phase_key(m.label, number, morph), iri=None)
    return out


def _phase_key(label: str, number: int, morph: Morphology) -> str:
    """The phase's identity key: the project's with the number kept (a name key drops a lone numeral, and the phase
    would merge with the project as a whole)."""
    return f"{identity_key(label, morph) or fold(label)}-{number}"
