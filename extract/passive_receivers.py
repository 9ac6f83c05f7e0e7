"""A name in the nominative right before a passive grant verb receives the grant; it never gives it.

Finnish passive has no agent: "Yhdistykselle myönnettiin avustuksia" names no giver, and a page that writes the
receiver in the nominative instead of the allative ("X ry myönnettiin avustuksia seuraavasti:", a slip common in
organisations' own news) still says X got the money. The grant-list rule takes the nominative funder of a list's
opening line as its giver, which is right for an active verb ("Kaupunginhallitus myönsi avustuksia seuraavasti:")
and reverses the relation before a passive one, so that every row of the list is credited to the receiver. Reading
the verb's voice (not the name) keeps such a name out of the givers; the list then takes the paying organisation the
text named before, or none. Swedish writes the passive with -s ("X beviljades bidrag").
"""

from __future__ import annotations

import re

# the passive forms of granting and sharing out, present and past, Finnish and Swedish; at most one word between
# the name and the verb ("X ry myönnettiin", "X ry on myönnetty", "X ry myös myönnettiin")
_PASSIVE_AFTER = re.compile(
    r"[ \t]*(?:\w+[ \t]+)?(?:myönnettiin|myönnetään|on[ \t]+myönnetty|jaettiin|jaetaan|on[ \t]+jaettu|"
    r"osoitettiin|osoitetaan|beviljades|beviljas|har[ \t]+beviljats|tilldelades|tilldelas)\b",
    re.IGNORECASE)


def passive_receiver(text: str, end: int) -> bool:
    """Whether a name ending at `end` of `text` is followed by a passive grant verb (so it receives, not gives). A
    name that ends inside a word ("X -ohjelma|sta myönnettiin": an inflected name, the source of the money) or
    before a clitic ("X:n") is no nominative and says nothing here."""
    if end < len(text) and (text[end].isalnum() or text[end] in ":-"):
        return False
    return _PASSIVE_AFTER.match(text, end) is not None
