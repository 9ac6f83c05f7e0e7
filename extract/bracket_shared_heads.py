"""Associations named in a person's own bracket that share their head word with an association the text names.

Captions and member lists give each person's local association in a bracket with the seat: "Heikki X (Kauhajoen
Eläkkeensaajat, vpj), ... Liisa Y (Ikinuoret Eläkkeensaajat, sihteeri)". The recogniser reads a local association
whose first word is a town's genitive ("Kauhajoen Eläkkeensaajat"); one named otherwise ("Ikinuoret Eläkkeensaajat")
it left unread, and the person's post with it. Here a bracket right after a person's name that holds capitalised
words, a comma and a lower-case title names an association when its last word is the last word of an association
the text names elsewhere: the kind the text has shown to be a local association's name.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from welfare_kg.extract.model import Mention
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex

RULE = "bracket-shared-head"
# "(Ikinuoret Eläkkeensaajat, sihteeri)": capitalised words up to a comma, then a lower-case title and the close
_BRACKET = re.compile(r"\((?P<org>[A-ZÅÄÖ][\w-]*(?:[ \t]+[A-ZÅÄÖ][\w-]*){0,3})[ \t]*,[ \t]*[a-zåäö][\w.-]*"
                      r"(?:[ \t]+[\w.-]+){0,3}[ \t]*\)")


def bracket_shared_head_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                                 text: str) -> None:
    """Add an association for each such bracket (in place; see the module's docstring). Run after the local
    associations are read (extract/local_associations.py), whose names give the head words."""
    if "(" not in text:
        return
    heads = {x.label.split()[-1] for x in mentions if x.type == "Association" and len(x.label.split()) > 1}
    if not heads:
        return
    have: SpanIndex[Mention] | None = None
    for m in _BRACKET.finditer(text):
        words = m.group("org").split()
        if len(words) < 2 or words[-1] not in heads:
            continue
        if have is None:
            have = SpanIndex(list(mentions))
        a, b = m.start("org"), m.end("org")
        if have.overlapping(a, b):
            continue  # read already, as this or as another name
        person = [x for x in have.overlapping(max(0, m.start() - 2), m.start()) if x.type == "Person"]
        if not person or text[person[-1].end:m.start()].strip():
            continue  # the bracket must follow a person's name: it is that person's
        label = " ".join(words)
        found = Mention(start=a, end=b, surface=text[a:b], label=label, type="Association", case="nimento",
                        rule=RULE, iri=mint("Association", fold(label)), key=fold(label) or None)
        si = max(bisect_right(starts, a) - 1, 0)
        per_sentence[si] = sorted([*per_sentence[si], found], key=lambda x: x.start)
        mentions.append(found)
