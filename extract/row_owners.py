"""The employer of a person on a staff row that names no organisation: the organisation the page is about.

An organisation's own page lists its people one a row, the name, a comma and the post, and at most the unit in
lower case after another comma ("• Anna Kivi, toimialajohtaja, kotihoito", "Sihteeri: Pekka Puu,
palvelupäällikkö"). The row names no employer because the page is the employer's: the organisation it names
in its opening and most often. When the page's publisher is unknown (no e-mail domain of its own) the prose
rules found nothing for such a row. Only a row whose whole line is the name and its post is read (a row with a
capitalised third field names its own organisation, one the recogniser may have missed), and only an
organisation the page's opening names and names more often than any other employer its opening names
(extract/board_runs.py `page_organisation`, which finds the owner of a board's roster so).
"""

from __future__ import annotations

import re
import weakref

from welfare_kg.extract.board_runs import page_organisation
from welfare_kg.extract.model import Mention
from welfare_kg.extract.spans import SpanIndex

# before the name on its line: a bullet, a label ("Sihteeri:", "1. varajäsen:"), nothing else
_ROW_HEAD = re.compile(r"[ \t]*(?:[•·▪◦*–-][ \t]*)?(?:(?:\d{1,2}\.[ \t]*)?[A-Za-zÅÄÖåäö][\w .-]{0,30}:[ \t]*)?")
# how far before the name its line may start (a bullet and a label)
_HEAD_REACH = 40
# after the name: the post, and at most a lower-case unit, to the line's end
_ROW_TAIL = re.compile(r",[ \t]*[^,\n(]{3,80}(?:,[ \t]*[a-zåäö][^,\n]{0,60})?[ \t]*\.?[ \t]*(?=\n|$)")
# the kinds of organisation that employ the people of their own pages
_EMPLOYERS = {"WellbeingCounty", "JointAuthority", "Association", "Foundation", "Company", "Agency", "Municipality",
              "Parish", "CompetenceCentre"}
# how far the opening of a page reaches: its title, a lead paragraph (a board's roster looks at its title alone)
OPENING = 600
# the page's organisation, counted once per document's index of mentions (a page may have thousands of rows)
_OWNERS: weakref.WeakKeyDictionary[SpanIndex[Mention], str | None] = weakref.WeakKeyDictionary()


def staff_row_owner(person: Mention, mentions: SpanIndex[Mention], text: str) -> str | None:
    """The page's organisation for a person on a staff row of their own ("• Name, <post>[, <unit>]"), else None.

    `mentions`: the document's mentions by position, the same index for every person of the document."""
    line_start = text.rfind("\n", max(0, person.start - _HEAD_REACH), person.start) + 1  # not the page's start:
    if line_start == 0 and person.start > _HEAD_REACH:  # a page run into one line has 10^5 people
        return None
    if _ROW_HEAD.fullmatch(text, line_start, person.start) is None or _ROW_TAIL.match(text, person.end) is None:
        return None
    if mentions not in _OWNERS:
        _OWNERS[mentions] = page_organisation([m for m in mentions.spans if m.iri], _EMPLOYERS, OPENING)
    return _OWNERS[mentions]
