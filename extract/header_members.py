"""The member towns of the joint authority whose own document this is (issue 12).

A kuntayhtymä's minutes, meeting notice or page names the authority in its letterhead and its member towns further on:
in attendance rows, lists of representatives, cost shares, the towns whose services it runs. The wording differs from
one document to the next (a table, "Kemi: edustaja X", "kuntaosuudet"), so no phrase rule reads it; that the document
is the authority's own says it. Where the reference data knows the authority's area (data/joint_authorities.csv)
only its member towns count: an authority whose area is a whole region (a regional council, whose pages name towns for
their projects, or a sub-regional authority the data places only by its region) takes none, and a hospital district's
minutes naming a partner city give nothing for it; an authority the data does not know takes every town its
document names. Measured with the towns of a known region counted as members too, the facts were right less often
(dev +17 right of +39, the writing half +0 of +10), so the area is the reference data's list of towns alone.

A town's own minutes about the authority (the town's letterhead first, the authority in the title) are still read:
a town's minutes proposing or approving an authority often list its member towns, and dropping such documents lost
more required facts than wrong ones it saved.

Measured on the held-back half and dev together, the facts this adds were right 14 times of 27 (most of the rest are
true memberships the gold leaves out), so the confidence stays at the strict graph's edge.

A town named as a place says nothing of membership: where the meeting is held ("Kokouspaikka Harjavallan
pääterveysasema", "Plats: ... i Jakobstad (Stationsvägen 1)"), where something happens or is signed ("Lahden
Messukeskuksessa", "Punkaharjulla 29 / ..."). Such mentions (a locative case, a Swedish "i" before, a street address in
brackets after, a street right before ("Tuorlantie Piikkiö", "Purokatu 1, Raisio") or a numbered street after the
town's genitive ("Turun Paaskunnankadulle 39"), a genitive before a word in a locative case, or the value of a
"paikka"/"plats" field) are skipped (the adessive of having, "Hollolalla on kolme edustajaa", still counts); so is a
town written alone with a date after it ("Vasa 14.06.2017": where the minutes were signed; a member list writes
"Haminan kaupunki 24.4.2018").
On development (622 documents) the rule stated 51 facts, 21 right; with places skipped 30, 18 right: 18 wrong facts
gone from 10 documents of 9 publishers (a special-care samkommun's offices, meeting places of four kuntayhtymät,
signing places and dates), 3 optional ones lost, no required one.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import OPENING_CHARS
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.reference_areas import reference_areas

RULE = "partOf:header-authority-member"
CONFIDENCE = 0.5
# a document with a head and a body: in a text of a sentence or two, the opening is all there is, and an
# authority named there is one party of what the sentence says ("A ja B tekevät yhteistyötä X:n kanssa")
MIN_CHARS = 2 * OPENING_CHARS
# inessive, adessive, elative, ablative, illative, allative: "Lahdessa", "Punkaharjulla", "Kajaanista"
_PLACE_CASES = {"sisaolento", "ulkoolento", "sisaeronto", "ulkoeronto", "sisatulento", "ulkotulento"}
# a street address in brackets after the town: "Jakobstad (Stationsvägen 1)", "Kitee (Savikontie 15)"
_ADDRESS_AFTER = re.compile(r"\s*\([^()]{0,40}\d[^()]{0,10}\)")  # a line may break inside the brackets
# a street and its number after a town's genitive: "Turun Paaskunnankadulle 39" (where a unit is set up)
_STREET_NEXT = re.compile(r"\s+[A-ZÅÄÖ][\w-]*(?:kat|kad|tie|kuj|väyl|gatan|vägen)[\w]*\s+\d")
# a street, perhaps with its number, right before the town: a postal address ("Myllykyläntie 8, Loimaa",
# "Tuorlantie Piikkiö", "Stationsvägen 1, Jakobstad")
_STREET_BEFORE = re.compile(r"[A-ZÅÄÖ][\w-]*(?:katu|tie|kuja|väylä|gatan|vägen)(?:\s+\d+\s*[A-Za-z]?)?\s*,?\s*$")
# the next word in a locative case: the town is the genitive of a place ("Lahden Messukeskuksessa")
_LOCATIVE_NEXT = re.compile(r"\s+\w+(?:ssa|ssä|lla|llä)\b")
# a town written alone with a date after it: where and when something was signed ("Vasa 14.06.2017", "Kiteellä
# 12.3.2015"); a member list writes the town with its kind ("Haminan kaupunki 24.4.2018")
_DATE_AFTER = re.compile(r"[ \t]*,?[ \t]*\d{1,2}\.[ \t]?\d{1,2}\.[ \t]?(?:\d{4})?")
_HAVING_NEXT = re.compile(r"\s+(?:on|oli|ei|olisi|ovat)\b")
# the value of a place field of a meeting ("Kokouspaikka", "Paikka", "PAIKKA", "Sammanträdesplats:", "Plats och
# tid"), and the town the minutes are checked, signed or laid out for the public in ("PÖYTÄKIRJAN TARKASTUS Iisalmi",
# "Justering: Jakobstad", "PÖYTÄKIRJA YLEISESTI NÄHTÄVILLÄ Iisalmi")
_PLACE_FIELD = re.compile(r"(?:[Pp]aikka|PAIKKA|[Pp]lats(?: och tid)?|[Tt]arkastus|TARKASTUS|[Jj]ustering|JUSTERING|"
                          r"[Nn]ähtävillä|NÄHTÄVILLÄ)"
                          r"\s*:?\s+[^.\n]{0,60}$")


def header_member_facts(text: str, mentions: list[Mention]) -> list[Fact]:
    """Each town named in a document whose head names one joint authority is part of that authority (only the towns
    the reference data lists in its area, where it has one)."""
    if len(text) < MIN_CHARS:
        return []
    # a letterhead or a title names its authority in the nominative ("X:n kanssa" is a partner)
    heads = {m.iri for m in mentions if m.type == "JointAuthority" and m.iri and m.start < OPENING_CHARS
             and m.case in {None, "nimento"}}
    if len(heads) != 1:
        return []
    (authority,) = heads
    members = reference_areas().get(authority, frozenset())
    out: list[Fact] = []
    seen: set[str] = set()
    for m in mentions:
        if m.type != "Municipality" or not m.iri or m.iri in seen:
            continue
        if members and m.iri not in members:
            continue
        if _named_as_place(text, m):
            continue
        seen.add(m.iri)
        out.append(Fact(m.iri, "partOf", authority, Evidence(m.surface, m.start, m.end), RULE, CONFIDENCE))
    return out


def _named_as_place(text: str, m: Mention) -> bool:
    """Whether the town is named as the place of something (a meeting, an office, a signing), not as a member."""
    after = text[m.end:m.end + 60]
    if m.case in _PLACE_CASES:
        # "Hollolalla on kolme edustajaa" is the adessive of having, not of a place
        return not (m.case == "ulkoolento" and _HAVING_NEXT.match(after))
    if text[max(0, m.start - 2):m.start] == "i ":  # Swedish "i Pargas"
        return True
    if _ADDRESS_AFTER.match(after):
        return True
    if m.case == "omanto" and (_LOCATIVE_NEXT.match(after) or _STREET_NEXT.match(after)):
        return True
    if _STREET_BEFORE.search(text, max(0, m.start - 40), m.start):
        return True
    if len(m.surface.split()) == 1 and _DATE_AFTER.match(after):
        return True
    return bool(_PLACE_FIELD.search(text[max(0, m.start - 70):m.start]))
