"""Projects a page names only in passing, as examples of other projects, are never the page's own project.

Many role rules fall back on the page's project when a sentence names none ("Hankkeen kumppanit: A, B",
"Hanketta hallinnoi X", a card's rows): page_project.py counts the projects a page names for all of them
(relations.document_project, document_roles.main_project, cooccurrence.most_named_project, lists). A plan whose
own title the recogniser misses ("<Name> - <ACRONYM> Hankesuunnitelma" with words the recogniser reads otherwise)
may then name no project but one in its list of partners: "Yhteistyötahot: ... sekä samanaikaiset hankkeet kuten X:n
hallinnoima Y sekä Z:n hallinnoima W -hanke". Y and W are other projects the page's project works beside, named
as examples of a plural project word ("hankkeet kuten", "hankkeita, esimerkiksi", "projekt såsom"), and every
partner of the page then joined Y.

A coined word the recogniser guessed to be a project (a glued capital, "VuottaEsitys", extract/entities.py rule
"camel-case") on a page that never speaks of a project in the singular ("hanke", "hankkeen", "projektet") is no
project the page is about: "VuottaEsityksen rehtori", "VuottaEsityksen ja 14 kunnan edustajat" name a school, and
every town that signed the school's agreement joined the guessed project.

`mark_passing_projects` marks such mentions (`Mention.aside`); page_project.py leaves them out, so the page's project
is another one it names, or none (a role with no project to attach to is left unsaid, not given to Y). The
mentions stay, and sentence rules still read them where the sentence itself ties a party to them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from welfare_kg.records import Mention

# a plural project word followed by a word that opens examples: "hankkeet kuten", "hankkeita, esimerkiksi",
# "hankkeissa mm.", "projekten såsom", "projekt som t.ex."
_EXAMPLES = re.compile(
    r"(?i)(?<![\w-])[a-zåäö-]*(?:hankke(?:et|ita|issa|isiin|ihin|ista|iden|illa|ille)|"
    r"projekti(?:t)|projekte(?:ja|issa|ihin|ista|ille)|projekten|projekt)"
    r"[ \t]*,?[ \t]*(?:kuten|esimerkiksi|esim\.|mm\.|muun muassa|såsom|som till exempel|som t\.ex\.|t\.ex\.|"
    r"bl\.a\.|till exempel)(?![\w])")
# a project in the singular, the page's own: "hanke", "hankkeen", "Kehittämishankkeessa", "projektet"
_SINGULAR_PROJECT = re.compile(r"(?i)(?<![\w-])[a-zåäö]*(?:hanke|hankkee(?:n|ssa|sta|seen|lla|lle|lta|na|ksi)|"
                               r"hanketta|projekti(?:n|a|ssa|sta|in|lla|lle|lta|na|ksi)?|projekt(?:et|ets)?)(?![\w])")
REACH = 300  # characters from the example word to the name: one list of examples
# what ends the list of examples before the name: a sentence end, a new line, a field label's colon
_LIST_END = re.compile(r"[.!?][ \t]+[A-ZÅÄÖ]|\n|:(?=\s)")


def mark_passing_projects(text: str, mentions: Iterable[Mention]) -> None:
    """Mark the project mentions that stand in a list of examples after a plural project word, and the guessed
    coined names of a page that speaks of no project of its own."""
    cues: list[int] | None = None
    singular: bool | None = None
    for m in mentions:
        if m.type != "Project" or m.generic:
            continue
        if m.rule == "camel-case":
            if singular is None:
                singular = _SINGULAR_PROJECT.search(text) is not None
            if not singular:
                m.aside = True
                continue
        if cues is None:
            cues = [c.end() for c in _EXAMPLES.finditer(text)]
        if any(c <= m.start and m.start - c <= REACH and not _LIST_END.search(text, c, m.start) for c in cues):
            m.aside = True
