"""A document's own title as the thing it is about, and names that are not names.

An agreement's first line is its name ("Kuntien välinen yhteistyösopimus ... Pirkanmaan
alueella", "AVTAL OM STRATEGISKT SAMARBETE"); the sentence rules see only a head noun and
its nearest modifiers and cut such titles short, or take a later phrase for the agreement.

A name needs a name: "De projekt", "Åtta projekt", "Hallituksen kärkihanke",
"Sosiaali- ja terveyshanke" or "Programmet genomförs som regionala utvecklingsprojekt"
are a determiner, a number, a generic owner, bare subject words or a clause before a head
noun: references to projects, never projects of their own.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from welfare_kg.extract.caps_titles import sentence_case
from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold, identity_key
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text import tokenize
from welfare_kg.loaders.record import DocumentRecord

UNDERTAKINGS = {"Project", "Programme", "Agreement", "WorkPackage"}
# words that only point at or count things of the head's kind
DETERMINERS = {
    # Finnish
    "tämä", "tämän", "nämä", "näiden", "kaikki", "kaikkien", "muut", "muiden", "useat", "useiden", "eri",
    "kyseinen", "kyseisen", "jokin", "kukin", "kunkin", "molemmat", "yksi", "kaksi", "kolme", "neljä", "viisi",
    "kuusi", "seitsemän", "kahdeksan", "yhdeksän", "kymmenen", "uusi", "uudet", "näitä", "niitä",
    # Swedish
    "de", "den", "det", "dessa", "denna", "detta", "alla", "samtliga", "flera", "olika", "övriga", "andra",
    "i", "en", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "nya", "dessutom",
}
# pointing words right before the head: "i detta avtal", "tässä sopimuksessa" refer to the document itself
DEMONSTRATIVES = {"detta", "denna", "dessa", "de", "den", "det", "tämä", "tämän", "tässä", "tästä", "tähän", "nämä",
                  "näiden", "kyseinen", "kyseisen", "kyseiseen", "ko."}
# words that make a clause of a phrase: a name does not hold a finite verb or a relative pronoun
CLAUSE_WORDS = {"som", "att", "har", "hade", "är", "var", "blir", "blev", "ska", "skall", "kan", "kommer",
                "genomförs", "godkänt", "beviljats", "joka", "jotka", "jossa", "joissa", "jonka", "on", "ovat",
                "oli", "olivat"}
# owners that every project has; their genitive alone does not name one ("Hallituksen kärkihanke")
GENERIC_OWNERS = {"hallitus", "valtio", "valtioneuvosto", "kunta", "kaupunki", "ministeriö", "hyvinvointialue",
                  "maakunta", "alue", "regeringen", "staten", "kommunen", "välfärdsområdet", "landskapet"}
# single-word labels of forms and cards, never the first word of a name
FORM_LABEL_WORDS = {"projektityyppi", "organisaatiotyyppi", "hakemustyyppi", "tila", "diaarinumero", "hankekoodi",
                    "projektikoodi", "toimintalinja", "erityistavoite", "ohjelmakausi", "projektkod", "status"}
KEEP_RULES = {"gazetteer", "quoted", "quoted-copula", "field-name", "title", "acronym-head"}
# names written before a dash glued to the head ("X -hanke"): the label is the name alone, without the head word
DASH_RULES = {"dash-head", "dash-head-shared", "dash-head-fallback"}
AGREEMENT_WORDS = re.compile(r"(sopimu[sk]\w*|sopimus|avtal\w*|overenskommelse|överenskommelse|agreement)\b",
                             re.IGNORECASE)
TITLE_REACH = 3000  # a party section or a repeated title comes early
PARTY_HEADING = re.compile(
    r"^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:sopimuksen[ \t]+osapuolet|sopimusosapuolet|sopijapuolet|"
    r"sopijaosapuolet|sopimuspuolet|parterna|avtalsparterna|avtalets[ \t]+parter|contracting[ \t]+parties)\b",
    re.IGNORECASE | re.MULTILINE)
_NUMBERED_HEADING = re.compile(r"\s+\d{1,2}\.\s+[A-ZÅÄÖ]")
# the short name an agreement's title defines for itself ("(jäljempänä ”Sopimus”)", "(nedan avtalet)")
_TITLE_ALIAS = re.compile(r"(?i)\s*\(\s*(?:jäljempänä|jäljempänä\s+myös|nedan|hädanefter|hereinafter)\b")
# a period word left without its years at the title's end, the figures lost in a transcript ("... RAHOITUKSESTA
# VUOSINA"): no word of the name
_BARE_PERIOD = re.compile(r"(?i)\s+(?:vuosina|vuonna|vuosille|vuodelle|åren|året|för\s+åren)$")
# a minutes header line: a date and a section sign ("Kirkkovaltuusto 31.5.2022 21 §"), no sentence
_MEETING_HEADER = re.compile(r"^[^.!?]*?\b\d{1,2}\.\d{1,2}\.\d{4}\b[^.!?]*§[^.!?]*$")


# a head word for projects in the plural ends the mention: "Leader-hankkeiden", "kehittämisprojekteihin"
_PLURAL_HEAD = re.compile(r"(?i)(?:hankkei(?:den|ta|hin|ssa|sta|lle|lla|lta|na)|hankkeet|"
                          r"projekte(?:ja|ihin|issa|ista|ille|illa|ilta|ina)|projektien|projektit)[\s\"”’]*$")


# adjectives of length right before the head: "vuoden mittainen", "kahden vuoden pituinen", "kolmivuotinen"
_DURATION_ADJECTIVES = ("mittainen", "pituinen", "kestoinen", "vuotinen", "kuukautinen")


def generic_name(m: Mention, text: str, morph: Morphology) -> bool:
    """Whether an undertaking's "name" is a reference to a project rather than a name."""
    if m.type not in UNDERTAKINGS or m.generic or m.rule in KEEP_RULES or m.iri:
        return False
    words = [t.text for t in tokenize(m.label) if t.is_word]
    if len(words) < 2:
        return False
    mods = [w.lower() for w in words[:-1]]
    if mods[0].endswith(("tyyppi", "typ")) or mods[0] in FORM_LABEL_WORDS:
        return True  # "Projektityyppi Projekti": a form's label glued to its value
    # "Yksi meistä -hanke", "Kaikki mukaan -hanke": the spaced dash marks every word before it as the name (the
    # label holds no head), so a determiner opening it is the name's own word; only determiners alone point
    pointing = [w.lower() for w in words] if m.rule in DASH_RULES else mods
    if all(w in DETERMINERS for w in pointing) or pointing[-1] in DEMONSTRATIVES:
        return True  # "Åtta projekt"; "Parterna i detta avtal" points at the agreement, it does not name one
    if any(w.lower() in CLAUSE_WORDS for w in words[1:]):
        return True
    if (words[-2][:1].islower() or len(mods) == 1) and any(
            a.base.lower().endswith(_DURATION_ADJECTIVES) for a in morph.analyse(words[-2])):
        return True  # "Vuoden mittaisen kehittämishankkeen": how long a project lasts describes it, it names none
    first = morph.analyse(words[0])
    if len(mods) == 1 and first and all(a.case == "omanto" and a.base.lower() in GENERIC_OWNERS for a in first):
        return True
    if names_no_project(m, morph):
        return True
    if first and all(a.mood in {"past_passive", "present_passive"} for a in first):
        return True  # "Rahoitettujen ... hanke": a participle describes, it does not name
    if first and any(a.cls == "teonsana" and a.mood == "indicative" for a in first) and words[0][:1].isupper() \
            and not any(a.case == "omanto" for a in first) and m.rule != "dash-head":
        # ("Kestävät kylät -hanke": the dash before the head marks the words as a name, whatever they could be)
        return True  # "Ohjaavat maakuntaohjelma": a finite verb opens a sentence; "Verson osahanke" is a genitive
    # "Sosiaali- ja terveyshanke": subject words in lower case joined to the head, nothing that names
    # (only the elided compound itself: "Lapsi- ja perhepalveluiden muutosohjelma" has a modifier and is a name)
    return len(words) == 3 and words[0].endswith("-") and words[1] in {"ja", "tai", "sekä", "och"} \
        and words[2][:1].islower()


