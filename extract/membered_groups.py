"""A bare steering or project group word followed by its members is one group: "ohjausryhmä koostui seuraavasti:",
"Ohjausryhmään kuuluivat:", "Styrgrupp Medlemmar:", "projektgruppen bestod av".

The body recogniser leaves a bare lower-case "ohjausryhmä" unread on purpose (data/body_heads.csv: alone it is a kind
of body, "every project has a steering group" in a funder's terms). But a project report that goes on to list who sat
in it names one particular group, the project's own, and extract/steering_groups.py then puts it in the project the
report is about. Here such a word becomes a Body mention when a verb or label of membership follows it in the same
sentence (koostua, kuulua, jäsenet, bestå, ingå, medlemmar). The capitalised bare word is already a mention; this
gives the same label, so both are one body.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention

# the group word (any case), then within a few words a word of membership; no sentence end between
_MEMBERED = re.compile(
    r"(?<![\w-])(?P<group>(?i:ohjausryhm|projektiryhm|hankeryhm)(?:ä|än|ään|ässä|ässä|ästä)|"
    r"(?i:styrgrupp|projektgrupp)(?:en|ens)?)(?![\w-])"
    r"(?P<gap>[^.!?\n]{0,40}?(?:[ \t:]|\n))"
    r"(?P<cue>koostu\w*|kuulu\w*|jäsen(?:et|inä|iä)\b|(?i:medlemmar)|bestod|består|ingår|ingick)")
_LABELS = {"ohjausryhm": "Ohjausryhmä", "projektiryhm": "Projektiryhmä", "hankeryhm": "Hankeryhmä",
           "styrgrupp": "Styrgrupp", "projektgrupp": "Projektgrupp"}


def membered_group_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int]) -> list[list[Mention]]:
    """per_sentence with a Body mention over each bare group word that its members follow (see above), where no
    mention covers the word yet."""
    added = []
    taken = [(m.start, m.end) for ms in per_sentence for m in ms]
    for found in _MEMBERED.finditer(text):
        a, b = found.span("group")
        if any(s < b and a < e for s, e in taken):
            continue
        word = found.group("group").lower()
        label = next(v for k, v in _LABELS.items() if word.startswith(k))
        added.append(Mention(start=a, end=b, surface=found.group("group"), label=label, type="Body",
                             rule="membered-group"))
    return insert_mentions(per_sentence, starts, added) if added else per_sentence
