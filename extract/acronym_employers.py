"""An organisation named only by its abbreviation in the genitive before a title and a person: "SLU:n pääsihteeri
Teemu X", "ESLUn seuratoiminnan kehittäjä Sari Y".

News and press releases quote people by their organisation's short name: a federation, a regional sports body or a
union that the page names in full later ("Hanketta hallinnoi Suomen Liikunta ja Urheilu SLU ry") or never. The
recogniser reads capitals only where it knows them (the reference data's acronyms) or where a legal form or a
bracket marks them, so the genitive stays unread and the post rule gives the person the organisation named before in
the sentence (in a list "A:n toimitusjohtaja X, SLU:n pääsihteeri Y" that is A, wrongly). The shape is specific:
capitals of three to eight letters in the genitive ("ACR:n" or "ACRn"), at most three lower-case words ending in a
known office title, then a person the recogniser read. The capitals are then an organisation: the one the document
names with those capitals as a word of its name or as its abbreviation, else an association of that short name
(the kind a page most often quotes this way). Political parties' abbreviations ("SDP:n puheenjohtaja") and
two-letter body abbreviations ("KH:n jäsen") are left alone: a party is no organisation of this graph, and the
bodies' abbreviations are read by extract/body_abbreviations.py.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.posts import ORG_TYPES, office_title
from welfare_kg.extract.recognition_words import PARTIES
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text_scans import matches

# the capitals in the genitive, then one to four lower-case words (the last the title), then the person
_SHAPE = re.compile(r"(?<![\w:./-])(?P<acr>[A-ZÅÄÖ]{3,8})(?::n|n)(?P<title>(?:[ \t]+[a-zåäö][\w-]*){1,4})[ \t]+"
                    r"(?=[A-ZÅÄÖ])")
_ROMAN = re.compile(r"[IVXLCDM]+")


def _named_with(acr: str, orgs: list[Mention]) -> Mention | None:
    """The document's organisation whose name holds the capitals as a word, or whose abbreviation they are."""
    return next((m for m in orgs if m.acronym == acr or acr in re.split(r"[\s()]+", m.label)), None)


def acronym_employer_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                              morph: Morphology) -> list[list[Mention]]:
    """per_sentence with the abbreviations read as organisations where a title and a person follow them."""
    index = SpanIndex([m for ms in per_sentence for m in ms])
    people = {m.start for ms in per_sentence for m in ms if m.type == "Person"}
    orgs = [m for ms in per_sentence for m in ms if m.type in ORG_TYPES]
    added: list[Mention] = []
    for hit in matches(_SHAPE, text):
        acr, a = hit.group("acr"), hit.start("acr")
        if acr.lower() in PARTIES or _ROMAN.fullmatch(acr) or hit.end() not in people \
                or index.overlapping(a, hit.end("acr")):
            continue
        if office_title(hit.group("title").split()[-1], morph) is None:
            continue
        same = _named_with(acr, orgs)
        typ, label = (same.type, same.label) if same is not None else ("Association", acr)
        added.append(Mention(start=a, end=hit.start("title"), surface=text[a:hit.start("title")], label=label,
                             type=typ, rule="acronym-employer", case="omanto", acronym=acr,
                             key=(same.key if same is not None else None) or fold(label) or None))
    return insert_mentions(per_sentence, starts, added) if added else per_sentence
