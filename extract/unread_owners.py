"""A title owned by a proper name nobody recognised: "Pakuion Österbottens verksamhetsledare X", "Kylätalo Revun
toiminnanjohtaja Y".

The prose post rule gives a title written beside a name to the organisation the sentence (or the one before) names,
else to the publisher. When a capitalised genitive stands right before the title, the text writes whose the title is:
if the recogniser knows that owner, another rule reads it; if it knows it not (an association, a firm, a unit no
reference list holds), the employer is written but unread, and the town or the funder the sentence also names is
someone else's. Development pages name mostly known organisations, so the fallback was rarely wrong there; pages
naming organisations nobody listed (the blind sets, and development pages with coined organisation names) lost
precision exactly here. Same idea as `unread_swedish_owner` (extract/swedish_posts.py), for a capitalised owner and
for the Finnish n-genitive.

Not an owner: a known organisation or place the recogniser read there (the owner is then known), an area inside a
name ("Österbottens" in an unread name is still unread), a sentence's first word that is a common noun ("Hankkeen
projektipäällikkö X": the page's project, read by other rules), a kind word ("Yhdistyksen", "Kaupungin"), an
acronym (which the recogniser reads when it knows it).
"""

from __future__ import annotations

import re

from welfare_kg.extract.entities import is_post
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.post_rows import org_read_over

# the capitalised genitive word (Finnish "-n", Swedish "-s"), then the title of one word (a "vs."/"vt."/"tf."
# before it), then the name: "Pakuion Österbottens verksamhetsledare ", "Revun toiminnanjohtaja "
_OWNED = re.compile(r"(?P<owner>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖa-zåäö][a-zåäöéü]+)?[ns])[ \t]+"
                    r"(?:(?:vs|vt|tf|va)\.?[ \t]+)?(?P<title>[a-zåäö][\w-]+)[ \t]*,?[ \t]+$")
REACH = 80  # characters before the name the owner and the title are read in
# readings of a word that is a proper name (or unknown: a coined or foreign name)
_PROPER = {"etunimi", "sukunimi", "paikannimi", "nimi", None}


def _sentence_start(text: str, at: int) -> bool:
    before = text[max(0, at - 3):at].rstrip(" \t")
    return not before or before[-1] in ".!?:;\n•–-\"”"


def unread_owner(person: Mention, ms: list[Mention], text: str, morph: Morphology) -> bool:
    """Whether the person's title is owned by a capitalised genitive that no recognised organisation covers."""
    hit = _OWNED.search(text, max(0, person.start - REACH), person.start)
    if hit is None or is_post(hit["title"], morph) is None:
        return False
    a, b = hit.span("owner")
    if org_read_over(person, ms, a, b):
        return False  # "Kuntaliiton toimitusjohtaja X": a known owner, read by the rules that read owners
    owner = hit["owner"]
    if is_post(owner, morph) is not None:
        return False  # "Toiminnanjohtajan sijainen X": a title's own genitive
    readings = morph.analyse(owner)
    if readings and not any(r.cls in _PROPER for r in readings):
        return False  # "Yhdistyksen", "Kaupungin", "Seuran": a kind word (at a sentence's start, capitalised)
    # "Hankkeen projektipäällikkö X" opening a sentence: a common noun (read also as a name), not a name
    return not (_sentence_start(text, a) and readings and any(r.cls == "nimisana" for r in readings))
