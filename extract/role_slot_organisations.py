"""Organisations no rule knows, read from the place a sentence gives them: the one who runs or pays a project.

Pages and minutes name a project's administrator, implementers and partners by names no list holds and no legal
form marks ("Hanketta hallinnoi Ikäinstituutti", "Hankkeen osatoteuttajat ovat Kirkkopalvelut ja Seurakuntaopisto").
Recognition read nothing there, and the relation rules then gave the verb to another organisation of the sentence
(the funder: "STEA coordinates X"). The slot itself says what stands in it:

- after a cue verb whose object the project already is ("Hanketta hallinnoi", "Hankkeen toteuttavat", "jota
  koordinoi"): the verb's subject, the one acting on the project;
- after a role noun of a project ("hallinnoija on", "osatoteuttajat ovat", "yhteistyökumppaneina ovat",
  "Hallinnoija:");
- Swedish: the agent of a passive of running or funding ("drivs av X", "finansieras av X", "är finansierat av X"),
  the partner or payer after "i samarbete med", "med bidrag från", and a role noun
  ("Projektägare: X", "samarbetspartners är A och B").

The slot holds a list: capitalised names of up to four words joined by commas, "ja" or "sekä", each ending where
the list or the clause goes on. A name overlapping a mention recognition read is left to it; a first name opening
a name is a person's (a project's coordinator may be one); a place alone is an area. Only names in the nominative
are read, so the label is the name as written. The type is the head's where it says one (a university, a company
form), else Association: what such a slot holds when no legal form is written (FACTS.md's kinds of organisation
the recognisers miss are associations, foundations and church organisations).
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.local_associations import plural_nominatives as _plural_nominatives
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.recognition_words import FUNDING_ACRONYMS
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text_scans import matches

RULE = "role-slot-organisation"
_PLACES = {"Municipality", "Region"}
MAX_WORDS = 4


_CAPITALISED_TAIL = re.compile(r"(?<![\w-])[A-ZÅÄÖ][\wÅÄÖåäö-]*[ \t]*\Z")


def _capitalised_back(text: str, b: int) -> tuple[int, int]:
    """Where the run of up to MAX_WORDS capitalised words ending at `b` starts, and how many words it has.

    Each step looks only 60 characters back, so a cue costs the same on any size of page."""
    a, words = b, 0
    while words < MAX_WORDS:
        m = _CAPITALISED_TAIL.search(text[max(0, a - 60):a])
        if m is None:
            break
        a, words = max(0, a - 60) + m.start(), words + 1
    return a, words


# (the endings grouped by their common start: the engine tries them at every letter of every word of a page, and
# "hank"/"projekt" fail there in one step instead of eight; the same words, tests/test_role_slot_scan.py)
_PROJECT_OBJECT = (r"(?:[\w-]*(?:hank(?:etta|keen|keita|keet)|projekt(?:ia|in|eja|it))"
                   r"|jota|joita|jonka|joiden|sitä|niitä)")
_ACT = (r"(?:hallinnoi|hallinnoivat|hallinnoivat|koordinoi|koordinoivat|toteuttaa|toteuttavat|toteutti|toteuttivat|"
        r"rahoittaa|rahoittavat|rahoitti|rahoittivat)")
_ROLE = (r"(?:hallinnoija|hallinnoijana|päähallinnoija|päähallinnoijana|toteuttaja|toteuttajana|toteuttajat|"
         r"toteuttajina|päätoteuttaja|päätoteuttajana|osatoteuttaja|osatoteuttajana|osatoteuttajat|osatoteuttajina|"
         r"koordinaattori|koordinaattorina|"
         # a partner by any compound of "kumppani" ("yhteistyökumppaneina", "hankekumppaneina ovat",
         # "sopimuskumppanit:", "yhteistyökumppanimme"): the first part says whose partner, the slot is the same
         r"[\w-]*kumppan(?:i|ina|it|eina|eita|imme|eitamme|einamme)|rahoittaja|rahoittajana|"
         r"rahoittajat|rahoittajina|"
         # "Mukana ovat A, B ja C", "Hankkeessa ovat mukana A ja B": the partners taking part
         r"mukana)")
# Swedish: a passive of running or funding and its agent ("drivs av X", "finansieras av X"), a role noun
_SV_AGENT = (r"(?:(?:drivs|drevs|leds|leddes|genomförs|genomfördes|förverkligas|förverkligades|koordineras|förvaltas|"
             r"administreras|finansieras|"
             r"finansierades|finansierat|finansierad|understöds|understöddes|ägs)[ \t]+av"
             # the partner or the payer of a project named after its preposition: "i samarbete med X", "med bidrag
             # från Y"
             r"|i[ \t]+(?:samarbete|samverkan)[ \t]+(?:med|mellan)"
             r"|med[ \t]+(?:bidrag|stöd|finansiering)[ \t]+(?:från|av)"
             # ... and the payer after a noun of support without "med": "varav stöd från X", "offentlig finansiering
             # från X"
             r"|(?:stöd|bidrag|understöd|finansiering|projektstöd)[ \t]+från)")
_SV_ROLE = (r"(?:projektägare|projektägaren|huvudman|huvudmannen|samarbetspartner|samarbetspartners|"
            r"samarbetspartnerna|samarbetsparter|partner|partners|partnerna|finansiär|finansiärer|finansiärerna)")
# Every alternative opens a word: one look-behind in front of them all, tested once at each position of the text
# before any alternative is tried (this scan runs over a whole page: with the grouped endings above, half its time)
_SLOT = re.compile(
    r"(?<![\w-])(?i:" + _PROJECT_OBJECT + r"[ \t]+" + _ACT + r"(?:[ \t]+(?:yhdessä|myös|lisäksi))?"
    r"|" + _ROLE + r"(?:[ \t]+(?:on|ovat|oli|olivat|toimii|toimivat|toimi|toimivat))?[ \t]*:?"
    r"|" + _SV_AGENT +
    r"|" + _SV_ROLE + r"(?:[ \t]+(?:är|var|blir))?[ \t]*:?)"
    r"[ \t]+(?=[A-ZÅÄÖ])")
# one word of a name: capitalised (a hyphen inside), or an acronym
_WORD = re.compile(r"[A-ZÅÄÖ][\wÅÄÖåäö]*(?:-[\wÅÄÖåäö]+)*")
_JOIN = re.compile(r",[ \t]+|[ \t]+(?:ja|sekä|och|samt)[ \t]+")
_GAP = re.compile(r"[ \t]+")
# where a name may end: punctuation, a line end, a joining word, or a word going on with the clause
_END = re.compile(r"[ \t]*(?:[.,;:)(\n]|$)|[ \t]+(?:ja|sekä|yhdessä|ovat|on|oli|olivat|vuosina|vuonna|"
                  r"kanssa|och|samt|med|i[ \t]+samarbete|[a-zåäö]+[ \t]*[,.\n])")
_GENITIVE_CUE = re.compile(r"(?i)yhteistyössä|yhdessä|hallinnoim|koordinoim|toteuttam|johtam|rahoittam|yhteistyönä|"
                           r"yhteistyöllä|yhteishanke")
_COMPANY_FORM = re.compile(r"(?i)(?:^|[ \t])(?:oy|oyj|ab|ky|osuuskunta)$")
_UNIVERSITY = re.compile(r"(?i)yliopisto$")


# Swedish names a local branch or a regional body by its place after "i" ("Folkhälsan i Korsholm", "Sparbanksstiftelsen
# i Sibbo"): one capitalised word after "i" ends the name where the clause goes on
_SV_PLACE_TAIL = re.compile(r"[ \t]+i[ \t]+[A-ZÅÄÖ][\wÅÄÖåäö]*(?:-[\wÅÄÖåäö]+)*")


def _name_at(text: str, pos: int, morph: Morphology) -> tuple[int, int] | None:
    """The span of a name of up to MAX_WORDS capitalised words at `pos`, if one ends where a name may end."""
    end, words = pos, 0
    while words < MAX_WORDS:
        w = _WORD.match(text, end)
        if w is None:
            break
        end, words = w.end(), words + 1
        gap = _GAP.match(text, end)
        if gap is None or _WORD.match(text, gap.end()) is None:
            break
        end = gap.end()
    while end > 0 and text[end - 1] in " \t":  # a gap read ahead of a word that did not come (not a copy of
        end -= 1  # the text up to here: a 20 MB page's slots made that quadratic)
    if words and (place := _SV_PLACE_TAIL.match(text, end)) is not None and _END.match(text, place.end()):
        return pos, place.end()  # "Folkhälsan i Korsholm", "Länsbygderådet X i Gävleborg": the town is the name's
    if words == 0 or _END.match(text, end) is None:
        return None
    return pos, end


# genitive slots: partners worked with ("yhteistyössä A:n ja B:n kanssa") and the agent of a participle of running
# ("X:n hallinnoima hanke", "Y:n koordinoimassa hankkeessa")
_TOGETHER = re.compile(r"(?<![\w-])(?:[Yy]hteistyössä|[Yy]hdessä)[ \t]+(?=[A-ZÅÄÖ])")
# (the agent participle "-ma", "-man", "-massa", not the action noun "toteuttamiseksi", "toteuttaminen")
_AGENT_PARTICIPLE = re.compile(r"[ \t]+(?:hallinnoim|koordinoim|toteuttam|johtam|rahoittam)a[a-zäö]*(?![\w-])")
_GENITIVE_WORD = re.compile(r"[A-ZÅÄÖ][\wÅÄÖåäö-]*n")
# a collaboration named by its parties' genitives: "A:n ja B:n yhteistyönä", "A:n, B:n ja C:n yhteishankkeena"
_JOINT_WORK = re.compile(r"[ \t]+(?:yhteistyönä|yhteistyöllä|yhteishankkee(?:na|ssa|n)|yhteishanke)(?![\w-])")
_BACK_JOIN = re.compile(r"(?:,|[ \t]+(?:ja|sekä))[ \t]*\Z")
_OPENERS = ".!?:\n•*-–"


def _genitive_base(name: str, morph: Morphology, *, opener: bool) -> str | None:
    """The name's nominative: its last word's base from the analyser, in the genitive, written with its capital;
    None for a word the analyser does not read as a genitive. A name opening its sentence must be more than one
    common noun ("Hankkeen hallinnoima" is no name)."""
    words = name.split()
    readings = [a for a in morph.analyse(words[-1]) if a.case == "omanto"]
    if not readings or (opener and len(words) == 1 and all(a.cls in {"nimisana", "laatusana", "asemosana"}
                                                            for a in readings)):
        return None
    base = max(readings, key=lambda a: len(a.base)).base  # the whole compound, not a part's reading
    if all(a.cls is None for a in readings) and words[-1].endswith("ksen"):
        # a word no lexicon knows, in "-ksen": the genitive of a name in "-s" ("Vekkuksen" -> "Vekkus"), not a
        # stem in "-kse" (the longest of the suffix stripper's guesses)
        base = words[-1][:-4] + "s"
    if any(a.number == "plural" for a in readings):
        # "Kirkkopalvelujen": a plural name's nominative, read back by the analyser as that plural
        base = next((c for c in _plural_nominatives(base) if any(
            x.base == base and x.number == "plural" and x.case == "nimento" for x in morph.analyse(c))), "")
        if not base:
            return None
    return " ".join([*words[:-1], base[:1].upper() + base[1:]])


def _genitive_names(text: str, morph: Morphology) -> list[tuple[int, int, str, bool]]:
    """(start, end, nominative label, whether an agent participle follows) of the names in the genitive slots of
    `text`."""
    out: list[tuple[int, int, str, bool]] = []
    for slot in matches(_TOGETHER, text):
        pos, names = slot.end(), []
        for _ in range(8):
            found = _name_at(text, pos, morph)
            if found is None or _GENITIVE_WORD.fullmatch(text[found[0]:found[1]].split()[-1]) is None:
                break
            names.append(found)
            join = _JOIN.match(text, found[1])
            if join is None or _WORD.match(text, join.end()) is None:
                break
            pos = join.end()
        if names and re.match(r"[ \t]+kanssa(?![\w-])", text[names[-1][1]:names[-1][1] + 8]):
            for a, b in names:
                label = _genitive_base(text[a:b], morph, opener=False)
                if label is not None:
                    out.append((a, b, label, False))
    for cue in matches(_JOINT_WORK, text):
        b, parties = cue.start(), []
        for _ in range(6):  # at most six parties, read back from the cue
            a, words = _capitalised_back(text, b)
            name = text[a:b].strip()
            if not words or _GENITIVE_WORD.fullmatch(name.split()[-1]) is None:
                break
            parties.append((a, a + len(name), name))
            join = _BACK_JOIN.search(text[max(0, a - 8):a])
            if join is None:
                break
            b = max(0, a - 8) + join.start()
        if len(parties) >= 2:  # one genitive alone may be the collaboration's owner, not a party
            for a, end, name in parties:
                label = _genitive_base(name, morph, opener=a == 0 or text[a - 1] in _OPENERS)
                if label is not None:
                    out.append((a, end, label, False))
    for part in matches(_AGENT_PARTICIPLE, text):
        b = part.start()
        a, words = _capitalised_back(text, b)
        name = text[a:b].strip()
        k = a  # the last character before the name and its spaces (read in place: a copy of the text before
        while k > 0 and text[k - 1] in " \t":  # each participle is quadratic on a 20 MB page)
            k -= 1
        if not words or _GENITIVE_WORD.fullmatch(name.split()[-1]) is None:
            continue
        label = _genitive_base(name, morph, opener=k == 0 or text[k - 1] in _OPENERS)
        if label is not None:
            out.append((a, a + len(name), label, True))
    return out


# heads that make a common noun an organisation's name ("Ikäinstituutti", "Seurakuntaopisto", "Invalidiliitto")
_ORG_HEAD = re.compile(r"(?:instituutti|opisto|liitto|laitos|keskus|seura|yhdistys|säätiö|kilta|akatemia|verkosto|"
                       r"kerho|kuoro|osuuskunta|yhtiö|rahasto|yliopisto|korkeakoulu|kollegio|diakonia|setlementti|"
                       r"järjestö|killat|seurat|teatteri|orkesteri|museo|kirjasto|koulu|kuoro|toimikunta|ryhmä|kampus|"
                       # an artists' or makers' collective is a working group with a name ("Piste Kollektiivi")
                       r"kollektiivi)$")
# a plural of a kind of people ("Yrittäjät", "Omaishoitajat") or services ("Kirkkopalvelut"): an association's name
_PLURAL_HEAD = re.compile(r"(?:ja|jä|palvelu|laiset|läiset|ystävä|veli|sisar|sisko|toveri)$")
_PLAIN = {"nimisana", "laatusana", "teonsana", "asemosana", "lukusana", "seikkasana"}
# Swedish common nouns in the definite form a slot holds as often as a name ("leds av Styrgruppen")
_SV_GENERIC = re.compile(r"(?i)(?:styr|arbets|lednings|projekt|referens)?(?:grupp|kommun|stad|region|landskap|"
                         r"projekt|nämnd|styrelse|förening|organisation|myndighet|universitet|högskola|skola|"
                         r"församling|stat|kyrka|ledning|personal)(?:en|et|n|na|erna|arna)?$")


def plain_word(word: str, morph: Morphology) -> bool:
    """A word every reading of which is a common word (month, field, event, thing, Swedish generic noun) and whose
    head says no organisation: a slot's word, not a name ("Hanketta toteuttavat Kevät ja Syksy", "Kumppanit:
    Terveys, Hyvinvointi")."""
    if _SV_GENERIC.fullmatch(word):
        return True
    readings = morph.analyse(word)
    if not readings or any(a.cls not in _PLAIN for a in readings):
        return False
    if any(_ORG_HEAD.search(a.base.lower()) for a in readings):
        return False
    return not any(a.number == "plural" and _PLURAL_HEAD.search(a.base.lower()) for a in readings)


