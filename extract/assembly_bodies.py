"""Standing meetings of office-holders: "Lapin kunnanjohtajien kokous", "Pohjois-Savon sosiaalijohtajien kokous".

A region's municipal managers or social directors meet as a body that decides and nominates ("Lapin
kunnanjohtajien kokous päätti ..."), but its head "kokous" is otherwise any meeting, so the recogniser's body
heads (extract/entities.py) leave it out. Here it is a body only when the holders are named in the plural
genitive of a post, with the owner's name before them.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from welfare_kg.extract.model import Mention
from welfare_kg.extract.text_scans import matches

_KOKOUS = r"kokou(?:s|ksen|kselle|ksessa|ksesta|kseen|ksella|ksena|kseksi)"
# "Lapin kunnanjohtajien kokous", "Pohjois-Savon sosiaalijohtajien kokouksessa": owner, holders, meeting
_HOLDERS = re.compile(rf"\b(?P<owner>[A-ZÅÄÖ][\w-]*n)\s+(?P<holders>[a-zåäö]*(?:johtajien|päälliköiden))\s+"
                      rf"(?P<head>{_KOKOUS})\b")


def assembly_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                      text: str) -> None:
    """Add a Body mention for each standing meeting of office-holders (in place: the sentence lists and the
    flat list), unless a mention already covers its holders or head (the owner may be a known place)."""
    if "okou" not in text:
        return
    taken = [(m.start, m.end) for m in mentions]
    for m in matches(_HOLDERS, text):
        a, own, b = m.start(), m.start("holders"), m.end()
        if any(s < b and own < e for s, e in taken):
            continue
        label = f"{m.group('owner')} {m.group('holders')} kokous"
        mention = Mention(start=a, end=b, surface=text[a:b], label=label, type="Body", rule="body-assembly")
        si = max(0, bisect_right(starts, a) - 1)
        if si < len(per_sentence):
            per_sentence[si].append(mention)
        mentions.append(mention)
        taken.append((a, b))