def names_no_project(m: Mention, morph: Morphology) -> bool:
    """A project mention that only speaks of projects: "Veej'jakajan Leader-hankkeiden" (projects in the plural are
    projects in general) or "Yleishyödyllisen hankkeen" (an adjective alone describes a kind of project).
    Checked on minutes too (extract/caps_titles.py), where the other checks of generic_name are not made."""
    if m.type != "Project" or m.generic or m.rule in KEEP_RULES or m.iri:
        return False
    if _PLURAL_HEAD.search(m.surface):
        return True
    words = [t.text for t in tokenize(m.label) if t.is_word]
    if len(words) != 2 or m.rule != "compound-head":
        return False
    if m.surface.isupper():
        from welfare_kg.extract.caps_titles import _naming

        # "KOULUN HANKKEEN": in capitals the capital is no sign of a name, so a common noun's genitive before the
        # head only says whose project it is, as "koulun hanke" would (caps_titles.compound_head_projects asks
        # the same of its modifiers)
        return not _naming(words[0], morph)
    first = morph.analyse(words[0])
    # "Monialaisen hankkeen aikana": Voikko gives an "-inen" adjective a noun reading of the same base too; with
    # an adjective reading beside it the word still only describes the project
    return bool(first) and any(a.cls in {"laatusana", "nimi_laatusana"} for a in first) and all(
        (a.cls in {"laatusana", "nimi_laatusana"} or (a.cls in {"nimisana", "nimisana_laatusana"}
                                                     and a.base.lower().endswith("inen")))
        and a.mood is None for a in first)