_SV_ORG_HEAD = re.compile(r"(?i)(?:förening|förbund|stiftelse|institut|lag|gille|center|centrum|centret|akademi|"
                          r"skola|kyrka|församling|hem|gård|råd)(?:en|et|n)?$")
# an abbreviation in capitals ("SÖU", "LAG") in a slot of running, partnering or paying is the organisation's short
# name; funding instruments' and documents' abbreviations say what, not who
_ACRONYM = re.compile(r"[A-ZÅÄÖ]{2,6}")
_NOT_ACTORS = FUNDING_ACRONYMS | {"PDF", "SOTE", "TKI", "IT", "ICT", "EUR", "SEK", "TEL"}


def organisation_head(word: str, morph: Morphology) -> bool:
    """A word whose head says an organisation by itself ("Ikäinstituutti", "Kirkkopalvelut", "Yrittäjät",
    "Folkhälsans förening"): what a one-word name in a slot must show, the slot alone being no evidence
    ("Kumppanit: Facebook, Instagram", "Hanketta hallinnoi Zoom")."""
    if _SV_ORG_HEAD.search(word):
        return True
    readings = morph.analyse(word)
    return any(_ORG_HEAD.search(a.base.lower()) or (a.number == "plural" and _PLURAL_HEAD.search(a.base.lower()))
               for a in readings)


