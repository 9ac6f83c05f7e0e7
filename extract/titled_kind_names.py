"""Associations named in title case with their kind as a word of its own: "Suomen Nuorisoseurojen Liitto",
"Hämeen Nuorisoseurain Liiton", "Satakunnan Metsästäjien Seura", "Keski-Suomen Kylien Yhdistys".

Older federations and their regional member federations write every word of the name capitalised, the kind
("Liitto", "Seura", "Yhdistys", "Säätiö") last and apart, and leave "ry" off in running text. The recogniser reads an
association by its legal form or by a kind glued into one capitalised compound ("Kehitysvammaliitto"), so such a
name was never read, or was read as the region its first word names ("Pohjois-Savon" -> the region) with the rest
lost. Two capitals say it is a name: the kind word is capitalised inside a sentence, and so is a common noun in the
genitive before it ("Nuorisoseurojen", "Kylien"), which no sentence capitalises unless it is part of a name. The label
keeps the words before the kind as written (a soft-hyphen break "Pohjois- Savon" closed up) and the kind's base form.
A shorter reading inside the span (a region, a town, a bare association) gives way to the whole name.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text_scans import matches

RULE = "titled-kind-name"
# the kinds and their inflected forms: a closed list, so that "Seurakunta" or "Seuraavat" never count
_KINDS = {
    "Liitto": ("Liitto", "Liiton", "Liittoon", "Liitossa", "Liitosta", "Liitolle", "Liitolta", "Liittoa", "Liittona"),
    "Seura": ("Seura", "Seuran", "Seuraan", "Seurassa", "Seurasta", "Seuralle", "Seuralta", "Seurana"),
    "Yhdistys": ("Yhdistys", "Yhdistyksen", "Yhdistykseen", "Yhdistyksessä", "Yhdistyksestä", "Yhdistykselle",
                 "Yhdistykseltä", "Yhdistystä", "Yhdistyksenä"),
    "Säätiö": ("Säätiö", "Säätiön", "Säätiöön", "Säätiössä", "Säätiöstä", "Säätiölle", "Säätiöltä", "Säätiötä",
               "Säätiönä"),
}
_FORMS = {form: base for base, forms in _KINDS.items() for form in forms}
# a capitalised word, hyphened parts allowed, also split by a soft-hyphen break ("Pohjois- Savon")
_WORD = r"[A-ZÅÄÖ][a-zåäö]+(?:-(?:[ \t]?[A-ZÅÄÖ])?[a-zåäö]+)*"
_NAME = re.compile(rf"(?<![\wåäöÅÄÖ-])(?P<words>{_WORD}(?:[ \t]+{_WORD}){{0,3}})[ \t]+"
                   rf"(?P<kind>{'|'.join(sorted(_FORMS, key=len, reverse=True))})(?![\wåäöÅÄÖ-])")
_OPENERS = {".", "!", "?", ":", "•", "-", "–", "*", "\n"}
# readings that make a name of the words before the kind in any case: the place or family whose the body is
_PROPER = {"paikannimi", "sukunimi", "etunimi"}


# the plural genitive's endings: what a word the dictionary lacks must end in to count ("Loloseurojen", "Kyläin")
_PLURAL_GENITIVE = re.compile(r"(?:jen|ien|ten|den|ain|äin)$")


def _common_genitive(word: str, morph: Morphology) -> bool:
    """Whether Voikko reads the word only as a common noun in the genitive ("Nuorisoseurojen", "Kylien"), or knows
    it not at all and it ends as a plural genitive does (a coined or compound word of a name: "Loloseurojen")."""
    readings = [r for r in morph.analyse(word) if r.cls is not None]  # the fallback's guesses carry no class
    if not readings:
        return "-" not in word and _PLURAL_GENITIVE.search(word) is not None
    return all(r.case == "omanto" and r.cls not in _PROPER for r in readings) \
        and any(r.cls == "nimisana" for r in readings)


def _sentence_start(text: str, pos: int) -> bool:
    """Whether pos opens a sentence, a line or a list item: a capital there says nothing."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _OPENERS or text[i].isdigit()


def titled_kind_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                         morph: Morphology) -> list[list[Mention]]:
    """per_sentence with each title-case association name read whole; the shorter readings inside it dropped."""
    if not any(form in text for form in ("Liit", "Seura", "Yhdisty", "Säätiö")):
        return per_sentence
    found: list[Mention] = []
    for m in matches(_NAME, text):
        first = m.start("words")
        # the words with their offsets, a soft-hyphen break closed up ("Pohjois- Savon" is one word)
        spans = [(w.start() + first, w.group().replace("- ", "-").replace("-\t", "-"))
                 for w in re.finditer(r"\S+-[ \t](?=[A-ZÅÄÖ])\S+|\S+", m.group("words"))]
        words = [w for _, w in spans]
        # the genitive common noun must stand inside the sentence, or follow a word of the name
        signal = [k for k, (pos, w) in enumerate(spans)
                  if _common_genitive(w, morph) and (k > 0 or not _sentence_start(text, pos))]
        if not signal:
            continue
        # the name starts at the first capitalised word that belongs to it: a sentence opener that is no genitive
        # ("Tänään Suomen Nuorisoseurojen Liitto ...") is left out
        lead = 0
        while lead < signal[0] and not any(r.case == "omanto" for r in morph.analyse(spans[lead][1])):
            lead += 1
        start = spans[lead][0]
        label = " ".join(words[lead:]) + " " + _FORMS[m.group("kind")]
        readings = morph.analyse(m.group("kind"))
        case = readings[0].case if readings else None
        found.append(Mention(start=start, end=m.end("kind"), surface=text[start:m.end("kind")], label=label,
                             type="Association", iri=mint("Association", fold(label)), case=case, rule=RULE,
                             key=fold(label) or None))
    if not found:
        return per_sentence
    have = SpanIndex([x for ms in per_sentence for x in ms])
    drop: set[int] = set()
    added: list[Mention] = []
    for new in found:
        inside = have.overlapping(new.start, new.end)
        if any(x.start < new.start or x.end > new.end for x in inside):
            continue  # a longer reading across the name's edge wins
        if any(x.type not in {"Region", "Municipality", "CooperationArea", "Association"} for x in inside):
            continue  # a person, a body or a project read there keeps its reading
        drop.update(id(x) for x in inside)
        added.append(new)
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence
