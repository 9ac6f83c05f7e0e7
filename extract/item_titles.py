"""Agreements named by the title of a minutes item: "Sopimus sosiaalipäivystyksen järjestämisestä".

An item titled "Sopimus <what it is about>" is about that agreement, and the title is its
name: the head word comes first and the rest is its complement in the genitive or
elative, so the compound-name rule (modifiers before the head) reads only "Sopimus". The
item's decision is then about this agreement (`decides`), which is why the title is
read as one name here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology, verbless
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.spans import UNDERTAKING_KINDS, replace_in_sentences
from welfare_kg.extract.text_scans import matches
from welfare_kg.records import DocumentRecord, MinutesItem

# ("Förlängning av avtalet om socialjour", "Avtalet med X om Y": the Swedish head in its definite form too)
_TITLE = re.compile(r"(?P<head>Sopimus|Yhteistyösopimus|Palvelusopimus|Puitesopimus|Avtal(?:et)?(?=\s)|Överenskommelse)"
                    r"\s+(?P<rest>\S.*)")
# any other compound of the head, with what it is about in lower case after it: "Samarbetsavtal om socialjour",
# "Yhteistoimintasopimus sosiaalipäivystyksen järjestämisestä" ("Kunnanjohtajasopimus Muut asiat" runs into another
# title: a capital after the head is no complement); "Kuntien välinen (yhteistoiminta)sopimus X:stä": the parties
# before it
_COMPOUND_TITLE = re.compile(r"(?P<head>[A-ZÅÄÖ][a-zåäö-]{2,}(?:sopimus|avtal(?:et)?|överenskommelsen?)|"
                             # "Hoiva Oy:n sopimus ikäihmisten asumispalvelusta", "HUS:n palvelusopimus X:stä": the
                             # party's genitive by its legal form or acronym, then the agreement word
                             r"[A-ZÅÄÖ][\w&-]*(?:\s+[\w&-]+){0,4}?:n\s+[a-zåäö]*sopimus|"
                             r"[A-ZÅÄÖ][a-zåäö-]+n(?:\s+ja\s+"
                             r"[a-zåäö-]+n)?\s+välinen\s+[a-zåäö]*sopimus)\s+(?P<rest>(?:om|med|kring|för|[a-zåäö-]+n|"
                             r"[a-zåäö-]+st[aä])\b.*)")


_AND = {"ja", "sekä", "och", "samt"}
# the words that say a year before its number in a title ("vuonna 2025", "vuodelle 2026", "år 2024")
_YEAR_WORDS = {"vuonna", "vuodelle", "vuodeksi", "vuodesta", "vuoteen", "år", "året", "för"}
# "Godkännande av samarbetsavtal med X", "Ändring av grundavtalet för Y": a Swedish procedural noun before the
# agreement the item is about (Finnish puts its "-minen" noun after: "Yhteistyösopimuksen hyväksyminen")
_SV_OPENER = re.compile(r"(?:Godkännande|Ändring|Förlängning|Uppsägning|Undertecknande|Ingående|Revidering)\s+av\s+"
                        r"(?=[a-zåäö])")
# the definite article a Swedish head takes ("grundavtalet", "överenskommelsen"), not part of the base form
_SV_DEFINITE = re.compile(r"(?<=avtal)et$|(?<=överenskommelse)n$", re.IGNORECASE)


def _title_forms(title: str) -> list[tuple[int, str]]:
    """The title as the agreement rules read it, with where that reading starts in it: as written, without a
    Swedish procedural noun before it, and a title in capitals with only its first letter so (capitals say
    nothing of where a complement starts; a word's length stays, so offsets hold)."""
    forms = [(0, title)]
    letters = [ch for ch in title if ch.isalpha()]
    if len(letters) > 5 and all(ch.isupper() for ch in letters):
        forms = [(0, title[:1] + title[1:].lower())]
    opener = _SV_OPENER.match(forms[0][1])
    if opener:
        rest = forms[0][1][opener.end():]
        forms.append((opener.end(), rest[:1].upper() + rest[1:]))
    return forms
_TRAILING_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")


# where a title in capitals parts its matters: a slash, colon, comma or spaced dash
# (not the colon of a case ending: "OY:N", "Oy:n")
# a comma parts a title's matters, not a list of genitives that "JA"/"SEKÄ" closes: "MAANKÄYTÖN, ASUMISEN JA
# LIIKENTEEN AIESOPIMUS" is one agreement's name
_CAPS_SEPARATOR = re.compile(r"\s*(?:[/;]|(?<!N),|,(?![ \t]*[A-ZÅÄÖ-]+N[ \t]+(?:JA|SEKÄ)[ \t])|:(?![A-Za-zÅÄÖåäö]))\s*|"
                             r"\s+[-–]\s+")
_CAPS_TITLE_WORD = re.compile(r"\S+")
_PROCEDURAL_NOUN = re.compile(r"(?:MINEN|MISEN|MISESTA|MISEKSI|MISEEN)$")
MAX_CAPS_MODIFIERS = 8
# "Kuntien X Oy:n paikallispalveluja koskevan sopimuksen jatkaminen", "Y:n kanssa tehtävän yhteistyösopimuksen
# hyväksyminen": a title as written whose agreement is named by what it is about in a "koskeva" clause or by its
# party in a "kanssa" clause (a clause participle, so the compound-name rule stops at it) reads as one in capitals
# does: from the title's start (after a procedural noun) to the head, procedural nouns only after it
_ABOUT_PARTICIPLE = {"koskeva", "koskevan"}
_ABOUT_CLAUSE = re.compile(r"\s(?:koskevan?|kanssa\s+[a-zåäö]+)\s+[a-zåäö-]*sopimu(?:s|ksen)\b")


def _caps_agreement(item: MinutesItem, text: str, morph: Morphology) -> Mention | None:
    """The agreement a title in capitals names by its modifiers and a compound of "sopimus" in any case, with at most
    procedural nouns after it: "LAPIN HYVINVOINTIALUEELLE SIIRTYVÄN HENKILÖSTÖN SIIRTOSOPIMUS", "X OY:N
    OSAKASSOPIMUKSEN HYVÄKSYMINEN" -> "X Oy:n osakassopimus". Capitals hide where a name starts, so the compound-name
    rule reads none there; the title's own parts (a slash, a comma) and its procedural nouns bound it instead.
    A bare "SOPIMUS" names none; the head is written in its base form, an adjective agreeing with it too. A title
    as written is read so only where a "koskeva" or "kanssa" clause stands right before the head (_ABOUT_CLAUSE)."""
    from welfare_kg.extract.caps_titles import sentence_case

    title = item.title.strip()
    letters = [ch for ch in title if ch.isalpha()]
    caps = len(letters) >= 6 and all(ch.isupper() for ch in letters)
    if not caps and not _ABOUT_CLAUSE.search(title):
        return None
    at = text.find(title, item.start, item.end)
    if at < 0:
        return None
    cuts = [0, *(x for m in _CAPS_SEPARATOR.finditer(title) for x in (m.start(), m.end())), len(title)]
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        words = [(m.start(), m.group(0)) for m in _CAPS_TITLE_WORD.finditer(title, a, b)]  # offsets in the title
        heads = [k for k, (_o, w) in enumerate(words)
                 if any(x.endswith("sopimus") for x in morph.bases(w.lower()))]
        if not heads:
            continue
        k = heads[-1]
        after = [w for _o, w in words[k + 1:]]
        if after and after[0] in {"JA", "SEKÄ"}:
            after = []  # "... SIIRTOSOPIMUS JA SIIRTOSUUNNITELMA": the agreement and another matter
        if any(not _PROCEDURAL_NOUN.search(w.upper()) for w in after):
            return None  # "PALVELUSOPIMUS KOTIHOIDOSTA": a complement after it, read by the title rules as written
        # a verbal noun in a list of genitives ("MAANKÄYTÖN, ASUMISEN JA LIIKENTEEN") is a modifier, no procedure
        first = max((i + 1 for i in range(k) if _PROCEDURAL_NOUN.search(words[i][1].upper())
                     and words[i + 1][1] not in {"JA", "SEKÄ", "ja", "sekä"}), default=0)
        mods = words[first:k]
        if not caps and not _clause_before_head([w for _o, w in mods], morph):
            return None  # as written, only a "koskeva" or "kanssa" clause right before the head is left for this
        base = next(x for x in sorted(morph.bases(words[k][1].lower())) if x.endswith("sopimus"))
        if (not mods and base == "sopimus") or len(mods) > MAX_CAPS_MODIFIERS:
            return None
        cases = {x.case for x in morph.analyse(words[k][1].lower()) if x.base.endswith("sopimus")} - {"nimento"}
        written = [w for _o, w in mods]
        for i in range(len(written) - 1, -1, -1):  # the adjectives right before the head, not a genitive's own
            word = _agreeing_adjective(written[i], cases, morph)
            if word == written[i]:
                break
            written[i] = word
        cased = sentence_case(" ".join(written), morph) if caps else " ".join(written)
        label = (cased + " " + base) if mods else base[:1].upper() + base[1:]
        start = at + (mods[0][0] if mods else words[k][0])
        end = at + words[k][0] + len(words[k][1])
        return Mention(start=start, end=end, surface=text[start:end], label=label, type="Agreement",
                       rule="item-title-agreement", key=identity_key(label, morph) or None)
    return None


def _clause_before_head(mods: list[str], morph: Morphology) -> bool:
    """A "koskeva" clause with what it is about before it, or a party's "kanssa" and a passive participle
    ("tehtävän", "solmitun") right before the agreement's head."""
    if len(mods) >= 2 and mods[-1].lower() in _ABOUT_PARTICIPLE:
        return True
    return len(mods) >= 3 and mods[-2].lower() == "kanssa" and any(
        a.mood in {"present_passive", "past_passive"} for a in morph.analyse(mods[-1].lower()))


def _agreeing_adjective(word: str, cases: set[str | None], morph: Morphology) -> str:
    """An adjective in the head's case is written in the nominative in the name ("STRATEGISEN YHTEISTYÖSOPIMUKSEN"
    -> "strateginen"); other modifiers ("HENKILÖSTÖN") stay as written."""
    adjectives = [a for a in morph.analyse(word.lower())
                  if a.cls in {"laatusana", "nimi_laatusana"} and a.case in cases]
    return adjectives[0].base if cases and adjectives else word


def _agreement_title(form: tuple[int, str]) -> tuple[int, re.Match[str] | None, str]:
    """(where the reading starts, the match of an agreement's title or None, the title as matched)."""
    skip, kept = form
    m = _TITLE.fullmatch(kept)
    if m is None:
        # "Ostopalvelusopimus koskien ... loma-aikoina (Espoon kaupunki)": the other party in brackets after the
        # name is no part of it (participatesIn:title-counterparty reads it)
        kept = _TRAILING_BRACKETS.sub("", kept)
        m = _COMPOUND_TITLE.fullmatch(kept)
    return skip, m, kept


def title_agreements(record: DocumentRecord, morph: Morphology) -> list[Mention]:
    """An Agreement mention over each item title of the form "Sopimus X Y ...", where the title stands."""
    out = []
    for item in record.items:
        read = next((r for r in map(_agreement_title, _title_forms(item.title.strip())) if r[1] is not None), None)
        if read is None:
            caps = _caps_agreement(item, record.text, morph)
            if caps is not None:
                out.append(caps)
            continue
        skip, m, kept = read
        if m is None:
            continue
        words = [w for w in m.group("rest").split() if not w.isdigit()]
        if len(words) < len(m.group("rest").split()):
            while words and words[-1].lower() in _YEAR_WORDS:
                words.pop()  # "Sopimus X:n järjestämisestä vuonna 2025": the year's word goes with its number
        at = record.text.find(item.title.split()[0], item.start, item.end)
        if at < 0:
            continue
        if skip:  # "Godkännande av samarbetsavtal med X": the agreement's name starts after the procedural noun
            written = item.title.strip()[skip:]
            at = record.text.find(written, at, item.end)
            if at < 0:
                continue
            label = " ".join([_SV_DEFINITE.sub("", m.group("head")), *words])
            out.append(Mention(start=at, end=at + len(written), surface=written, label=label, type="Agreement",
                               rule="item-title-agreement", key=identity_key(label, morph) or None))
            continue
        if words and words[0].lower() in _AND:
            # "Palvelusopimus ja palveluverkko": the agreement and another matter; the head alone names it
            if _SV_DEFINITE.sub("", m.group("head")).lower() not in {"sopimus", "avtal"}:
                head = m.group("head")
                out.append(Mention(start=at, end=at + len(head), surface=record.text[at:at + len(head)],
                                   label=head, type="Agreement", rule="item-title-agreement",
                                   key=identity_key(head, morph) or None))
            continue
        # a bare "Sopimus" needs two words of what it is about; a compound or the parties' "välinen" names more itself
        if not (2 if _SV_DEFINITE.sub("", m.group("head")).lower() in {"sopimus", "avtal"} else 1) <= len(words) <= 12:
            continue
        # the title as written may run over a page number ("... kehitysvammaisten 146 perhehoitoyksikön ...")
        span = record.text[at:item.end] if record.text[at:item.end].split()[:2] == item.title.split()[:2] \
            else record.text[at:at + len(item.title)]
        written = span.rstrip(" .,;:-\n")
        if len(written) > len(item.title) + 12:  # the item runs on past its title: keep to the title
            written = record.text[at:at + len(item.title)]
        if len(kept) < len(item.title.strip()) and record.text.startswith(kept, at):
            written = kept  # the name without the party in brackets after it
        label = " ".join([_SV_DEFINITE.sub("", m.group("head")), *words])
        out.append(Mention(start=at, end=at + len(written), surface=written, label=label, type="Agreement",
                           rule="item-title-agreement", key=identity_key(label, morph) or None))
    return out


# "Humppila Logistic, EcoHub -esisuunnitelma -projektille ...", "X projektin käynnistäminen": the name stands
# in the nominative before a case form of "projekti"/"hanke" written apart, so the title says X is a project
# ("Osallistuminen Kylien voima hankkeeseen": the illative too, where the name before it is no genitive: "Lapin liiton
# hankkeeseen" is the council's project, unnamed)
_PROJECT_TAIL = re.compile(r"\s+(?:-\s*)?(?:projektille|hankkeelle|projektin|hankkeen|projektiin|hankkeeseen)\b")
_ILLATIVE_TAIL = ("projektiin", "hankkeeseen")
# "Osallistuminen Kylien voima -hankkeeseen", "Lausunto X -hankkeesta": after a dash the case forms of the head
# word are as sure a sign of a name before them as the allative and genitive written apart above
_DASH_TAIL = re.compile(r"\s+-\s*(?:hankkeeseen|projektiin|hankkeessa|projektissa|hankkeesta|projektista)\b|"
                        r"\s+-\s*(?:hanke|projekti)\s*$")
# "Koko elämä kotona - ansökan om projektfinansiering", "Arjen polut, hankehakemus": the name, then a dash or comma
# and an application or funding for a project (a word for the project inside it, Finnish or Swedish)
_APPLICATION_TAIL = re.compile(r"\s*(?:\s[-–]|,)\s+(?:ansökan\s+om\s+projekt\w*|projektansökan|projektfinansiering|"
                               r"projektbidrag|hankehakemus|projektihakemus|hankerahoitus\w*|hankeavustus\w*|"
                               # "Bron - Silta, ansökan om sysselsättningspolitiskt understöd": a grant for it
                               r"ansökan\s+om\s+(?:[\wåäö-]+\s+){0,2}?[\wåäö-]*(?:understöd|bidrag|stöd|"
                               r"finansiering|medel))\b",
                               re.IGNORECASE)
# procedural nouns an item title opens with before the project's name: "Kuntaosuus X -hankkeeseen",
# "Kannanotto X -hankkeeseen" (the "-minen" nouns are read by _ACTION)
TITLE_OPENERS = {"kuntaosuus", "kuntarahoitusosuus", "rahoitusosuus", "omarahoitusosuus", "maksuosuus",
                 "kuntarahoitus", "kuntaraha", "rahoitus", "lisärahoitus", "jatkorahoitus", "avustus",
                 "valtionavustus", "lisämääräraha", "määräraha", "kannanotto", "lausunto", "hakemus",
                 "hankehakemus", "rahoitushakemus", "avustushakemus", "valtionavustushakemus", "sitoumus",
                 "kuntasitoumus", "selvitys", "katsaus", "tilannekatsaus", "esittely", "loppuraportti",
                 "väliraportti", "raportti", "kunnan", "kaupungin"}
# "... hankkeeseen: X", "Projekti: X": a word for the project, then its name after a colon
_NAME_AFTER_COLON = re.compile(r"\b(?:hankkeeseen|projektiin|hankkeessa|projektissa|hanke|projekti)"
                               r"(?:\s+[a-zåäö]+(?:minen|mista|miseen))?\s*:\s*"
                               r"(?P<name>[A-ZÅÄÖ][^:]{3,150})$", re.IGNORECASE)
# "Hankehakemus: X", "Valtionavustushakemus STM:lle / X": an application for a project, then the project's name
# after a colon or a slash (up to three words between: to whom it is made)
_NAME_AFTER_APPLICATION = re.compile(
    r"^(?:[Hh]anke|[Pp]rojekti|[Vv]altionavustus|[Aa]vustus|[Rr]ahoitus|[Kk]ehittämishanke)hakemus"
    r"(?:\s+[^\s/]+?){0,3}?\s*(?::\s|/)\s*(?P<name>[A-ZÅÄÖ][^:/]{3,150})$")
# Swedish puts the head first: "Deltagande i projektet Bygdens kraft", "Projektet X, kommunal medfinansiering";
# the name runs to the title's end, a comma or a spaced dash (the recogniser stops at the first word in lower case)
_SV_PROJECT = re.compile(r"(?:^|\s)[Pp]rojekte[tn]\s+(?P<name>[A-ZÅÄÖ][^,;:()\n]{1,100}?)\s*(?:$|,|;|\s[-–—]\s)")
# what names an organisation, not a project: "Hankehakemus: Järvikylän Urheilijat ry"
_ORG_END = re.compile(r"(?i)\b(?:ry|r\.y\.|oy|oyj|ab|säätiö|yhdistys|kunta|kaupunki|kuntayhtymä)\.?$")
_ORG_TYPES = {"Ministry", "Agency", "CompetenceCentre", "JointAuthority", "WellbeingCounty", "Company",
              "Association", "Municipality", "Parish", "Body", "Person"}
# "Maakunnan kehittämisrahan myöntäminen X -projektille": the name follows the nominalised verb
_ACTION = re.compile(r"\b\w+(?:minen|misen|minen:)\s+")
MAX_NAME_WORDS = 10
_PROGRAMME_HEAD = re.compile(r"(?i)ohjelma$")


def title_projects(record: DocumentRecord, morph: Morphology, known: list[list[Mention]],
                   known_acronyms: frozenset[str] = frozenset()) -> list[Mention]:
    """A Project mention over the name before "-projektille"/"hankkeelle"/"projektin" in an item title,
    unless a project is already read there (the recogniser's reading of a project's name is kept)."""
    # the starts of the projects and organisations, sorted: each title asks whether one starts inside its name, by
    # bisection, not by a scan of every mention of the document (items x mentions on long minutes)
    projects = sorted(m.start for ms in known for m in ms if m.type == "Project" and not m.generic)
    orgs = sorted(m.start for ms in known for m in ms if m.type in _ORG_TYPES)
    out = []
    for item in [*record.items, *_heading_titles(record)]:
        title = item.title.strip()
        applied = _NAME_AFTER_APPLICATION.search(title)
        if applied:  # "Hankehakemus: Lapsiperheiden kotipalvelun kehittäminen": the name after the colon
            name = applied.group("name").rstrip(" .")
            at = record.text.find(name, item.start, item.end)
            if at >= 0 and 2 <= len(name.split()) <= MAX_NAME_WORDS and not _ORG_END.search(name) \
                    and not _starts_in(projects, at, at + len(name)) and not _starts_in(orgs, at, at + len(name)):
                out.append(Mention(start=at, end=at + len(name), surface=name, label=name, type="Project",
                                   rule="item-title-project", key=identity_key(name, morph) or None))
            continue
        swedish = _SV_PROJECT.search(title)
        if swedish:  # "Deltagande i projektet Bygdens kraft": the whole name after the head, in place of a shorter one
            name = swedish.group("name").rstrip(" .")
            at = record.text.find(name, item.start, item.end)
            if at >= 0 and len(name.split()) <= MAX_NAME_WORDS and not _ORG_END.search(name) \
                    and not _starts_in(orgs, at, at + len(name)):
                out.append(Mention(start=at, end=at + len(name), surface=name, label=name, type="Project",
                                   rule="item-title-project", key=identity_key(name, morph) or None))
            continue
        colon = _NAME_AFTER_COLON.search(title)
        if colon:  # "Osallistuminen X:n hankkeeseen: Luovan alan osaamisen kasvattaminen": the name after the colon
            name = colon.group("name").rstrip(" .")
            at = record.text.find(name, item.start, item.end)
            if at >= 0 and 2 <= len(name.split()) <= MAX_NAME_WORDS and not _starts_in(
                    projects, at, at + len(name)):
                out.append(Mention(start=at, end=at + len(name), surface=name, label=name, type="Project",
                                   rule="item-title-project", key=identity_key(name, morph) or None))
            continue
        carded = _card_titled(record.text, item, title) if item.section != _HEADING else None
        if carded is not None:  # "X / JTF" over "Hakija: ..., Osahakija: ..., Rahoittaja: ...": the project's name
            at, name = carded
            if not _starts_in(projects, at, at + len(name)) and not _starts_in(orgs, at, at + len(name)):
                short = _SUBTITLE_DASH.split(name, maxsplit=1)[0]
                out.append(Mention(start=at, end=at + len(name), surface=name, label=name, type="Project",
                                   rule="item-title-card", parts=(short,) if short != name else (),
                                   key=identity_key(name, morph) or None))
            continue
        # the first of the cues: "X -hankkeeseen ja hankkeen toimintamallin vertailu" names X, not all before "hankkeen"
        tails = [t for t in ((_PROJECT_TAIL.search(title) if item.section != _HEADING else None),
                             _DASH_TAIL.search(title), _APPLICATION_TAIL.search(title)) if t is not None]
        if not tails and item.section != _HEADING and (named := _acronym_titled(title, known_acronyms)) is not None:
            # "Biohiilen ja -lentotuhkan mikronisointi ... Kymenlaaksossa (HITU)": a title that is a project's name
            # and its acronym, as a regional council's list of the grants it decides prints them
            at = record.text.find(title, item.start, item.end)
            if at >= 0 and not _starts_in(projects, at, at + len(title)) and not _starts_in(orgs, at, at + len(title)):
                name, acr = named
                out.append(Mention(start=at, end=at + len(title), surface=title, label=name, type="Project",
                                   rule="item-title-acronym", parts=(acr, title),
                                   key=identity_key(name, morph) or None))
            continue
        if not tails:
            compound = _compound_opening(title, morph) if item.section != _HEADING else None
            at = record.text.find(title, item.start, item.end) if compound else -1  # where the title stands whole
            if compound and at >= 0 and not _starts_in(projects, at, at + len(title)) \
                    and not _starts_in(orgs, at, at + len(title)):
                word = title.split()[0]
                out.append(Mention(start=at, end=at + len(word), surface=word, label=compound, type="Project",
                                   rule="item-title-compound", case=None, key=identity_key(compound, morph) or None))
            continue
        tail = min(tails, key=lambda t: t.start())
        name = title[:tail.start()].rstrip(" -–")
        actions = list(_ACTION.finditer(name))
        if actions:
            # the action whose object opens with a capital: "osallistuminen X, osuuskuntatoiminnan kehittäminen
            # työllistämisessä -hankkeeseen" has a "-minen" noun inside the name too
            cut = next((a for a in reversed(actions) if _from_capital(name[a.end():])[:1].isupper()), actions[-1])
            name = name[cut.end():]
        name = _without_openers(_from_capital(name))
        words = name.split()
        if not 2 <= len(words) <= MAX_NAME_WORDS or not name_start(words[0]) or any(w.isdigit() for w in words):
            continue
        if tail.re is _PROJECT_TAIL and tail.group(0).strip(" -").lower() in _ILLATIVE_TAIL \
                and _owner_genitive(words[-1], morph):
            continue  # "Osallistuminen Lapin liiton hankkeeseen": whose project, not which
        if tail.re is _PROJECT_TAIL and "-" not in tail.group(0) and not verbless(name, morph):
            # "Kaupunginhallitus hyväksyy hankkeen": a title that is a clause, its verb before a bare "hankkeen";
            # a name with a verb in it is written with its dash ("Tehdään yhdessä -hankkeelle")
            continue
        head = record.text.find(title[:tail.start()], item.start, item.end)
        if head < 0:
            continue
        at = head + title[:tail.start()].find(name)
        # a name ending in "-ohjelma" is typed a programme by its head word: the title's "-projektille" overrules
        if _starts_in(projects, at, at + len(name)) and not _PROGRAMME_HEAD.search(name):
            continue
        label, parts = _acronym_apart(name)
        out.append(Mention(start=at, end=at + len(name), surface=name, label=label, type="Project",
                           rule="item-title-project", parts=parts, key=identity_key(label, morph) or None))
    return out


# the rows of a project card that open an item's text, as a regional council's cooperation group prints each
# application it gives an opinion on ("Hakija: X", "Osahakija: Y", "Rahoittaja: Z", "Toteuttamisalue: R")
_CARD_ROW = re.compile(r"(?im)^[ \t]*(hakija|osahakijat?|päätoteuttaja|osatoteuttajat?|rahoittaja|toteuttamisalue|"
                       r"toteutusalue|toteutusaika|toimintalinja|haettu tuki|sökande|delsökande|finansiär)\b"
                       r"[^\n:]{0,40}:")
CARD_ROWS = 2  # two different rows make a card: one "Rahoittaja:" line is a sentence's label as often
CARD_REACH = 600  # characters of the item's text after its title read for them
# a fund's or programme's code after a slash at a title's end ("X / JTF", "X / ESR+"): no part of the name
_FUND_CODE = re.compile(r"[ \t]*/[ \t]*[A-ZÅÄÖ][A-ZÅÄÖ0-9+]{1,9}[ \t]*$")
_SUBTITLE_DASH = re.compile(r"[ \t]+[–—-][ \t]+")


def _card_titled(text: str, item: MinutesItem, title: str) -> tuple[int, str] | None:
    """The project an item's title names when the item's text opens with a project card's rows: where the name
    stands and the name without a fund's code after a slash. A title that names an organisation is none."""
    at = text.find(title, item.start, item.end)
    if at < 0:
        return None
    rows = {m.group(1).lower() for m in _CARD_ROW.finditer(text, at + len(title), min(item.end, at + CARD_REACH))}
    if len(rows) < CARD_ROWS:
        return None
    name = _FUND_CODE.sub("", title).rstrip(" .")
    words = name.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS or not name[:1].isupper() or _ORG_END.search(name):
        return None
    return at, name


# the heads of a compound that names one project ("Työpajahanke"), and the compounds that name a document or a
# kind of thing of a project, not the project ("hankesuunnitelma" is no head here: it does not end in one)
_PROJECT_HEADS = ("hanke", "projekti")
_NOT_PROJECT_COMPOUNDS = {"hanke", "projekti", "osahanke", "kehittämishanke", "hankehanke", "investointihanke",
                          "rakennushanke", "korjaushanke", "peruskorjaushanke", "hankintahanke"}


def _compound_opening(title: str, morph: Morphology) -> str | None:
    """The project a title's first word names, as a compound of the head in the singular ("Työpajahankkeen
    hankesuunnitelma / kaupungin rahoitusosuuden hyväksyminen" -> "Työpajahanke"): the item is about the
    project the town's minutes name only by its kind, which is the name they give it. A word in capitals, with a
    dash (read as names elsewhere) or of a general kind ("Kehittämishankkeet", "Rakennushanke") names none."""
    words = title.split()
    if not words:
        return None
    word = words[0].strip(",.:;")
    if not word[:1].isupper() or word[1:] != word[1:].lower() or "-" in word or len(word) < 9:
        return None
    if len(words) > 1 and words[1][:1].isupper():
        return None  # "Kehittämishanke Arjen polut": the kind before the name
    readings = [a for a in morph.analyse(word) if a.base.lower().endswith(_PROJECT_HEADS)]
    if not readings or any(a.number == "plural" for a in readings):
        return None
    base = readings[0].base.lower()
    if base in _NOT_PROJECT_COMPOUNDS or len(base) - max(len(h) for h in _PROJECT_HEADS if base.endswith(h)) < 4:
        return None
    return base[:1].upper() + base[1:]


# "Markkinaorientoituneet innovaatiot ... pk-yrityksissä (MAIOR)": the project's acronym in parentheses at the end
_ACRONYM_END = re.compile(r"\s*\((?P<acr>[A-ZÅÄÖ][A-ZÅÄÖ0-9+-]{1,11}|[A-ZÅÄÖ][A-Za-zÅÄÖåäö0-9+-]{1,11}[A-ZÅÄÖ0-9+])\)$")


ACRONYM_TITLE_WORDS = 3  # words of a name before its acronym: fewer are a kind of thing ("Talousarvio (TA)")


def _acronym_titled(title: str, known_acronyms: frozenset[str]) -> tuple[str, str] | None:
    """(name, acronym) of a title that is a name with its own acronym in capitals at its end, not an
    organisation's the reference data knows ("... yhteistyö (THL)") and not after a procedural noun or action
    ("Lausunto X:stä (STM)", "Hankkeen käynnistäminen (ABC)")."""
    m = _ACRONYM_END.search(title)
    if m is None or not m.group("acr").isupper() or m.group("acr") in known_acronyms:
        return None
    name = title[:m.start()].strip()
    words = name.split()
    if len(words) < ACRONYM_TITLE_WORDS or not words[0][:1].isupper() or _procedural(words[0]) \
            or _ACTION.match(words[0] + " ") or any(w.isdigit() for w in words) \
            or any(w.lower() in _DEALINGS for w in words):
        return None  # "Yhteistyö aluehallintoviraston kanssa (AVI)": dealings with the one the acronym names
    return name, m.group("acr")


# words of a title about dealings with another party, whose acronym then closes the title
_DEALINGS = {"kanssa", "välillä", "välinen", "med", "mellan"}


def _acronym_apart(name: str) -> tuple[str, tuple[str, ...]]:
    """The name without the acronym in parentheses that ends it, and the acronym as a name of its own: a list of
    items cut in a name's middle still leaves the acronym whole, and the gold names a project by both."""
    m = _ACRONYM_END.search(name)
    if m is None or len(name[:m.start()].split()) < 2:
        return name, ()
    return name[:m.start()], (m.group("acr"),)


class _Spans:
    """(start, end) spans sorted by start, with the furthest end reached up to each: which spans cover a point or
    start in a range, asked once per name or match of a whole document, answered by bisection."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._given = spans
        self._order = sorted(range(len(spans)), key=lambda i: spans[i][0])
        self._starts = [spans[i][0] for i in self._order]
        self._reach = list(accumulate((spans[i][1] for i in self._order), max))

    def covers(self, pos: int) -> bool:
        """Whether a span has start <= pos < end."""
        k = bisect_right(self._starts, pos)
        return k > 0 and self._reach[k - 1] > pos

    def starts_in(self, a: int, b: int) -> bool:
        """Whether a span starts in [a, b)."""
        return _starts_in(self._starts, a, b)

    def first_around(self, start: int, end: int) -> tuple[int, int] | None:
        """The first span in the order given with a < start < b and end <= b."""
        best = None
        k = bisect_left(self._starts, start)  # the spans with a < start, walked back while one can still reach
        while k > 0 and self._reach[k - 1] > start:
            k -= 1
            i = self._order[k]
            b = self._given[i][1]
            if start < b and end <= b and (best is None or i < best):
                best = i
        return None if best is None else self._given[best]


def _starts_in(starts: list[int], a: int, b: int) -> bool:
    """Whether one of the sorted `starts` lies in [a, b)."""
    i = bisect_left(starts, a)
    return i < len(starts) and starts[i] < b


_HEADING = "heading"  # the section mark of a title read from a heading line, not from the minutes' items
# a line of its own between blank lines, without a full stop: how a meeting system prints an item's title when the
# layout reader took another line for it ("Hankehakemus: X" under "Pöytäkirja .../Pykälä 198")
_HEADING_LINE = re.compile(r"(?m)(?<=\n\n)[ \t]*(?P<title>[A-ZÅÄÖ][^\n.]{5,160})[ \t]*(?=\n[ \t]*\n)")
HEADING_REACH = 3000  # the title stands near the top of an item's page


def _heading_titles(record: DocumentRecord) -> list[MinutesItem]:
    """Heading lines near the top that no minutes item has as its title, as items of their own."""
    titles = {item.title.strip() for item in record.items}
    out = []
    for m in _HEADING_LINE.finditer(record.text, 0, HEADING_REACH):
        title = m.group("title").strip()
        if title in titles or len(title.split()) > 15:
            continue
        out.append(MinutesItem(start=m.start("title"), end=m.end("title"), title=title, section=_HEADING))
    return out


LEADING_LOWER_WORDS = 2  # attributes of the project an action's object may open with before its capitalised name


def _owner_genitive(word: str, morph: Morphology) -> bool:
    """A word that can only be a genitive ("liiton", "ry:n", "hyvinvointialueen"): before a head written apart it
    says whose the undertaking is; a name's own last word stands in the nominative ("Kylien voima hankkeeseen")."""
    if word.endswith(":n"):
        return True
    readings = morph.analyse(word)
    return bool(readings) and all(a.case == "omanto" for a in readings)


def _from_capital(name: str) -> str:
    """The name from its first capital, past an attribute or two in lower case that the title's action put before
    it ("osallistuminen seudulliseen Jokainen on työn arvoinen ... -hankkeeseen": the regional project named so)."""
    words = name.split()
    k = next((i for i, w in enumerate(words) if w[:1].isupper()), 0)
    if 0 < k <= LEADING_LOWER_WORDS and len(words) - k >= 2:
        return " ".join(words[k:])
    return name


def _without_openers(name: str) -> str:
    """The name without the procedural nouns a title opens with ("Kuntaosuus Arjen polut" -> "Arjen polut") and
    without its owner ("Ranuan kunnan Arjen polut" -> "Arjen polut").

    Only where a capitalised word follows, so a name whose own first word is lower case after it stays whole."""
    words = name.split()
    # "Sosiaali- ja terveysministeriön rahoituspäätös Arjen polut": a procedural noun further in, with its owner
    cut = max((k for k in range(len(words) - 1) if _procedural(words[k]) and name_start(words[k + 1])), default=-1)
    words = words[cut + 1:]
    while len(words) > 1:
        if words[0].lower().strip(",:") in TITLE_OPENERS and name_start(words[1]):
            words = words[1:]
        elif len(words) > 2 and words[1].lower() in OWNER_GENITIVES and words[0][:1].isupper() \
                and words[0].endswith("n") and words[2][:1].isupper():
            words = words[2:]  # "Ranuan kunnan Arjen polut": the owner, then the name
        else:
            break
    return " ".join(words)


# a coined name in mixed case that opens in lower case ("indusTryWINs", "eKollega", "mHealth"): no word of the
# language, so a name's first word all the same
MIXED_CASE_NAME = re.compile(r"[a-zåäö]{1,6}[A-ZÅÄÖ][\wåäöÅÄÖ-]*")


def name_start(word: str) -> bool:
    """A word a name may open with: a capital, or a coined name in mixed case."""
    return word[:1].isupper() or bool(MIXED_CASE_NAME.fullmatch(word))


def _procedural(word: str) -> bool:
    """A noun of the procedure, not of a name: "kuntaosuus", "rahoituspäätös", "valtionavustushakemus"."""
    low = word.lower().strip(",:")
    return low in TITLE_OPENERS or low.endswith(_PROCEDURAL_ENDINGS)


_PROCEDURAL_ENDINGS = ("päätös", "hakemus", "avustus", "osuus", "sitoumus", "lausunto", "kannanotto",
                       "oikaisuvaatimus", "valitus", "anomus", "pyyntö")  # "Anomus valtiokonttorille", "Lausuntopyyntö"


# an owner's kind in the genitive after its name: "Ranuan kunnan", "Lapin hyvinvointialueen"
OWNER_GENITIVES = {"kunnan", "kaupungin", "hyvinvointialueen", "kuntayhtymän", "liiton", "seurakunnan"}


def add_title_agreements(sents: list, per_sentence: list[list[Mention]], found: list[Mention]) -> list[list[Mention]]:
    """Put the title agreements in their sentences, in place of the undertakings read inside the title.

    A project read from an item title also replaces an undertaking that runs over it from a word before
    ("Kuntaosuus Arjen polut" where the title's name is "Arjen polut")."""
    if not found:
        return per_sentence
    # an undertaking is replaced when a title's span covers its start, or a title project starts inside it: asked of
    # every undertaking of the document, so by bisection over the titles sorted by start (the furthest end reached
    # so far kept with each), not by a scan of every title for every undertaking
    spans = _Spans([(f.start, f.end) for f in found])
    titled = sorted(f.start for f in found if f.rule == "item-title-project")

    def replaced(m: Mention) -> bool:
        # a title covers m's start, or a title project starts after m's start and before its end
        return m.type in UNDERTAKING_KINDS and (spans.covers(m.start) or _starts_in(titled, m.start + 1, m.end))

    return replace_in_sentences(sents, per_sentence, found, replaced)


# ", " after a genitive modifier that opens the line: "Keski-Suomen kuntien, <B:n ja C:n ... sopimus>"
_LEADING_GENITIVES = re.compile(r"(?:^|(?<=[\n|:]))[ \t|]*(?P<mods>(?:[A-ZÅÄÖ][\w-]*n[ \t]+)?[\w-]+n(?:,[ \t]*"
                                r"(?:[A-ZÅÄÖ][\w-]*n[ \t]+)?[\w-]+n)*),[ \t]*$")
GENITIVE_REACH = 120  # characters of coordinated modifiers before a name


def coordinated_genitives(text: str, mentions: list[Mention], morph: Morphology) -> None:
    """Widen an agreement's or project's name over the genitives coordinated before it with commas:
    "Keski-Suomen kuntien, Keski-Suomen liiton ja Keski-Suomen hyvinvointialueen strateginen yhteistyösopimus"
    is one name, not the part after the comma the compound rule reads. Only where the modifiers open a line
    (a title, a table cell): inside a sentence a comma may part any two phrases."""
    for m in mentions:
        if m.type not in {"Agreement", "Project"} or m.generic or not re.search(r"\s(?:ja|sekä)\s", m.surface):
            continue
        before = _LEADING_GENITIVES.search(text, max(0, m.start - GENITIVE_REACH), m.start)
        if before is None:
            continue
        start = before.start("mods")
        prefix = text[start:m.start]
        m.start, m.surface, m.label = start, text[start:m.end], prefix + m.label
        m.key = identity_key(m.label, morph) or m.key


# "voimassa oleva sopimus pakolaistaustaisten henkilöiden kuntaan ohjaamisesta ja kotoutumisen edistämisestä":
# the nominative head, then what the agreement is about, ending in the elative of a verbal noun (-minen)
_PURPOSE_AGREEMENT = re.compile(
    r"\b(?P<head>[Ss]opimus)[ \t]+(?P<rest>(?:[a-zåäö-]+[ \t]+){0,5}?[a-zåäö-]+m[iy]sest[aä]"
    r"(?:[ \t]+ja[ \t]+(?:[a-zåäö-]+[ \t]+){0,3}?[a-zåäö-]+m[iy]sest[aä])?)\b")


def purpose_agreements(text: str, morph: Morphology, taken: list[Mention]) -> list[Mention]:
    """An Agreement mention over "sopimus <what about, in the elative of a verbal noun>" written in running text
    or a list of items: the complement names the agreement as an item title "Sopimus X:n järjestämisestä" does.
    Spans another rule already reads as a name are left to it."""
    out = []
    spans = _Spans([(t.start, t.end) for t in taken])  # by bisection: a long page has thousands of titles
    for m in matches(_PURPOSE_AGREEMENT, text):
        if spans.covers(m.start()) or spans.starts_in(m.start(), m.end()):
            continue
        label = "Sopimus " + m.group("rest")
        out.append(Mention(start=m.start(), end=m.end(), surface=m.group(0), label=label, type="Agreement",
                           rule="purpose-agreement", key=identity_key(label, morph) or None))
    return out


# "siirtyvän", "tehtävän", "solmitun": a participle in the genitive, which takes a complement before it
_PARTICIPLE = re.compile(r"(?i)[a-zåäö-]+(?:v[aä]n|neen|tun|tyn)$")
COMPLEMENT_WORDS = 4  # words of a participle's complement ("Lapin hyvinvointialueelle") an item title opens with


def participle_complements(record: DocumentRecord, mentions: list[Mention], morph: Morphology) -> None:
    """Widen an agreement's or project's name that opens with a participle over the participle's complement
    when both stand in an item title: "Lapin hyvinvointialueelle siirtyvän henkilöstön siirtosopimus" is one
    name, not the part from the participle on the compound rule reads (in place)."""
    titles = []
    for item in record.items:
        at = record.text.find(item.title, item.start, item.end) if item.title else -1
        if at >= 0:
            titles.append((at, at + len(item.title)))
    spans = _Spans(titles)  # each name's title by bisection, not by a scan of every title for every name
    for m in mentions:
        if m.type not in {"Agreement", "Project"} or m.generic:
            continue
        first = m.surface.split()[0] if m.surface.split() else ""
        if not _PARTICIPLE.fullmatch(first):
            continue
        span = spans.first_around(m.start, m.end)
        if span is None:
            continue
        prefix = record.text[span[0]:m.start]
        if not prefix.strip() or len(prefix.split()) > COMPLEMENT_WORDS or re.search(r"[,.;:()]", prefix):
            continue
        m.label = prefix + m.label[:1].lower() + m.label[1:]
        m.start, m.surface = span[0], record.text[span[0]:m.end]
        m.key = identity_key(m.label, morph) or m.key
