"""An organisation named only as its board's owner: "Helkan hallitus kehitti ...", "Linnaseudun hallitus
käsitteli ...", "Jyväsriihen hallitus on puoltanut ...".

Annual reports and Leader groups' news speak of the association's board acting, with the association's own name in
the genitive before "hallitus" and nowhere else in the sentence, often nowhere else on the page. The recogniser reads
a board after an organisation it knows; a name no list holds left both unread, and with them the board's decisions
and grants. The shape says it: a capitalised genitive right before "hallitus" (or "johtokunta", "valtuusto") that
is the sentence's subject, a finite verb after it. The genitive is an organisation's name unless it is

- a place's ("Suomen hallitus", "Ruotsin hallitus": a state's government) or a surname's ("Sipilän hallitus",
  "Orpon hallitus": a prime minister's cabinet, checked against Voikko and DVV's surname table);
- a common word naming a kind, not one organisation ("Yhdistyksen hallitus", "Seudun hallitus", "Kyläyhdistyksen
  hallitus": a local club by its kind).

The organisation is read as an association (FACTS.md's kind when the text shows no legal form), labelled with the
genitive's base form: the lexicon's for a word it knows ("Linnaseutu"), the one regular "-n" genitive for a word it
lacks ("Helkan" -> "Helka", "Hesitielin" -> "Hesitieli"; an "-en" genitive as "-i": "Riihen" -> "Riihi"), or the
lexicon's for the longest known word it ends in ("Lavoseudun" -> "Lavoseutu"). The board
is read as the organisation's body, which the body rules link to it (partOf).
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import FINITE_MOODS, Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.opening_kind_names import LOCAL_KINDS
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.surnames import surname_base

RULE = "board-owner"
_ORGANS = {"hallitus": "hallitus", "johtokunta": "johtokunta", "valtuusto": "valtuusto"}
_BOARD = re.compile(r"(?<![\w-])(?P<gen>[A-ZÅÄÖ][a-zåäö]{2,}(?:-[A-ZÅÄÖ][a-zåäö]+)?n)[ \t]+"
                    r"(?P<organ>hallitus|johtokunta|valtuusto)[ \t]+(?P<verb>[a-zåäö]+)(?![\w-])")
# common words that name a kind of owner, not one organisation
_GENERIC = frozenset({"yhdistys", "säätiö", "seura", "liitto", "yhtiö", "osuuskunta", "kuntayhtymä", "yhtymä",
                      "seurakunta", "kaupunki", "kunta", "järjestö", "keskusliitto", "konserni", "osakeyhtiö",
                      "yhteisö", "valtio", "maakunta", "seutu", "alue", "hyvinvointialue", "kattojärjestö",
                      "yritys", "pankki", "säästöpankki", "osuuspankki", "kerho", "klubi", "ryhmä", "verkosto",
                      "piiri", "osasto", "kylä", "kansa", "maa", "uusi", "oma", "nykyinen", "edellinen", "tuleva",
                      "entinen", "istuva", "silloinen"})
_VOWEL_GENITIVE = re.compile(r".*[aäoöuy]n")


def _finite(word: str, morph: Morphology) -> bool:
    return any(a.mood in FINITE_MOODS and a.cls == "teonsana" for a in morph.analyse(word))


def owner_base(gen: str, morph: Morphology) -> str | None:
    """The base form of a board owner's genitive when it names one organisation ("Helka", "Linnaseutu"); None for
    a place's, a surname's or a kind's genitive."""
    readings = [a for a in morph.analyse(gen) if a.case == "omanto"]
    if any(a.cls in {"paikannimi", "sukunimi"} for a in readings) or surname_base(gen) is not None:
        return None  # a state's government, a prime minister's cabinet
    known = [a for a in readings if a.cls is not None]
    if known:
        bases = {a.base.lower() for a in known}
        if len(bases) != 1:
            return None
        base = bases.pop()
        if base in _GENERIC or base.startswith(LOCAL_KINDS) or (
                known[0].cls in {"nimisana", "laatusana"} and len(base) < 8):
            return None  # "Yhdistyksen hallitus", "Kyläyhdistyksen hallitus", "Uuden hallitus"
        if known[0].cls not in {"nimisana", "etunimi", "nimi"}:
            return None
        return base[:1].upper() + base[1:]
    for k in range(1, len(gen) - 3):
        # a word the lexicon lacks may end in one it knows ("Lavoseudun": "-seudun" -> "-seutu", with the
        # consonant gradation undone by the lexicon)
        tail = [a for a in morph.analyse(gen[k:].lower())
                if a.case == "omanto" and a.cls == "nimisana" and a.number != "plural"]
        if tail:
            return gen[:k] + tail[0].base.lower()
    if gen.endswith("een"):
        return None  # "-e" or "-ee" nominatives: not to be undone without the word
    if _VOWEL_GENITIVE.fullmatch(gen) or gen.endswith("in"):
        return gen[:-1]  # "Helkan" -> "Helka", "Hesitielin" -> "Hesitieli"
    if gen.endswith("en"):
        return gen[:-2] + "i"  # "Riihen" -> "Riihi"
    return None


def board_owner_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                         morph: Morphology) -> list[list[Mention]]:
    """per_sentence with the organisation whose board is the subject of a sentence, and the board, read."""
    if "hallitus" not in text and "johtokunta" not in text and "valtuusto" not in text:
        return per_sentence
    have: SpanIndex[Mention] | None = None
    added: list[Mention] = []
    drop: set[int] = set()
    for m in _BOARD.finditer(text):
        if not _finite(m.group("verb"), morph):
            continue  # the board as the sentence's subject only
        if have is None:
            have = SpanIndex([x for ms in per_sentence for x in ms])
        if have.overlapping(m.start("gen"), m.end("gen")):
            continue  # the owner read already (a town, a known association, a person)
        base = owner_base(m.group("gen"), morph)
        if base is None:
            continue
        organ = have.overlapping(m.start("organ"), m.end("organ"))
        if any(x.start < m.start("organ") or x.end > m.end("organ") for x in organ):
            continue
        end = m.end("organ")
        added.append(Mention(start=m.start(), end=m.end("gen"), surface=m.group("gen"), label=base,
                             type="Association", case="omanto", rule=RULE, iri=mint("Association", fold(base)),
                             key=fold(base) or None))
        added.append(Mention(start=m.start(), end=end, surface=text[m.start():end],
                             label=_ORGANS[m.group("organ")], type="Body", case="nimento", rule=RULE,
                             parts=(text[m.start():end],)))
        drop.update(id(x) for x in organ)
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence
