"""A project's name between a grant act and the project word it is granted to: "rahoituksen myöntämiseksi VETOS
Vetovoimaa toimitusketjujen osaamisella hankkeelle", "kehittämisrahan myöntäminen epro Tietoverkkoja ... -projektille".

A regional council's items are titled so: the act of granting (a "-minen" noun of myöntää/puoltaa/rahoittaa/osoittaa,
in the nominative or translative), then the project's name, then "hankkeelle"/"projektille" in the allative. The
name is everything between, whatever its words: adessives ("osaamisella"), allatives ("Forssan seudulle"),
elatives ("Tiedosta kasvun taito"), a lower-case coined word ("epro"), a number ("HÄJY 011"); the rules that walk
back from the head stop at such words and read a name cut short ("Forssan seudulle hanke") or run long over the act
("... valtion rahoituksen myöntämiseksi HÄJY"). The act says where the name starts; a project rule's reading of the
same name is replaced.

No name: a lower-case word Voikko knows opening it ("myöntäminen uudelle hankkeelle"), an organisation, body or
person inside it ("myöntäminen Hämeen liiton hankkeelle": whose project), more than twelve words; nor is a project
read over the act itself ("Avustuksen myöntäminen uudelle hanke", a sentence's capital taken for a name's).
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text_scans import matches

RULE = "grant-act-name"
MAX_WORDS = 12
_SHAPE = re.compile(r"\b\w*(?:myöntämi|puoltami|rahoittami|osoittami)(?:seksi|nen)[ \t]+"
                    r"(?P<name>[^\s.;:§!?\"”(][^.;:§!?\n\"”]{0,160}?)[ \t]*(?:[-–][ \t]?)?"
                    r"(?<=[\s\-–])(?P<head>hankkeelle|projektille)\b")
# the types that say whose the project is when they stand in its place ("Hämeen liiton hankkeelle")
_PLACE_TYPES = {"Municipality", "Region", "CooperationArea"}
_UNDERTAKINGS = {"Project", "Programme", "WorkPackage"}
_ACRONYM = re.compile(r"[A-ZÅÄÖ][A-ZÅÄÖ0-9]{1,9}-?")


def _opens_name(word: str, morph: Morphology) -> bool:
    """A name's first word: a capital, or a coined word in lower case that Voikko does not know ("epro")."""
    if word[:1].isupper() or word[:1].isdigit():
        return True
    return word.isalpha() and all(a.cls is None for a in morph.analyse(word))  # a guess only: no word class


def grant_act_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                       morph: Morphology) -> list[list[Mention]]:
    """per_sentence with the names read between a grant act and "hankkeelle"/"projektille", and without the project
    readings of the same words that the head-walking rules made."""
    if "hankkeelle" not in text and "projektille" not in text:
        return per_sentence
    index = SpanIndex([m for ms in per_sentence for m in ms])
    added: list[Mention] = []
    drop: set[int] = set()
    for hit in matches(_SHAPE, text):
        a, b = hit.span("name")
        # a project read over the act itself ("Avustuksen myöntäminen uudelle hanke") names nothing: the act is done to
        # a project, never part of its name
        drop |= {id(m) for m in index.overlapping(hit.start(), a - 1) if m.type == "Project"}
        name = re.sub(r"\s+", " ", hit.group("name")).strip()
        words = name.split()
        if not words or len(words) > MAX_WORDS or not _opens_name(words[0], morph):
            continue
        inside = index.overlapping(a, b)
        if any(m.type not in _UNDERTAKINGS and not (m.type in _PLACE_TYPES and m.start > a) for m in inside):
            continue  # an organisation, a body or a person, or a place opening it: whose project, not its name
        if any(m.type in {"Programme", "WorkPackage"} for m in inside):
            continue
        drop |= {id(m) for m in inside if m.type == "Project"}
        first = words[0]
        parts: tuple[str, ...] = ()
        if len(words) > 1 and _ACRONYM.fullmatch(first):
            parts = (first.rstrip("-"),)  # "VELOG- Vetovoimaa logistiikalla Forssan seudulle": its short name too
        added.append(Mention(start=a, end=b, surface=text[a:b], label=name, type="Project", rule=RULE, parts=parts,
                             case="ulkotulento", key=identity_key(name, morph) or None))
    return insert_mentions(per_sentence, starts, added, drop) if added or drop else per_sentence
