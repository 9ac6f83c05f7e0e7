"""Roman numerals in project names, and a programme named inside a project's name.

A follow-up project is named after the first with a numeral: "Lasten ja perheiden
hyvinvointipalveluiden kehittämishanke II", "Lapset ja perheet Kaste II hanke". The recogniser
stops a name at its head, so the second phase took the first phase's name (and its facts went
to a project of another period); a numeral before a spaced head ("Kaste II hanke") named
nothing, as a bare numeral is no name.

- A Roman numeral right after a project's head belongs to its name.
- "<programme> <numeral> <project head>" ("Kaste II hanke", "Kaste II jatkohankkeen") is a
  project; its name runs left over the nominative words before the programme on the same line
  ("Lapset ja perheet Kaste II hanke"), and the head's kind ("jatkohanke") does not change which
  project it is.
- A project whose name holds a programme of the reference data is part of that programme
  (rule partOf:programme-in-name).
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.relations import Clause, rule

ROMAN = r"(?:II|III|IV|VI|VII|VIII|IX|V|X)"
# a numeral right after a project's name: "kehittämishanke II", "-hanke III"
_AFTER = re.compile(rf"[ \t]+({ROMAN})(?![\w-])")
# "Kaste II hanke", "Kaste II jatkohankkeen": the numeral, then one word for a project
_NUMBERED_HEAD = re.compile(rf"[ \t]+({ROMAN})[ \t]+(\w*(?:hanke|hankkee|hanketta|projekti)\w*)(?![\w-])")
_PROJECT_HEAD = re.compile(r"(?i)(?:hanke|hankkee\w*|hanketta|\w*projekti\w*)$")
# words that may stand in a name before the programme: nominatives and the conjunction
_JOINERS = {"ja", "sekä", "och"}
_MAX_LEFT = 6  # words a name runs left over


def numeral_name_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                          morph: Morphology) -> list[list[Mention]]:
    """per_sentence with numerals joined to the project names they follow and "<programme> II hanke" read."""
    if not re.search(rf"\s{ROMAN}(?![\w-])", text):
        return per_sentence
    drop: set[int] = set()
    added: list[Mention] = []
    mentions = [m for ms in per_sentence for m in ms]
    for m in mentions:
        if m.type == "Project" and not m.generic and _PROJECT_HEAD.search(m.surface):
            after = _AFTER.match(text, m.end)
            if after is not None and not _NUMBERED_HEAD.match(text, m.end):
                drop.add(id(m))
                added.append(_with_numeral(m, after, text, morph))
        elif m.type == "Programme" and m.iri and not m.generic:
            numbered = _NUMBERED_HEAD.match(text, m.end)
            if numbered is not None and not any(x.type == "Project" and x.start < numbered.end() and
                                                numbered.start(2) < x.end for x in mentions if x is not m):
                added.append(_programme_project(m, numbered, text, morph))
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence


def _with_numeral(m: Mention, after: re.Match[str], text: str, morph: Morphology) -> Mention:
    """The same project name with its numeral: another phase, another project."""
    numeral = after.group(1)
    label = f"{m.label} {numeral}"
    key = f"{m.key}-{numeral.lower()}" if m.key and m.key.startswith("acronym:") else identity_key(label, morph)
    return Mention(start=m.start, end=after.end(), surface=text[m.start:after.end()], label=label, type=m.type,
                   iri=None, case=m.case, rule=m.rule, acronym=m.acronym, key=key or None,
                   parts=tuple(f"{p} {numeral}" for p in m.parts if p != m.label))


def _programme_project(prog: Mention, numbered: re.Match[str], text: str, morph: Morphology) -> Mention:
    """"Lapset ja perheet Kaste II hanke": the words before the programme on its line, the programme as
    written, the numeral and the head's base form."""
    start = _left_edge(text, prog.start, morph)
    head = numbered.group(2)
    bases = sorted({a.base.lower() for a in morph.analyse(head)})
    base = next((b for b in bases if b.endswith(("hanke", "projekti"))), head.lower())
    core = re.sub(r"\s+", " ", text[start:numbered.end(1)]).strip()
    end = numbered.end(2)
    readings = morph.analyse(head)
    return Mention(start=start, end=end, surface=text[start:end], label=f"{core} {base}", type="Project",
                   case=readings[0].case if readings else None, rule="programme-numeral",
                   key=identity_key(core, morph) or None, parts=(f"{core} hanke",) if base != "hanke" else ())


def _left_edge(text: str, at: int, morph: Morphology) -> int:
    """Where a name before a programme begins: back over nominative words and "ja" on the same line, from
    its first capitalised word."""
    line_start = text.rfind("\n", 0, at) + 1
    words = list(re.finditer(r"[^\s]+", text[line_start:at]))
    run: list[re.Match[str]] = []
    for w in reversed(words[-_MAX_LEFT:]):
        word = w.group(0)
        if word.lower() in _JOINERS:
            run.append(w)
            continue
        if not word.isalpha() or word.isupper():
            break  # "JOHDANTO", "1", "Keski-Suomessa;": a heading, a page number, punctuation
        readings = morph.analyse(word)
        if not readings or not all(a.case == "nimento" for a in readings):
            break
        run.append(w)
    while run and (run[-1].group(0).lower() in _JOINERS or not run[-1].group(0)[:1].isupper()):
        run.pop()  # the name opens with a capital: "Lapset ja perheet", not "ja perheet"
    return line_start + run[-1].start() if run else at


@rule("partOf:programme-in-name", "partOf",
      "'Lapset ja perheet Kaste II hanke': the programme named in a project's name")
def _programme_in_name(c: Clause) -> list[Fact]:
    facts = []
    for u in c.und:
        if u.type != "Project" or not u.iri or u.rule != "programme-numeral":
            continue
        for p in c.und:
            if p.type == "Programme" and p.iri and p.iri != u.iri and u.start <= p.start and p.end <= u.end:
                facts.append(Fact(u.iri, "partOf", p.iri, c.ev, "partOf:programme-in-name", 0.7))
    return facts
