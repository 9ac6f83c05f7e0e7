"""A name's hyphen that a transcript's line or column break parted from the rest of the name.

A PDF or a docplayer page flattened into running text keeps a space where the page broke a line after a
compound's hyphen: "OVOK- tukiyhdistyksen", "PSK- Aikuisopiston", "Pohjois- Karjalan", "Diakonia-
ammattikorkeakoulun". Read so, the name is two words and the first a stray part: the organisation, region or
project is lost or cut in two. Finnish and Swedish write a hyphen before a space in one construction only, the
elided coordination ("sosiaali- ja terveyspalvelut", "Itä- ja Keski-Suomi", "vård- och omsorg",
"Pohjois-, Etelä- ja Keski-Savo"), where the next word is the conjunction or another elided part. So the space is
dropped after a name part (a capitalised word) ending in a hyphen unless the next word is a conjunction or itself an
elided part. A part in capitals is a heading's broken syllable as often as an acronym ("TAR- KASTUSTAPA",
"ESITYSLISTA- Yk"): it is joined only to a lower-case continuation ("PK- yritykset") or when the text writes the
same capitals as a word elsewhere ("PSK" beside "PSK- Aikuisopisto"); never to a word in capitals.
"""

from __future__ import annotations

import re

# conjunctions (and their abbreviations) after which a hyphen and its space are an elided coordination's
_CONJUNCTIONS = {"ja", "tai", "sekä", "eli", "taikka", "och", "eller", "samt", "o", "resp", "and", "or", "&"}

# a capitalised name part and its hyphen, a space, then the next token; the part starts a word
# (not the tail of a compound: "Etelä-Pohjanmaan-" is left to the rules as written)
_BROKEN = re.compile(r"(?<![\w-])([A-ZÅÄÖÉÜ][^\W_]*)- +(?=(\S+))")
# the word before a name part, on its line ("PRO" of "PRO SOS- hanke")
_BEFORE = re.compile(r"(\S+)[ \t]+$")


def _is_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _joins(prefix: str, token: str, text: str, before: str, named: dict[str, bool]) -> bool:
    """Whether `prefix`- and the `token` after its space are one hyphenated name (`before`: the word before it)."""
    word = token.rstrip(".,;:)")
    if not word or not word[0].isalpha() or word.lower() in _CONJUNCTIONS:
        return False
    if word.endswith("-"):
        return False  # "Pohjois- Etelä- ja Keski-Savo": a list of elided parts
    if _is_caps(word):
        return False  # a heading in capitals broken over two lines, or a heading beside a heading
    if word[0].islower() and before[:1].isupper():
        # a name of several words and its kind ("Hyvä Arki- hanke", "PRO SOS- hanke"): Finnish writes it
        # "Hyvä Arki -hanke", and the project rules read the name from the words before the hyphen as written
        return False
    if not _is_caps(prefix):
        return len(prefix) >= 2
    if word[0].islower():
        return True  # "OVOK- tukiyhdistys", "PK- yritykset"
    # "PSK- Aikuisopisto": only when the text names the capitals as a word of their own elsewhere (a scan of the
    # whole text, once for each capitals: `named` keeps the answers)
    if prefix not in named:
        named[prefix] = re.search(rf"(?<![\w-]){re.escape(prefix)}(?!- )(?![\w])", text) is not None
    return named[prefix]


def join_broken_hyphens(text: str) -> str:
    """`text` with the space dropped after every name part's hyphen a line break parted from its name."""
    named: dict[str, bool] = {}

    def repl(m: re.Match[str]) -> str:
        before = _BEFORE.search(text, max(0, m.start() - 80), m.start())
        if _joins(m.group(1), m.group(2), text, before.group(1) if before else "", named):
            return m.group(1) + "-"
        return m.group(0)
    return _BROKEN.sub(repl, text)
