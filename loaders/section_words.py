"""A document's section word in capitals, run into the line that follows it, on a line of its own again.

A PDF or docplayer transcript loses the break after a report's or a minutes' section heading: "3 TIIVISTELMÄ
Kylämäen Opisto hallinnoi ...", "LIITE 2 Kainuun liitto ...", "PÖYTÄKIRJA Kunnanhallitus ...". The rules read a run
of capitalised words as one name, so the heading word becomes the first word of an organisation's or a project's name
("TIIVISTELMÄ Kylämäen Opisto"). A section word (summary, appendix, minutes, agenda, contents, introduction,
background...) that opens a line is never part of a name: the space after it (and after an appendix's number) becomes
a line break when a capitalised word, not a heading in capitals, follows. One character for one: offsets stay.
"""

from __future__ import annotations

import re

# section and document words of Finnish and Swedish reports and minutes, written in capitals as headings; not the
# contents' heading ("SISÄLLYSLUETTELO Tiivistelmä Tausta ..."), whose run-on list extract/document.py
# `contents_span` reads from the heading's own line
_SECTION_WORDS = (
    "TIIVISTELMÄ", "LIITE", "LIITTEET", "PÖYTÄKIRJA", "PÖYTÄKIRJANOTE", "ESITYSLISTA", "JOHDANTO", "YHTEENVETO",
    "TAUSTA", "ESIPUHE", "ALKUSANAT", "SAATTEEKSI", "KOKOUSKUTSU", "SAMMANFATTNING", "BILAGA", "BILAGOR", "PROTOKOLL",
    "PROTOKOLLSUTDRAG", "FÖREDRAGNINGSLISTA", "INLEDNING", "BAKGRUND", "FÖRORD", "KALLELSE",
)
# at a line's start (after a page or section number), the word, an appendix's number, one space, then a word that
# starts with a capital and is not in capitals itself (a heading's next word: "TIIVISTELMÄ HANKKEEN TAVOITTEET")
_RUN_ON = re.compile(
    r"(?m)^([ \t]*(?:\d{1,3}(?:\.\d{1,2})*\.?[ \t]+)?(?:" + "|".join(_SECTION_WORDS) + r")(?:[ \t]+\d{1,3}[a-z]?)?)"
    r" (?=[A-ZÅÄÖ]\S*[a-zåäö])")


def break_section_words(text: str) -> str:
    """`text` with a line break after each section word in capitals that a transcript ran into a line."""
    return _RUN_ON.sub(lambda m: m.group(1) + "\n", text)
