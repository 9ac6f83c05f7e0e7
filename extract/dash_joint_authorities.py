"""Joint authorities named with the kind joined by a hyphen: "KUVES-kuntayhtymä", "Päijät-Hämeen koulutuskonserni
-kuntayhtymä", "Helsingin seudun ympäristöpalvelut -liikelaitoskuntayhtymä".

A joint authority that goes by a short name or a brand writes the kind after it with a hyphen: glued to an acronym
or a single word, or after a space when the name has several words (the spaced hyphen of Finnish compounds on a
phrase). The reference list holds the joint authorities of its day by their registered names; a short name, a
brand or a dissolved one was left unread, or read as the place or unit its first words name ("Päijät-Hämeen
koulutuskonserni" as a body), and the municipalities' membership and decisions lost an end. The hyphen before
"kuntayhtymä" is the evidence: it joins the kind to the words before it as one name. The label keeps those words as
written and the kind's base form.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex

RULE = "dash-joint-authority"
_KIND = r"(?P<kind>(?:liikelaitos)?kuntayhtym)(?P<ending>ä|än|ään|ässä|ästä|älle|ältä|ää|änä|äksi)(?![\w-])"
# "KUVES-kuntayhtymä", "Eksote-kuntayhtymän": one word glued to the kind
_GLUED = re.compile(rf"(?<![\w-])(?P<name>[A-ZÅÄÖ][\wåäöÅÄÖ]*(?:-[A-ZÅÄÖ][\wåäöÅÄÖ]*)?)-{_KIND}")
# "Päijät-Hämeen koulutuskonserni -kuntayhtymä": a capitalised word and up to four lower-case words, a spaced hyphen
_SPACED = re.compile(rf"(?<![\w-])(?P<name>[A-ZÅÄÖ][\wåäöÅÄÖ]*(?:-[A-ZÅÄÖ][\wåäöÅÄÖ]*)?"
                     rf"(?:[ \t]+[a-zåäö][\wåäö-]*){{0,4}})[ \t]+[-–]{_KIND}")
_GIVE_WAY = frozenset({"Municipality", "Region", "CooperationArea", "Body", "Association", "Company", "Agency",
                       "JointAuthority"})


def dash_joint_authority_mentions(text: str, per_sentence: list[list[Mention]],
                                  starts: list[int]) -> list[list[Mention]]:
    """per_sentence with each name joined to "kuntayhtymä" by a hyphen read as a joint authority."""
    if "kuntayhtym" not in text:
        return per_sentence
    have: SpanIndex[Mention] | None = None
    added: list[Mention] = []
    drop: set[int] = set()
    found = [(m, "-") for m in _GLUED.finditer(text)] + [(m, " -") for m in _SPACED.finditer(text)]
    for m, joint in found:
        if have is None:
            have = SpanIndex([x for ms in per_sentence for x in ms])
        inside = have.overlapping(m.start(), m.end())
        if any(x.type not in _GIVE_WAY or x.start < m.start() or x.end > m.end() for x in inside):
            continue  # a longer name read across it, or a person
        if any(x.type == "JointAuthority" and x.start == m.start() and x.end == m.end() for x in inside):
            continue  # read whole already
        label = f"{' '.join(m.group('name').split())}{joint}{m.group('kind')}ä"
        added.append(Mention(start=m.start(), end=m.end(), surface=m.group(), label=label, type="JointAuthority",
                             case="nimento", rule=RULE, iri=mint("JointAuthority", fold(label)),
                             key=fold(label) or None))
        drop.update(id(x) for x in inside)
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence
