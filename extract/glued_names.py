"""Two people's names a web page glued together when it lost the line break between them ("Hanna VirtanenMaarit
Ahlqvist vastaa ..."): a listed first name, a surname run into the next listed first name, then a capitalised word.

The glued word was read as a coined name in camel case ("VirtanenMaarit", a project) or as one person's surname
("Hanna VirtanenMaarit"). Split at the capital, the tokens give both people to the person rule.
"""

from __future__ import annotations

import re

from welfare_kg.extract.first_names import listed_first_name
from welfare_kg.extract.text import Token

# a surname (two letters or more, in lower case after its capital) glued to a capitalised next word
_GLUED = re.compile(r"([A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)([A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)")


def glued_at(toks: list[Token], k: int) -> int | None:
    """The length of the surname part of token k when it glues a surname to the next person's first name (a
    listed first name before it, a listed first name as its second part, a capitalised word after it)."""
    if k == 0 or k + 1 >= len(toks):
        return None
    m = _GLUED.fullmatch(toks[k].text)
    if m is None or not listed_first_name(toks[k - 1].text) or not listed_first_name(m.group(2)):
        return None
    after = toks[k + 1]
    if not (after.text[:1].isupper() and after.text.isalpha() and not after.text.isupper()):
        return None
    return len(m.group(1))


def split_glued_names(toks: list[Token], taken: set[int]) -> tuple[list[Token], set[int]]:
    """The tokens with each glued pair of names split in two, and `taken` renumbered to match."""
    cuts = {k: n for k in range(len(toks)) if k not in taken and (n := glued_at(toks, k)) is not None}
    if not cuts:
        return toks, taken
    out: list[Token] = []
    index: dict[int, int] = {}
    for k, t in enumerate(toks):
        index[k] = len(out)
        n = cuts.get(k)
        if n is None:
            out.append(t)
        else:
            out.append(Token(t.text[:n], t.start, t.start + n))
            out.append(Token(t.text[n:], t.start + n, t.end))
    return out, {index[k] for k in taken}
