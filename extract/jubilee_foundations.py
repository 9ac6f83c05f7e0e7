"""A jubilee foundation named by its founder's genitive and the anniversary: "Kymin Osakeyhtiön 100-vuotissäätiö",
"Kauppaopiston 75-vuotisjuhlasäätiön".

Companies, schools and towns found a foundation for their anniversary and name it so; the number glued to the kind
with a hyphen makes the kind no capitalised word (the tokeniser splits "100-vuotissäätiö" at the hyphen), so the
recogniser, which reads a foundation by its capitalised kind or its legal form, left the whole name unread and with
it the grants the page tells of. Here one to three capitalised genitives, the anniversary's number and a
"-vuotis(juhla)säätiö" compound name one foundation, labelled in the base form; a place or company read inside the
genitives gives way to it. A heading in capitals is left alone.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex

RULE = "jubilee-foundation"
_NAME = re.compile(r"(?<![\w-])(?P<owner>(?:[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?n[ \t]+){1,3})"
                   r"(?P<years>\d{2,3})-(?P<kind>vuotis(?:juhla)?säätiö)(?P<ending>[a-zåäö]*)(?![\w-])")
_GIVE_WAY = frozenset({"Municipality", "Region", "Company", "Association"})


def jubilee_foundation_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                                morph: Morphology) -> list[list[Mention]]:
    """per_sentence with a foundation for each "<genitives> <N>-vuotissäätiö" name."""
    if "vuotis" not in text:
        return per_sentence
    have: SpanIndex[Mention] | None = None
    added: list[Mention] = []
    drop: set[int] = set()
    for m in _NAME.finditer(text):
        cases = {a.case for a in morph.analyse("säätiö" + m.group("ending")) if a.base.lower() == "säätiö"}
        if len(cases) != 1:
            continue  # no case ending of "säätiö"
        if have is None:
            have = SpanIndex([x for ms in per_sentence for x in ms])
        inside = have.overlapping(m.start(), m.end())
        if any(x.type not in _GIVE_WAY or x.start < m.start() or x.end > m.end() for x in inside):
            continue  # a person's name or a longer name read across it
        label = f"{' '.join(m.group('owner').split())} {m.group('years')}-{m.group('kind')}"
        added.append(Mention(start=m.start(), end=m.end(), surface=m.group(), label=label, type="Association",
                             case=cases.pop(), rule=RULE, iri=mint("Association", fold(label)),
                             key=fold(label) or None))
        drop.update(id(x) for x in inside)
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence
