"""Project names that are letter-and-digit codes ("M20", "K30", "O4O") after a head word.

A code is a whole name, like an acronym: "Hanke M20 toimi Forssassa" names the project "M20",
and the verb after the code is no part of it (the name-after-head reading ran on over the
capitalised code into "M20 toimi"). The code keeps the identity the glued form "M20-hanke"
gets, so both spellings are one project.

A name spelled out before its code or acronym in parentheses ("Projektet Older people for older
people (O4O)") runs to the parenthesis when the code's letters are the initials of its words in
order (a digit standing for a short word: "4" for "for"); the head-then-name reading stopped at
the first capitalised word ("Older") or took the name without its short name.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import FINITE_MOODS, Morphology
from welfare_kg.extract.names import identity_key

# "M20", "K30", "O4O", "ABC2": capitals with digits inside or after them
CODE = re.compile(r"[A-ZÅÄÖ]{1,10}\d{1,4}[A-ZÅÄÖ]?\d*")
# a head word right before the mention: "Hanke M20", "hankkeessa K30", "projektet O4O"
_HEAD_BEFORE = re.compile(r"(?i)(?:hanke|hankkee\w*|hanketta|projekti\w*|projekt|projektet|projektets)[ \t]+$")
# words, then a code or acronym in parentheses: " people for older people (O4O)"
_SPELLED = re.compile(r"((?:[ \t]+[\w-]+){0,8}?)[ \t]+\((?P<code>[A-ZÅÄÖ][A-ZÅÄÖ0-9]{1,9})\)")


def code_name_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                       morph: Morphology) -> list[list[Mention]]:
    """per_sentence with project names that run from a code into a verb cut at the code, and names spelled
    out before their code run to it."""
    drop: set[int] = set()
    added: list[Mention] = []
    for ms in per_sentence:
        for m in ms:
            if m.type != "Project" or m.generic or " " not in m.surface:
                continue
            first, rest = m.surface.split(maxsplit=1)
            if not CODE.fullmatch(first) or not _HEAD_BEFORE.search(text, max(0, m.start - 40), m.start) \
                    or not _starts_with_verb(rest, morph):
                continue
            drop.add(id(m))
            added.append(Mention(start=m.start, end=m.start + len(first), surface=first, label=first, type="Project",
                                 case=m.case, rule="code-name", acronym=first, key=f"acronym:{first.lower()}"))
    for ms in per_sentence:
        for m in ms:
            if m.type != "Project" or m.generic or id(m) in drop:
                continue
            spelled = _SPELLED.match(text, m.end)
            if spelled is None or not spelled.group(1).strip():
                continue  # a name read whole up to its short name is left as the recogniser read it
            name = re.sub(r"\s+", " ", text[m.start:spelled.start("code") - 1].strip())
            code = spelled.group("code")
            if name == m.label == code or not _initials(name, code):
                continue
            label = f"{name} ({code})"
            drop.add(id(m))
            added.append(Mention(start=m.start, end=spelled.end(), surface=text[m.start:spelled.end()], label=label,
                                 type="Project", case=m.case, rule="spelled-code", acronym=code,
                                 key=identity_key(code, morph) or None, parts=(name, code)))
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence


def _initials(name: str, code: str) -> bool:
    """The code's letters open the name's words in order, its first letter the first word ("Older people for
    older people" for O4O); a digit stands for a short word ("for", "to")."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper() or words[0][:1].lower() != code[0].lower():
        return False
    k = 0
    for ch in code:
        while k < len(words) and not (words[k][:1].lower() == ch.lower() if ch.isalpha() else len(words[k]) <= 4):
            k += 1
        if k == len(words):
            return False
        k += 1
    return True


def _starts_with_verb(rest: str, morph: Morphology) -> bool:
    """The word after the code is in lower case and may be a finite verb ("toimi", "käynnistyi"): a name
    after a code goes on in capitals, so a verb reading is enough even where a noun shares the form."""
    word = re.match(r"[^\W\d_]+", rest)
    if word is None or not word.group(0).islower():
        return False
    return any(a.cls == "teonsana" and a.mood in FINITE_MOODS for a in morph.analyse(word.group(0)))
