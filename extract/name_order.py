"""The order of a two-word name read in running text: "Gran Nina, puheenjohtaja" is Nina Gran.

Lists of attendants and signatures are often written surname first ("Virtanen Matti jäsen", "Salonen Milena,
koordinaattori"). Inside a block of names extract/people.py votes the order for the whole block; a pair the
sentence-level person rule reads alone (a row the block reader did not take, a name before a post title in a
sentence) has no such vote, and was labelled as written. The annotation names every person "Firstname Surname",
so a surname-first label made one missed and one spurious person and lost the person's facts.

The order is decided by the words themselves: a first word that is no first name (neither in DVV's first-name
statistics, data/first_names.csv, nor a given name to Voikko, or one Voikko reads only as a surname) and a last word
that is one (the table or Voikko) is surname first. "Mikko Kari", "Anna-Maija Aalto", "Matti Virtanen" keep
their order, as their first word is a first name.
"""

from __future__ import annotations

from welfare_kg.extract.first_names import listed_first_name
from welfare_kg.extract.morphology import Morphology, given_name_as_written


def given_name(word: str, morph: Morphology) -> bool:
    """Whether `word` as written is a first name: DVV's table or Voikko's, or a hyphenated one whose first part
    is ("Anna-Maija", which neither may hold whole)."""
    if listed_first_name(word) or given_name_as_written(word, morph):
        return True
    head = word.split("-", 1)[0]
    return "-" in word and head[:1].isupper() and (listed_first_name(head) or given_name_as_written(head, morph))


def surname_first_pair(first: str, last: str, morph: Morphology) -> bool:
    """Whether the name written `first last` is surname first: `first` is no first name, or one Voikko reads only
    as a surname ("Salonen"), and `last` is a first name in its base form."""
    if not (last[:1].isupper() and given_name(last, morph)):
        return False
    readings = morph.analyse(first)
    if readings and all(r.cls == "sukunimi" for r in readings):
        return True
    return not given_name(first, morph)
