"""A foundation named after its founder, given names and all: "Helena Lavikaisen säätiö", "Tuovi Siiri Hännisen
säätiön hallitus", "Anna och Erik Lindbergs stiftelse", "Kommunalrådet C.G. Sundells stiftelse".

The recogniser reads "<genitive> säätiö" as an association (extract/organisation_names.py) but starts the name at
the genitive, so "Helena Lavikaisen säätiö" became "Lavikaisen säätiö": a name nobody writes, and one that does not
match the foundation's other mentions. Where the genitive opens a sentence (a grant page's "Xn säätiö myönsi ...",
"Xn säätiön hallitus päätti ...") nothing was read at all, as a sentence's first word is capitalised anyway.

Two readings of one shape, a capitalised genitive right before a lower-case "säätiö" or "stiftelse" (or a compound
of "säätiö", "muistosäätiö"):

- the capitalised words right before the genitive belong to the name when each is a listed first name or one the
  lexicon knows, initials ("C.G.") or "ja"/"och" between two such: prose capitalises
  neither a common noun nor a verb inside a sentence, and a sentence's first word that the lexicon knows ("Myös",
  "Kaupungin") stops the run;
- the genitive opening a sentence names a foundation when nothing else was read there and it is a genitive of a name
  or of a word the lexicon lacks, not of a numeral, a pronoun or a town ("Kolmen säätiön", "Toiminnassaan säätiö",
  "Turun säätiö": a town's bare kind is no name).

On the development corpus 9 of 11 sentence-opening "<capitalised genitive> säätiö" spans were annotated
foundations; the two others were a numeral's and an inessive's, which the second condition leaves out.
"""

from __future__ import annotations

import re
from dataclasses import replace

from welfare_kg.extract.first_names import listed_first_name
from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex

RULE = "founder-foundation"
# a capitalised genitive (Finnish -n, Swedish -s) right before the kind word, which stays in lower case
_KIND = re.compile(r"(?<![\w-])(?P<gen>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?[ns])[ \t]+"
                   r"(?P<kind>(?:[a-zåäö]+)?säätiö[a-zåäö]*|Säätiö[a-zåäö]*|[Ss]tiftelse[ns]?)(?![\w-])")
_LEAD = re.compile(r"([A-ZÅÄÖ][\w.-]*|ja|och)[ \t]+$")
_INITIALS = re.compile(r"(?:[A-ZÅÄÖ]\.){1,3}")
# what stands before a sentence's first word
_OPENER_END = re.compile(r"(?:^|[.!?:•*–-])[ \t]*$|\n[ \t]*$")
# owners' words that name no one ("Kaupungin säätiö", "Yhdistyksen säätiö")
_GENERIC_OWNERS = frozenset({"kunta", "kaupunki", "seutu", "alue", "maakunta", "kylä", "koulu", "seurakunta",
                             "yhdistys", "järjestö", "yritys", "yhtiö", "säätiö", "suku", "perhe", "valtio", "oma"})
_GIVE_WAY = frozenset({"Association", "Person", "Municipality", "Region", "Company"})


# a foundation's organs after its genitive, as written, and their base forms
_ORGANS = {"hallitus": "hallitus", "hallituksen": "hallitus", "hallitukselle": "hallitus", "hallituksessa": "hallitus",
           "valtuuskunta": "valtuuskunta", "hallintoneuvosto": "hallintoneuvosto"}
_ORGAN = re.compile(r"[ \t]+(?P<organ>" + "|".join(_ORGANS) + r")(?![\w-])")


def _lead_word(word: str, morph: Morphology) -> bool:
    """A founder's given name (listed, or one the lexicon knows) or initials; a word the lexicon lacks alone is no
    founder's name ("Ruusalotta Kolmosen muistosäätiö" may be a title's word)."""
    if _INITIALS.fullmatch(word) or listed_first_name(word):
        return True
    if not word.isalpha() or word.isupper() or not word[:1].isupper():
        return False
    return any(a.cls == "etunimi" for a in morph.analyse(word))


def _lead_start(text: str, start: int, morph: Morphology) -> int:
    """Where the founder's given names before the genitive at `start` begin (`start` when there are none)."""
    at = start
    while True:
        m = _LEAD.search(text, max(at - 40, 0), at)
        if m is None or m.end() != at:
            return at
        word = m.group(1)
        if word in {"ja", "och"}:
            nxt = _LEAD.search(text, max(m.start() - 40, 0), m.start())
            if nxt is None or nxt.end() != m.start() or nxt.group(1) in {"ja", "och"} \
                    or not _lead_word(nxt.group(1), morph):
                return at
            at = nxt.start()
            continue
        if not _lead_word(word, morph):
            return at
        at = m.start()


