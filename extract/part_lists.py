"""The parts of a project named only where a text lists them after its word for parts (session 14, branch recog).

A project page names its work packages or sub-projects once, in a list after the word for them: "Hanke rakentuu
kolmesta toimintakokonaisuudesta, joita ovat Innostamo, Kunnostamo ja Kehittämö", "Työpaketit: A, B ja C", or a
heading over one a line ("Osahankkeet" / "Kotona kotona" / "Kylätalo"). The names are invented words the recogniser
does not know and no kind word marks them, so nothing else reads them; project_parts.py relates them to the whole
once they are mentions.

The list must be the whole of what follows the part word: two or more items, each capitalised, of a few words, in
the nominative (not "Osahankkeet toimivat Kainuussa, Oulussa ja Lapissa"), none of them a name something else read
(a town, an organisation: then the list is of places or runners, not parts). A work package word (työpaketti,
toimintakokonaisuus, osakokonaisuus, arbetspaket) gives WorkPackages, a sub-project word (osahanke, osaprojekti,
delprojekt) Projects.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.spans import SpanIndex, outermost
from welfare_kg.extract.text_scans import matches

RULE = "listed-part"
PART_TYPES = {"Project", "WorkPackage"}
ITEM_WORDS = 4
MAX_ITEMS = 8
# the word for parts, then what introduces their names: "…, joita ovat", "…: ", "… ovat", "… är"
_PART_THEN_LIST = re.compile(
    r"(?i)(?<![\w-])(?P<word>osahank|osaprojekt|työpaket|toimintakokonaisuu|osakokonaisuu|delprojekt|arbetspaket)"
    r"\w*(?:[ \t]+(?:[1-9]|\w+))??"
    r"(?P<intro>[ \t]*,[ \t]*(?:joita|jotka)[ \t]+(?:ovat|olivat)[ \t]+|[ \t]*:[ \t]*\n?[ \t]*|"
    r"[ \t]+(?:ovat|är)[ \t]+)")
_WORK_PACKAGE = {"työpaket", "toimintakokonaisuu", "osakokonaisuu", "arbetspaket"}
_JOINER = re.compile(r"[ \t]*(?:,|\bja\b|\bsekä\b|\boch\b)[ \t]*")
_ITEM = re.compile(r"[A-ZÅÄÖ][\w-]*(?:[ \t]+[\w-]+){0,3}")  # ITEM_WORDS words at most
_END = re.compile(r"[ \t]*(?:[.;]|\n|$)")


def part_list_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                       morph: Morphology) -> list[list[Mention]]:
    """per_sentence with the parts listed after a word for parts, where nothing was read there."""
    found: list[Mention] = []
    drop: set[int] = set()
    have: SpanIndex[Mention] | None = None
    lists = [(m, _items(text, m.end())) for m in matches(_PART_THEN_LIST, text)]
    lists += [(m, _lines(text, m.end())) for m in matches(_HEADING, text)]
    for m, items in lists:
        if items is None:
            continue
        if have is None:
            have = SpanIndex([x for ms in per_sentence for x in ms])
        if all(_PART_HEAD.search(text[a:b]) for a, b in items):
            # "Lapin osakokonaisuus": the part word is the name's head, a place before it only says which part
            spans = [(a, b, have.overlapping(a, b)) for a, b in items]
            if any(x.start < a or x.end >= b for a, b, xs in spans for x in xs):
                continue  # a name read across the line or of the whole line: that rule's reading stands
            drop |= {id(x) for _a, _b, xs in spans for x in xs}
        elif any(have.overlapping(a, b) for a, b in items) or not all(_nominative(text[a:b], morph) for a, b in items):
            continue  # a list of towns or runners, or of words in a case: no names of parts
        typ = "WorkPackage" if m.group("word").lower() in _WORK_PACKAGE else "Project"
        for a, b in items:
            label = text[a:b]
            found.append(Mention(start=a, end=b, surface=label, label=label, type=typ, rule=RULE,
                                 key=identity_key(label, morph) or None))
    return insert_mentions(per_sentence, starts, found, drop) if found else per_sentence


# a part's name whose last word is the part word in the nominative: "Lapin osakokonaisuus", "Arki-työpaketti"
_PART_HEAD = re.compile(r"(?i)(?:^|[ \t-])(?:osahanke|osaprojekti|työpaketti|toimintakokonaisuus|osakokonaisuus|"
                        r"delprojekt(?:et)?|arbetspaket(?:et)?)$")


# a heading of parts over their names one a line: "Työpaketit" / "• Innostamo" / "• Kunnostamo"
# or a lead-in that starts with the part word and ends in a colon: "Osakokonaisuuksien vastuutahoina toimii:"
_HEADING = re.compile(r"(?im)^[ \t]*(?:hankkeen[ \t]+|projektin[ \t]+|projektets[ \t]+)?(?P<word>osahank|osaprojekt|"
                      r"työpaket|toimintakokonaisuu|osakokonaisuu|delprojekt|arbetspaket)\w*"
                      r"(?P<lead>(?:[ \t]+[\w-]+){1,3}[ \t]*:|[ \t]*:?)[ \t]*\n(?:[ \t]*\n)?")
_LINE_HEAD = re.compile(r"[ \t]*(?:[-•*–·▪][ \t]*|\d{1,2}[.)][ \t]*)?(?:(?:työpaketti|tp|osahanke|delprojekt)[ \t]*"
                        r"\d{1,2}[ \t]*[:.–-][ \t]*)?", re.IGNORECASE)
_LINE_TAIL = re.compile(r"[ \t]+[–—-][ \t]|[ \t]*\(|[ \t]*:")
LINE_WORDS = 6


def _lines(text: str, pos: int) -> list[tuple[int, int]] | None:
    """The names of the lines from pos down to a blank line, each line one name (a bullet, a number, "Työpaketti
    1:" before it, a runner in brackets or after a dash behind it), or None when a line is no name."""
    out: list[tuple[int, int]] = []
    while pos < len(text) and len(out) <= MAX_ITEMS:
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        if not text[pos:end].strip():
            break
        head = _LINE_HEAD.match(text, pos, end)
        a = head.end() if head else pos
        tail = _LINE_TAIL.search(text, a, end)
        b = tail.start() if tail else len(text[:end].rstrip(" \t.;,"))
        name = text[a:b]
        if not name or not name[:1].isupper() or len(name.split()) > LINE_WORDS or re.search(r"[.!?]\s", name):
            return None
        out.append((a, b))
        pos = end + 1
    return out if 2 <= len(out) <= MAX_ITEMS else None


def _items(text: str, pos: int) -> list[tuple[int, int]] | None:
    """The spans of "A, B ja C" from pos to the sentence's or line's end, or None when that is not such a list."""
    out: list[tuple[int, int]] = []
    while len(out) <= MAX_ITEMS:
        item = _ITEM.match(text, pos)
        if item is None:
            return None
        a, b = item.start(), item.end()
        # an item ends before a joiner word it swallowed ("Innostamo ja Kehittämö" read as one run of words)
        inner = re.search(r"[ \t]+(?:ja|sekä|och)[ \t]+", text[a:b])
        if inner is not None:
            b = a + inner.start()
        out.append((a, b))
        joiner = _JOINER.match(text, b)
        if joiner is not None and joiner.end() > b:
            pos = joiner.end()
            continue
        if _END.match(text, b) is None:
            return None  # the list runs on into a sentence: "… ovat Innostamo, joka tarjoaa …"
        return out if len(out) >= 2 else None
    return None


def _nominative(item: str, morph: Morphology) -> bool:
    """Each word of a part's name a nominative or unknown to the dictionary (an invented name)."""
    for word in item.split():
        readings = morph.analyse(word)
        if readings and not any(r.case in {None, "nimento"} for r in readings):
            return False
    return True


def _headed_known_parts(per_sentence: list[list[Mention]], text: str) -> list[Mention]:
    """The projects and work packages a parts heading lists one a line that the recogniser had already read
    ("Osahankkeet" / "- Arjen apu -hanke" / "- Kotona kotona -hanke"): part_list_mentions leaves those lines to
    their mentions, and each line's name is a part all the same. Every line must start with such a name."""
    headings = list(matches(_HEADING, text))
    if not headings:
        return []
    by_start: dict[int, Mention] = {}
    for ms in per_sentence:
        for m in ms:
            prev = by_start.get(m.start)
            if m.iri and m.type in PART_TYPES and (prev is None or m.end > prev.end):
                by_start[m.start] = m  # the longest name starting at a line's start
    out: list[Mention] = []
    for h in headings:
        items = _lines(text, h.end()) or []
        named = [by_start.get(a) for a, _b in items]
        if items and all(m is not None and m.end >= b for m, (_a, b) in zip(named, items, strict=True)):
            out += [m for m in named if m is not None]
    return out


WHOLE_RULE = "partOf:listed-part-whole"
WHOLE_CONFIDENCE = 0.4


def listed_part_whole_facts(per_sentence: list[list[Mention]], facts: list[Fact], text: str) -> list[Fact]:
    """Each listed part (RULE) that no rule put in a whole is partOf the document's main project: a heading's list
    of parts names the whole nowhere near (project_parts.py reads a sentence that names it)."""
    from welfare_kg.extract.document_roles import main_project

    parts = [m for ms in per_sentence for m in ms if m.rule == RULE and m.iri] + _headed_known_parts(per_sentence, text)
    if not parts:
        return []
    whole = main_project(per_sentence)
    placed = {f.subject for f in facts if f.predicate == "partOf"}
    out: list[Fact] = []
    for m in parts:
        if whole is None or m.iri == whole or m.iri in placed:
            continue
        placed.add(m.iri)
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        line_end = len(text) if line_end < 0 else line_end
        out.append(Fact(m.iri, "partOf", whole, Evidence(text[line_start:line_end], line_start, line_end),
                        WHOLE_RULE, WHOLE_CONFIDENCE))
    return out


RUNNER_RULE = "coordinates:listed-part-runner"
RUNNER_CONFIDENCE = 0.4
# the heading's lead says the lines name who is responsible for each part: "Osakokonaisuuksien vastuutahoina
# toimii:", "Työpakettien vetäjät:", "Arbetspaketen och deras ansvariga:"
_RESPONSIBLE = re.compile(r"(?i)(?<![\w-])(?:vastuu|vastaa|vetäj|koordinoi|koordinaattor|ansvar|koordinator)\w*")
RUNNER_TYPES = {"Municipality", "JointAuthority", "WellbeingCounty", "Company", "Association", "Parish",
                "CompetenceCentre", "Agency", "Body"}


def listed_part_runner_facts(per_sentence: list[list[Mention]], facts: list[Fact], text: str) -> list[Fact]:
    """Under a heading that names the parts' responsible ones ("Osakokonaisuuksien vastuutahoina toimii:" over
    "1. Lapin osakokonaisuus: Kolpeneen palvelukeskus"), each organisation a part's line names after the part
    coordinates that part: the line pairs the part with its runner as a table would."""
    lines: list[tuple[int, int]] = []
    for h in matches(_HEADING, text):
        if _RESPONSIBLE.search(h.group("lead")):
            lines += [(text.rfind("\n", 0, a) + 1, a, b) for a, b in _lines(text, h.end()) or []]
    if not lines:
        return []
    mentions = [m for ms in per_sentence for m in ms if m.iri]
    related = {(f.subject, f.object) for f in facts}
    out: list[Fact] = []
    for line_start, a, b in lines:
        line_end = text.find("\n", b)
        line_end = len(text) if line_end < 0 else line_end
        part = next((m for m in mentions if m.start == a and m.end >= b and m.type in PART_TYPES), None)
        if part is None:
            continue
        runners = outermost([m for m in mentions if part.end <= m.start and m.end <= line_end])
        seen: set[str] = set()
        for m in runners:
            if m.type not in RUNNER_TYPES or m.iri in seen or (m.iri, part.iri) in related:
                continue
            seen.add(m.iri)
            out.append(Fact(m.iri, "coordinates", part.iri, Evidence(text[line_start:line_end], line_start, line_end),
                            RUNNER_RULE, RUNNER_CONFIDENCE))
    return out
