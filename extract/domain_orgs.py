"""The organisation an e-mail domain names among those the document names, when no list knows the domain.

A contact block gives a person's address at their employer's domain ("marko.x@diakon.fi" under "Länsi-Suomen
Diakonialaitoksen säätiö", "anna.x@kylatalo.fi" beside "Kylätalo ry"). The reference list knows the domains of
towns, agencies and the large organisations (Gazetteer.by_domain); a local association or foundation it does not
know is still named on the page. The domain's first label is then the start of one word of the organisation's name
(or of its name run together): exactly one organisation of the document must so match, and the label must be long
enough to be a name's word, not a common abbreviation.
"""

from __future__ import annotations

from welfare_kg.extract.model import Mention
from welfare_kg.extract.names import fold

MIN_LETTERS = 5  # a shorter label ("oy", "kunta"'s "kun") begins too many words
EMPLOYER_TYPES = frozenset({"Association", "Company", "Parish", "JointAuthority", "CompetenceCentre"})


def document_domain_org(domain: str, mentions: list[Mention]) -> str | None:
    """The one organisation named in the document whose name's word (or whole name, run together) the domain's first
    label begins; None when none or several do."""
    first = fold(domain.split(".")[0]).replace("-", "")
    if len(first) < MIN_LETTERS or not first.isalpha():
        return None
    found = {m.iri for m in mentions if m.type in EMPLOYER_TYPES and m.iri and not m.generic
             and _begins(first, m.label)}
    return found.pop() if len(found) == 1 else None


def _begins(first: str, label: str) -> bool:
    words = [fold(w).replace("-", "") for w in label.split()]
    return "".join(words).startswith(first) or any(len(w) >= MIN_LETTERS and w.startswith(first) for w in words)