_PLACE_CASES = {"sisaolento", "ulkoolento", "sisatulento", "sisaeronto", "ulkoeronto"}


def place_phrase_end(word: str, morph: Morphology) -> bool:
    """A last word read only in a case of place ("Joulunavaus Torilla", "Retki Tukholmaan", "Konsertti
    Kirjastossa"): what a row's sum is for, not a receiver's name, which ends in the nominative."""
    readings = morph.analyse(word)
    return bool(readings) and all(a.case in _PLACE_CASES for a in readings)


def common_phrase(name: str, morph: Morphology) -> bool:
    """Common words opening with a genitive ("Syksyn Tapahtumat", "Ikäihmisten Viikko"): a title of an event or a
    theme in title case; an organisation's kind opens its own name ("Tanssikoulu Piruetti", "Kuoro Kaiku")."""
    words = name.split()
    return len(words) > 1 and common_words_only(name, morph) and any(
        a.case == "omanto" for a in morph.analyse(words[0]))


def common_apart_from_places(name: str, morph: Morphology) -> bool:
    """The words of a name other than places are common words alone ("Lapin Kesäjuhlat", "Oulun Kulttuuriviikot":
    a town's event); "Juuan Yrittäjät" has people as its head."""
    words = [w for w in name.split() if not any(a.cls == "paikannimi" for a in morph.analyse(w))]
    return bool(words) and common_words_only(" ".join(words), morph)


