"""Projects named inside ALL-CAPS item titles of minutes.

Many minute systems print item titles in capitals ("RAHOITUKSEN MYÖNTÄMINEN HANKKEELLE
KOTONA KOKO ELÄMÄ"). Capitals are then no sign of a name, so the rules that find a name by
its capital letters either take the whole heading or nothing. The structure of such titles
still shows the name:

- after a head word in the allative/illative/genitive ("... HANKKEELLE <name>"), the name
  runs to the end of the title (the next item or page number);
- between the procedural noun and " -<x>hankkeelle" ("MYÖNTÄMINEN <name> -SELVITYSHANKKEELLE");
- from the item number to a dash spaced on both sides before the head ("110 <name> - HANKKEEN MAKSATUSPÄÄTÖS").

The name is written in sentence case; names are compared case-insensitively.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology, get_morphology
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.spans import UNDERTAKING_KINDS, replace_in_sentences
from welfare_kg.extract.text_scans import matches
from welfare_kg.records import DocumentRecord

_W = r"[A-ZÅÄÖ][A-ZÅÄÖ0-9+]*(?:-[A-ZÅÄÖ0-9+]+)*"  # one word in capitals ("SILTA+", "PÄIJÄT-HÄMEEN")
_HEAD_BEFORE = r"(?:HANKKEELLE|HANKKEESEEN|HANKKEEN|PROJEKTILLE|PROJEKTIIN|HANKKEILLE)"
# "... HANKKEELLE <name>" up to an item/page number, a line end or a comma
# ("HANKKEEN TOTEUTTAMISTAPA": a genitive head owns the noun after it, which names nothing: not among the heads)
_AFTER_HEAD = re.compile(rf"\b(?:HANKKEELLE|HANKKEESEEN|PROJEKTILLE|PROJEKTIIN|HANKKEILLE)\s+"
                         rf"(?P<name>{_W}(?:(?: +| +- +){_W}){{0,11}})(?=\s+\d|\s*\n|\s*,)")
# "<...>MINEN <name> -SELVITYSHANKKEELLE", "<...>MINEN <name> -<SUBTITLE ...> KEHITTÄMISHANKE"
_N = rf"(?![A-ZÅÄÖ]*(?:MINEN|MISESTA)\b){_W}"  # a name word: no second procedural noun
_HEAD_WORD = r"[A-ZÅÄÖ]*(?:HANKKEELLE|HANKKEESEEN|HANKKEEN|HANKE|PROJEKTILLE|PROJEKTI)\b"
_BEFORE_DASH_HEAD = re.compile(
    rf"\b[A-ZÅÄÖ]+(?:MINEN|MISESTA)\s+(?P<name>{_N}(?: +{_N}){{0,7}})\s+-(?:(?P<head>{_HEAD_WORD})"
    rf"|(?P<sub>(?:{_W} +){{1,6}}{_HEAD_WORD}))")
# "110 JÄMIN LENTOASEMAN KEHITTÄMINEN - HANKKEEN MAKSATUSPÄÄTÖS": an item title opening with the name, a dash
# spaced on both sides, then the head in any case
_TITLE_SPACED_DASH = re.compile(
    rf"^[ \t]*(?:§[ \t]*)?\d{{1,3}}[ \t]*(?:§[ \t]+)?(?P<name>{_W}(?: +{_W}){{0,9}}) +[-–] +"
    rf"(?P<head>HANKE|HANKKEEN|HANKKEESEEN|HANKKEELLE|HANKKEESTA|PROJEKTI|PROJEKTIN|PROJEKTIIN|PROJEKTILLE)\b",
    re.MULTILINE)
# "ESR-HANKKEESEEN OSALLISTUMINEN / TYÖLLÄ TERVEYTTÄ -HANKE", "KUNTAOSUUS KOTONA PARAS -HANKKEELLE": the name
# after a slash or colon that parts it from the procedure, or after a procedural noun, up to a head glued to a dash
_OPENER_WORDS = r"KUNTAOSUUS|KUNTARAHOITUSOSUUS|RAHOITUSOSUUS|OMARAHOITUSOSUUS|MAKSUOSUUS|KUNTARAHOITUS|" \
                r"LISÄRAHOITUS|JATKORAHOITUS|RAHOITUS|AVUSTUS|LAUSUNTO|KANNANOTTO|SITOUMUS|KUNTASITOUMUS"
# (first the characters a match can start with, a space, "/", ":" or an opener word's first letter: the same
# matches, the look-behind and the fourteen words tried at few places of a page; issue 13)
_AFTER_SEPARATOR = re.compile(
    rf"(?=[ /:KROMLJAS])(?:(?<=[A-ZÅÄÖ]) *[/:]|\b(?:{_OPENER_WORDS}))"
    rf"[ \t]+(?P<name>{_N}(?: +{_N}){{0,7}}) +-(?P<head>{_HEAD_WORD})")
# "HANKEHAKEMUS: ARJEN TUKI", "PROJEKTIHAKEMUS / X": an application for a project, its name to the line's end
_AFTER_APPLICATION = re.compile(rf"\b(?:HANKE|PROJEKTI|KEHITTÄMISHANKE)HAKEMUS *[:/][ \t]+"
                                rf"(?P<name>{_N}(?: +{_N}){{1,9}})(?=[ \t]*(?:\n|$))")
_ORG_WORDS = {"RY", "R.Y.", "OY", "OYJ", "AB", "SÄÄTIÖ", "YHDISTYS", "KUNTA", "KAUPUNKI", "KUNTAYHTYMÄ"}
# nouns that open an item title about a project without being part of its name
_PROCEDURAL_TITLE = {"OSALLISTUMINEN", "SITOUTUMINEN", "LIITTYMINEN", "HYVÄKSYMINEN", "LAUSUNTO", "ESITYS",
                     "HAKEMUS", "AVUSTUSHAKEMUS", "PÄÄTÖS", "RAHOITUS", "KUNTARAHOITUSOSUUS", "JATKAMINEN"}
_NOT_NAME = {"JA", "SEKÄ", "TAI"}
_HEAD_BASES = ("hanke", "projekti")


# "... ALUEELLINEN KEHITTÄMISHANKE", "... RULLASUKSIRATA-HANKE", "... HALLINTAHANKKEEN HENKILÖSTÖJÄRJESTELYT",
# "KANNANOTTO ... PALVELURAKENNEHANKKEESEEN": a singular compound of hanke/projekti ending the name in any case
_COMPOUND_HEAD = re.compile(r"(?<![A-ZÅÄÖ0-9-])(?P<head>[A-ZÅÄÖ]{3,}-?(?:HANKE|HANKKEEN|HANKKEESEEN|HANKKEELLE|"
                            r"PROJEKTI|PROJEKTIN|PROJEKTIIN|PROJEKTILLE))(?![A-ZÅÄÖa-zåäö0-9])")
_CAPS_WORD = re.compile(r"[A-ZÅÄÖ][A-ZÅÄÖ-]*")
_ELISION_JOINERS = {"JA", "TAI", "SEKÄ"}
NAME_CLASSES = {"paikannimi", "etunimi", "sukunimi", "nimi"}
MAX_MODIFIERS = 6


def compound_head_projects(text: str, morph: Morphology) -> list[Mention]:
    """A project named in capitals by its modifiers and a compound head word: "POHJOIS-SATAKUNNAN VESIHUOLLON
    ALUEELLINEN KEHITTÄMISHANKE" -> "Pohjois-Satakunnan vesihuollon alueellinen kehittämishanke".

    The modifiers before the head are genitives ("VESIHUOLLON") and adjectives in the head's case
    ("ALUEELLINEN"), with an elided compound ("KUNTA- JA PALVELURAKENNEHANKKEESEEN"); the first other word
    ("KANNANOTTO", "OSALLISTUMINEN") ends them. A name needs one modifier that names a place or a person (or that
    no dictionary reads as a genitive of a common noun, "JÄMIN"): "KUNNAN KEHITTÄMISHANKE" only points at a project.
    The label is in the nominative, whatever case the title puts the head in."""
    out: list[Mention] = []
    for h in matches(_COMPOUND_HEAD, text):
        line_start = text.rfind("\n", 0, h.start()) + 1
        before = text[line_start:h.start()]
        words = [(m.start() + line_start, m.group(0)) for m in _CAPS_WORD.finditer(before)]
        if not words or before[words[-1][0] - line_start + len(words[-1][1]):].strip():
            continue  # the head must follow the last capitalised word with only spaces between
        mods: list[tuple[int, str]] = []
        k = len(words) - 1
        while k >= 0 and len(mods) < MAX_MODIFIERS:
            at, w = words[k]
            gap = text[at + len(w):(mods[0][0] if mods else h.start())]
            # "KUOPION, SIILINJÄRVEN JA KOILLIS-SAVON ...": a comma inside a list of names' genitives that a "JA" closes
            listing = gap.strip() == "," and any(x in _ELISION_JOINERS for _a, x in mods) \
                and _naming(w, morph) and _naming(mods[0][1], morph)
            if gap.strip() and not listing:
                break  # a comma, a number or a slash between: another phrase
            if w in _ELISION_JOINERS and k > 0 and words[k - 1][1].endswith("-"):
                mods[:0] = [words[k - 1], (at, w)]  # "KUNTA- JA"
                k -= 2
                continue
            if w in _ELISION_JOINERS and mods and k > 0 and not gap.strip() and _naming(mods[0][1], morph) \
                    and not text[words[k - 1][0] + len(words[k - 1][1]):at].strip() \
                    and _naming(words[k - 1][1], morph) and _modifier(words[k - 1][1], morph):
                mods.insert(0, (at, w))  # "KUOPION, SIILINJÄRVEN JA KOILLIS-SAVON ...": the places whose it is
                k -= 1
                continue
            if k > 0 and words[k - 1][1].endswith("-") and words[k - 1][1] not in {"-"} \
                    and not text[words[k - 1][0] + len(words[k - 1][1]):at].strip(" \t"):
                w = words[k - 1][1] + w  # "POHJOIS-   SATAKUNNAN": a word broken at its hyphen
                at = words[k - 1][0]
                k -= 1
            if not _modifier(w, morph):
                break
            mods.insert(0, (at, w))  # the label keeps a list's commas (read from the text below)
            k -= 1
        mods = [(a, w) for a, w in mods if w not in {"-"}]
        if not mods or not any(_naming(w, morph) for _a, w in mods if w not in _ELISION_JOINERS):
            continue
        head = h.group("head").lower()
        bases = sorted(b for b in morph.bases(head) if b.endswith(("hanke", "projekti")))
        head_base = bases[0] if bases else (head if head.endswith(("hanke", "projekti")) else None)
        if head_base is None:
            continue
        start, end = mods[0][0], h.end()
        parts = []
        for n, (a, w) in enumerate(mods):
            comma = n + 1 < len(mods) and text[a + len(w):mods[n + 1][0]].strip() == ","
            parts.append(_nominative_adjective(w, morph) + ("," if comma else ""))
        label = sentence_case(" ".join([*parts, head_base]), morph)
        label = re.sub(r"(?i)(\w-) (ja|tai|sekä) ", lambda m: m.group(1) + " " + m.group(2).lower() + " ", label)
        out.append(Mention(start=start, end=end, surface=text[start:end], label=label, type="Project",
                           rule="caps-title", key=identity_key(label, morph) or None))
    return out


# "SAARIJÄRVEN ASPA-PALVELUTALON HANKESUUNNITELMAN HYVÄKSYMINEN": the genitives before a project's plan name it
_PLAN_HEAD = re.compile(r"(?<![A-ZÅÄÖ0-9-])(?:HANKE|PROJEKTI)SUUNNITELM[A-ZÅÄÖ]*(?![A-ZÅÄÖa-zåäö0-9-])")


def plan_head_projects(text: str, morph: Morphology) -> list[Mention]:
    """A project named in capitals by the genitives before its plan: "SAARIJÄRVEN ASPA-PALVELUTALON
    HANKESUUNNITELMA" -> "Saarijärven ASPA-palvelutalo" (the last genitive in its base form). One of them must
    be an acronym's compound or no dictionary's word: "KOULUN HANKESUUNNITELMA" names none, nor does a town's
    genitive alone ("TAINION KOULUN HANKESUUNNITELMA": the plan of a town's school building)."""
    out: list[Mention] = []
    for h in matches(_PLAN_HEAD, text):
        line_start = text.rfind("\n", 0, h.start()) + 1
        words = [(m.start() + line_start, m.group(0)) for m in _CAPS_WORD.finditer(text[line_start:h.start()])]
        mods: list[tuple[int, str]] = []
        end = h.start()
        for at, w in reversed(words):
            if text[at + len(w):end].strip() or len(mods) >= 4 or not w.endswith("N") or w.endswith("MISEN") \
                    or not any(a.case == "omanto" for a in morph.analyse(w.lower())):
                break
            mods.insert(0, (at, w))
            end = at
        if not mods or not any(re.fullmatch(r"[A-ZÅÄÖ]{2,}-[A-ZÅÄÖ]+", w) or (
                _naming(w, morph) and not any(a.cls in NAME_CLASSES for a in morph.analyse(w.lower().capitalize())))
                for _a, w in mods):
            continue  # a coined word or an acronym's compound names it; "TAINION KOULUN": a town's school building
        last = mods[-1][1]
        base = next((a.base for a in morph.analyse(last.lower()) if a.case == "omanto"), None)
        if not base:
            continue
        head, _, tail = last.partition("-")
        written_base = f"{head}-{base.split('-', 1)[1]}" if tail and "-" in base else base
        label = " ".join([sentence_case(" ".join(w for _a, w in mods[:-1]), morph), written_base]).strip()
        label = label[:1].upper() + label[1:]
        start, stop = mods[0][0], mods[-1][0] + len(last)
        out.append(Mention(start=start, end=stop, surface=text[start:stop], label=label, type="Project",
                           rule="caps-title", key=identity_key(label, morph) or None))
    return out


def _modifier(word: str, morph: Morphology) -> bool:
    """A genitive ("VESIHUOLLON", "JÄMIN") or an adjective ("ALUEELLINEN") before a head noun."""
    low = word.lower()
    analyses = morph.analyse(low) + morph.analyse(low.capitalize())
    if any(a.case == "omanto" for a in analyses):
        return True
    if any(a.cls in {"laatusana", "nimi_laatusana"} for a in analyses):
        return True
    # a name no dictionary knows, in the genitive ("JÄMIN", which it reads only as a rare case of a common word)
    return low.endswith("n") and not any(a.case in {"nimento", None} for a in analyses)


def _naming(word: str, morph: Morphology) -> bool:
    """Whether a modifier names a place or a person, or is a word no dictionary reads as a common genitive."""
    low = word.lower()
    analyses = morph.analyse(low.capitalize()) + morph.analyse(low)
    if any(a.cls in NAME_CLASSES for a in analyses):
        return True
    if low.endswith("n") and analyses and all(a.cls is None for a in analyses):
        return True  # "HULAUDEN": only the fallback's guesses read it, a genitive among them; no dictionary word
    return low.endswith("n") and not any(a.case == "omanto" for a in analyses)


def _nominative_adjective(word: str, morph: Morphology) -> str:
    """An adjective in the head's case is written in the nominative in the name ("ALUEELLISEEN" ->
    "alueellinen"); genitives stay as they are."""
    analyses = morph.analyse(word.lower())
    adjectives = [a for a in analyses if a.cls in {"laatusana", "nimi_laatusana"}]
    if adjectives and not any(a.case == "omanto" for a in analyses):
        return adjectives[0].base
    return word


def caps_title_projects(record: DocumentRecord, morph: Morphology) -> list[Mention]:
    """Project mentions over the names that capitalised headings of minutes give."""
    text = record.text
    out: list[Mention] = compound_head_projects(text, morph) + plan_head_projects(text, morph)
    written_end = len(text.rstrip())  # where the text's last non-blank character ends
    # each pattern's matches from the scan ahead beside recognition on a large document (text_scans.py)
    scans = ((_AFTER_HEAD, matches(_AFTER_HEAD, text)), (_BEFORE_DASH_HEAD, matches(_BEFORE_DASH_HEAD, text)),
             (_TITLE_SPACED_DASH, matches(_TITLE_SPACED_DASH, text)),
             (_AFTER_SEPARATOR, matches(_AFTER_SEPARATOR, text)),
             (_AFTER_APPLICATION, matches(_AFTER_APPLICATION, text)))
    for rx, found in scans:
        for m in found:
            name = m.group("name")
            words = name.split()
            if rx is _TITLE_SPACED_DASH and words[0] in _PROCEDURAL_TITLE:
                continue  # "OSALLISTUMINEN X - HANKKEESEEN": the procedural noun's own rules read X
            if rx is _AFTER_HEAD and text[max(0, m.start() - 2):m.start()].rstrip(" ").endswith(("-", "–")):
                continue  # "X -HANKKEEN RAHOITUS": a head glued to the name before it; its genitive owns the noun
            if m.end() >= written_end:  # not text[m.end():].strip(): a copy of the rest per title was quadratic
                continue  # the text is cut off inside the title: the name may be incomplete
            if words[0] in _NOT_NAME or words[-1] in _NOT_NAME or not any(len(w) > 2 for w in words):
                continue
            if rx is _AFTER_APPLICATION and words[-1] in _ORG_WORDS:
                continue  # "HANKEHAKEMUS: KYLÄYHDISTYS RY": the applicant, not the project
            label = sentence_case(name, morph)
            parts: tuple[str, ...] = ()
            groups = m.groupdict()
            if groups.get("head"):
                bases = sorted(b for b in morph.bases(m.group("head").lower()) if b.endswith(_HEAD_BASES))
                head = bases[0] if bases else None
                parts = (f"{label} -{head}",) if head else ()
            elif groups.get("sub"):  # "Nimi -Oulun kaupungin ... hanke": the subtitle is a name too
                sub = sentence_case(m.group("sub"), morph)
                parts = (f"{label} -{sub}", sub)
            start, end = m.start("name"), m.end("name")
            out.append(Mention(start=start, end=end, surface=text[start:end], label=label, type="Project",
                               rule="caps-title", parts=parts, key=identity_key(label, morph) or None))
    return _without_overlaps(out)


def sentence_case(name: str, morph: Morphology) -> str:
    """First word capitalised, place and person names too (Voikko's name classes), the rest in lower case."""
    out = []
    for i, w in enumerate(name.split()):
        low = w.lower()
        proper = any(a.cls in {"paikannimi", "etunimi", "sukunimi", "nimi"} for a in morph.analyse(low.capitalize()))
        out.append("-".join(p.capitalize() for p in low.split("-")) if i == 0 or proper else low)
    return " ".join(out)


def _without_overlaps(found: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for m in sorted(found, key=lambda x: (x.start, -(x.end - x.start))):
        if not any(k.start < m.end and m.start < k.end for k in kept):
            kept.append(m)
    return kept


def _heading_words(surface: str) -> bool:
    """Three words in capitals read as one name by their genitives: a heading, not a name."""
    return sum(1 for w in surface.split() if len(w) > 1 and w.isupper()) >= 3


def add_caps_titles(sents: list, per_sentence: list[list[Mention]], found: list[Mention]) -> list[list[Mention]]:
    """Put the names in their sentences in place of undertakings read across the same capitals, and drop the
    project mentions of minutes that name none ("Yleishyödyllisen hankkeen", "X:n Leader-hankkeiden":
    extract/titles.py; pages drop these and more in extract/pages.py)."""
    from welfare_kg.extract.titles import names_no_project  # titles.py reads sentence_case from here

    morph = get_morphology()

    def drop(m: Mention) -> bool:
        return (m.type in UNDERTAKING_KINDS and m.rule != "gazetteer"
                and (any(f.start < m.end and m.start < f.end for f in found)
                     or (m.rule == "compound-head" and _heading_words(m.surface))
                     or (m not in found and names_no_project(m, morph))))

    return replace_in_sentences(sents, per_sentence, found, drop)
