"""Swedish agreement words in running text: "godkänner samarbetsavtalet", "utkastet till grundavtal för Österbottens
välfärdsområde".

Finnish compounds of "sopimus" are read anywhere (undertaking_names.py: a name by its modifiers, else the compound
alone as a generic mention that a decision can take, item_decisions.compound_agreement). Swedish compounds of "avtal"
were read only in item titles (item_titles.py), so a Swedish protokoll whose title is procedural ("Begäran om
utlåtande") and whose decision says "Stadsstyrelsen godkänner samarbetsavtalet" decided nothing. Here, in a Swedish
document, each compound of "avtal" of the collaboration kinds (not the bare word, which says nothing of which
agreement, nor a lease or a purchase) is a generic Agreement mention in its base form ("samarbetsavtal"); followed by
"för" and an organisation written as its genitive and kind ("för Österbottens välfärdsområde", "för Kustbygdens
samkommun") it is named by both, as Swedish names a basic agreement by the organisation it founds.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import identity_key

# a compound of "avtal" in the indefinite or definite singular (the plural "avtalen" is several agreements) whose first
# part makes it an agreement between organisations on working together, the kinds of the Finnish collaboration
# agreements (perussopimus, yhteistyösopimus, palvelusopimus, puitesopimus, aiesopimus): a lease, a purchase or a
# commission ("hyresavtal", "köpavtal", "uppdragsavtal") is a deal of the town's, which nobody annotates as one
_WORD = re.compile(r"(?<![\w-])(?P<word>(?:samarbets|samverkans|grund|service|partnerskaps|ram|köptjänst|tjänsteköps|"
                   r"avsikts|intentions|värdkommuns?|finansierings|anslutnings)-?avtal(?:et)?)(?![\w-])")
# the organisation an agreement is "för": capitalised genitives, then the kind word
_FOR = re.compile(r"[ \t]+för[ \t]+(?P<org>(?:[A-ZÅÄÖ][\w-]*s[ \t]+){1,3}(?:välfärdsområde|samkommun|"
                  r"kommunalförbund|kommun|stad|region|landskap|förbund|samordningsförbund)(?![\w-]))")


def swedish_agreement_mentions(text: str, language: str, per_sentence: list[list[Mention]], starts: list[int],
                               morph: Morphology) -> list[list[Mention]]:
    """per_sentence with an Agreement mention over each Swedish compound of "avtal" no mention covers (see above)."""
    if language != "sv":
        return per_sentence
    taken = sorted((m.start, m.end) for ms in per_sentence for m in ms)
    added = []
    for found in _WORD.finditer(text):
        a, b = found.span("word")
        if any(s < b and a < e for s, e in taken):
            continue
        word = found.group("word")
        base = word.removesuffix("et") if word.endswith("avtalet") else word
        owner = _FOR.match(text, b)
        if owner is not None:
            label = f"{base} för {' '.join(owner.group('org').split())}"
            end = owner.end()
            added.append(Mention(start=a, end=end, surface=text[a:end], label=label[:1].upper() + label[1:],
                                 type="Agreement", rule="swedish-agreement-for",
                                 key=identity_key(label, morph) or None))
            continue
        added.append(Mention(start=a, end=b, surface=word, label=base, type="Agreement", rule="generic-head",
                             generic=True, case="nimento" if word == base else None))
    return insert_mentions(per_sentence, starts, added) if added else per_sentence