def common_words_only(name: str, morph: Morphology) -> bool:
    """Every word of the name a common word: a heading, a theme, a product of the language, not an organisation
    (a name of common words needs its head to say an organisation: "Lahden Yliopistokampus" has a place)."""
    return all(plain_word(w, morph) for w in name.split())


def _plausible(name: str, morph: Morphology) -> bool:
    """Not a person (a first name opening it), not a place alone, no verb or number, not a sentence's word, not
    common words alone."""
    words = name.split()
    if len(words) == 1 and _ACRONYM.fullmatch(name) and name not in _NOT_ACTORS:
        return True
    if common_apart_from_places(name, morph) or (len(words) == 1 and not organisation_head(name, morph)) \
            or _SV_GENERIC.fullmatch(words[-1]):
        return False  # ... or a Swedish generic head ("Projektets Styrgrupp", "Vasa Stad"): a body or a town
    if len(words) == 1 and (readings := morph.analyse(name)) and all(_ORG_HEAD.fullmatch(a.base.lower())
                                                                     for a in readings):
        return False  # "Hankkeen toteuttaja: Yhdistys, jolla on tilat": the kind word alone says what kind, not who
    first = morph.analyse(words[0])
    if any(a.cls == "etunimi" for a in first) and (len(words) > 1 or all(a.cls == "etunimi" for a in first)):
        return False
    if len(words) == 1 and any(a.cls in {"paikannimi", "sukunimi"} for a in first):
        return False  # a place alone is an area, a surname alone a person ("yhdessä Virtasen kanssa")
    return not any(any(a.cls == "teonsana" for a in morph.analyse(w)) and not any(
        a.cls in {"nimisana", "nimi", "laatusana"} for a in morph.analyse(w)) for w in words) and len(name) > 2