# Swedish heads before a quoted name: Projektet "Välfärd för kommuner", programmet ”X”, avtalet "X"
_SV_QUOTED = re.compile(r"\b(?P<head>[Pp]rojekt(?:et)?|[Pp]rogram(?:met)?|[Aa]vtal(?:et)?|[Uu]tvecklingsprojekt(?:et)?)"
                        r"\s+[\"“”«»„](?P<name>[^\"“”«»„\n]{3,150})[\"“”«»„]")
_SV_TYPES = {"projekt": "Project", "program": "Programme", "avtal": "Agreement", "utvecklingsprojekt": "Project"}


def quoted_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                    morph: Morphology) -> list[list[Mention]]:
    """A quoted name after a Swedish head word is the name of that project, programme or agreement."""
    have = SpanIndex([m for ms in per_sentence for m in ms if m.type in UNDERTAKINGS])
    added: list[Mention] = []
    drop: set[int] = set()
    for q in _SV_QUOTED.finditer(text):
        a, b = q.start("name"), q.end("name")
        near = have.overlapping(a, b)
        if any(m.start <= a and b <= m.end for m in near):
            continue
        name = re.sub(r"\s+", " ", q.group("name")).strip()
        head = q.group("head").lower()
        typ = next(t for k, t in sorted(_SV_TYPES.items(), key=lambda kv: -len(kv[0])) if head.startswith(k))
        drop.update(id(m) for m in near)
        added.append(Mention(start=a, end=b, surface=text[a:b], label=name, type=typ, rule="quoted",
                             key=identity_key(name, morph) or None))
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence


# historic provinces (lääni 1997–2009, län):
# "Etelä-Suomen ja Länsi-Suomen lääneissä", "Lapin lääni", "Västra Finlands län"; a province's office
# ("Lapin lääninhallitus") is an agency of the reference data, not the province
_PROVINCE = re.compile(r"(?P<list>[A-ZÅÄÖ][\w-]+n(?:\s*,\s*[A-ZÅÄÖ][\w-]+n)*(?:\s+(?:ja|sekä|tai)\s+[A-ZÅÄÖ][\w-]+n)?)"
                       r"\s+(?P<head>lääni(?!nhallitu)\w*|läänei\w*)\b|(?P<sv>[A-ZÅÄÖ][\w-]+(?:\s[A-ZÅÄÖ][\w-]+)?s)\s+län\b")
PLACE_TYPES = {"Region", "Municipality", "CooperationArea"}


def province_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int]) -> list[list[Mention]]:
    """A place's genitive before "lääni" names the historic province, not the place: "Lapin lääni" is not Lappi."""
    have = SpanIndex([m for ms in per_sentence for m in ms if m.type in PLACE_TYPES])
    added: list[Mention] = []
    drop: set[int] = set()
    for p in _PROVINCE.finditer(text):
        if p.group("sv"):
            words = [(p.start("sv"), p.end("sv"))]
            suffix = " län"
        else:
            words = [(w.start() + p.start("list"), w.end() + p.start("list"))
                     for w in re.finditer(r"[A-ZÅÄÖ][\w-]+n\b", p.group("list"))]
            suffix = " lääni"
        for a, b in words:
            label = text[a:b] + suffix
            drop.update(id(m) for m in have.overlapping(a, b))
            added.append(Mention(start=a, end=b, surface=text[a:b], label=label, type="Region", rule="province",
                                 iri=mint("Region", fold(label)), key=fold(label)))
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence


