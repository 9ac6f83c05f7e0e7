"""The titles of a list of items that a transcript runs into one line (issue 12).

A minutes transcript often prints its list of items as one line: "KÄSITELLYT ASIAT Otsikko Sivu 193 KOKOUKSEN
LAILLISUUS ... 202 ILMOITUSASIAT HULAUDEN VESIALUEEN KUNNOSTUSHANKKEEN 346 JATKOTOIMENPITEET", "83 X Oy / Y:n
vuokrasopimus 84 Z Oy / takauksen myöntäminen 85 ...". Read as one sentence, a verb of one title ("osallistuminen",
"myöntäminen") met an organisation of another and a project of a third, and the sentence rules paired them: a town
joining the next item's project, a company funding the previous item's agreement. extract/document.py cuts a list
printed a line per item at its numbered lines; this cuts the run-on line at the numbers between its titles (item
numbers and page numbers alike stand between two titles), so that each title is read on its own.

Only inside the list of items (document.contents_span) and only where the line holds at least RUN_ON_NUMBERS such
numbers: a title's own number ("Talousarvio 2015", "1 000 euroa" -- amounts keep the line whole anyway) is no list.
"""

from __future__ import annotations

import re

from welfare_kg.extract.text import Sentence

# a number of one to three digits between two titles: a space before it, a capitalised word after it
_TITLE_NUMBER = re.compile(r"(?<=\s)\d{1,3}(?=[ \t]+(?:§[ \t]+)?[A-ZÅÄÖ])")
RUN_ON_NUMBERS = 3


def run_on_titles(s: Sentence, contents: tuple[int, int] | None) -> list[int]:
    """Offsets where the titles of a run-on list of items start (the numbers before them), or [] for a sentence
    that is no such list: inside the list of items (`contents`, where the transcript has a heading for it), every
    number between titles; elsewhere, a run of consecutive item numbers ("74 Pöytäkirjan tarkastajien valitseminen
    75 Työjärjestyksen hyväksyminen 76 ..."), which no running text has."""
    numbers = list(_TITLE_NUMBER.finditer(s.text))
    if contents is not None and s.start < contents[1] and s.end > contents[0]:
        inside = [s.start + m.start() for m in numbers if contents[0] <= s.start + m.start() < contents[1]]
        if len(inside) >= RUN_ON_NUMBERS:
            return inside
    chain: list[int] = []
    best: list[int] = []
    for m in numbers:
        if chain and int(m.group()) == int(s.text[chain[-1] - s.start:].split(None, 1)[0]) + 1:
            chain.append(s.start + m.start())
        else:
            chain = [s.start + m.start()]
        best = max(best, chain, key=len)
    return best if len(best) >= RUN_ON_NUMBERS else []
