"""A programme's name compounded with a word for a project names a project of the programme, not the programme.

"Leader-hanke", "Leader-hankkeista", "Interreg-projekti" read as the programme (gazetteer: a programme's money or
project names it, as "ESR-hanke" names the fund), and that mention is right for the programme's own facts. But it is
no target of what the sentence says of "the project": "Hanke toteutetaan EU:n maaseuturahaston tuella ja hanke on yksi
Kalakukko ry:n rahoittamista Leader-hankkeista" speaks of a project the page names by its heading only; with the
programme as target the fund was read as funding Leader, and the project's runner as coordinating Leader. Nor is
such a compound the page's focus ("Leader-hanke" as a page title). Funds are left as they are (relations.py keeps
them out of the targets already).
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Mention

# the project word after the programme's name and a hyphen, in any case and number; a compound that goes on
# ("Elämänote-hankekokonaisuus", "-projektiohjelma") is a programme word again
_PROJECT_WORD = re.compile(r"(?i)[-‐–]\s*(?:osa)?(?:hanke|hanket(?:ta)?|hankk(?:ee|ei)\w*|"
                           r"projekt(?:i|in|ia|eja|ien|e[it]\w*|i[lns]\w*|et|en|er|erna)?)$")


def names_programme_project(m: Mention) -> bool:
    """The mention is a Programme written as "<programme>-hanke" (or "-projekti", "-projekt") in some form."""
    return m.type == "Programme" and _PROJECT_WORD.search(m.surface.strip()) is not None
