"""An organisation written after a titled name and a comma, closing the list item: the person's employer.

Lists of speakers, boards and working groups write each member as "<title> <Name>, <organisation>":
"professori Ville X, Oulun yliopisto, ja tutkija Anna Y, Lapin yliopisto", "hallituksen jäsen Eevi X,
Kankaanpään Eläkeläiset ry,". The organisation, uninflected and ending the item (a comma, "ja", a full stop, the
line's end), is where the titled person works or sits; without this, a sentence naming two organisations left both
people without a post. A town there is read as no one's employer: after a seat it is the member's home
("puheenjohtaja Aino X, Kuopio"), after an office often only where the office is.

The shape is punctuation and case, no list of employers, so any publisher's lists read alike (the caption form with
no comma, "Olavi X Vestia", is `posts._caption_org`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.model import Mention

# what may follow the item's organisation: the next item (a comma, "ja", "och", "sekä"), a full stop, the line's end
_ITEM_END = re.compile(r"[ \t]*(?:[,.;)]|(?<![\w-])(?:ja|och|sekä|samt)(?![\w-])|$)", re.MULTILINE)
_COMMA = re.compile(r",[ \t]+")


def comma_employer(person: Mention, orgs: Sequence[Mention], text: str) -> Mention | None:
    """The organisation right after the name and a comma, in the nominative, ending the list item; None when the
    comma is followed by anything else (a title, a second name, a clause)."""
    comma = _COMMA.match(text, person.end)
    if comma is None:
        return None
    after = next((x for x in orgs if x.start == comma.end()), None)
    if after is None or after.type == "Municipality" or after.case not in {None, "nimento"} \
            or not _ITEM_END.match(text, after.end):
        return None
    return after


def home_town(person: Mention, town: Mention, text: str) -> bool:
    """A town written right after the name and a comma, uninflected and closing the item ("opettaja Mikko X,
    Järvenpää, mikko.x@..."): where the person lives or the office is, not who employs them."""
    comma = _COMMA.match(text, person.end)
    return comma is not None and town.type == "Municipality" and town.start == comma.end() \
        and town.case in {None, "nimento"} and _ITEM_END.match(text, town.end) is not None


def written_with_earlier(person: Mention, org: Mention, ms: Sequence[Mention], text: str) -> bool:
    """The organisation is written with another name before this person's: it closes that name's item
    ("toiminnanjohtaja A, Org\\npuheenjohtaja B, Kuopio"), or a Swedish preposition joins it to the title of the name
    right after it ("frivilligkoordinator för Org A, projektchef B"). It is that person's employer and says nothing
    of this one's."""
    if org.start >= person.start:
        return False
    if _APPOSED_BEFORE.search(text, max(0, org.start - 6), org.start) is not None and any(
            q.type == "Person" and q is not person and q.start == org.end + 1 and text[org.end] == " " for q in ms):
        return True
    return any(q.type == "Person" and q is not person and q.end <= org.start
               and comma_employer(q, [org], text) is org for q in ms)


# a Swedish preposition of where someone works, right before the organisation ("samordnare för X", "vid X")
_APPOSED_BEFORE = re.compile(r"(?<![\w-])(?:för|vid|hos)[ \t]+$")