def _runner_name(label: str, morph: Morphology) -> bool:
    """A place's genitive and one or two capitalised singular nouns ("Pohjois-Savon Liikunta", "Kokkolan Energia"):
    a registered name's shape, where the slot already says an organisation; no verb, person or plural there."""
    words = label.split()[1:]
    return 1 <= len(words) <= 2 and all(w[:1].isupper() and (r := morph.analyse(w)) and all(
        a.cls == "nimisana" and a.number != "plural" for a in r) for w in words)


# what an item of a partners' list read by recognition must be to vouch for a coined word beside it
_ORG_TYPES = {"Association", "Company", "Agency", "Parish", "Municipality", "JointAuthority", "WellbeingCounty",
              "Ministry", "CompetenceCentre"}


def _coined_word(name: str, morph: Morphology) -> bool:
    """One capitalised word no lexicon knows (no reading or only guesses), not in capitals: an organisation's
    coined name ("Tuvekka", "Hemuverts") when a list of organisations holds it."""
    return " " not in name and not name.isupper() and len(name) > 3 \
        and all(a.cls is None for a in morph.analyse(name))


# a company's kind as the head of a word of the name ("Kehittämisyhtiö X", "Vesiosuuskunta Y")
_COMPANY_HEAD = re.compile(r"(?i)(?:yhtiö|osuuskunta)$")


