"""Projects named in a minutes item's title before a compound head in the genitive and the matter decided:
"Iijoen kalatiet yhteishankkeen rahoitus vuosille 2016-2018", "Kouvolan rautatie- ja maantieterminaalin (Kouvola RRT)
kehittämishankkeen rahoitus".

An item title names what the meeting decides. When it runs "<name> <X>hankkeen <procedural noun>" (funding,
approval, starting, a municipal share), the project is the name with its head in the nominative ("Iijoen kalatiet
yhteishanke"), and the item's decision is about it. The rule for a head written apart ("X hankkeen rahoitus",
item_titles.title_projects) does not read a compound head ("yhteishankkeen"), and the compound-name rule stops at a
nominative plural ("kalatiet") or a bracketed acronym before the head, so the item decided about nothing named.

`compound_head_projects` reads such titles: the procedural noun a verbal noun ("-minen") or one of PROCEDURAL, the
name one to MAX_NAME_WORDS words opening with a capital, with no verb in it; an acronym in brackets inside the name is
kept as another of its names and left out of the label. A title where a project is already read is left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology, verbless
from welfare_kg.extract.names import identity_key
from welfare_kg.records import DocumentRecord

RULE = "item-title-compound-head"
MAX_NAME_WORDS = 8
MAX_SLACK = 40  # characters past an item's end its title may run to (page numbers inside it)
# the matters an item decides about a project, besides the verbal nouns ("rahoittaminen", "hyväksyminen")
PROCEDURAL = {"rahoitus", "kuntaosuus", "kuntarahoitus", "rahoitusosuus", "omarahoitusosuus", "kuntarahoitusosuus",
              "hakemus", "rahoitushakemus", "loppuraportti", "väliraportti", "jatkorahoitus", "lisärahoitus",
              "toteutus", "esittely", "tilannekatsaus"}
_TITLE = re.compile(r"(?P<name>[A-ZÅÄÖ][^\n:;]*?)\s+(?P<head>[a-zåäö]{3,}-?(?P<kind>hankkeen|projektin))"
                    r"\s+(?P<proc>[a-zåäö]+)\b")
_BRACKETS = re.compile(r"\s*\((?P<inner>[^()]{2,30})\)")
_NOMINATIVE = {"hankkeen": "hanke", "projektin": "projekti"}
# a name that is an organisation's, not a project's: "X ry:n kehittämishankkeen rahoitus" names the owner
_ORG_END = re.compile(r"(?i)(?:\bry|\boy|\boyj|säätiön|yhdistyksen|kunnan|kaupungin|kuntayhtymän|:n)$")


def _procedural(word: str) -> bool:
    return word.endswith("minen") or word in PROCEDURAL


def compound_head_projects(record: DocumentRecord, morph: Morphology, known: list[list[Mention]]) -> list[Mention]:
    """A Project mention over "<name> <X>hankkeen" at the start of each item title of that form."""
    projects = sorted(m.start for ms in known for m in ms if m.type == "Project" and not m.generic)
    out: list[Mention] = []
    for item in record.items:
        title = item.title.strip()
        found = _TITLE.match(title)
        if found is None or not _procedural(found.group("proc")):
            continue
        name = found.group("name")
        bare = _BRACKETS.sub("", name).strip()
        words = bare.split()
        if not 1 <= len(words) <= MAX_NAME_WORDS or _ORG_END.search(bare) or not verbless(bare, morph):
            continue
        # the title as the text writes it, which may run over a page number ("(Kouvola RRT) 75 kehittämishankkeen")
        spelt = re.compile(r"\s+(?:\d{1,4}\s+)?".join(map(re.escape, title[:found.end("head")].split())))
        where = spelt.search(record.text, item.start, item.end + MAX_SLACK)
        if where is None:
            continue
        at, written = where.start(), where.group(0)
        i = bisect_left(projects, at)
        if i < len(projects) and projects[i] < at + len(written):
            continue  # a project read inside the title already
        head = found.group("head")
        label = f"{bare} {head[:-len(found.group('kind'))]}{_NOMINATIVE[found.group('kind')]}"
        acronyms = tuple(b.group("inner") for b in _BRACKETS.finditer(name))
        out.append(Mention(start=at, end=at + len(written), surface=written, label=label, type="Project",
                           rule=RULE, parts=acronyms, key=identity_key(label, morph) or None))
    return out
