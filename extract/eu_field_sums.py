"""An EU fund's grant whose sum stands in a fact box row: "EU-STÖD 372 226 EUR", "EU-tuki: 150 000 €".

An EU project card or a programme's project page says in prose that the programme or fund granted the project
support, and gives the sum only in its fact box, one field a line ("EU-STÖD 372 226 EUR €", "STATLIGE IR-MIDLER
...", "TOTALBUDGET ..."). The sum rules read a sum only in the grant's sentence, and document_sums.py only where
the document has one funder: a card whose prose names the programme and its fund (Interreg and ERUF) has two.

The field's label says whose money it is: the EU's, so it is the sum of the grants of the EU programmes and funds
the document names, toward the one receiver they fund. Only a label of EU money alone (not "EU- ja valtion
rahoitus", which adds the state's share) and one such field in the document.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from welfare_kg.extract.model import Entity, Fact
from welfare_kg.extract.money import find_amounts

SUFFIX = "+amount:eu-field"
# a line opening with a label of EU money alone, then the sum: "EU-STÖD 372 226 EUR", "EU-tuki: 150 000 €",
# "EU-rahoitus 80 000 euroa"
_EU_FIELD = re.compile(r"(?im)^[ \t]*EU[- ](?:stöd|stödet|bidrag|finansiering|tuki|tuen\s+määrä|rahoitus|"
                       r"rahoituksen\s+määrä)[ \t]*:?[ \t]*(?=\d)")
# an EU programme or fund among the funders (its name or acronym says so)
_EU_FUNDER = re.compile(r"(?i)\bEU\b|\bEU:n\b|Euroopan|Europeisk|Interreg|\bERUF\b|\bEAKR\b|\bESR\b|\bESF\b|"
                        r"\bEHR\b|\bAMIF\b|rakennerahasto|strukturfond|aluekehitysrahasto|socialfond|sosiaalirahasto")


def eu_field_amounts(text: str, facts: Sequence[Fact], entities: Mapping[str, Entity]) -> None:
    """Give the EU funders' grants without a sum the sum of the document's one EU money field."""
    bare = [f for f in facts if f.predicate == "funds" and f.amount is None and f.share is None
            and f.subject in entities and entities[f.subject].type in {"Programme", "Agency"}
            and _EU_FUNDER.search(" ".join([entities[f.subject].label, *entities[f.subject].labels]))]
    if not bare or len({f.object for f in bare}) != 1:
        return
    if any(f.predicate == "funds" and f.amount is not None and f.subject in {g.subject for g in bare} for f in facts):
        return  # an EU funder's grant with a sum of its own sentence: the field may be that one's
    values = set()
    for m in _EU_FIELD.finditer(text):
        line_end = text.find("\n", m.end())
        line = text[m.end():line_end if line_end >= 0 else len(text)]
        sums = [a for a in find_amounts(line) if not a.share]
        if not sums or sums[0].start != 0 or sums[0].approximate:
            return
        values.add(sums[0].value)
    if len(values) != 1:
        return
    value = next(iter(values))
    for f in bare:
        f.amount = value
        f.rule += SUFFIX
