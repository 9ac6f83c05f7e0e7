"""A seat that a page's own organisation fills, qualified by the organisation's kind word only.

An association's annual report or a foundation's page names itself once in its title and then writes its kind:
"Yhdistyksen puheenjohtajaksi valittiin A", "Säätiön asiamieheksi nimettiin B". The genitive there is no other
organisation (extract/posts.py `appointment_facts` reads a bare seat on such a page as the page's, and a seat
a name's genitive qualifies as that name's), so without this reading the sentence gave nobody a post. The word must
fit the one organisation the title names ("Yhdistyksen" a registered association, "Säätiön" a foundation): a
federation's page that says "Yhdistyksen puheenjohtaja" may speak of a member association.

And a list of the elected runs on past any fixed reach when its names follow one another closely: a board of nine
with a deputy and a village for each ("A, Kylä (B, Kylä) C, ...") is 600 characters in one sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from welfare_kg.extract.model import Mention

# the kind word in the genitive, opening its sentence, right before the seat
_OWN_KIND = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=\n))(?P<kind>[Yy]hdistyksen|[Ss]äätiön|[Ll]iiton|[Ss]euran)"
                       r"[ \t]+$")
# a registered association's legal form: "ry" is "rekisteröity yhdistys"
_REGISTERED = re.compile(r"(?i)\s(?:ry|r\.y\.|rf|r\.f\.)$")
# the kind each genitive names, as a test of the organisation's name
_FITS = {
    "yhdistyksen": lambda label: "yhdistys" in label or _REGISTERED.search(label) is not None,
    "säätiön": lambda label: "säätiö" in label,
    "liiton": lambda label: "liitto" in label,
    "seuran": lambda label: "seura" in label,
}
KIND_REACH = 16  # characters before the seat searched for the kind word


def own_kind_before(text: str, at: int, own: Mention) -> bool:
    """The seat at `at` is qualified by the kind word of `own` (the page's own organisation) opening the sentence."""
    hit = _OWN_KIND.search(text, max(0, at - KIND_REACH), at)
    if hit is None:
        return False
    return _FITS[hit.group("kind").lower()](own.label.lower())


CHAIN_GAP = 60  # characters between two names of one list (a village and a deputy in brackets between them)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n")


def run_on(chosen: list[Mention], people: list[Mention], starts: list[int], text: str, limit: int) -> list[Mention]:
    """`chosen` (the people of a list up to a fixed reach, in text order) with the names that follow its last one
    closely, each within CHAIN_GAP of the one before, up to the sentence's end and `limit`. `people` are sorted by
    start and `starts` are their starts."""
    if not chosen:
        return chosen
    last = chosen[-1]
    end = _SENTENCE_END.search(text, last.end, limit)
    stop = end.start() if end else limit
    out = list(chosen)
    for p in people[bisect_right(starts, last.start):]:
        if p.start >= stop or p.start - out[-1].end > CHAIN_GAP:
            break
        if p.start >= out[-1].end:
            out.append(p)
    return out
