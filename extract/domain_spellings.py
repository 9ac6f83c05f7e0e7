"""The organisation a page names whose name spells an e-mail domain: "johanna@aftereight.fi" and "Musikcafé After
Eight r.f.", "x@kirkkopalvelut.fi" and "Kirkkopalvelut ry", "x@msl.fi" and "Maaseudun Sivistysliitto".

The reference data knows the domains of public bodies and large organisations (gazetteer `by_domain`); an
association's or a small foundation's address is known only from the page itself, where its contact people give
their addresses and the organisation is named in the text or the address block. A domain's first label written as
one or more consecutive words of the name (the legal form left out), or as the initials of a name of several words,
ties the address to that organisation.
"""

from __future__ import annotations

import unicodedata

from welfare_kg.extract.model import Mention

# legal-form and filler words a domain leaves out ("r.f.", "ry", "Oy", "sr")
_LEGAL_FORMS = {"ry", "rf", "r", "f", "sr", "oy", "oyj", "ab", "ky", "osk"}
MIN_LABEL = 4  # a shorter label spelled by words is too common a word ("koti", "apu" would match anything)
MIN_INITIALS = 3  # "msl", "hdl": fewer letters are too many names' initials


def _ascii_words(name: str) -> list[str]:
    """The name's words in lower case without accents ("Musikcafé" -> "musikcafe", "Läheiset" -> "laheiset")."""
    folded = unicodedata.normalize("NFKD", name.lower())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    words = ["".join(c for c in w if c.isalnum()) for w in plain.replace("-", " ").split()]
    return [w for w in words if w and w not in _LEGAL_FORMS]


def spellings(name: str) -> set[str]:
    """Every domain label the name spells: runs of consecutive words, and the initials of all its words."""
    words = _ascii_words(name)
    out = {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    out = {s for s in out if len(s) >= MIN_LABEL}
    if len(words) >= MIN_INITIALS:
        out.add("".join(w[0] for w in words))
    return out


def spelled_organisation(domain: str, organisations: list[Mention]) -> str | None:
    """The one organisation among `organisations` whose name spells the domain's first label, else None."""
    label = domain.lower().split(".")[0].replace("-", "")
    if len(label) < MIN_INITIALS:
        return None
    found = {m.iri for m in organisations if m.iri and (label in spellings(m.label) or label in spellings(m.surface))}
    return found.pop() if len(found) == 1 else None
