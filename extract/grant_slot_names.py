"""Receivers in the allative slot of a grant verb whose names recognition does not know.

"Kunnanhallitus myöntää Juuan Yrittäjille 1 500 euron avustuksen", "Lautakunta myönsi Tanssikoulu Piruetille 700
euroa": the words between an active or passive grant verb and the sum (or the word for the grant) are the receiver,
whatever its name. Recognition reads names by their head word (ry, yhdistys, seura, säätiö, kaupunki, ...); a
plural nickname of an association ("Yrittäjät", "Eläkkeensaajat"), a dance school's or a choir's name ("Tanssikoulu
Piruetti", "Eno Big Band") has none, so the grant rules found no receiver and stated nothing.

The slot: right after the verb, one to five capitalised words, the last in the allative ("-lle"), then a sum or a
word of grant. Its name is the words as written with the last in its base form (Voikko's allative reading; a plural
allative "Yrittäjille" gives the plural "Yrittäjät" where the stem shows no consonant gradation, else nothing). A
slot recognition already read (wholly or by its last word) is left alone; places inside it ("Juuan", "Eno") are
words of the name. The mention is an Association unless its words say Project or Company (listed_receivers._kind);
the grant rules then read the sentence as for any named receiver.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.listed_receivers import allative_base as _allative_base
from welfare_kg.extract.listed_receivers import kind_of_name
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.prefilter import guarded
from welfare_kg.extract.role_slot_organisations import common_apart_from_places
from welfare_kg.extract.spans import SpanIndex

RULE = "grant-slot-receiver"
_SLOT = guarded(re.compile(
    r"\b(?:myöntää|myönsi|myöntävät|myönsivät|myöntänyt|myöntäneet|myönnetään|myönnettiin|myönnetty)[ \t]+"
    r"(?P<name>(?:[A-ZÅÄÖ][\w.&'’-]*[ \t]+){0,4}[A-ZÅÄÖ][\w'’-]*lle)"
    r"(?=[ \t]+(?:\d|yhteensä\b|[\w-]*avustu|[\w-]*apura|tukea\b|[\w-]*rahoitu|[\w-]*tuki\b|[\w-]*tuen\b))"))


def grant_slot_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                        morph: Morphology) -> list[list[Mention]]:
    """A mention for each unknown receiver in a grant verb's allative slot."""
    have = SpanIndex([m for ms in per_sentence for m in ms])
    added: list[Mention] = []
    drop: set[int] = set()
    for slot in _SLOT.finditer(text):
        a, b = slot.span("name")
        words = slot.group("name").split()
        last_start = b - len(words[-1])
        if any((m.end > last_start and m.type != "Person") or m.type == "Person" for m in have.overlapping(a, b)):
            continue  # recognition read the receiver (or a person is granted: no organisation)
        base = _allative_base(words[-1], morph)
        if base is None:
            continue
        label = " ".join([*words[:-1], base])
        if common_apart_from_places(label, morph):
            continue  # an event, a field of work, a thing granted for ("myönsi (Lapin) Kesäjuhlille 2 000 euroa")
        inside = [m for m in have.overlapping(a, b) if a <= m.start and m.end <= last_start]
        drop.update(id(m) for m in inside)
        added.append(Mention(start=a, end=b, surface=slot.group("name"), label=label, type=kind_of_name(label),
                             case="ulkotulento", rule=RULE, key=identity_key(label, morph) or None))
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence
