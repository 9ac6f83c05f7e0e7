"""Words between a genitive owner and the title before a name: the owner still names the post.

Finnish writes an employer in the genitive right before the title ("Laitilan kaupungin rakennustarkastaja X"),
and `posts.org_named_with_post` reads the owner only when it touches the title word. Two common shapes put a word
between them, and the owner is still whose post it is:

  * an adjective or a participle qualifying the title: "Mietoisten kunnan tekninen johtaja X", "Sellosalin
    johtava tuottaja X", "kunnan vs. sosiaalijohtaja X" (adjectives in -inen, present participles in -va/-vä, and
    the acting-official abbreviations);
  * an apposition of two titles, the first one the owner's and the second a title of the person's own:
    "Järjestön varapuheenjohtaja, kansanedustaja X" (the seat in the organisation, then the member of parliament).

The word in between is grammar (a derivational ending, a comma after a title), never a list of particular posts or
employers, so the rule reads any publisher's pages alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# the word right before the title: an adjective in -inen ("tekninen", "hallinnollinen"), a present participle
# ("johtava", "vastaava", "toimiva"), the acting abbreviations ("vs.", "vt.", "va.", "v.t."), or a title and a comma
_BETWEEN = re.compile(r"(?<![\w.-])(?:(?P<lead>[a-zåäö][\w-]{2,}),[ \t]+"
                      r"|(?P<adj>[a-zåäö]{3,}(?:inen|va|vä)|vs\.|vt\.|va\.|v\.t\.)[ \t]+)$")


def owner_end_before(text: str, title_start: int, is_title: Callable[[str], bool]) -> tuple[int, str | None] | None:
    """Where a genitive owner must end when a qualifier or a leading title stands before the title at
    `title_start`, and the leading title itself (None for a qualifier). None when neither is written there.

    `is_title` says whether a word is a title (an office or a meeting role): a comma after any other word
    ("Yhdistyksen kanssa, toiminnanjohtaja X") joins no apposition of titles.
    """
    hit = _BETWEEN.search(text, max(0, title_start - 40), title_start)
    if hit is None:
        return None
    lead = hit.group("lead")
    if lead is not None and not is_title(lead):
        return None
    return hit.start(), lead


# words that join names or clauses, never a title of the person after them ("puheenjohtaja, ja X")
_JOINERS = {"ja", "sekä", "tai", "eli", "och", "samt", "eller", "mutta", "men"}


def apposed_lead_title(words: list[str], idx: int, title_of: Callable[[str], str | None],
                       is_noun: Callable[[str], bool]) -> str | None:
    """The first of two titles in apposition before the name at token `idx` ("varapuheenjohtaja, kansanedustaja
    X"), when the word right before the name is a lower-case noun no title lexicon knows and a title in the
    nominative and a comma precede it: that first title is the post the sentence gives. `title_of` gives a word's
    title, or None; a verb between ("... ohjaajana, kertoo X") or an essive title joins no apposition."""
    if idx < 3 or words[idx - 2] != ",":
        return None
    word = words[idx - 1]
    if not (word.isalpha() and word[:1].islower()) or word in _JOINERS or not is_noun(word):
        return None
    lead = title_of(words[idx - 3])
    return lead if lead is not None and lead == words[idx - 3].lower() else None


# an association's chair: a seat, yet the association's own post when the text names no board of it ("Suomen Kylät
# ry:n puheenjohtaja", "valittiin yhdistyksen puheenjohtajaksi"); the annotation keeps it on the association
_CHAIRS = {"puheenjohtaja", "varapuheenjohtaja"}
_CHAIRED_KINDS = {"Association", "Foundation"}


def association_chair(post: str, owner_type: str) -> bool:
    """A chair's seat held in an association or a foundation named in the genitive (not in one of its bodies)."""
    return owner_type in _CHAIRED_KINDS and post in _CHAIRS  # "hallituksen puheenjohtaja": its board's
