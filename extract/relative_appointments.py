"""Appointments whose appointee is named before the verb (issue 12).

extract/posts.py `appointment_facts` reads "<Body:n> puheenjohtajaksi nimettiin X": the body's genitive before
the seat, the person after it. Decisions also name the person first and appoint in a relative clause or the
passive perfect: "koordinaattorina toimii suunnittelija X, jonka nimeän ohjausryhmän sihteeriksi", "Kaupunginjohtaja
X on nimitetty yhteistyöryhmän jäseneksi". The group is then mostly written in lower case, so no mention of its
own: it is the document's one body of that kind (extract/composition_rows.py `named_group`).
"""

from __future__ import annotations

import re

from welfare_kg.extract.composition_rows import GROUP_WORD, named_group
from welfare_kg.extract.model import Evidence, Fact, Mention

RULE = "holdsPost:appointed-before"
_GROUP = rf"(?P<group>{GROUP_WORD})n"
_SEAT = r"(?P<seat>(?:vara)?puheenjohtaja|(?:vara)?jäsene|sihteeri)ksi\b"
# ", jonka nimeän ohjausryhmän sihteeriksi" / "on nimitetty yhteistyöryhmän jäseneksi", right after the name
_AFTER_NAME = re.compile(
    r"(?i)(?:[ \t]*,[ \t]*jonka[ \t]+(?:[a-zåäö]+[ \t]+){0,2}?(?:nime(?:än|ämme|ää|ävät|tään|ttiin|si|sivät)|"
    r"vali(?:tsen|tsemme|tsee|taan|ttiin|tsi|tsivät)|kutsu(?:n|taan|ttiin|i))"
    r"|[ \t]+on[ \t]+(?:nyt[ \t]+|myös[ \t]+)?(?:nimetty|nimitetty|valittu|kutsuttu))"
    rf"[ \t]+(?:[a-zåäö]+[ \t]+)?{_GROUP}[ \t]+{_SEAT}")
_POSTS = {"puheenjohtaja": "puheenjohtaja", "varapuheenjohtaja": "varapuheenjohtaja", "jäsene": "jäsen",
          "varajäsene": "varajäsen", "sihteeri": "sihteeri"}


def appointed_before_facts(mentions: list[Mention], text: str, facts: list[Fact]) -> list[Fact]:
    """holdsPost in the group for a person named right before ", jonka nimeän <group:n> <seat>ksi" or
    " on nimitetty <group:n> <seat>ksi"."""
    bodies = [m for m in mentions if m.type == "Body" and m.iri and not m.generic]
    if not bodies:
        return []
    have = {(f.subject, f.object) for f in facts if f.predicate == "holdsPost"}
    out: list[Fact] = []
    for p in sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start):
        hit = _AFTER_NAME.match(text, p.end)
        if hit is None:
            continue
        group = named_group(hit.start("group"), hit.group("group"), bodies)
        if group is None or (p.iri, group) in have:
            continue
        have.add((p.iri, group))  # type: ignore[arg-type]
        out.append(Fact(p.iri, "holdsPost", group, Evidence(text[p.start:hit.end()], p.start, hit.end()),  # type: ignore[arg-type]
                        RULE, 0.7, post=_POSTS[hit.group("seat").lower()]))
    return out