def _first_title(text: str) -> tuple[int, int] | None:
    """Span of the agreement title among the first lines: the first line with an agreement word. Blank lines (a
    transcript's spacing) are not counted, and a meeting's header line before the title ("Kirkkovaltuusto 31.5.2022
    21 §") is no prose that would leave the title unread."""
    pos = 0
    n = -1
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            pos += len(line) + 1
            continue
        n += 1
        if n >= 4:
            break
        if stripped and AGREEMENT_WORDS.search(stripped) and len(stripped.split()) >= 2:
            start = pos + line.index(stripped)
            repeat = re.match(r"(\w+)\s+(\w+)\s", stripped)  # "Sopimus SOPIMUS X": a page label before the title
            if repeat and repeat.group(2).isupper() and repeat.group(1).lower() == repeat.group(2).lower() \
                    and not repeat.group(1).isupper():
                start += repeat.start(2)
                stripped = stripped[repeat.start(2):]
            cut = _NUMBERED_HEADING.search(stripped)  # "... organisoimisesta 1. Sopimuksen osapuolet"
            body = stripped[:cut.start()] if cut else stripped
            alias = _TITLE_ALIAS.search(body)  # "X (jäljempänä Sopimus)": the short name the text uses after it
            body = body[:alias.start()] if alias else body
            body = _BARE_PERIOD.sub("", body.rstrip(" .")).rstrip(" .")
            if len(body.split()) > 40 or re.search(r"[.!?]\s+[A-ZÅÄÖ]", body):
                return None  # prose, not a title line
            return start, start + len(body)
        pos += len(line) + 1
        if n == 0 and len(stripped.split()) > 3 and not _MEETING_HEADER.search(stripped):
            return None  # a page that opens with prose is not titled by a later line
    return None


def title_mentions(record: DocumentRecord, per_sentence: list[list[Mention]], starts: list[int],
                   morph: Morphology) -> list[list[Mention]]:
    """An agreement document's title line becomes the agreement, replacing shorter agreement names in it."""
    text = record.text
    if record.kind != "agreement" and not PARTY_HEADING.search(text[:TITLE_REACH]):
        return per_sentence  # an agreement is known by its kind or by its party section
    span = _first_title(text)
    if span is None:
        return per_sentence
    title = text[span[0]:span[1]]
    label = re.sub(r"\s+", " ", title).strip()
    if sum(1 for w in label.split() if len(w) > 1 and w.isupper()) >= 3:  # a title in capitals: not a name's case
        label = sentence_case(label, morph)
    key = identity_key(label, morph) or None
    spans = [(k, k + len(title)) for k in _occurrences(text, title, TITLE_REACH)]  # a title is often repeated
    out = [[x for x in ms if not (x.type == "Agreement" and any(x.start < b and a < x.end for a, b in spans))]
           for ms in per_sentence]
    project = _TITLE_PROJECT.match(title)
    for a, b in spans:
        idx = max(bisect_right(starts, a) - 1, 0)
        out[idx].append(Mention(start=a, end=b, surface=title, label=label, type="Agreement", rule="title", key=key))
        if project:
            pa, pb = a + project.start(1), a + project.end(1)
            out[idx] = [x for x in out[idx] if not (x.type == "Project" and x.start < pb and pa < x.end)]
            name = re.sub(r"\s+", " ", project.group(1)).strip(" ,")
            out[idx].append(Mention(start=pa, end=pb, surface=text[pa:pb], label=name, type="Project", rule="title",
                                    key=identity_key(name, morph) or None))
        out[idx].sort(key=lambda x: x.start)
    return out


# "Sopimus Lupa auttaa! -hankkeen hallinnoimisesta", "Sopimus X – projektiin osallistumisesta",
# "Avtal om projektet X": the project an agreement is about, named in its title
_TITLE_PROJECT = re.compile(
    r"(?i:sopimus|avtal)\s+(?:(?i:om\s+projektet)\s+)?(\S.*?\S)\s*[-–]\s*(?i:hankkee|hankkeeseen|projekti|projektiin)\w*"
    r"\s+\w+(?:\s|$)")


def _occurrences(text: str, needle: str, reach: int) -> list[int]:
    out = []
    k = text.find(needle, 0, reach + len(needle))
    while k >= 0:
        out.append(k)
        k = text.find(needle, k + len(needle), reach + len(needle))
    return out