def _name_genitive(word: str, morph: Morphology) -> bool:
    """A genitive of a name or of a word the lexicon lacks ("Lavikaisen", "Nevelonan"): not a numeral's, a
    pronoun's or a common noun's ("Kolmen", "Kaupungin")."""
    readings = morph.analyse(word)
    if not readings:
        return word.endswith("n")
    if any(a.cls in {"lukusana", "asemosana", "laatusana", "teonsana", "paikannimi"}
           or a.base.lower() in _GENERIC_OWNERS for a in readings):  # "Turun säätiö": a town's bare kind
        return False
    # a common noun's genitive counts when it is a long compound ("Kuluttajaosuustoiminnan säätiö")
    return any((a.case == "omanto" and (a.cls != "nimisana" or len(a.base) >= 10)) or a.cls is None for a in readings)


def _kind_base(kind: str, morph: Morphology) -> str | None:
    if kind.lower().startswith("stiftelse"):
        return kind[0] + "tiftelse"
    bases = {a.base.lower() for a in morph.analyse(kind) if a.base.lower().endswith("säätiö")}
    if not bases and kind.lower().startswith("säätiö"):
        bases = {"säätiö"}
    if not bases:
        return None
    base = min(bases, key=len)
    return base[:1].upper() + base[1:] if kind[:1].isupper() else base  # "Säätiö" as written


def founder_foundation_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                                morph: Morphology) -> list[list[Mention]]:
    """per_sentence with each foundation named "<given names> <surname's genitive> säätiö" read whole."""
    if "äätiö" not in text and "tiftelse" not in text:
        return per_sentence
    have: SpanIndex[Mention] | None = None
    added: list[Mention] = []
    drop: set[int] = set()
    renamed: dict[str, set[tuple[str, str]]] = {}  # the short name's IRI -> (label, IRI) of each whole name over it
    for m in _KIND.finditer(text):
        if have is None:
            have = SpanIndex([x for ms in per_sentence for x in ms])
        base = _kind_base(m.group("kind"), morph)
        if base is None:
            continue
        start = _lead_start(text, m.start(), morph)
        inside = have.overlapping(start, m.end())
        # the foundation's board read from the genitive on ("Hausen säätiön hallitus"): it starts where the name does
        boards = [x for x in inside if x.type == "Body" and x.start >= m.start("gen") and x.end > m.end()]
        inside = [x for x in inside if x not in boards]
        if any(x.type not in _GIVE_WAY or x.start < start or x.end > m.end() for x in inside):
            continue  # a longer name read across it
        read = [x for x in inside if x.type == "Association" and x.end == m.end()]
        opener = _OPENER_END.search(text, max(start - 3, 0), start) is not None
        if read:
            if any(x.start == start for x in read):
                continue  # read whole already
        elif not (opener and _name_genitive(m.group("gen"), morph)):
            continue
        if start == m.start() and not opener:
            continue
        label = f"{' '.join(text[start:m.end('gen')].split())} {base}"
        case = next((a.case for a in morph.analyse(m.group("kind")) if a.case), "nimento")
        added.append(Mention(start=start, end=m.end(), surface=text[start:m.end()], label=label,
                             type="Association", case=case, rule=RULE, iri=mint("Association", fold(label)),
                             key=fold(label) or None))
        drop.update(id(x) for x in inside)
        for x in inside:
            if x.type == "Association":
                renamed.setdefault(_short(x), set()).add((added[-1].label, added[-1].iri or ""))
        if start < m.start():
            for x in boards:
                added.append(Mention(start=start, end=x.end, surface=text[start:x.end], label=x.label, type="Body",
                                     case=x.case, rule=x.rule, parts=(text[start:x.end],)))
                drop.add(id(x))
        organ = _ORGAN.match(text, m.end())
        if organ is not None and case == "omanto" and not boards \
                and not have.overlapping(organ.start("organ"), organ.end()):
            # "Xn säätiön hallitus päätti": the board the recogniser reads after a foundation it knows
            added.append(Mention(start=start, end=organ.end(), surface=text[start:organ.end()],
                                 label=_ORGANS[organ.group("organ")], type="Body", case="nimento", rule=RULE,
                                 parts=(text[start:organ.end()],)))
    if renamed:
        added += _follow_renames(per_sentence, renamed, drop)
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence


def _short(m: Mention) -> str:
    return m.iri or fold(m.label)


def _follow_renames(per_sentence: list[list[Mention]], renamed: dict[str, set[tuple[str, str]]],
                    drop: set[int]) -> list[Mention]:
    """The bare "Säätiö" of kind_anaphors.py, read before this pass, copied the short name it pointed back to
    ("Hausen säätiö"); it names the whole one ("Alena Hausen säätiö") now, when the short name was read whole to
    exactly one. Left as it was, the grants of "Säätiö myönsi ..." went to a foundation nobody names."""
    out: list[Mention] = []
    for ms in per_sentence:
        for x in ms:
            if x.rule != "kind-anaphor" or id(x) in drop:
                continue
            whole = renamed.get(_short(x), set())
            if len(whole) != 1:
                continue
            label, iri = next(iter(whole))
            out.append(replace(x, label=label, iri=iri, key=fold(label) or None))
            drop.add(id(x))
    return out