def _kind(name: str) -> str:
    if _COMPANY_FORM.search(name) or any(_COMPANY_HEAD.search(w) for w in name.split()):
        return "Company"
    if _UNIVERSITY.search(name):
        return "Agency"
    return "Association"


# Swedish: a person's employer right after the name ("Projektledare: Anna X vid ABC och Bo Y vid DEF")
EMPLOYER_PREPOSITION = re.compile(r"[ \t]+(?:vid|på|hos)[ \t]+(?=[A-ZÅÄÖ])")


def _employer_slots(text: str, per_sentence: list[list[Mention]], morph: Morphology) -> list[tuple[int, int]]:
    """The spans of the names standing after "vid/på/hos" right behind a person's name: the person's employer."""
    if " vid " not in text and " på " not in text and " hos " not in text:
        return []
    out: list[tuple[int, int]] = []
    for m in (m for ms in per_sentence for m in ms if m.type == "Person"):
        prep = EMPLOYER_PREPOSITION.match(text, m.end)
        found = _name_at(text, prep.end(), morph) if prep else None
        if found is not None:
            out.append(found)
    return out


def role_slot_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                       morph: Morphology) -> list[list[Mention]]:
    """A mention for each name no rule read in the slot of a project's administrator, implementer or partner."""
    # the slots' scan is made ahead beside recognition on a large document (text_scans.py); its first match is search's
    employers = _employer_slots(text, per_sentence, morph)
    if next(matches(_SLOT, text), None) is None and not _GENITIVE_CUE.search(text) and not employers:
        return per_sentence
    have = SpanIndex([m for ms in per_sentence for m in ms])
    added: list[Mention] = []
    drop: set[int] = set()
    for slot in matches(_SLOT, text):
        pos = slot.end()
        listed_org = False  # an item of this list recognition read as an organisation
        coined: list[tuple[int, int, str]] = []  # one-word names no lexicon knows, kept for the list's end
        for _ in range(8):  # a list of at most eight names
            found = _name_at(text, pos, morph)
            read = [m for m in have.overlapping(pos, pos + 1) if m.start == pos and m.type in _ORG_TYPES]
            if found is None and read:
                found = (pos, max(m.end for m in read))  # "Tuvekka ry ja Ravokka": a name read with its form
            if found is None:
                break
            a, b = found
            name = text[a:b]
            inside = have.overlapping(a, b)
            listed_org = listed_org or any(m.type in _ORG_TYPES and m.start <= a for m in inside)
            # "drivs av Emmaus Åland", "partners är Ålands Natur": a place is a word of a longer name
            places = len(name.split()) > 1 and all(m.type in _PLACES and a <= m.start and m.end <= b
                                                   and (m.start, m.end) != (a, b) for m in inside)
            if (not inside or places) and _plausible(name, morph):
                typ = _kind(name)
                added.append(Mention(start=a, end=b, surface=name, label=name, type=typ, rule=RULE,
                                     iri=mint(typ, fold(name)), key=fold(name) or None))
                drop.update(id(m) for m in inside)
            elif not inside and _coined_word(name, morph):
                coined.append((a, b, name))
            # "Kumppanit: X ry, Y ja Z": the list goes on after the whole of a name read with its legal form
            b = max([b, *(m.end for m in inside if m.start <= a and m.type in _ORG_TYPES)])
            join = _JOIN.match(text, b)
            if join is None or _WORD.match(text, join.end()) is None:
                break
            pos = join.end()
        if listed_org:
            # "Kumppanit: Kuopion kaupunki, Tuvekka ry ja Ravokka": a coined word beside organisations in the
            # partners' list is one of them; alone in a slot it may be a product ("hallinnoi Zoom")
            for a, b, name in coined:
                added.append(Mention(start=a, end=b, surface=name, label=name, type="Association", rule=RULE,
                                     iri=mint("Association", fold(name)), key=fold(name) or None))
    for a, b in employers:
        name = text[a:b]
        if not have.overlapping(a, b) and _plausible(name, morph) and not any(x.start < b and a < x.end
                                                                              for x in added):
            typ = _kind(name)
            added.append(Mention(start=a, end=b, surface=name, label=name, type=typ, rule=RULE,
                                 iri=mint(typ, fold(name)), key=fold(name) or None))
    for a, b, label, agent in _genitive_names(text, morph) if _GENITIVE_CUE.search(text) else ():
        inside = have.overlapping(a, b)
        # "Pohjois-Savon Liikunnan hallinnoima": a place's genitive opening the runner's name is a word of it, and
        # the runner of a project is an organisation even where its other words are common ones
        place_opened = bool(inside) and len(label.split()) > 1 and all(
            m.type in _PLACES and m.start == a and m.end < b for m in inside)
        if (not inside or (agent and place_opened)) \
                and (_plausible(label, morph) or (agent and place_opened and _runner_name(label, morph))) \
                and not any(x.start < b and a < x.end for x in added):
            typ = _kind(label)
            added.append(Mention(start=a, end=b, surface=text[a:b], label=label, type=typ, rule=RULE,
                                 iri=mint(typ, fold(label)), key=fold(label) or None, case="omanto"))
            drop.update(id(m) for m in inside)
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence
