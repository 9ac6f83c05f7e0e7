"""A project named by its short name in capitals, a spaced dash and its spelt-out title, with no project word.

Minutes' item titles and lists of projects write a project as "ETKOT - Energiatehokkuuden kehittäminen
optimoimalla toimintaa" or "LUMO – lastensuojelun kehittäminen monialaisesti": the shape itself says what it is.
The recogniser reads such a name only before " -hanke" (extract/entities.py `_opening_acronym`); here the shape
alone is enough when:
- the capitals (3 to 12, not a Roman numeral) are no acronym of a known organisation, area or fund, and no
  capitalised word stands right before them ("PRO SOS – ...": a name of several words is left to the recogniser);
- the title after the dash is written in ordinary case (an all-caps line "TID - AIKA", "LIITTO - MELLERSTA
  ÖSTERBOTTENS FÖRBUND" is a letterhead), runs two to twelve words to the end of its line, a sentence end or
  another spaced dash ("YOUME - Mielenterveyden lähettiläät ... - Turun ammattikorkeakoulu": the runner follows),
  and names no organisation ("SOSTE – Suomen sosiaali ja terveys ry");
- nothing the recogniser read touches the capitals; a project, programme or agreement it read inside the title
  ends the title there (a contents list run into one line), and a title that runs on past twelve words leaves the
  capitals alone as the name.

The capitals are the project's identity (the key an "ETKOT-hanke" elsewhere in the text gets too), the whole
"ACR – title" its label.
"""

from __future__ import annotations

import re
import weakref

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text_scans import matches

# capitals, a dash spaced on both sides, the title's first word with a small letter in it
_SHAPE = re.compile(r"(?<![\w-])(?P<acr>[A-ZÅÄÖ][A-ZÅÄÖ0-9]{2,11})[ \t]+[–-][ \t]+"
                    r"(?P<title>[A-ZÅÄÖa-zåäö][a-zåäö][^\n]*)")
# where a title ends: a sentence end, another spaced dash, a bracket, a colon or semicolon
_TITLE_END = re.compile(r"[.!?](?:\s|$)|[ \t][–-][ \t]|[(:;]|\s-(?:hank|projekt)")
_ROMAN = re.compile(r"[IVXLC]+")
MAX_WORDS = 12
# an organisation's kind word in the title: the capitals are its acronym, not a project's
_ORGANISATION = re.compile(
    r"(?i)(?<![\w-])(?:ry|r\.y\.|oy|oyj|ab|rf|\w*yhdistys|\w*liitto|\w*säätiö|\w*keskus|\w*kuntayhtymä|kaupunki|"
    r"kunta|hyvinvointialue|\w*yliopisto|ammattikorkeakoulu|\w*virasto|\w*laitos|\w*ministeriö|förening|förbund|"
    r"stiftelse|kommun|stad|universitet)(?![\w-])")

STEM_MIN = 4  # letters of the capitals' word that its inflected form in the title keeps at least


def _own_word_again(acr: str, words: list[str]) -> bool:
    """The title holds the capitals' own word in small letters, in any case form ("MAINOS - mainos päättyy",
    "MAINOS - juttu jatkuu mainoksen jälkeen"): the capitals are a word of the language set in capitals (an
    advertisement's or a section's marker), which a spelt-out title never repeats; an acronym's letters are no
    word of its title ("LUMO - lastensuojelun kehittäminen monialaisesti")."""
    stem = acr.lower()[:-1] if len(acr) > STEM_MIN else acr.lower()
    return len(stem) >= STEM_MIN and acr.isalpha() and any(w.lower().startswith(stem) for w in words)


_KNOWN: weakref.WeakKeyDictionary[object, frozenset[str]] = weakref.WeakKeyDictionary()


def known_acronyms(gazetteer: object) -> frozenset[str]:
    """Acronyms of the reference data's organisations, areas and funds, once per gazetteer."""
    found = _KNOWN.get(gazetteer)
    if found is None:
        found = frozenset(label for e in gazetteer.entities.values() if e.type != "Project"  # type: ignore[attr-defined]
                          for label in e.labels if label.isupper() and 2 <= len(label) <= 12)
        _KNOWN[gazetteer] = found
    return found


def acronym_title_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                           known: frozenset[str]) -> list[list[Mention]]:
    """per_sentence with "ACR – spelt-out title" projects that no rule read."""
    if not any(d in text for d in (" - ", " – ")):
        return per_sentence
    index = SpanIndex([m for ms in per_sentence for m in ms])
    added: list[Mention] = []
    for hit in matches(_SHAPE, text):
        acr = hit.group("acr")
        a = hit.start("acr")
        if acr in known or _ROMAN.fullmatch(acr) or not any(c.isalpha() for c in acr[1:]):
            continue
        before = re.search(r"(\S+)[ \t]*$", text[max(0, a - 40):a])
        if before is not None and before.group(1)[:1].isupper() and before.group(1)[-1:].isalpha():
            continue  # "PRO SOS – ...", "LAPLAND - ABOVE ...": the capitals continue a name of several words
        title = hit.group("title")
        end = _TITLE_END.search(title)
        title = title[:end.start()] if end else title
        title = title.rstrip(" \t,")
        t0 = hit.start("title")
        undertaking = min((m.start for m in index.overlapping(t0, t0 + len(title))
                           if m.type in {"Project", "Programme", "Agreement"}), default=None)
        if undertaking is not None:
            title = title[:max(0, undertaking - t0)].rstrip(" \t,")  # a contents line run on into the next item
        words = title.split()
        if len(words) < 2 or _ORGANISATION.search(" ".join(words[:MAX_WORDS])) or index.overlapping(a, a + len(acr)):
            continue
        if _own_word_again(acr, words):
            continue  # "MAINOS - juttu jatkuu mainoksen jälkeen": a common word in capitals, a page's marker
        if len(words) > MAX_WORDS:  # the title runs on with nothing to end it: the capitals alone name it
            b, label, parts = a + len(acr), acr, ()
        else:
            b = t0 + len(title)
            label, parts = re.sub(r"\s+", " ", text[a:b]), (acr, title)
        added.append(Mention(start=a, end=b, surface=text[a:b], label=label, type="Project", rule="acronym-title",
                             acronym=acr, key=f"acronym:{acr.lower()}", parts=parts))
    return insert_mentions(per_sentence, starts, added) if added else per_sentence
